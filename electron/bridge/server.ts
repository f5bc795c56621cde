/**
 * The loopback test bridge: serves the built renderer and the API over plain
 * HTTP on 127.0.0.1, so the real UI runs in an ordinary browser (Playwright's
 * Chromium, `npm run preview`) without Electron. Plain Node: never imports
 * 'electron'. Every call ends in the same dispatcher as IPC.
 *
 * Guards, in order, on every request:
 *  - bound to 127.0.0.1 only, random port;
 *  - Host must be 127.0.0.1:PORT or localhost:PORT (DNS rebinding);
 *  - anything but GET/HEAD must come without an Origin or from the bridge's own;
 *  - /api/call and /api/events need the session cookie (set by /open?token=…) or a
 *    Bearer token, both checked in constant time against a random 32-byte token;
 *    /api/events (a GET) is also refused with a foreign Origin or Sec-Fetch-Site.
 *
 * The backend runs in a worker thread (electron/node/worker/), as in Electron:
 * this server only passes {method, input} -> envelope, and streams the backend's
 * events (shared/api/events.ts) to every open page as Server-Sent Events.
 * Request bodies, tokens and inputs are never logged.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { log } from '../node/log.js';
import { BackendHost } from '../node/worker/host.js';
import { bundledWorker } from '../node/worker/bundle.js';
import { sourceWorker } from '../node/worker/source.js';
import { CONTENT_SECURITY_POLICY, RESPONSE_HEADERS, mimeType, resolveUnderRoot } from '../node/shell-policy.js';

export { CONTENT_SECURITY_POLICY };

export const BRIDGE_COOKIE = 'adviestafel_bridge';
export const MAX_BODY_BYTES = 2 * 1024 * 1024;
const LOOPBACK = '127.0.0.1';

export interface BridgeOptions {
  dataDir: string;
  /** Built renderer; relative paths are resolved against the working directory. */
  staticDir?: string;
  /** 0 (default): a random free port. */
  port?: number;
  /** scrypt cost as log2(N); lower only in tests. */
  logN?: number;
  /** Fixed token (tests); default: 32 random bytes, base64url. */
  token?: string;
  /** Recorded as the device in the audit log; default: the host name. */
  device?: string;
  /** Allow the backend's test-only operations (BackendHost.idleCheck, testOp). Tests only. */
  testHooks?: boolean;
  /** 'bundle' (default): the built dist/electron/backend-worker.cjs, as shipped; 'source': the TypeScript sources via tsx. */
  worker?: 'bundle' | 'source';
}

export interface Bridge {
  /** http://127.0.0.1:PORT/ */
  url: string;
  /** http://127.0.0.1:PORT/open?token=…: sets the session cookie and redirects to /. */
  openUrl: string;
  token: string;
  port: number;
  dataDir: string;
  /** The backend worker's host: call/dispatch, lock, events; test hooks when enabled. */
  backend: BackendHost;
  /** How many pages are following /api/events right now. */
  eventStreams(): number;
  /** Stop listening, drop open connections, lock the vault. Idempotent. */
  close(): Promise<void>;
}

/** Constant-time string comparison (hash first, so lengths do not leak either). */
function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b) && given.length === expected.length;
}

function cookieValues(header: string | undefined, name: string): string[] {
  if (!header) return [];
  const out: string[] = [];
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) out.push(part.slice(eq + 1).trim());
  }
  return out;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly headers: Record<string, string> = {},
  ) {
    super(`http ${status}`);
  }
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  413: 'Payload too large',
  415: 'Unsupported media type',
  500: 'Internal error',
};

export async function startBridge(opts: BridgeOptions): Promise<Bridge> {
  const token = opts.token ?? randomBytes(32).toString('base64url');
  if (!/^[A-Za-z0-9_-]{32,}$/.test(token)) throw new Error('bridge token must be at least 32 base64url characters');
  const staticRoot = resolve(opts.staticDir ?? 'dist/renderer');
  const dataDir = resolve(opts.dataDir);

  const backend = new BackendHost({
    dataDir,
    ...(opts.logN !== undefined ? { logN: opts.logN } : {}),
    ...(opts.device !== undefined ? { device: opts.device } : {}),
    ...(opts.testHooks ? { testHooks: true } : {}),
    createWorker: opts.worker === 'source' ? sourceWorker : bundledWorker(),
  });

  // Every page following /api/events gets every event, as every Electron window does.
  const streams = new Set<ServerResponse>();
  backend.onEvent((event) => {
    const frame = `data: ${JSON.stringify(event)}\n\n`;
    for (const res of streams) res.write(frame);
  });
  const heartbeat = setInterval(() => {
    for (const res of streams) res.write(': keep-alive\n\n');
  }, 15_000);
  heartbeat.unref();

  let port = 0;
  const allowedHosts = () => new Set([`${LOOPBACK}:${port}`, `localhost:${port}`]);

  const baseHeaders = (): Record<string, string> => ({
    ...RESPONSE_HEADERS,
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  });

  function send(
    res: ServerResponse,
    status: number,
    body: string | Buffer,
    contentType: string,
    extra: Record<string, string | string[]> = {},
    head = false,
  ): void {
    const buf = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
    res.writeHead(status, { ...baseHeaders(), 'Content-Type': contentType, 'Content-Length': String(buf.length), ...extra });
    res.end(head ? undefined : buf);
  }

  function sendError(res: ServerResponse, status: number, extra: Record<string, string> = {}): void {
    send(res, status, `${STATUS_TEXT[status] ?? 'Error'}\n`, 'text/plain; charset=utf-8', extra);
  }

  function isAuthorised(req: IncomingMessage): boolean {
    const auth = req.headers.authorization;
    if (typeof auth === 'string' && /^Bearer /i.test(auth) && sameSecret(auth.slice(7).trim(), token)) return true;
    return cookieValues(req.headers.cookie, BRIDGE_COOKIE).some((v) => sameSecret(v, token));
  }

  async function readJson(req: IncomingMessage): Promise<unknown> {
    const type = String(req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/json') throw new HttpError(415);
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) throw new HttpError(413, { Connection: 'close' });
    const raw = await new Promise<Buffer>((ok, fail) => {
      const chunks: Buffer[] = [];
      let size = 0;
      let over = false;
      req.on('data', (chunk: Buffer) => {
        if (over) return; // drained and dropped; the connection closes after the 413
        size += chunk.length;
        if (size > MAX_BODY_BYTES) {
          over = true;
          chunks.length = 0;
          fail(new HttpError(413, { Connection: 'close' }));
          return;
        }
        chunks.push(chunk);
      });
      req.on('end', () => {
        if (!over) ok(Buffer.concat(chunks));
      });
      req.on('error', fail);
    });
    try {
      return JSON.parse(raw.toString('utf8')) as unknown;
    } catch {
      throw new HttpError(400);
    }
  }

  async function apiCall(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') throw new HttpError(405, { Allow: 'POST' });
    if (!isAuthorised(req)) throw new HttpError(401);
    const body = await readJson(req);
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new HttpError(400);
    const { method, input } = body as { method?: unknown; input?: unknown };
    const envelope = await backend.dispatch(method, input);
    send(res, 200, JSON.stringify(envelope), 'application/json; charset=utf-8');
  }

  /** Server-Sent Events: the backend's events, for as long as the page keeps the stream open. */
  function apiEvents(req: IncomingMessage, res: ServerResponse): void {
    if (req.method !== 'GET') throw new HttpError(405, { Allow: 'GET' });
    // A GET carries no Origin check in handle(): do it here, as for calls.
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `http://${String(req.headers.host ?? '').toLowerCase()}`) throw new HttpError(403);
    const site = req.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin' && site !== 'none') throw new HttpError(403);
    if (!isAuthorised(req)) throw new HttpError(401);
    res.writeHead(200, {
      ...baseHeaders(),
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    // Reconnect quickly if the stream drops; the comment line flushes the headers.
    res.write('retry: 500\n: open\n\n');
    streams.add(res);
    const drop = () => streams.delete(res);
    req.on('close', drop);
    res.on('close', drop);
  }

  function open(req: IncomingMessage, res: ServerResponse, url: URL): void {
    if (req.method !== 'GET') throw new HttpError(405, { Allow: 'GET' });
    const given = url.searchParams.get('token') ?? '';
    if (!sameSecret(given, token)) throw new HttpError(403);
    send(res, 302, '', 'text/plain; charset=utf-8', {
      Location: '/',
      'Set-Cookie': `${BRIDGE_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
    });
  }

  let realRoot: string | null = null;
  /** A regular file under the static root, symlinks resolved; null otherwise. */
  async function staticFile(pathname: string): Promise<string | null> {
    const file = resolveUnderRoot(staticRoot, pathname);
    if (!file) return null;
    try {
      realRoot ??= await realpath(staticRoot);
      const real = await realpath(file);
      const rel = relative(realRoot, real);
      if (rel === '' || isAbsolute(rel) || rel === '..' || rel.startsWith(`..${sep}`)) return null;
      return (await stat(real)).isFile() ? real : null;
    } catch {
      return null;
    }
  }

  async function serveStatic(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, { Allow: 'GET, HEAD' });
    const head = req.method === 'HEAD';
    // Traversal attempts and malformed paths get a plain 404, never the app.
    if (!resolveUnderRoot(staticRoot, url.pathname)) throw new HttpError(404);
    let file = await staticFile(url.pathname);
    // SPA fallback: client-side routes (no file extension) get index.html; missing assets stay 404.
    const last = url.pathname.split('/').pop() ?? '';
    if (!file && !last.includes('.')) file = await staticFile('/index.html');
    if (!file) {
      if (url.pathname === '/' || !last.includes('.')) {
        send(res, 404, 'Renderer not built: run `npm run build:renderer`.\n', 'text/plain; charset=utf-8', {}, head);
        return;
      }
      throw new HttpError(404);
    }
    const size = (await stat(file)).size;
    res.writeHead(200, { ...baseHeaders(), 'Content-Type': mimeType(file), 'Content-Length': String(size) });
    if (head) {
      res.end();
      return;
    }
    const stream = createReadStream(file);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // DNS-rebinding guard: only our own loopback authority.
    const host = String(req.headers.host ?? '').toLowerCase();
    if (!allowedHosts().has(host)) throw new HttpError(403);
    // Cross-origin writes: browsers always send Origin on POST; it must be ours.
    const origin = req.headers.origin;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      if (origin !== undefined && origin !== `http://${host}`) throw new HttpError(403);
      const site = req.headers['sec-fetch-site'];
      if (site !== undefined && site !== 'same-origin' && site !== 'none') throw new HttpError(403);
    }
    const url = new URL(req.url ?? '/', `http://${host}`);
    if (url.pathname === '/api/call') return apiCall(req, res);
    if (url.pathname === '/api/events') return apiEvents(req, res);
    if (url.pathname === '/open') return open(req, res, url);
    return serveStatic(req, res, url);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (err instanceof HttpError) {
        if (!res.headersSent) sendError(res, err.status, err.headers);
        else res.destroy();
        return;
      }
      // Method and kind only: never URLs (they may carry the token) or bodies.
      log.error('bridge request failed', { kind: (err as Error)?.name ?? typeof err });
      if (!res.headersSent) sendError(res, 500);
      else res.destroy();
    });
  });
  server.headersTimeout = 20_000;
  server.requestTimeout = 60_000;

  try {
    await new Promise<void>((ok, fail) => {
      server.once('error', fail);
      server.listen({ host: LOOPBACK, port: opts.port ?? 0, exclusive: true }, () => {
        server.off('error', fail);
        ok();
      });
    });
  } catch (err) {
    clearInterval(heartbeat);
    await backend.close();
    throw err;
  }
  port = (server.address() as AddressInfo).port;
  const url = `http://${LOOPBACK}:${port}/`;

  let closing: Promise<void> | null = null;
  return {
    url,
    openUrl: `${url}open?token=${token}`,
    token,
    port,
    dataDir,
    backend,
    eventStreams: () => streams.size,
    close() {
      closing ??= new Promise<void>((done) => {
        clearInterval(heartbeat);
        streams.clear();
        server.close(() => done());
        server.closeAllConnections();
      }).finally(() => backend.close());
      return closing;
    },
  };
}
