/**
 * Crash test: a child process writes backups, or restores one, in a loop and is
 * killed (SIGKILL) at random moments. After every kill the current vault must
 * open with its passphrase (as before, or as the restored backup), and every
 * backup in the folder must open with its own keyring and pass the full check;
 * leftovers of a killed write are only `.partial` files, which the next backup
 * removes. The backup a restore reads is never changed.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/node/app.js';
import { openBackup, resetBackupThrottle } from '../../../electron/node/backups/inspect.js';
import { listBackupFiles } from '../../../electron/node/backups/names.js';
import { referral } from '../helpers.js';

const PASS = 'wachtzin voor de kill-test van back-ups';
const KILLS = Number(process.env.BACKUP_KILL_TRIALS ?? 12);
const work = mkdtempSync(join(tmpdir(), 'adviestafel-backup-kill-'));
const script = join(process.cwd(), 'node_modules', '.cache', 'adviestafel-kill', `backup-kill-child-${process.pid}.mjs`);
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(script, { force: true });
});

function bundle(): void {
  if (existsSync(script)) return;
  buildSync({
    entryPoints: [join(__dirname, 'kill-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: script,
    packages: 'external',
    banner: { js: "import { createRequire as __killRequire } from 'node:module'; const require = __killRequire(import.meta.url);" },
    logLevel: 'silent',
  });
}

/** Start the child; kill it `delayMs` after its `atLine`-th line of output. */
function runAndKill(args: string[], atLine: number, delayMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    let lines = -1;
    let armed = false;
    child.stderr.on('data', (d) => (err += String(d)));
    child.stdout.on('data', (d) => {
      lines += String(d).split('\n').filter(Boolean).length;
      if (!armed && lines >= atLine) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`child exited ${code}: ${err}`))));
  });
}

async function makeVault(dataDir: string, cases: number, folder: string) {
  const b = createBackend({ dataDir, logN: 10, device: 'killtest' });
  await b.dispatcher.call('vault.create', { teamName: 'Killteam Back-up', userName: 'Voorzitter K', passphrase: PASS });
  for (let i = 0; i < cases; i++) await b.dispatcher.call('cases.create', { referral: referral({ first: `Kind${i}` }) });
  await b.dispatcher.call('backups.configure', { folder, daily: 3, weekly: 2, monthly: 2 });
  return b;
}

async function openCount(dataDir: string): Promise<number> {
  const b = createBackend({ dataDir, logN: 10, device: 'killtest' });
  try {
    await b.dispatcher.call('vault.unlock', { userId: 1, passphrase: PASS });
    return (await b.dispatcher.call('cases.list', {})).total;
  } finally {
    b.close();
  }
}

const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('kills during backups and restores', { timeout: 600_000 }, () => {
  it(`a kill while writing backups leaves the vault and every finished backup usable (${KILLS} kills)`, async () => {
    bundle();
    const dataDir = join(work, 'backup-vault');
    const folder = join(work, 'backup-folder');
    mkdirSync(folder);
    (await makeVault(dataDir, 4, folder)).close();
    for (let i = 0; i < KILLS; i++) {
      // ready, then five steps, 'done' and 'written' per backup: kill somewhere in the first two backups.
      await runAndKill(['backup', dataDir], 1 + Math.floor(Math.random() * 14), Math.floor(Math.random() * 20));
      expect(await openCount(dataDir)).toBe(4);
      const names = readdirSync(folder);
      // Only complete backups and, at most, the leftovers of the one that was cut short.
      expect(names.filter((n) => !/\.db(\.keyring\.json)?(\.partial(-journal)?)?$/.test(n))).toEqual([]);
      for (const f of listBackupFiles(folder)) {
        expect(f.state).toBe('complete');
        resetBackupThrottle();
        const { summary } = await openBackup(f.path, { userId: 1, passphrase: PASS }, { full: true });
        expect(summary.cases).toBe(4);
      }
    }
    // The next backup tidies the leftovers.
    const b = createBackend({ dataDir, logN: 10, device: 'killtest' });
    await b.dispatcher.call('vault.unlock', { userId: 1, passphrase: PASS });
    await b.dispatcher.call('backups.run', {});
    b.close();
    expect(readdirSync(folder).filter((n) => n.includes('.partial'))).toEqual([]);
  });

  it(`a kill while restoring leaves the current vault or the restored one, never neither (${KILLS} kills)`, async () => {
    bundle();
    const source = join(work, 'restore-source');
    const folder = join(work, 'restore-folder');
    mkdirSync(folder);
    const s = await makeVault(source, 2, folder);
    const { name } = await s.dispatcher.call('backups.run', {});
    s.close();
    const backup = join(folder, name);
    const before = [digest(backup), digest(`${backup}.keyring.json`)];
    // The vault on this computer: a copy of the source with more work in it.
    const dataDir = join(work, 'restore-vault');
    cpSync(source, dataDir, { recursive: true });
    const c = createBackend({ dataDir, logN: 10, device: 'killtest' });
    await c.dispatcher.call('vault.unlock', { userId: 1, passphrase: PASS });
    await c.dispatcher.call('cases.create', { referral: referral({ first: 'Extra' }) });
    c.close();
    const seen = new Set<number>();
    for (let i = 0; i < KILLS; i++) {
      // ready, then 'stage copy/swap/open' and 'restored' per round: kill within the first two rounds.
      await runAndKill(['restore', dataDir, backup], 1 + Math.floor(Math.random() * 8), Math.floor(Math.random() * 30));
      const total = await openCount(dataDir);
      expect([2, 3]).toContain(total);
      seen.add(total);
      expect(existsSync(join(dataDir, 'restore.json'))).toBe(false);
      expect(existsSync(join(dataDir, 'restore-incoming'))).toBe(false);
      expect([digest(backup), digest(`${backup}.keyring.json`)]).toEqual(before);
      if (total === 2) {
        // Restored: put the richer vault back for the next round, so each kill can show either outcome.
        rmSync(dataDir, { recursive: true, force: true });
        cpSync(source, dataDir, { recursive: true });
        const d = createBackend({ dataDir, logN: 10, device: 'killtest' });
        await d.dispatcher.call('vault.unlock', { userId: 1, passphrase: PASS });
        await d.dispatcher.call('cases.create', { referral: referral({ first: 'Extra' }) });
        d.close();
      }
    }
    // Both outcomes occur over a dozen kills (BACKUP_KILL_DEBUG=1 prints them).
    if (process.env.BACKUP_KILL_DEBUG) process.stdout.write(`outcomes: ${[...seen].join(",")}\n`);
  });
});
