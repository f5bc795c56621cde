/**
 * Page object: the advice (the case file's "Advies" tab and the live meeting's
 * Advies phase), the approval dialog, responses, actions, closing with an
 * outcome, and the "Opvolging" and "Mijn acties" pages.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { dismissNotifications, field } from './locators.js';

export interface ItemData {
  category: string;
  text: string;
  addressee: string;
  name: string;
  deadline: string;
}

export class AdvicePage {
  constructor(readonly page: Page) {}

  /** The case file's Advies tab, by URL. */
  async openCase(baseUrl: string, caseId: number): Promise<void> {
    await this.page.goto(`${baseUrl}#/cases/${caseId}?tab=advies`);
    await expect(this.page.getByRole('tab', { name: 'Advies' })).toHaveAttribute('aria-selected', 'true');
  }

  // --- the editor ---------------------------------------------------------------------

  get editor(): Locator {
    return this.page.getByRole('form', { name: /^(Advies opstellen|Concept-advies|Correctie van het vastgestelde advies)/ });
  }
  input(label: string): Locator {
    return field(this.editor, label);
  }
  item(n: number): Locator {
    return this.editor.getByRole('group', { name: `Adviespunt ${n}`, exact: true });
  }
  async pick(scope: Locator, label: string, option: string): Promise<void> {
    await scope.getByRole('combobox', { name: label, exact: true }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }
  async fillItem(n: number, d: ItemData): Promise<void> {
    const item = this.item(n);
    await this.pick(item, 'Categorie', d.category);
    await field(item, 'Tekst van het adviespunt').fill(d.text);
    await this.pick(item, 'Gericht aan', d.addressee);
    await field(item, 'Naam van de partij').fill(d.name);
    await field(item, 'Reactietermijn').fill(d.deadline);
  }
  async addItem(): Promise<void> {
    await this.editor.getByRole('button', { name: 'Adviespunt toevoegen' }).click();
  }
  async saveDraft(): Promise<void> {
    await dismissNotifications(this.page);
    await this.editor.getByRole('button', { name: /^(Concept opslaan|Correctie opslaan)$/ }).click();
  }

  // --- approval (step-up) --------------------------------------------------------------

  get approveDialog(): Locator {
    return this.page.getByRole('dialog');
  }
  async openApprove(): Promise<void> {
    await dismissNotifications(this.page);
    await this.editor.getByRole('button', { name: 'Vaststellen…' }).click();
    await expect(this.approveDialog).toBeVisible();
  }
  async approveAs(chair: string | null, passphrase: string): Promise<void> {
    const dialog = this.approveDialog;
    if (chair) {
      await dialog.getByRole('combobox', { name: 'Voorzitter', exact: true }).click();
      await this.page.getByRole('option', { name: chair, exact: true }).click();
    }
    await field(dialog, 'Wachtzin van de voorzitter').fill(passphrase);
    await dialog.getByRole('button', { name: 'Vaststellen', exact: true }).click();
  }

  get view(): Locator {
    return this.page.getByTestId('advice-view');
  }
  get versionStatus(): Locator {
    return this.view.getByTestId('advice-version-status');
  }

  // --- responses, commitments, actions -------------------------------------------------

  responseRow(n: number): Locator {
    return this.page.getByTestId('response-row').nth(n - 1);
  }
  get commitments(): Locator {
    return this.page.getByTestId('commitments');
  }
  get responseDialog(): Locator {
    return this.page.getByRole('dialog');
  }
  async openResponse(n: number, state: string): Promise<void> {
    await dismissNotifications(this.page);
    await this.page.getByRole('button', { name: `Reactie vastleggen op adviespunt ${n}` }).click();
    await this.responseDialog.getByRole('radio', { name: state, exact: true }).check();
  }
  async saveResponse(): Promise<void> {
    await this.responseDialog.getByRole('button', { name: 'Reactie opslaan' }).click();
  }

  async addAction(what: string, who: string, due: string): Promise<void> {
    await dismissNotifications(this.page);
    await this.page.getByRole('button', { name: 'Actie toevoegen' }).click();
    const form = this.page.getByRole('form', { name: 'Nieuwe actie' });
    await field(form, 'Wat').fill(what);
    await this.pick(form, 'Wie', who);
    await field(form, 'Uiterlijk').fill(due);
    await form.getByRole('button', { name: 'Actie opslaan' }).click();
    await expect(form).toHaveCount(0);
  }

  // --- history, closing -------------------------------------------------------------------

  get history(): Locator {
    return this.page.getByTestId('advice-history');
  }
  get closeForm(): Locator {
    return this.page.getByRole('form', { name: 'Casus afsluiten met uitkomst' });
  }

  // --- cross-case pages --------------------------------------------------------------------

  followupSection(kind: 'responses' | 'actions' | 'reviews'): Locator {
    return this.page.getByTestId(`followup-${kind}`);
  }
}
