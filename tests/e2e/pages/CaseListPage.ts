/** /cases: the case list with its search, filters and rows (codes and initials only). */
import type { Locator, Page } from '@playwright/test';
import { field } from './locators.js';

export class CaseListPage {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'Casussen', exact: true, level: 1 });
  }
  /** The header's link (an empty list offers a second one in its empty state). */
  get newReferralLink(): Locator {
    return this.page.getByRole('link', { name: 'Nieuwe aanmelding' }).first();
  }
  /** What an empty list offers to do next. */
  get emptyState(): Locator {
    return this.page.getByRole('table').getByRole('cell').filter({ hasText: 'Geen casussen gevonden' });
  }
  get search(): Locator {
    return field(this.page, 'Zoeken');
  }
  get rows(): Locator {
    return this.page.getByTestId('case-row');
  }
  row(text: string): Locator {
    return this.rows.filter({ hasText: text });
  }
  get table(): Locator {
    return this.page.getByRole('table');
  }
  /** The count line, e.g. '1 casus', '3 casussen'. */
  count(text: string): Locator {
    return this.page.getByText(text, { exact: true });
  }

  async newReferral(): Promise<void> {
    await this.newReferralLink.click();
  }
}
