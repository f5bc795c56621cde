/**
 * Helpers for the bridge specs (bridge-auth.spec.ts, bridge-transport.spec.ts):
 * raw HTTP requests with full control over Host and path, a TCP probe and the
 * fictional team used there.
 */
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';

/** Fictional. */
export const TEAM = 'Expertteam Regio Zuiderdam';
export const USER = 'Voorzitter Jansje Testpersoon';
export const PASS = 'paars konijn fietst naar de maan';

export interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request with full control over Host and path (Playwright's client normalises both). */
export function raw(
  port: number,
  opts: { method?: string; path?: string; headers?: Record<string, string>; body?: string; host?: string },
): Promise<Raw> {
  return new Promise((ok, fail) => {
    const req = httpRequest(
      {
        host: opts.host ?? '127.0.0.1',
        port,
        method: opts.method ?? 'GET',
        path: opts.path ?? '/',
        headers: opts.headers ?? {},
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', fail);
      },
    );
    req.on('error', fail);
    req.end(opts.body);
  });
}

/** Resolves true if a TCP connection succeeds within 3 s. */
export function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((ok) => {
    const socket = connect({ host, port, timeout: 3000 });
    socket.once('connect', () => {
      socket.destroy();
      ok(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      ok(false);
    });
    socket.once('error', () => ok(false));
  });
}

export const statusCall = JSON.stringify({ method: 'vault.status', input: {} });
