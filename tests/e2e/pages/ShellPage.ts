/** The unlocked app around every feature: header (lock button), main navigation. */
import { expect, type Locator, type Page } from '@playwright/test';
import { dismissNotifications, field } from './locators.js';

export class ShellPage {
  constructor(readonly page: Page) {}

  get lockButton(): Locator {
    return this.page.getByRole('button', { name: 'Vergrendelen' });
  }

  /** The main navigation's link for a feature, e.g. 'Casussen', 'Instellingen'. */
  navLink(label: string): Locator {
    return this.page.getByRole('navigation').getByText(label, { exact: true });
  }

  async navigate(label: string): Promise<void> {
    await this.navLink(label).click();
  }

  /** Lock by hand and wait for the unlock screen. */
  async lock(): Promise<void> {
    // A success message may still sit over the header's lock button: dismiss it.
    await dismissNotifications(this.page);
    await this.lockButton.click();
    await expect(this.page.getByRole('heading', { name: 'Ontgrendelen', exact: true })).toBeVisible();
    await expect(field(this.page, 'Wachtzin')).toBeVisible();
  }
}
