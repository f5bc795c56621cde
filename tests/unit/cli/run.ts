/** Running the admin CLI as a real subprocess against temp vaults (low scrypt cost), shared by the CLI tests. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect } from 'vitest';
import { createBackend, type Backend } from '../../../electron/node/app.js';
import { PASS } from '../helpers.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const CLI = join(ROOT, 'electron/cli/main.ts');
export const RECOVERY_KEY = /\b[A-Z2-7]{4}(?:-[A-Z2-7]{4}){7}\b/;

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function cli(args: string[], env: Record<string, string | undefined> = {}): Run {
  const fullEnv: NodeJS.ProcessEnv = {
    ...process.env,
    ADVIESTAFEL_PASSPHRASE: PASS,
    ADVIESTAFEL_TEST_LOGN: '10',
    ADVIESTAFEL_DATA_DIR: undefined,
    ...env,
  };
  for (const k of Object.keys(fullEnv)) if (fullEnv[k] === undefined) delete fullEnv[k];
  const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], {
    cwd: ROOT,
    env: fullEnv,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A failure: non-zero exit, exactly one line on stderr, no stack trace. */
export function expectOneLineFailure(r: Run, pattern?: RegExp): void {
  expect(r.status, r.stderr).not.toBe(0);
  const lines = r.stderr.split('\n').filter((l) => l.trim() !== '');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^fout: /);
  expect(r.stderr).not.toMatch(/\n\s+at |Error:|\.ts:\d+/);
  expect(r.stderr + r.stdout).not.toContain(PASS);
  if (pattern) expect(lines[0]).toMatch(pattern);
}

/** One temp folder per test file, removed afterwards. */
export let root = '';
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'adviestafel-cli-test-'));
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

export const vaultDir = (name: string) => join(root, name);

export async function inProcess<T>(dataDir: string, f: (b: Backend) => Promise<T>): Promise<T> {
  const b = createBackend({ dataDir, logN: 10, device: 'testapparaat' });
  try {
    await b.dispatcher.call('vault.unlock', { userId: 1, passphrase: PASS });
    return await f(b);
  } finally {
    b.close();
  }
}

export function init(dir: string): Run {
  return cli(['init', '--data-dir', dir, '--team', 'Expertteam Testregio', '--user', 'Beheerder Test']);
}
