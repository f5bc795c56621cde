/**
 * The backend in a worker thread, as Electron and the test bridge run it: calls
 * and events cross the thread boundary, long work does not hold up other calls,
 * and a dying worker locks the app without losing what was acknowledged.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppEvent } from '../../../shared/api/events.js';
import { BackendHost } from '../../../electron/node/worker/host.js';
import { sourceWorker } from '../../../electron/node/worker/source.js';

const PASS = 'correct horse battery staple';
const hosts: BackendHost[] = [];
const dirs: string[] = [];

afterEach(async () => {
  while (hosts.length) await hosts.pop()!.close();
  while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
});

function host(testHooks = true): { host: BackendHost; events: AppEvent[] } {
  const dataDir = mkdtempSync(join(tmpdir(), 'adviestafel-worker-'));
  dirs.push(dataDir);
  const h = new BackendHost({ dataDir, logN: 10, device: 'testapparaat', testHooks, createWorker: sourceWorker });
  hosts.push(h);
  const events: AppEvent[] = [];
  h.onEvent((e) => events.push(e));
  return { host: h, events };
}

async function created(h: BackendHost) {
  return h.call('vault.create', { teamName: 'Expertteam Testregio', userName: 'Voorzitter Test', passphrase: PASS });
}

describe('backend worker host', () => {
  it('answers calls from the worker, with typed errors', async () => {
    const { host: h } = host();
    expect(await h.call('vault.status', {})).toMatchObject({ exists: false, session: null });
    const { session } = await created(h);
    expect(session.userName).toBe('Voorzitter Test');
    expect(await h.dispatch('no.such.method', {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    await h.call('session.lock', {});
    await expect(h.call('users.list', {})).rejects.toMatchObject({ code: 'LOCKED' });
  });

  it('keeps answering other calls while a slow job runs', async () => {
    const { host: h } = host();
    const order: string[] = [];
    const slow = h.testOp({ op: 'sleep', ms: 1_500 }).then(() => order.push('slow job'));
    await h.call('vault.status', {}).then(() => order.push('vault.status'));
    await slow;
    expect(order).toEqual(['vault.status', 'slow job']);
  });

  it('keeps the host thread free while the worker is busy', async () => {
    const { host: h } = host();
    await h.call('vault.status', {});
    const order: string[] = [];
    const busy = h.testOp({ op: 'block', ms: 1_500 }).then(() => order.push('busy worker'));
    // A timer on the host (as the window's IPC and menu run on it) fires while the worker spins.
    await new Promise((done) => setTimeout(done, 50)).then(() => order.push('host timer'));
    await busy;
    expect(order).toEqual(['host timer', 'busy worker']);
  });

  it('raises vault.locked for the idle backstop and for a user lock', async () => {
    const { host: h, events } = host();
    await created(h);
    expect(await h.idleCheck(60_000)).toBe(false);
    expect(events).toEqual([]);
    expect(await h.idleCheck(10 * 60_000)).toBe(true);
    expect(events).toEqual([{ type: 'vault.locked', reason: 'idle' }]);
    expect((await h.call('vault.status', {})).session).toBeNull();

    const users = (await h.call('vault.status', {})).users;
    await h.call('vault.unlock', { userId: users[0]!.id, passphrase: PASS });
    await h.call('session.lock', {});
    expect(events).toEqual([
      { type: 'vault.locked', reason: 'idle' },
      { type: 'vault.locked', reason: 'user' },
    ]);
  });

  it('refuses the test hooks unless started with them', async () => {
    const { host: h } = host(false);
    await expect(h.idleCheck(60 * 60_000)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(h.testOp({ op: 'crash' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await h.call('vault.status', {})).toMatchObject({ exists: false });
  });

  it('locks when the worker dies, answers calls in flight, and starts afresh with every acknowledged write', async () => {
    const { host: h, events } = host();
    await created(h);
    expect(await h.call('settings.update', { autoLockMinutes: 7 })).toEqual({ autoLockMinutes: 7 });

    const inFlight = h.testOp({ op: 'sleep', ms: 5_000 });
    await h.testOp({ op: 'crash' });
    await expect(inFlight).rejects.toMatchObject({ code: 'WORKER_DIED' });
    await expect.poll(() => events).toContainEqual({ type: 'vault.locked', reason: 'worker_died' });

    // The next call starts a fresh worker, locked: the keys died with the old one.
    const status = await h.call('vault.status', {});
    expect(h.starts).toBe(2);
    expect(status.session).toBeNull();
    await h.call('vault.unlock', { userId: status.users[0]!.id, passphrase: PASS });
    expect(await h.call('settings.get', {})).toEqual({ autoLockMinutes: 7 });
  });
});
