/** Locator helpers shared by the page objects. */
import type { Locator, Page } from '@playwright/test';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A form field by its exact label. Tolerates a required-marker ("Wachtzin *"),
 * so 'Wachtzin' does not also match 'Herhaal wachtzin'.
 */
export function field(scope: Page | Locator, label: string): Locator {
  return scope.getByLabel(new RegExp(`^\\s*${escapeRegExp(label)}(\\s*\\*)?\\s*$`));
}

/** Pick an option of a Mantine Select by the select's label. */
export async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/**
 * Close every open notification. A "saved" notice sits at the bottom right and
 * pauses its auto-close while the pointer is over it, so it can cover a button
 * there for as long as a test tries to click that button.
 */
export async function dismissNotifications(page: Page): Promise<void> {
  for (const close of await page.getByRole('button', { name: 'Sluiten', exact: true }).all()) {
    await close.click().catch(() => undefined);
  }
}
