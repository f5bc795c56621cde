/**
 * The loopback test bridge itself: authentication, DNS-rebinding and origin
 * guards, static headers, loopback-only binding. Needs only a built (or
 * placeholder) dist/renderer/index.html, not the UI.
 */
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY, MAX_BODY_BYTES, startBridge } from '../../electron/bridge/server.js';
import { createVault, expect, scanDataDirFor, test } from './fixtures.js';

/** Fictional. */
const TEAM = 'Expertteam Regio Zuiderdam';
const USER = 'Voorzitter Jansje Testpersoon';
const PASS = 'paars konijn fietst naar de maan';

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request with full control over Host and path (Playwright's client normalises both). */
function raw(
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
function canConnect(host: string, port: number): Promise<boolean> {
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

const statusCall = JSON.stringify({ method: 'vault.status', input: {} });

test.describe('authentication', () => {
  test('/api/call without the cookie is 401', async ({ bridge, request }) => {
    const res = await request.post(`${bridge.url}api/call`, { data: { method: 'vault.status', input: {} } });
    expect(res.status()).toBe(401);

    const badBearer = await request.post(`${bridge.url}api/call`, {
      data: { method: 'vault.status', input: {} },
      headers: { authorization: `Bearer ${'A'.repeat(bridge.token.length)}` },
    });
    expect(badBearer.status()).toBe(401);

    const badCookie = await raw(bridge.port, {
      method: 'POST',
      path: '/api/call',
      headers: {
        host: `127.0.0.1:${bridge.port}`,
        'content-type': 'application/json',
        cookie: `adviestafel_bridge=${bridge.token.slice(0, -1)}x`,
      },
      body: statusCall,
    });
    expect(badCookie.status).toBe(401);
  });

  test('a wrong token on /open sets no cookie', async ({ bridge, request }) => {
    const wrong = [
      '',
      'x',
      `${bridge.token.slice(0, -1)}${bridge.token.endsWith('A') ? 'B' : 'A'}`, // same length
      `${bridge.token}A`, // right prefix
    ];
    for (const t of wrong) {
      const res = await request.get(`${bridge.url}open?token=${encodeURIComponent(t)}`, { maxRedirects: 0 });
      expect(res.status()).toBe(403);
      expect(res.headers()['set-cookie']).toBeUndefined();
    }
    const noParam = await request.get(`${bridge.url}open`, { maxRedirects: 0 });
    expect(noParam.status()).toBe(403);
    expect((await request.storageState()).cookies).toEqual([]);
    const call = await request.post(`${bridge.url}api/call`, { data: { method: 'vault.status', input: {} } });
    expect(call.status()).toBe(401);
  });

  test('the right token sets a strict HttpOnly cookie; then vault.status answers', async ({ bridge, request }) => {
    const open = await request.get(bridge.openUrl, { maxRedirects: 0 });
    expect(open.status()).toBe(302);
    expect(open.headers()['location']).toBe('/');
    const cookie = open.headers()['set-cookie'] ?? '';
    expect(cookie).toContain(`adviestafel_bridge=${bridge.token}`);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Strict/i);
    expect(cookie).toMatch(/;\s*Path=\//i);

    const res = await request.post(`${bridge.url}api/call`, { data: { method: 'vault.status', input: {} } });
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('application/json');
    expect(res.headers()['cache-control']).toBe('no-store');
    expect(await res.json()).toMatchObject({ ok: true, result: { exists: false, teamName: null, users: [], session: null } });
  });

  test('a Bearer token works too, and error envelopes are 200', async ({ bridge, request }) => {
    const headers = { authorization: `Bearer ${bridge.token}` };
    const ok = await request.post(`${bridge.url}api/call`, { data: { method: 'vault.status', input: {} }, headers });
    expect(await ok.json()).toMatchObject({ ok: true, result: { exists: false } });

    const unknown = await request.post(`${bridge.url}api/call`, { data: { method: 'no.such', input: {} }, headers });
    expect(unknown.status()).toBe(200);
    expect(await unknown.json()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    const invalid = await request.post(`${bridge.url}api/call`, {
      data: { method: 'vault.create', input: { teamName: TEAM, userName: USER, passphrase: 'kort' } },
      headers,
    });
    expect(await invalid.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  test('in Chromium, the renderer transport reaches the dispatcher; the cookie is not readable', async ({ app }) => {
    const envelope = await app.evaluate(async () => {
      const res = await fetch('/api/call', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ method: 'vault.status', input: {} }),
      });
      return { status: res.status, body: (await res.json()) as unknown };
    });
    expect(envelope).toMatchObject({ status: 200, body: { ok: true, result: { exists: false } } });
    expect(await app.evaluate(() => document.cookie)).toBe('');
    // The token must not linger in the address bar or history entry.
    expect(app.url()).not.toContain('token');
  });
});

test.describe('request guards', () => {
  test('a foreign Host header is rejected (DNS rebinding)', async ({ bridge }) => {
    const p = bridge.port;
    for (const host of ['evil.example', `evil.example:${p}`, `127.0.0.1:${p + 1}`, `localhost.evil.example:${p}`, `127.0.0.1.nip.io:${p}`, '127.0.0.1']) {
      const page = await raw(p, { headers: { host } });
      expect(page.status, host).toBe(403);
      expect(page.body).not.toContain('<html');
      const call = await raw(p, {
        method: 'POST',
        path: '/api/call',
        headers: { host, 'content-type': 'application/json', authorization: `Bearer ${bridge.token}` },
        body: statusCall,
      });
      expect(call.status, host).toBe(403);
      const open = await raw(p, { path: `/open?token=${bridge.token}`, headers: { host } });
      expect(open.status, host).toBe(403);
      expect(open.headers['set-cookie']).toBeUndefined();
    }
    for (const host of [`127.0.0.1:${p}`, `localhost:${p}`, `LOCALHOST:${p}`]) {
      expect((await raw(p, { headers: { host } })).status, host).toBe(200);
    }
  });

  test('a POST with a foreign Origin is rejected, even with a valid token', async ({ bridge, request }) => {
    const auth = { authorization: `Bearer ${bridge.token}` };
    const post = (headers: Record<string, string>) =>
      request.post(`${bridge.url}api/call`, { data: { method: 'vault.status', input: {} }, headers: { ...auth, ...headers } });

    for (const origin of ['http://evil.example', 'null', `http://127.0.0.1:${bridge.port + 1}`, `https://127.0.0.1:${bridge.port}`, `http://localhost:${bridge.port}`]) {
      expect((await post({ origin })).status(), origin).toBe(403);
    }
    expect((await post({ 'sec-fetch-site': 'cross-site' })).status()).toBe(403);
    expect((await post({ 'sec-fetch-site': 'same-site' })).status()).toBe(403);
    expect((await post({ origin: `http://127.0.0.1:${bridge.port}`, 'sec-fetch-site': 'same-origin' })).status()).toBe(200);
    expect((await post({})).status()).toBe(200);
  });

  test('bad bodies: wrong type 415, malformed JSON 400, over 2 MB 413, GET 405', async ({ bridge, request }) => {
    const headers = { authorization: `Bearer ${bridge.token}` };
    const url = `${bridge.url}api/call`;
    expect((await request.post(url, { headers: { ...headers, 'content-type': 'text/plain' }, data: statusCall })).status()).toBe(415);
    expect((await request.post(url, { headers: { ...headers, 'content-type': 'application/json' }, data: '{"method":' })).status()).toBe(400);
    expect((await request.post(url, { headers: { ...headers, 'content-type': 'application/json' }, data: '[1,2]' })).status()).toBe(400);
    expect((await request.get(url, { headers })).status()).toBe(405);

    const big = JSON.stringify({ method: 'vault.status', input: { pad: 'x'.repeat(MAX_BODY_BYTES) } });
    const tooBig = await raw(bridge.port, {
      method: 'POST',
      path: '/api/call',
      headers: { host: `127.0.0.1:${bridge.port}`, 'content-type': 'application/json', ...headers },
      body: big,
    });
    expect(tooBig.status).toBe(413);
    // Just under the limit is read and dispatched (and refused by validation).
    const fits = JSON.stringify({ method: 'vault.status', input: { pad: 'x'.repeat(MAX_BODY_BYTES - 100) } });
    const under = await request.post(url, { headers: { ...headers, 'content-type': 'application/json' }, data: fits });
    expect(under.status()).toBe(200);
    expect(await under.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  test('request bodies never reach the logs', async ({ bridge, request }) => {
    const needle = 'Fictief-Geheim-Zonnebloem-7Q';
    const seen: string[] = [];
    const originals = { log: console.log, info: console.info, warn: console.warn, error: console.error };
    const out = process.stdout.write.bind(process.stdout);
    const err = process.stderr.write.bind(process.stderr);
    const capture = (...args: unknown[]) => void seen.push(args.map(String).join(' '));
    Object.assign(console, { log: capture, info: capture, warn: capture, error: capture });
    process.stdout.write = ((chunk: unknown, ...rest: never[]) => (seen.push(String(chunk)), out(chunk as string, ...rest))) as typeof process.stdout.write;
    process.stderr.write = ((chunk: unknown, ...rest: never[]) => (seen.push(String(chunk)), err(chunk as string, ...rest))) as typeof process.stderr.write;
    try {
      const headers = { authorization: `Bearer ${bridge.token}`, 'content-type': 'application/json' };
      const url = `${bridge.url}api/call`;
      await request.post(url, { headers, data: JSON.stringify({ method: needle, input: { x: needle } }) });
      await request.post(url, { headers, data: `{"method":"${needle}"` });
      await request.post(url, {
        headers,
        data: JSON.stringify({ method: 'vault.create', input: { teamName: needle, userName: needle, passphrase: 'kort' } }),
      });
      await request.post(url, { data: JSON.stringify({ method: 'vault.status', input: { x: needle } }) }); // 401
      await request.get(`${bridge.url}${needle}?q=${needle}`);
    } finally {
      Object.assign(console, originals);
      process.stdout.write = out;
      process.stderr.write = err;
    }
    expect(seen.join('\n')).not.toContain(needle);
  });
});

test.describe('live events (/api/events)', () => {
  test('need the cookie or token, our own origin, and GET', async ({ bridge }) => {
    const host = `127.0.0.1:${bridge.port}`;
    const auth = { Host: host, Authorization: `Bearer ${bridge.token}` };
    expect((await raw(bridge.port, { path: '/api/events', headers: { Host: host } })).status).toBe(401);
    expect((await raw(bridge.port, { path: '/api/events', headers: { ...auth, Origin: 'http://evil.example' } })).status).toBe(403);
    expect((await raw(bridge.port, { path: '/api/events', headers: { ...auth, 'Sec-Fetch-Site': 'cross-site' } })).status).toBe(403);
    expect((await raw(bridge.port, { path: '/api/events', method: 'POST', headers: auth })).status).toBe(405);
    expect((await raw(bridge.port, { path: '/api/events', headers: { ...auth, Host: 'evil.example' } })).status).toBe(403);
    expect(bridge.eventStreams()).toBe(0);
  });

  test('a second window follows a lock in the first within half a second, without polling', async ({
    app: first,
    bridge,
    context,
  }) => {
    type Seen = { what: string; at: number }[];
    const read = (page: typeof first, key: 'calls' | 'arrivals') =>
      page.evaluate((k) => (window as unknown as Record<string, Seen>)[k] ?? [], key);
    await createVault(first, { team: TEAM, user: USER, passphrase: PASS });

    // The second window records every call it makes, and when each event reaches it (wall clock).
    const second = await context.newPage();
    await second.addInitScript(() => {
      const w = window as unknown as Record<string, Seen>;
      w.calls = [];
      w.arrivals = [];
      const original = window.fetch.bind(window);
      window.fetch = (input, init) => {
        if (String(input).endsWith('/api/call')) w.calls!.push({ what: JSON.parse(String(init?.body)).method, at: Date.now() });
        return original(input, init);
      };
      new EventSource('/api/events').onmessage = (m) => w.arrivals!.push({ what: JSON.parse(m.data).type, at: Date.now() });
    });
    await second.goto(bridge.url);
    const lockButton = (p: typeof first) => p.getByRole('button', { name: 'Vergrendelen' });
    const unlockHeading = (p: typeof first) => p.getByRole('heading', { name: 'Ontgrendelen', exact: true });
    await expect(lockButton(first)).toBeVisible();
    await expect(lockButton(second)).toBeVisible();
    // Both windows follow the stream (the second twice: the app, and the recorder above).
    await expect.poll(() => bridge.eventStreams()).toBe(3);
    // The second window has finished loading its screen: no new call for a while.
    let before = -1;
    await expect
      .poll(async () => {
        const n = (await read(second, 'calls')).length;
        const settled = n === before;
        before = n;
        return settled;
      }, { intervals: [400] })
      .toBe(true);

    let sentAt = 0;
    bridge.backend.onEvent(() => (sentAt ||= Date.now()));
    const quietFrom = Date.now();
    await lockButton(first).click();
    await expect(unlockHeading(first)).toBeVisible();
    await expect(unlockHeading(second)).toBeVisible();
    await expect(lockButton(second)).toBeHidden();

    const arrivals = await read(second, 'arrivals');
    expect(arrivals.map((a) => a.what)).toEqual(['vault.locked']);
    expect(sentAt).toBeGreaterThan(0);
    expect(arrivals[0]!.at - sentAt).toBeLessThan(500);
    // No polling: between the lock and the event the second window asked nothing; afterwards it
    // only refreshes the vault status for the unlock screen.
    const calls = (await read(second, 'calls')).filter((c) => c.at >= quietFrom);
    expect(calls.filter((c) => c.at < sentAt), JSON.stringify({ sentAt, calls })).toEqual([]);
    expect(new Set(calls.map((c) => c.what)), JSON.stringify(calls)).toEqual(new Set(['vault.status']));
  });
});

test.describe('backend worker', () => {
  test('if it dies, the window locks with a clear message, and unlocking starts a fresh one with the data intact', async ({
    app: page,
    bridge,
  }) => {
    await createVault(page, { team: TEAM, user: USER, passphrase: PASS });
    await expect(page.getByRole('button', { name: 'Vergrendelen' })).toBeVisible();
    await bridge.backend.call('settings.update', { autoLockMinutes: 7 });
    await expect.poll(() => bridge.eventStreams()).toBe(1);

    await bridge.backend.testOp({ op: 'crash' });
    await expect(page.getByRole('heading', { name: 'Ontgrendelen', exact: true })).toBeVisible();
    await expect(page.getByText('De verwerking van Adviestafel is onverwacht gestopt.', { exact: false })).toBeVisible();

    await page.getByLabel(/^\s*Wachtzin(\s*\*)?\s*$/).fill(PASS);
    await page.getByRole('button', { name: 'Ontgrendelen', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Vergrendelen' })).toBeVisible();
    expect(bridge.backend.starts).toBe(2);
    expect(await bridge.backend.call('settings.get', {})).toEqual({ autoLockMinutes: 7 });
  });
});

test.describe('static files', () => {
  test('the page carries the app CSP, nosniff and no-store', async ({ bridge, request, page }) => {
    for (const path of ['', 'index.html', 'zaken/42/overzicht']) {
      const res = await request.get(`${bridge.url}${path}`);
      expect(res.status(), path).toBe(200);
      expect(res.headers()['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers()['x-content-type-options']).toBe('nosniff');
      expect(res.headers()['cache-control']).toBe('no-store');
      expect(res.headers()['referrer-policy']).toBe('no-referrer');
    }
    // Errors carry the headers too; a missing asset is a 404, not the app.
    const missing = await request.get(`${bridge.url}assets/bestaat-niet.js`);
    expect(missing.status()).toBe(404);
    expect(missing.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);

    // And as Chromium sees it.
    const nav = await page.goto(bridge.openUrl);
    expect(nav?.url()).toBe(bridge.url);
    expect(await nav?.headerValue('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  test('paths outside the static folder are not served', async ({ bridge }) => {
    const host = `127.0.0.1:${bridge.port}`;
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/%2e%2e%2f%2e%2e%2fpackage.json', '/..%5cpackage.json', '/%00index.html', '/%E0%A4%A']) {
      const res = await raw(bridge.port, { path, headers: { host } });
      expect(res.status, path).toBe(404);
      expect(res.body).not.toContain('"name"');
    }
  });
});

test.describe('binding', () => {
  test('the server listens on 127.0.0.1 only', async ({ bridge }) => {
    expect(bridge.url).toBe(`http://127.0.0.1:${bridge.port}/`);
    expect(await canConnect('127.0.0.1', bridge.port)).toBe(true);

    const others = Object.values(networkInterfaces())
      .flatMap((list) => list ?? [])
      .filter((a) => !a.internal && !(a.family === 'IPv6' && a.address.toLowerCase().startsWith('fe80:')))
      .map((a) => a.address);
    test.skip(others.length === 0, 'this machine has no non-loopback address to try');
    for (const address of others) {
      expect(await canConnect(address, bridge.port), address).toBe(false);
    }
  });

  test('close() stops listening and locks the vault; the passphrase is in no file', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'adviestafel-e2e-'));
    try {
      const bridge = await startBridge({ dataDir, logN: 10 });
      const created = await bridge.backend.dispatch('vault.create', { teamName: TEAM, userName: USER, passphrase: PASS });
      expect(created.ok).toBe(true);
      expect((await bridge.backend.call('vault.status', {})).session).not.toBeNull();

      // The keyring names the team and its members by design (unlock screen); never the passphrase.
      expect(await scanDataDirFor(dataDir, [PASS])).toEqual([]);
      expect(await scanDataDirFor(dataDir, [TEAM])).toEqual(['keyring.json']);

      await bridge.close();
      await bridge.close(); // idempotent
      // The worker that held the key is gone; the host answers nothing but LOCKED.
      await expect(bridge.backend.call('vault.status', {})).rejects.toMatchObject({ code: 'LOCKED' });
      expect(await canConnect('127.0.0.1', bridge.port)).toBe(false);
      expect(await scanDataDirFor(dataDir, [PASS])).toEqual([]);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
