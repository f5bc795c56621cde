/**
 * Playwright fixtures for the real UI in Chromium through the loopback bridge.
 *
 *   import { test, expect, createVault, unlock, scanDataDirFor } from './fixtures';
 *   test('...', async ({ app, bridge }) => { ... bridge.dataDir ... });
 *
 * `bridge`: a fresh bridge + backend per test, on a fresh temp data folder with a
 * cheap scrypt cost (logN 10, tests only); closed (vault locked) and removed after.
 * `app`: the test's page, opened through bridge.openUrl (session cookie set), on '/'.
 *
 * All names and data used with these helpers must be fictional.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { startBridge, type Bridge } from '../../electron/bridge/server.js';

export type { Bridge };
export { expect };

export interface E2EFixtures {
  /** The running bridge; bridge.dataDir is its temp data folder. */
  bridge: Bridge;
  /** The page, opened through the bridge's open URL and sitting on '/'. */
  app: Page;
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
});

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A form field by its exact label. Tolerates a required-marker ("Wachtzin *"),
 * so 'Wachtzin' does not also match 'Herhaal wachtzin'.
 */
export function field(page: Page, label: string): Locator {
  return page.getByLabel(new RegExp(`^\\s*${escapeRegExp(label)}(\\s*\\*)?\\s*$`));
}

export interface NewVault {
  team: string;
  user: string;
  passphrase: string;
}

/**
 * First start: fill the create-vault form, submit, acknowledge the recovery-key
 * dialog. Returns the recovery key as shown (32 base32 characters, separators
 * removed), or '' if the dialog showed none recognisably.
 */
export async function createVault(page: Page, { team, user, passphrase }: NewVault): Promise<string> {
  await field(page, 'Teamnaam').fill(team);
  await field(page, 'Uw naam').fill(user);
  await field(page, 'Wachtzin').fill(passphrase);
  await field(page, 'Herhaal wachtzin').fill(passphrase);
  await page.getByRole('button', { name: 'Teamkluis aanmaken', exact: true }).click();

  const confirm = page.getByRole('button', { name: 'Ik heb de herstelsleutel bewaard', exact: true });
  const dialog = page.getByRole('dialog').filter({ has: confirm });
  await expect(dialog).toBeVisible({ timeout: 30_000 });
  const text = await dialog.innerText();
  await confirm.click();
  await expect(dialog).toBeHidden();
  return extractRecoveryKey(text);
}

/**
 * The first run of consecutive base32 groups (separated by a space or '-') that
 * joins to exactly 32 characters; '' if there is none.
 */
export function extractRecoveryKey(text: string): string {
  for (const m of text.matchAll(/[A-Z2-7]+(?:[ -][A-Z2-7]+)*/g)) {
    const groups = m[0].split(/[ -]/);
    for (let i = 0; i < groups.length; i++) {
      let key = '';
      for (let j = i; j < groups.length && key.length < 32; j++) key += groups[j];
      if (key.length === 32) return key;
    }
  }
  return '';
}

/** Unlock screen: pick the user under 'Gebruiker', type the passphrase, press 'Ontgrendelen'. */
export async function unlock(page: Page, userName: string, passphrase: string): Promise<void> {
  const who = field(page, 'Gebruiker');
  const kind = await who.evaluate((el) => `${el.tagName.toLowerCase()}:${el.getAttribute('role') ?? ''}`);
  if (kind.startsWith('select:')) {
    await who.selectOption({ label: userName });
  } else if (kind.endsWith(':radiogroup')) {
    await who.getByRole('radio', { name: userName, exact: true }).check();
  } else {
    // Mantine Select / combobox: open it, then pick the option.
    await who.click();
    await page.getByRole('option', { name: userName, exact: true }).click();
  }
  await field(page, 'Wachtzin').fill(passphrase);
  await page.getByRole('button', { name: 'Ontgrendelen', exact: true }).click();
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
