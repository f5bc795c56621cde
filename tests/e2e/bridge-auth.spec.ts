/**
 * The loopback test bridge itself, part one: authentication and the request
 * guards (DNS rebinding, origin, body size). Part two: bridge-transport.spec.ts.
 * Needs only a built (or placeholder) dist/renderer/index.html, not the UI.
 */
import { MAX_BODY_BYTES } from '../../electron/bridge/server.js';
import { TEAM, USER, raw, statusCall } from './bridge-helpers.js';
import { expect, test } from './fixtures.js';

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
