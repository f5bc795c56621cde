/**
 * The desktop shell's security policy, as plain data. electron/main applies it;
 * tests/unit/shell/security.test.ts asserts it. Plain Node: no 'electron' import here,
 * so the policy can be tested without an Electron binary.
 */
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

/** The custom scheme the renderer is served from: app://adviestafel/… */
export const APP_SCHEME = 'app';
export const APP_HOST = 'adviestafel';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** The one IPC channel; the preload repeats this literal (it cannot import node:path). */
export const IPC_CHANNEL = 'adviestafel:call';
/** Backend events to the windows (main -> renderer only); the preload repeats this literal too. */
export const EVENT_CHANNEL = 'adviestafel:event';
/** Renderer -> main: open (or bring forward) the meeting's presentation window; the preload repeats it. */
export const PRESENT_CHANNEL = 'adviestafel:present';

/** The presentation route of a meeting, inside the app (#/present/<id>, renderer/features/meetings). */
export const presentationUrl = (meetingId: number) => `${APP_ENTRY_URL}#/present/${meetingId}`;

/**
 * In-memory session: no 'persist:' prefix, so cookies, caches, localStorage and
 * IndexedDB never reach the disk.
 */
export const SESSION_PARTITION = 'adviestafel';

export const WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  spellcheck: false,
  partition: SESSION_PARTITION,
} as const;

/** style-src needs 'unsafe-inline': Mantine injects <style> tags. Never 'unsafe-eval'. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers on every app:// response, errors included. Nothing is cached. */
export const RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

/** Origins that links may open in the user's browser. Everything else is dropped. */
export const EXTERNAL_LINK_ALLOWLIST: readonly string[] = [
  'https://www.nederlandsjeugdinstituut.nl',
  'https://autoriteitpersoonsgegevens.nl',
  'https://www.autoriteitpersoonsgegevens.nl',
];

function parse(url: unknown): URL | null {
  if (typeof url !== 'string') return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** https only, exact allow-listed origin, no credentials in the URL. */
export function isAllowedExternal(url: unknown): boolean {
  const u = parse(url);
  if (!u || u.protocol !== 'https:' || u.username !== '' || u.password !== '') return false;
  return EXTERNAL_LINK_ALLOWLIST.includes(u.origin);
}

/** True for a URL inside the app itself (app://adviestafel/…). */
export function isAppUrl(url: unknown): boolean {
  const u = parse(url);
  return (
    u !== null &&
    u.protocol === `${APP_SCHEME}:` &&
    u.hostname === APP_HOST &&
    u.port === '' &&
    u.username === '' &&
    u.password === ''
  );
}

/** Only the app's own main frame may call the backend; subframes and other origins may not. */
export function isTrustedSender(frameUrl: unknown, isMainFrame: boolean): boolean {
  return isMainFrame === true && isAppUrl(frameUrl);
}

/**
 * Map a request path (URL pathname, still percent-encoded) to a file under root.
 * Returns null for anything that would leave root, malformed encodings and NUL
 * bytes. '/' maps to index.html.
 */
export function resolveUnderRoot(root: string, requestPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const rel = decoded.replace(/^[/\\]+/, '');
  const base = resolve(root);
  const file = resolve(base, rel === '' ? 'index.html' : rel);
  const fromRoot = relative(base, file);
  if (fromRoot === '' || isAbsolute(fromRoot) || fromRoot === '..' || fromRoot.startsWith(`..${sep}`)) return null;
  return file;
}

export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function mimeType(file: string): string {
  return MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}
