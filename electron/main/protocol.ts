/**
 * The app:// scheme: serves the built renderer (dist/renderer) from disk with
 * the Content-Security-Policy on every response. Nothing else is reachable:
 * only GET/HEAD, only host 'adviestafel', only files under the renderer root.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { protocol, type Session } from 'electron';
import {
  APP_HOST,
  APP_SCHEME,
  RESPONSE_HEADERS,
  mimeType,
  resolveUnderRoot,
} from '../node/shell-policy.js';

/** Must run before app 'ready'. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

function respond(status: number, body: BodyInit | null = null, contentType = 'text/plain; charset=utf-8'): Response {
  return new Response(body, { status, headers: { ...RESPONSE_HEADERS, 'Content-Type': contentType } });
}

async function readOrNull(file: string): Promise<Buffer | null> {
  try {
    return await readFile(file);
  } catch {
    return null;
  }
}

/** Serve `root` on the given session (the window's in-memory partition). */
export function serveRenderer(ses: Session, root: string): void {
  ses.protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return respond(405);
    const url = new URL(request.url);
    if (url.hostname !== APP_HOST) return respond(404);
    const file = resolveUnderRoot(root, url.pathname);
    if (!file) return respond(404);
    let body = await readOrNull(file);
    let served = file;
    // Client-side routes (no file extension) get the app shell.
    if (!body && extname(file) === '') {
      served = resolveUnderRoot(root, '/index.html') ?? file;
      body = await readOrNull(served);
    }
    if (!body) return respond(404);
    return respond(200, request.method === 'HEAD' ? null : new Uint8Array(body), mimeType(served));
  });
}
