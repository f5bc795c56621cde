/**
 * Backup figures for `npm run bench`, on the benchmark's 10,000-case vault:
 * - backup_10k_s: one `backups.run` through the dispatcher, as the settings
 *   screen calls it: the full integrity check of the live vault, the VACUUM INTO
 *   copy, fsync, opening the copy with the vault's key for the full integrity
 *   and cipher check, the keyring beside it, rotation (budget 10 s);
 * - backup_open_10k_ms: opening that backup read-only with its own keyring and a
 *   passphrase (scrypt at logN 10), with the quick check and the summary the
 *   restore screen shows (cases, newest audit entry).
 * `npx tsx tests/bench/backups.ts` runs just these, on a vault of its own.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend, type Backend } from '../../electron/node/app.js';
import { generateDemoCases } from '../../electron/node/demo/index.js';
import { type Metric } from './measure.js';

export async function benchBackups(b: Backend, folder: string, passphrase: string, progress: (msg: string) => void): Promise<Metric[]> {
  progress('back-up van de kluis met controle (10.000 casussen)...');
  mkdirSync(folder, { recursive: true });
  await b.dispatcher.call('backups.configure', { folder, daily: 7, weekly: 4, monthly: 12 });
  const t0 = performance.now();
  const r = await b.dispatcher.call('backups.run', {});
  const backupMs = performance.now() - t0;
  const userId = b.vault.requireSession().user.id;
  const t1 = performance.now();
  const opened = await b.dispatcher.call('backups.open', { file: join(folder, r.name), userId, passphrase });
  const openMs = performance.now() - t1;
  if (opened.cases !== r.cases) throw new Error(`backup shows ${opened.cases} cases, expected ${r.cases}`);
  return [
    { metric: 'backup_10k_s', value: backupMs / 1000, unit: 's', budget: 10, note: `full check, copy, verify with the vault's key, keyring, rotation (${(r.bytes / 1048576).toFixed(0)} MB)` },
    { metric: 'backup_open_10k_ms', value: openMs, unit: 'ms', note: 'open read-only with its own keyring (logN 10), quick check, summary' },
  ];
}

// Standalone: `npx tsx tests/bench/backups.ts`.
if (process.argv[1]?.endsWith('backups.ts')) {
  const dir = mkdtempSync(join(tmpdir(), 'adviestafel-bench-backups-'));
  const pass = 'benchmark wachtzin voor een tijdelijke kluis';
  const progress = (msg: string) => process.stderr.write(`[bench] ${msg}\n`);
  const b = createBackend({ dataDir: join(dir, 'kluis'), logN: 10, device: 'benchmark' });
  try {
    await b.dispatcher.call('vault.create', { teamName: 'Benchmarkteam', userName: 'Beheerder Benchmark', passphrase: pass });
    progress('10.000 fictieve casussen...');
    const s = b.vault.requireSession();
    const now = new Date().toISOString();
    generateDemoCases({ vault: b.vault, db: s.db, session: s, now, emit: () => {} }, 10_000, 42);
    for (const m of await benchBackups(b, join(dir, 'backups'), pass, progress)) process.stdout.write(`${m.metric}\t${m.value.toFixed(2)} ${m.unit}${m.budget ? `\t(budget ${m.budget})` : ''}\n`);
  } finally {
    b.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
