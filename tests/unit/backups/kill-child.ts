/**
 * The victim of the backup kill test. Mode 'backup': unlocks the vault and
 * writes automatic backups (each a day later than the one before, so rotation
 * runs too) until it is killed. Mode 'restore': restores one backup over the
 * vault, again and again, until it is killed. Every step is announced on
 * stdout, so the parent can kill at a chosen step.
 */
import { rmSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createBackend } from '../../../electron/node/app.js';
import { runBackup } from '../../../electron/node/backups/job.js';
import { restoreBackup } from '../../../electron/node/backups/restore.js';

const [mode, dataDir, arg] = process.argv.slice(2);
const PASS = 'wachtzin voor de kill-test van back-ups';
const DAY = 86_400_000;
const say = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const b = createBackend({ dataDir: dataDir!, logN: 10, device: 'killtest' });
  if (mode === 'backup') {
    await b.dispatcher.call('vault.unlock', { userId: 1, passphrase: PASS });
    say('ready');
    const base = Date.now() + Math.floor(Math.random() * 1_000_000) * 1000;
    for (let i = 0; ; i++) {
      runBackup({
        session: b.vault.requireSession(),
        dataDir: dataDir!,
        emit: (e) => {
          if (e.type === 'job.progress') say(`step ${e.done}`);
        },
        now: new Date(base + i * DAY),
        trigger: 'daily',
        device: 'killtest',
      });
      say('written');
    }
  }
  say('ready');
  for (;;) {
    await restoreBackup(b.vault, arg!, { userId: 1, passphrase: PASS }, { onStage: (s) => void say(`stage ${s}`) });
    say('restored');
    b.vault.lock();
    // Keep the data folder small: the vaults kept aside are not what this test is about.
    for (const n of readdirSync(dataDir!)) if (n.startsWith('voor-terugzetten-')) rmSync(join(dataDir!, n), { recursive: true, force: true });
  }
}

main().catch((err) => {
  process.stderr.write(`${(err as { code?: string }).code ?? (err as Error).message} ${JSON.stringify((err as { params?: unknown }).params ?? {})}\n`);
  process.exit(1);
});
