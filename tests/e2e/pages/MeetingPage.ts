/** Page object: one meeting (#/meetings/<id>): agenda, guests, attendance, besluitenlijst. */
import type { Locator, Page } from '@playwright/test';
import { expect, field } from '../fixtures.js';

export class MeetingPage {
  constructor(readonly page: Page) {}

  tab(name: 'Agenda' | 'Aanwezigheid' | 'Besluitenlijst'): Locator {
    return this.page.getByRole('tab', { name, exact: true });
  }

  get items(): Locator {
    return this.page.getByTestId('agenda-item');
  }

  item(code: string): Locator {
    return this.page.getByRole('generic', { name: `Agendapunt ${code}` }).or(this.items.filter({ hasText: code }));
  }

  async proposeAndAdd(count: number): Promise<void> {
    await this.page.getByRole('button', { name: 'Voorstel', exact: true }).click();
    await expect(this.page.getByTestId('proposal-note')).toBeVisible();
    await this.page.getByRole('button', { name: `${count} casussen agenderen` }).click();
    await expect(this.items).toHaveCount(count);
  }

  async addGuest(item: Locator, kind: string, name: string): Promise<void> {
    await item.getByRole('button', { name: /^Gasten/ }).click();
    const form = item.getByRole('form', { name: /^Gast toevoegen aan/ });
    await form.getByRole('combobox', { name: 'Soort gast' }).click();
    await this.page.getByRole('option', { name: kind, exact: true }).click();
    await form.getByLabel(/^Naam gast/).fill(name);
    await form.getByRole('button', { name: 'Gast toevoegen' }).click();
  }

  /** Attendance rows: fill the n-th (0-based) row. */
  async setMember(n: number, name: string, sector: string, status: 'aanwezig' | 'afwezig' | 'vervangen'): Promise<void> {
    await field(this.page, `Naam lid ${n + 1}`).fill(name);
    await this.page.getByRole('combobox', { name: `Sector van ${name}` }).click();
    await this.page.getByRole('option', { name: sector, exact: true }).click();
    await this.page.getByRole('radiogroup', { name: `Aanwezigheid van ${name}` }).getByText(status, { exact: true }).click();
  }

  /** Besluitenlijst tab: preview the PDF, then 'Vastleggen'; returns the confirmation. */
  async recordDecisionList(): Promise<Locator> {
    const section = this.page.getByTestId('meeting-letters');
    await section.getByRole('button', { name: 'Besluitenlijst bekijken' }).click();
    const dialog = this.page.getByRole('dialog');
    await expect(dialog.getByRole('region', { name: 'Voorbeeld van de brief' }).locator('canvas').first()).toBeVisible({ timeout: 30_000 });
    await dialog.getByRole('button', { name: 'Vastleggen' }).click();
    await expect(dialog).toBeHidden();
    return section.getByRole('status');
  }

  async startMeeting(): Promise<void> {
    await this.page.getByRole('button', { name: 'Overleg starten' }).click();
    await expect(this.page).toHaveURL(/#\/meetings\/\d+\/live/);
  }
}
