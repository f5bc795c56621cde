/**
 * The vault screens before anyone is signed in: create the team vault, unlock,
 * recover with the recovery key, and the recovery-key dialog.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { field } from './locators.js';

export interface NewVault {
  team: string;
  user: string;
  passphrase: string;
}

/**
 * The first run of consecutive base32 groups (separated by a space or '-') that
 * joins to exactly 32 characters; '' if there is none.
 */
export function extractRecoveryKey(text: string): string {
  for (const m of text.matchAll(/[A-Z2-7]+(?:[ -][A-Z2-7]+)*/g)) {
    const groups = m[0].split(/[ -]/);
    for (let i = 0; i < groups.length; i++) {
      let key = '';
      for (let j = i; j < groups.length && key.length < 32; j++) key += groups[j];
      if (key.length === 32) return key;
    }
  }
  return '';
}

export class VaultPage {
  constructor(readonly page: Page) {}

  field(label: string): Locator {
    return field(this.page, label);
  }

  // --- create -------------------------------------------------------------------

  get createHeading(): Locator {
    return this.page.getByRole('heading', { name: 'Nieuwe teamkluis' });
  }
  get teamName(): Locator {
    return this.field('Teamnaam');
  }
  get userName(): Locator {
    return this.field('Uw naam');
  }
  get confirm(): Locator {
    return this.field('Herhaal wachtzin');
  }
  get strength(): Locator {
    return this.page.getByTestId('passphrase-strength');
  }
  get createButton(): Locator {
    return this.page.getByRole('button', { name: 'Teamkluis aanmaken', exact: true });
  }

  /**
   * First start: fill the create-vault form, submit, acknowledge the recovery-key
   * dialog. Returns the recovery key as shown (32 base32 characters, separators
   * removed), or '' if the dialog showed none recognisably.
   */
  async create({ team, user, passphrase }: NewVault): Promise<string> {
    await this.teamName.fill(team);
    await this.userName.fill(user);
    await this.passphrase.fill(passphrase);
    await this.confirm.fill(passphrase);
    await this.createButton.click();

    const confirm = this.page.getByRole('button', { name: 'Ik heb de herstelsleutel bewaard', exact: true });
    const dialog = this.page.getByRole('dialog').filter({ has: confirm });
    await expect(dialog).toBeVisible({ timeout: 30_000 });
    const text = await dialog.innerText();
    await confirm.click();
    await expect(dialog).toBeHidden();
    return extractRecoveryKey(text);
  }

  // --- the recovery-key dialog -----------------------------------------------------

  get recoveryDialog(): Locator {
    return this.page.getByRole('dialog');
  }
  get recoveryKey(): Locator {
    return this.page.getByTestId('recovery-key');
  }
  get recoveryKeyPrint(): Locator {
    return this.page.getByTestId('recovery-key-print');
  }
  get keySavedButton(): Locator {
    return this.recoveryDialog.getByRole('button', { name: 'Ik heb de herstelsleutel bewaard' });
  }

  // --- unlock -----------------------------------------------------------------------

  get unlockHeading(): Locator {
    return this.page.getByRole('heading', { name: 'Ontgrendelen', exact: true });
  }
  get user(): Locator {
    return this.field('Gebruiker');
  }
  get passphrase(): Locator {
    return this.field('Wachtzin');
  }
  get unlockButton(): Locator {
    return this.page.getByRole('button', { name: 'Ontgrendelen', exact: true });
  }
  get wrongPassphrase(): Locator {
    return this.page.getByText('Deze wachtzin klopt niet');
  }
  get throttleNotice(): Locator {
    return this.page.getByTestId('throttled');
  }

  /** The name shown as chosen under 'Gebruiker'. */
  chosenUser(): Promise<string> {
    return this.user.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');
  }

  /** The names offered under 'Gebruiker'. */
  userOptions(): Promise<(string | null)[]> {
    return this.user.evaluate((el) => [...(el as HTMLSelectElement).options].map((o) => o.textContent));
  }

  /** Unlock screen: pick the user under 'Gebruiker', type the passphrase, press 'Ontgrendelen'. */
  async unlock(userName: string, passphrase: string): Promise<void> {
    const who = this.user;
    const kind = await who.evaluate((el) => `${el.tagName.toLowerCase()}:${el.getAttribute('role') ?? ''}`);
    if (kind.startsWith('select:')) {
      await who.selectOption({ label: userName });
    } else if (kind.endsWith(':radiogroup')) {
      await who.getByRole('radio', { name: userName, exact: true }).check();
    } else {
      // Mantine Select / combobox: open it, then pick the option.
      await who.click();
      await this.page.getByRole('option', { name: userName, exact: true }).click();
    }
    await this.passphrase.fill(passphrase);
    await this.unlockButton.click();
  }

  /** Type a passphrase for the user already chosen and press 'Ontgrendelen'. */
  async retry(passphrase: string): Promise<void> {
    await this.passphrase.fill(passphrase);
    await this.unlockButton.click();
  }

  // --- recovery ------------------------------------------------------------------------

  async forgotPassphrase(): Promise<void> {
    await this.page.getByRole('button', { name: 'Wachtzin vergeten?' }).click();
    await expect(this.page.getByRole('heading', { name: 'Wachtzin vergeten' })).toBeVisible();
  }
  get recoveryKeyInput(): Locator {
    return this.field('Herstelsleutel');
  }
  get newPassphrase(): Locator {
    return this.field('Nieuwe wachtzin');
  }
  get confirmNewPassphrase(): Locator {
    return this.field('Herhaal nieuwe wachtzin');
  }
  get recoverButton(): Locator {
    return this.page.getByRole('button', { name: 'Herstellen en ontgrendelen' });
  }

  // --- language ---------------------------------------------------------------------------

  async switchLanguage(label: 'NL' | 'EN'): Promise<void> {
    await this.page.getByText(label, { exact: true }).click();
  }
}
