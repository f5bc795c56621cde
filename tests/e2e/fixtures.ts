/**
 * Playwright fixtures for the real UI in Chromium through the loopback bridge.
 *
 *   import { test, expect } from './fixtures.js';
 *   test('...', async ({ app, bridge, vault, shell, caseList }) => { ... bridge.dataDir ... });
 *
 * `bridge`: a fresh bridge + backend per test, on a fresh temp data folder with a
 * cheap scrypt cost (logN 10, tests only); closed (vault locked) and removed after.
 * `app`: the test's page, opened through bridge.openUrl (session cookie set), on '/'.
 * Page objects (tests/e2e/pages/) on that page: `vault` (create, unlock, recover),
 * `shell` (lock, navigation), `caseList`, `referral`, `caseFile`, `settings`.
 *
 * All names and data used with these helpers must be fictional.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { startBridge, type Bridge } from '../../electron/bridge/server.js';
import {
  CaseFilePage,
  CaseListPage,
  ReferralFormPage,
  SettingsPage,
  ShellPage,
  VaultPage,
  type NewVault,
} from './pages/index.js';

export type { Bridge, NewVault };
export { expect };
export { extractRecoveryKey, field } from './pages/index.js';

export interface E2EFixtures {
  /** The running bridge; bridge.dataDir is its temp data folder. */
  bridge: Bridge;
  /** The page, opened through the bridge's open URL and sitting on '/'. */
  app: Page;
  vault: VaultPage;
  shell: ShellPage;
  caseList: CaseListPage;
  referral: ReferralFormPage;
  caseFile: CaseFilePage;
  settings: SettingsPage;
}

export const test = base.extend<E2EFixtures>({
  // eslint-disable-next-line no-empty-pattern
  bridge: async ({}, use) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'adviestafel-e2e-'));
    try {
      const bridge = await startBridge({ dataDir, logN: 10, device: 'e2e-testapparaat', testHooks: true });
      try {
        await use(bridge);
      } finally {
        await bridge.close();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  },
  app: async ({ page, bridge }, use) => {
    await page.goto(bridge.openUrl);
    await expect(page).toHaveURL(bridge.url);
    await use(page);
  },
  vault: async ({ app }, use) => use(new VaultPage(app)),
  shell: async ({ app }, use) => use(new ShellPage(app)),
  caseList: async ({ app }, use) => use(new CaseListPage(app)),
  referral: async ({ app }, use) => use(new ReferralFormPage(app)),
  caseFile: async ({ app }, use) => use(new CaseFilePage(app)),
  settings: async ({ app }, use) => use(new SettingsPage(app)),
});

/** First start: create the vault and acknowledge the recovery key (see VaultPage.create). */
export function createVault(page: Page, vault: NewVault): Promise<string> {
  return new VaultPage(page).create(vault);
}

/** Unlock screen: pick the user, type the passphrase, press 'Ontgrendelen' (see VaultPage.unlock). */
export function unlock(page: Page, userName: string, passphrase: string): Promise<void> {
  return new VaultPage(page).unlock(userName, passphrase);
}

/** Lock the backend (no audit record), then: no file in the data folder holds any needle in plain text. */
export async function expectNothingPlainOnDisk(bridge: Bridge, needles: readonly string[]): Promise<void> {
  await bridge.backend.lock();
  expect(await scanDataDirFor(bridge.dataDir, needles)).toEqual([]);
}

/**
 * Every file under dataDir (database, -wal, -shm, keyring.json, backups,
 * temp files, anything) whose bytes contain any needle as UTF-8 or UTF-16LE,
 * or whose name contains a needle. Returns paths relative to dataDir ('/'
 * separated), sorted. Exact, case-sensitive byte match.
 */
export async function scanDataDirFor(dataDir: string, needles: readonly string[]): Promise<string[]> {
  if (needles.some((n) => n.length === 0)) throw new Error('scanDataDirFor: empty needle');
  const patterns = needles.flatMap((n) => [Buffer.from(n, 'utf8'), Buffer.from(n, 'utf16le')]);
  const hits: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      const rel = relative(dataDir, full).split(/[\\/]/).join('/');
      const nameHit = needles.some((n) => entry.name.includes(n));
      if (entry.isDirectory()) {
        if (nameHit) hits.push(`${rel}/`);
        await walk(full);
      } else if (entry.isFile()) {
        let bytes: Buffer;
        try {
          bytes = await readFile(full);
        } catch (err) {
          // A file removed mid-scan (e.g. -shm at close) holds nothing any more.
          if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue;
          throw err;
        }
        if (nameHit || patterns.some((p) => bytes.includes(p))) hits.push(rel);
      } else if (nameHit) {
        hits.push(rel);
      }
    }
  };
  await walk(dataDir);
  return hits.sort();
}
