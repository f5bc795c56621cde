/** Page object: the meetings planning screen (#/meetings): series form and the meeting lists. */
import type { Locator, Page } from '@playwright/test';
import { expect, field } from '../fixtures.js';

export class MeetingPlanningPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByText('Overleggen', { exact: true }).click();
    await expect(this.page.getByRole('heading', { name: 'Overleggen', level: 1 })).toBeVisible();
  }

  get seriesForm(): Locator {
    return this.page.getByRole('form', { name: 'Nieuwe overlegreeks' });
  }

  async openSeriesForm(): Promise<void> {
    await this.page.getByRole('button', { name: 'Nieuwe reeks' }).click();
    await expect(this.seriesForm).toBeVisible();
  }

  input(label: string): Locator {
    return field(this.page, label);
  }

  async submitSeries(): Promise<void> {
    await this.page.getByRole('button', { name: 'Reeks aanmaken' }).click();
  }

  get upcomingRows(): Locator {
    return this.page.getByTestId('upcoming-meetings').getByTestId('meeting-row');
  }

  /** The n-th (0-based) upcoming meeting's actions menu: 'Verplaatsen…' or 'Annuleren…'. */
  async action(n: number, item: 'Verplaatsen…' | 'Annuleren…'): Promise<Locator> {
    await this.upcomingRows.nth(n).getByRole('button', { name: /^Acties voor overleg/ }).click();
    await this.page.getByRole('menuitem', { name: item }).click();
    const dialog = this.page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** Move the n-th upcoming meeting to a date (dd-mm-jjjj). */
  async move(n: number, date: string): Promise<void> {
    const dialog = await this.action(n, 'Verplaatsen…');
    await dialog.getByLabel('Datum').fill(date);
    await dialog.getByRole('button', { name: 'Verplaatsen', exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  async addExtra(date: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Extra overleg' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Extra overleg toevoegen' });
    await dialog.getByLabel('Datum').fill(date);
    await dialog.getByRole('button', { name: 'Overleg toevoegen' }).click();
    await expect(this.page).toHaveURL(/#\/meetings\/\d+$/);
  }

  async openFirstUpcoming(): Promise<void> {
    await this.upcomingRows.first().click();
    await expect(this.page).toHaveURL(/#\/meetings\/\d+/);
  }
}
