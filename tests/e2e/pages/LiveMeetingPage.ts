/** Page object: the live meeting (#/meetings/<id>/live) and the presentation tab (#/present/<id>). */
import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures.js';

export class LiveMeetingPage {
  constructor(readonly page: Page) {}

  get familyBanner(): Locator {
    return this.page.getByTestId('family-banner');
  }

  get phase(): Locator {
    return this.page.getByTestId('phase-indicator');
  }

  note(label: string): Locator {
    return this.page.getByRole('textbox', { name: label, exact: false }).first();
  }

  saveState(field: string): Locator {
    return this.page.getByTestId(`save-state-${field}`);
  }

  async openPresentation(): Promise<Page> {
    const [tab] = await Promise.all([
      this.page.context().waitForEvent('page'),
      this.page.getByRole('button', { name: 'Presentatiescherm openen' }).click(),
    ]);
    await tab.waitForLoadState();
    await expect(tab.getByTestId('presentation')).toBeVisible();
    return tab;
  }

  async startDeel1(): Promise<void> {
    await this.page.getByRole('button', { name: /^Deel 1 starten/ }).click();
    await expect(this.familyBanner).toBeVisible();
  }

  async familyLeft(): Promise<void> {
    await this.page.getByRole('button', { name: 'De familie heeft de ruimte verlaten' }).click();
    await expect(this.familyBanner).toHaveCount(0);
    await expect(this.phase).toHaveAttribute('data-phase', 'deel2');
  }

  get currentCase(): Locator {
    return this.page.getByTestId('current-case');
  }

  get timerPaused(): Locator {
    return this.page.getByTestId('phase-timer').getByText('gepauzeerd', { exact: true });
  }

  /** The chair's keyboard shortcuts: next phase, next case, start/stop the timer. */
  async shortcut(which: 'nextPhase' | 'nextCase' | 'timer'): Promise<void> {
    await this.page.keyboard.press({ nextPhase: 'Alt+ArrowRight', nextCase: 'Alt+KeyN', timer: 'Alt+KeyT' }[which]);
  }

  /** The conflict view of a note field another screen saved first: both texts and the merge. */
  get conflict(): Locator {
    return this.page.getByTestId('note-conflict');
  }

  /** Everything a screen reader or the DOM could expose. */
  static async exposedText(page: Page): Promise<string> {
    return `${await page.content()}\n${await page.locator('body').ariaSnapshot()}`;
  }
}
