/**
 * The real desktop shell: launches the built app (npm run build) in Electron
 * with a fresh temp data folder, creates a vault through the UI, checks that
 * the page has no Node access, and locks.
 *
 * Needs the Electron binary. node_modules/electron downloads it at install time;
 * where that was impossible the whole file skips itself and says why. The binary
 * is located without require('electron'), which would start a download.
 *
 * All names and data here are fictional.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary, ELECTRON_SKIP_REASON } from './electron-binary';
import { _electron as electron, expect, test, type ElectronApplication, type Locator, type Page } from '@playwright/test';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const executablePath = electronBinary();
const electronAvailable = executablePath !== null;

test.skip(!electronAvailable, ELECTRON_SKIP_REASON);

const TEAM = 'Expertteam Fictieregio';
const USER = 'Fictieve Voorzitter';
const PASSPHRASE = 'groene kikker springt over zeven blauwe hekken';

/** A form field by its exact label, tolerating a required marker ("Wachtzin *"). */
function field(page: Page, label: string): Locator {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.getByLabel(new RegExp(`^\\s*${escaped}(\\s*\\*)?\\s*$`));
}

/** Files under dir whose name or bytes (UTF-8 or UTF-16LE) contain a needle. */
async function filesContaining(dir: string, needles: string[]): Promise<string[]> {
  const patterns = needles.flatMap((n) => [Buffer.from(n, 'utf8'), Buffer.from(n, 'utf16le')]);
  const hits: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    const full = join(entry.parentPath, entry.name);
    const named = needles.some((n) => entry.name.includes(n));
    let bytes: Buffer = Buffer.alloc(0);
    if (entry.isFile()) bytes = await readFile(full).catch(() => Buffer.alloc(0));
    if (named || patterns.some((p) => bytes.includes(p))) hits.push(relative(dir, full));
  }
  return hits;
}

let dataDir = '';
let app: ElectronApplication | undefined;

test.beforeEach(async () => {
  for (const built of ['dist/electron/main.cjs', 'dist/electron/backend-worker.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html']) {
    if (!existsSync(join(ROOT, built))) throw new Error(`${built} is missing: run 'npm run build' first`);
  }
  dataDir = await mkdtemp(join(tmpdir(), 'adviestafel-electron-'));
  const env: Record<string, string> = { ...(process.env as Record<string, string>), ADVIESTAFEL_DATA_DIR: dataDir, ADVIESTAFEL_QUIET: '1' };
  delete env.ELECTRON_RUN_AS_NODE;
  app = await electron.launch({
    executablePath: executablePath!,
    // The project folder: Electron reads package.json "main" (dist/electron/main.cjs), as `electron .` does.
    // Chromium refuses its OS sandbox as root (containers); the renderer sandbox flag still applies.
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), ROOT],
    env,
  });
});

test.afterEach(async () => {
  await app?.close();
  app = undefined;
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

test('create a vault, no Node in the page, lock', async () => {
  const page = await app!.firstWindow();
  expect(page.url()).toMatch(/^app:\/\/adviestafel\//);

  // Context isolation: the page sees the preload's call() and onEvent() and nothing else.
  const globals = await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown> & { adviestafel?: Record<string, unknown> };
    return {
      require: typeof w.require,
      process: typeof w.process,
      module: typeof w.module,
      bridge: Object.keys(w.adviestafel ?? {}),
      call: typeof w.adviestafel?.call,
      onEvent: typeof w.adviestafel?.onEvent,
    };
  });
  expect(globals).toEqual({
    require: 'undefined',
    process: 'undefined',
    module: 'undefined',
    bridge: ['call', 'onEvent'],
    call: 'function',
    onEvent: 'function',
  });

  // Same data folder as the CLI would use (ADVIESTAFEL_DATA_DIR).
  expect(await app!.evaluate(({ app: a }) => a.getPath('userData'))).toBe(dataDir);

  await field(page, 'Teamnaam').fill(TEAM);
  await field(page, 'Uw naam').fill(USER);
  await field(page, 'Wachtzin').fill(PASSPHRASE);
  await field(page, 'Herhaal wachtzin').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Teamkluis aanmaken', exact: true }).click();

  const saved = page.getByRole('button', { name: 'Ik heb de herstelsleutel bewaard', exact: true });
  await expect(saved).toBeVisible({ timeout: 30_000 });
  await saved.click();
  await expect(page.getByRole('heading', { name: 'Casussen' })).toBeVisible({ timeout: 30_000 });

  await page.getByRole('button', { name: 'Vergrendelen' }).click();
  await expect(
    page.getByRole('heading', { name: 'Ontgrendelen' }).or(page.getByRole('button', { name: 'Ontgrendelen' })).first(),
  ).toBeVisible();

  // Nothing Chromium wrote next to the vault (caches, storage) holds the names in clear text.
  expect(await filesContaining(dataDir, [TEAM, USER])).toEqual([]);
});
