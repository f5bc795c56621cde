/**
 * The loopback test bridge itself, part two: live events, the backend worker,
 * static files and their headers, loopback-only binding. Part one:
 * bridge-auth.spec.ts. Needs only a built (or placeholder) dist/renderer/index.html.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY, startBridge } from '../../electron/bridge/server.js';
import { PASS, TEAM, USER, canConnect, raw } from './bridge-helpers.js';
import { createVault, expect, scanDataDirFor, test } from './fixtures.js';

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
