/**
 * Page object: /reports ("Rapportage"), the period report as a dashboard: the period and
 * municipality filters, the figures (chart + table + base sentence), the drill-down to the
 * cases behind a bar or a row, the 'intern gebruik' toggle, the exports, the signalen and the
 * chair's summary.
 */
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { choose, field } from './locators.js';

export type ExportKind = 'CSV' | 'PDF' | 'Excel (XLSX)';

export class ReportsPage {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'Rapportage', level: 1 });
  }

  /** Straight to the dashboard, optionally for a period (ISO dates). */
  async open(baseUrl: string, period?: { from: string; to: string }): Promise<void> {
    const q = period ? `?from=${period.from}&to=${period.to}` : '';
    await this.page.goto(`${baseUrl}#/reports${q}`);
    await expect(this.heading).toBeVisible({ timeout: 30_000 });
  }

  // --- filters --------------------------------------------------------------------------

  /** 'Cijfers over 01-01-2026 tot en met 30-06-2026, alle gemeenten.' */
  get periodLine(): Locator {
    return this.page.getByTestId('period-line');
  }

  /** A quick choice, e.g. '1e halfjaar 2026', 'Heel 2025'. */
  async choosePeriod(label: string): Promise<void> {
    await choose(this.page, 'Periode', label);
  }

  /** A custom period typed as dd-mm-jjjj, applied with 'Toepassen'. */
  async typePeriod(from: string, to: string): Promise<void> {
    await field(this.page, 'Van').fill(from);
    await field(this.page, 'Tot en met').fill(to);
    await this.page.getByRole('button', { name: 'Toepassen', exact: true }).click();
  }

  /** One municipality, or back to all of them with null. */
  async chooseMunicipality(name: string): Promise<void> {
    await choose(this.page, 'Gemeente', name);
  }

  async expectPeriod(from: string, to: string): Promise<void> {
    await expect(this.periodLine).toContainText(`${from} tot en met ${to}`);
    // The previous figures stay (dimmed, busy) until the new ones are there.
    await expect(this.page.locator('[aria-busy="true"]')).toHaveCount(0);
  }

  // --- figures --------------------------------------------------------------------------

  /** One figure's card (its key from the contract, e.g. 'referrer_type'). */
  figure(key: string): Locator {
    return this.page.getByTestId(`figure-${key}`);
  }
  /** The sentence under a figure's title: base and answer mode. */
  basis(key: string): Locator {
    return this.figure(key).getByTestId('basis');
  }
  /** The count shown for a category (row key) of a figure: '12', '<5', 'x'. */
  count(key: string, row: string): Locator {
    return this.figure(key).locator(`tr[data-row="${row}"]`).getByTestId('count');
  }
  /** One of the four large numbers at the top. */
  total(row: string): Locator {
    return this.figure('totals').locator(`[data-row="${row}"]`).getByTestId('total-count');
  }
  /** The bar drawn for a category in a figure's chart. */
  bar(key: string, row: string): Locator {
    return this.page.getByTestId(`chart-${key}`).locator(`g[data-row="${row}"] path`);
  }
  /** The category's name in the table, as a button that opens its cases. */
  rowButton(key: string, label: string): Locator {
    return this.figure(key).getByRole('button', { name: `Casussen bij ${label} tonen`, exact: true });
  }

  // --- drill-down ------------------------------------------------------------------------

  casesDialog(label: string): Locator {
    return this.page.getByRole('dialog', { name: `Casussen bij ${label}` });
  }
  casesRows(label: string): Locator {
    return this.casesDialog(label).getByTestId('drill-case');
  }

  // --- intern gebruik ------------------------------------------------------------------

  get internalToggle(): Locator {
    return this.page.getByRole('switch', { name: 'Voor intern gebruik: exacte aantallen' });
  }
  get internalBanner(): Locator {
    return this.page.getByTestId('internal-banner');
  }

  // --- exports ---------------------------------------------------------------------------

  /** Press an export button and wait for the file. */
  async export(kind: ExportKind): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download', { timeout: 60_000 }),
      this.page.getByRole('button', { name: `Exporteren als ${kind}`, exact: true }).click(),
    ]);
    return download;
  }

  // --- summary ---------------------------------------------------------------------------

  get summary(): Locator {
    return this.page.getByRole('textbox', { name: 'Samenvatting voor de rapportage', exact: true });
  }
  async saveSummary(): Promise<void> {
    await this.page.getByRole('button', { name: 'Samenvatting opslaan', exact: true }).click();
  }
}
