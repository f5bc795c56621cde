/** /settings/<tab>: own account, users, security, problem areas, audit log, import (ImportPage). */
import { expect, type Locator, type Page } from '@playwright/test';
import { field } from './locators.js';

export type SettingsTab = 'Mijn account' | 'Gebruikers' | 'Beveiliging' | 'Probleemgebieden' | 'Auditlog' | 'Importeren';

export interface NewUser {
  name: string;
  role: string;
  passphrase: string;
}

export class SettingsPage {
  constructor(readonly page: Page) {}

  field(label: string): Locator {
    return field(this.page, label);
  }

  /** Open settings from the main navigation, optionally on a tab. */
  async open(tab?: SettingsTab): Promise<void> {
    await this.page.getByRole('navigation').getByText('Instellingen', { exact: true }).click();
    await expect(this.page.getByRole('heading', { name: 'Instellingen', level: 1 })).toBeVisible();
    if (tab) await this.openTab(tab);
  }

  tab(name: SettingsTab): Locator {
    return this.page.getByRole('tab', { name });
  }
  async openTab(name: SettingsTab): Promise<void> {
    await this.tab(name).click();
  }

  // --- Gebruikers ----------------------------------------------------------------------

  userRow(name: string): Locator {
    return this.page.getByRole('row', { name: new RegExp(name) });
  }
  get addUserButton(): Locator {
    return this.page.getByRole('button', { name: 'Gebruiker toevoegen' });
  }
  get addUserDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Gebruiker toevoegen' });
  }

  /** Open the add-user dialog and fill it (without submitting); returns the dialog. */
  async fillNewUser({ name, role, passphrase }: NewUser): Promise<Locator> {
    await this.addUserButton.click();
    const dialog = this.addUserDialog;
    await this.field('Naam').fill(name);
    await dialog.getByRole('checkbox', { name: role }).check();
    await this.field('Wachtzin').fill(passphrase);
    await this.field('Herhaal wachtzin').fill(passphrase);
    return dialog;
  }

  /** Add a user and wait for the dialog to close. */
  async addUser(user: NewUser): Promise<void> {
    const dialog = await this.fillNewUser(user);
    await dialog.getByRole('button', { name: 'Toevoegen' }).click();
    await expect(dialog).toBeHidden();
  }

  async editRoles(name: string): Promise<Locator> {
    await this.page.getByRole('button', { name: `Rollen wijzigen van ${name}` }).click();
    return this.page.getByRole('dialog', { name: `Rollen wijzigen van ${name}` });
  }

  async deactivate(name: string): Promise<Locator> {
    await this.page.getByRole('button', { name: `${name} deactiveren` }).click();
    return this.page.getByRole('dialog', { name: `${name} deactiveren` });
  }

  // --- Mijn account ----------------------------------------------------------------------

  async changePassphrase(current: string, next: string): Promise<void> {
    await this.field('Huidige wachtzin').fill(current);
    await this.field('Nieuwe wachtzin').fill(next);
    await this.field('Herhaal nieuwe wachtzin').fill(next);
    await this.page.getByRole('button', { name: 'Wachtzin wijzigen' }).click();
  }

  // --- Auditlog ---------------------------------------------------------------------------

  get auditTable(): Locator {
    return this.page.getByTestId('audit-table');
  }
  get auditVerify(): Locator {
    return this.page.getByTestId('audit-verify');
  }
}
