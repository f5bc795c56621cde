/** Instellingen > Importeren (beheerder): pick a CSV or XLSX file, trial import, import. */
import { expect, type Locator, type Page } from '@playwright/test';

export class ImportPage {
  constructor(readonly page: Page) {}

  get tab(): Locator {
    return this.page.getByRole('tab', { name: 'Importeren' });
  }
  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'Importeren', level: 2 });
  }
  get checkButton(): Locator {
    return this.page.getByRole('button', { name: 'Proefimport', exact: true });
  }
  /** The button that imports after a trial import without problems ('2 casussen importeren'). */
  get importButton(): Locator {
    return this.page.getByRole('button', { name: /casus(sen)? importeren$/ });
  }
  get confirmDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Casussen importeren' });
  }
  get problems(): Locator {
    return this.page.getByRole('table', { name: 'Problemen per rij en kolom' });
  }
  get preview(): Locator {
    return this.page.getByRole('table', { name: 'Wat er wordt aangemaakt' });
  }
  get result(): Locator {
    return this.page.getByTestId('import-result');
  }

  /** Open the tab from the settings page. */
  async open(): Promise<void> {
    await this.tab.click();
    await expect(this.heading).toBeVisible();
  }

  /** Choose a file as the user would in the file dialog (contents in memory, nothing on disk). */
  async pick(name: string, contents: string | Buffer): Promise<void> {
    const mimeType = name.endsWith('.xlsx') ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv';
    await this.page.locator('input[type="file"]').setInputFiles({ name, mimeType, buffer: Buffer.from(contents) });
    await expect(this.checkButton).toBeEnabled();
  }

  /** Run the trial import and wait for its result. */
  async check(): Promise<void> {
    await this.checkButton.click();
    await expect(this.result).toBeVisible({ timeout: 20_000 });
  }

  /** A row of the problem table by its row number and column. */
  problem(row: string, column: string): Locator {
    return this.problems.getByRole('row').filter({ has: this.page.getByRole('cell', { name: row, exact: true }) }).filter({ hasText: column });
  }
}
