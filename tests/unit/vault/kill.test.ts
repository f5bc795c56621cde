/**
 * Crash test: a child process changes the passphrase and re-keys the vault in a
 * loop and is killed (SIGKILL) at random moments. After every kill the vault
 * must open with the old or the new passphrase, the keyring and the database
 * must agree, and no passphrase change may have taken effect without its audit
 * record (the number of recorded changes says which passphrase is current).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/node/app.js';
import { readKeyring } from '../../../electron/node/vault/keyring.js';
import { referral } from '../helpers.js';

const A = 'eerste wachtzin voor de test';
const B = 'tweede wachtzin voor de test';
const KILLS = Number(process.env.KILL_TRIALS ?? 50);

const work = mkdtempSync(join(tmpdir(), 'adviestafel-kill-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(join(process.cwd(), 'node_modules', '.cache', 'adviestafel-kill', `kill-child-${process.pid}.mjs`), { force: true });
});

/** Start the child; kill it `delayMs` after its `atLine`-th line of output (0: after 'ready'). */
function runAndKill(script: string, dataDir: string, atLine: number, delayMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
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

describe('kills during passphrase changes and re-keys', () => {
  it(`leaves a consistent vault after each of ${KILLS} kills`, async () => {
    // Bundled once for a fast start; inside the project so the native driver resolves.
    const script = join(process.cwd(), 'node_modules', '.cache', 'adviestafel-kill', `kill-child-${process.pid}.mjs`);
    buildSync({
      entryPoints: [join(__dirname, 'kill-child.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: script,
      // Packages stay in node_modules (resolved from the project): bundling some (PDF fonts) breaks them.
      packages: 'external',
      // Aliased: a bundled module may import createRequire itself.
      banner: { js: "import { createRequire as __killRequire } from 'node:module'; const require = __killRequire(import.meta.url);" },
      logLevel: 'silent',
    });
    const dataDir = join(work, 'vault');
    const setup = createBackend({ dataDir, logN: 10, device: 'killtest' });
    await setup.dispatcher.call('vault.create', { teamName: 'Killteam', userName: 'Voorzitter K', passphrase: A });
    for (let i = 0; i < 5; i++) await setup.dispatcher.call('cases.create', { referral: referral() });
    setup.close();

    const outcomes = { A: 0, B: 0 };
    const generations = new Set<number>();
    for (let i = 0; i < KILLS; i++) {
      // Spread over the loop (a passphrase change, then five re-key steps): after a random line, plus a little.
      await runAndKill(script, dataDir, Math.floor(Math.random() * 8), Math.floor(Math.random() * 25));
      const b = createBackend({ dataDir, logN: 10, device: 'killtest' });
      let used: 'A' | 'B' = 'A';
      try {
        await b.dispatcher.call('vault.unlock', { userId: 1, passphrase: A });
      } catch {
        await b.dispatcher.call('vault.unlock', { userId: 1, passphrase: B });
        used = 'B';
      }
      outcomes[used] += 1;
      const k = readKeyring(dataDir);
      expect(k.pending, `kill ${i}: the keyring was settled at open`).toBeUndefined();
      generations.add(k.generation);
      // Which passphrase is current follows from the recorded changes: an even count means A.
      const changes = (await b.dispatcher.call('audit.list', { limit: 1000 })).filter((e) => e.action === 'account.passphrase' && e.outcome === 'ok').length;
      expect(used, `kill ${i}: passphrase without its audit record`).toBe(changes % 2 === 0 ? 'A' : 'B');
      const v = await b.dispatcher.call('audit.verify', {});
      expect(v.brokenAt, `kill ${i}`).toBeNull();
      expect((await b.dispatcher.call('cases.list', {})).total).toBe(5);
      expect(readdirSync(dataDir).filter((f) => f.endsWith('.rekey') || f.endsWith('.tmp'))).toEqual([]);
      b.close();
    }
    // The kills landed on both sides of changes and re-keys, not always in the same place.
    expect(outcomes.A).toBeGreaterThan(0);
    expect(outcomes.B).toBeGreaterThan(0);
    expect(generations.size).toBeGreaterThan(1);
  }, 300_000);
});
