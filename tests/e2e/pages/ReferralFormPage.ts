/** The referral (aanmelding) form: /cases/new, or a case file's Aanmelding tab while editing. */
import type { Locator, Page } from '@playwright/test';
import { choose, field } from './locators.js';

export class ReferralFormPage {
  constructor(readonly page: Page) {}

  get newHeading(): Locator {
    return this.page.getByRole('heading', { name: 'Nieuwe aanmelding' });
  }

  /** A referral field by label; 'Gemeente' is an autocomplete whose option list carries the same label. */
  input(label: string): Locator {
    return label === 'Gemeente' ? this.page.getByRole('combobox', { name: 'Gemeente' }) : field(this.page, label);
  }

  /** Fill fields in order: [label, value] pairs. */
  async fill(values: readonly (readonly [string, string])[]): Promise<void> {
    for (const [label, value] of values) await this.input(label).fill(value);
  }

  /** Pick an option of a select field. */
  choose(label: string, option: string): Promise<void> {
    return choose(this.page, label, option);
  }

  get computedAge(): Locator {
    return this.page.getByTestId('computed-age');
  }

  async addGuardian(): Promise<void> {
    await this.page.getByRole('button', { name: 'Ouder/verzorger toevoegen' }).click();
  }

  /** Problem areas are chips: the visible chip to click... */
  problemAreaChip(label: string): Locator {
    return this.page.getByRole('region', { name: 'Probleemgebieden' }).getByText(label, { exact: true });
  }
  /** ...and the checkbox that holds its state. */
  problemArea(label: string): Locator {
    return this.page.getByRole('checkbox', { name: label, exact: true });
  }

  /** The form's "not everything is filled in correctly" notice. */
  get errorsAlert(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'Nog niet alles is goed ingevuld' });
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Aanmelding opslaan' }).first().click();
  }
}
