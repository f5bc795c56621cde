/**
 * Automatic backups in the backend worker, as the app runs them: a lock while
 * the last good backup is older than a day makes one first, telling every
 * window at once that the vault is locking (`vault.locked`), with progress
 * events and the outcome as `backup.finished`.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppEvent } from '../../../shared/api/events.js';
import { BackendHost } from '../../../electron/node/worker/host.js';
import { sourceWorker } from '../../../electron/node/worker/source.js';

const PASS = 'correct horse battery staple';
const dirs: string[] = [];
let h: BackendHost | null = null;
afterEach(async () => {
  await h?.close();
  while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
});

describe('backups in the worker', () => {
  it('a lock makes the overdue backup first, after telling the windows it locks', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'adviestafel-worker-'));
    const folder = mkdtempSync(join(tmpdir(), 'adviestafel-backups-'));
    dirs.push(dataDir, folder);
    h = new BackendHost({ dataDir, logN: 10, device: 'testapparaat', createWorker: sourceWorker });
    const events: AppEvent[] = [];
    h.onEvent((e) => events.push(e));
    await h.call('vault.create', { teamName: 'Expertteam Testregio', userName: 'Voorzitter Test', passphrase: PASS });
    await h.call('backups.configure', { folder, daily: 7, weekly: 4, monthly: 12 });
    await h.call('session.lock', {});
    await expect.poll(() => events.filter((e) => e.type === 'vault.locked').length).toBeGreaterThan(0);
    const types = events.map((e) => e.type);
    // Locked is announced before the backup's progress; the outcome follows.
    expect(types.indexOf('vault.locked')).toBeLessThan(types.indexOf('job.progress'));
    expect(events).toContainEqual({ type: 'backup.finished', ok: true, code: null });
    expect(readdirSync(folder).filter((n) => n.endsWith('.db'))).toHaveLength(1);
    // The next lock does not make another: the last one is fresh.
    await h.call('vault.unlock', { userId: 1, passphrase: PASS });
    await h.call('session.lock', {});
    expect(readdirSync(folder).filter((n) => n.endsWith('.db'))).toHaveLength(1);
    expect((await h.call('vault.status', {})).session).toBeNull();
  });
});
