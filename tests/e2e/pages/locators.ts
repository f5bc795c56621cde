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
 * Close every open notification. A notice pauses its auto-close while the
 * pointer is over it, so it can cover a button for as long as a test tries to
 * click that button. Only the notifications' own close buttons (every close
 * button is named 'Sluiten'), one at a time: a closed one leaves the list.
 */
export async function dismissNotifications(page: Page): Promise<void> {
  const close = page.locator('.mantine-Notification-root').getByRole('button', { name: 'Sluiten', exact: true });
  for (let i = 0; i < 10 && (await close.count()) > 0; i++) {
    await close
      .first()
      .click({ timeout: 2000 })
      .catch(() => undefined);
  }
}
