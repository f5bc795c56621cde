/**
 * UI figures measured in Chromium (/usr/bin/chromium, Playwright's chromium API) against
 * the loopback bridge, on the bench's vault with 10,000 cases:
 *
 * - renderer_main_js_gzip_kb: the gzip size of every script the page loads until the
 *   unlock screen is usable (the entry chunk and its preloaded imports), budget 250.
 * - ui_unlock_to_list_ms: from clicking "Ontgrendelen" to the case list's rows being
 *   visible, excluding key derivation, budget 800: the vault was made with the low-cost
 *   test KDF the bridge allows (scrypt logN 10, a few ms instead of a few hundred at
 *   logN 17), and the database is keyed with the raw data key (no PBKDF2). Median of 5.
 *
 * Needs the built renderer (dist/renderer): `npm run build` first.
 */
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { startBridge } from '../../electron/bridge/server.js';
import { VaultPage } from '../e2e/pages/index.js';

export interface UiMetric {
  metric: string;
  value: number;
  unit: string;
  budget?: number;
  note?: string;
}

const RUNS = 5;

export async function benchUi(
  dataDir: string,
  user: string,
  passphrase: string,
  progress: (msg: string) => void,
): Promise<UiMetric[]> {
  if (!existsSync('dist/renderer/index.html')) {
    progress('UI-metingen overgeslagen: dist/renderer ontbreekt (eerst npm run build)');
    return [];
  }
  progress('UI in Chromium: laden tot het ontgrendelscherm, ontgrendelen tot de casuslijst...');
  const bridge = await startBridge({ dataDir, logN: 10, device: 'benchmark-ui' });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'nl-NL' });
    const page = await context.newPage();

    // 1. Scripts loaded until the unlock screen is usable.
    const scripts = new Map<string, Promise<Buffer | null>>();
    const onResponse = (r: import('@playwright/test').Response) => {
      if (r.request().resourceType() === 'script' || /\.m?js(\?|$)/.test(r.url())) scripts.set(r.url(), r.body().catch(() => null));
    };
    page.on('response', onResponse);
    await page.goto(bridge.openUrl);
    const vault = new VaultPage(page);
    await vault.unlockButton.waitFor({ state: 'visible' });
    await page.waitForLoadState('networkidle');
    page.off('response', onResponse);
    let gzipBytes = 0;
    for (const body of await Promise.all(scripts.values())) if (body) gzipBytes += gzipSync(body).length;
    const names = [...scripts.keys()].map((u) => u.replace(/^.*\/assets\//, ''));

    // 2. Unlock to the first rows of the case list, RUNS times (the page reloads between runs).
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      if (i > 0) {
        await bridge.backend.lock();
        await page.reload();
        await vault.unlockButton.waitFor({ state: 'visible' });
        await page.waitForLoadState('networkidle');
      }
      const who = vault.user;
      const kind = await who.evaluate((el) => `${el.tagName.toLowerCase()}:${el.getAttribute('role') ?? ''}`);
      if (kind.startsWith('select:')) await who.selectOption({ label: user });
      await vault.passphrase.fill(passphrase);
      const t0 = await page.evaluate(() => performance.now());
      await vault.unlockButton.click();
      await page.getByTestId('case-row').first().waitFor({ state: 'visible', timeout: 60_000 });
      const t1 = await page.evaluate(() => performance.now());
      times.push(t1 - t0);
    }
    const sorted = [...times].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    await context.close();
    return [
      {
        metric: 'renderer_main_js_gzip_kb',
        value: gzipBytes / 1024,
        unit: 'KB',
        budget: 250,
        note: `${names.length} scripts before the unlock screen: ${names.join(' ')}`,
      },
      {
        metric: 'ui_unlock_to_list_ms',
        value: median,
        unit: 'ms',
        budget: 800,
        note: `click to rows visible, median of ${RUNS} (${sorted.map(Math.round).join(', ')}), 10,000 cases, scrypt logN 10`,
      },
    ];
  } finally {
    await browser.close();
    await bridge.close();
  }
}
