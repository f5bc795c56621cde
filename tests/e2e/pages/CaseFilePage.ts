/** /cases/:id, the case file: header, tabs, consent and screening. */
import { expect, type Locator, type Page } from '@playwright/test';
import { dismissNotifications, field } from './locators.js';

export class CaseFilePage {
  constructor(readonly page: Page) {}

  get code(): Locator {
    return this.page.getByTestId('case-code');
  }
  get name(): Locator {
    return this.page.getByTestId('case-name');
  }
  /** The status badge in the header, beside the code. */
  get status(): Locator {
    return this.code.locator('..').getByTestId('status-badge');
  }
  get backToList(): Locator {
    return this.page.getByRole('link', { name: 'Terug naar casussen' });
  }

  tab(name: 'Aanmelding' | 'Toestemming' | 'Screening' | 'Tijdlijn'): Locator {
    return this.page.getByRole('tab', { name });
  }
  async openTab(name: 'Aanmelding' | 'Toestemming' | 'Screening' | 'Tijdlijn'): Promise<void> {
    await this.tab(name).click();
  }

  // --- Toestemming -----------------------------------------------------------------

  get consentSummary(): Locator {
    return this.page.getByTestId('consent-summary');
  }
  get consentForm(): Locator {
    return this.page.getByRole('form', { name: 'Toestemming vastleggen' });
  }
  get consentFormHeading(): Locator {
    return this.page.getByRole('heading', { name: 'Toestemming vastleggen' });
  }
  get consentName(): Locator {
    return this.consentForm.getByRole('combobox', { name: 'Naam' });
  }
  get consentRows(): Locator {
    return this.page.getByTestId('consent-table').getByRole('row');
  }

  /** Choose whose consent this is ('jeugdige', 'ouder/verzorger', ...) and check it took. */
  async consentSubject(subject: string): Promise<void> {
    await this.consentForm.getByText(subject, { exact: true }).click();
    await expect(this.consentForm.getByRole('radio', { name: subject, exact: true })).toBeChecked();
  }
  async saveConsent(): Promise<void> {
    await dismissNotifications(this.page);
    await this.page.getByRole('button', { name: 'Toestemming opslaan' }).click();
  }

  // --- Screening -------------------------------------------------------------------------

  get internalBanner(): Locator {
    return this.page.getByTestId('internal-banner');
  }
  get screeningNote(): Locator {
    return field(this.page, 'Toelichting');
  }
  get screeningItems(): Locator {
    return this.page.getByTestId('screening-item');
  }
  /** The alert that says the case cannot be planned without consent. */
  get consentRequired(): Locator {
    return this.page.getByTestId('consent-required');
  }

  /** Record a screening: outcome ('Geschikt', ...), a note, save. */
  async screen(outcome: string, note: string): Promise<void> {
    await this.page.getByRole('radio', { name: outcome, exact: true }).check();
    await this.screeningNote.fill(note);
    await dismissNotifications(this.page);
    await this.page.getByRole('button', { name: 'Screening opslaan' }).click();
  }
}
