/** Page object: the meetings planning screen (#/meetings): series form and the meeting lists. */
import type { Locator, Page } from '@playwright/test';
import { expect, field } from '../fixtures.js';

export class MeetingPlanningPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByText('Overleggen', { exact: true }).click();
    await expect(this.page.getByRole('heading', { name: 'Overleggen', level: 1 })).toBeVisible();
  }

  get seriesForm(): Locator {
    return this.page.getByRole('form', { name: 'Nieuwe overlegreeks' });
  }

  async openSeriesForm(): Promise<void> {
    await this.page.getByRole('button', { name: 'Nieuwe reeks' }).click();
    await expect(this.seriesForm).toBeVisible();
  }

  input(label: string): Locator {
    return field(this.page, label);
  }

  async submitSeries(): Promise<void> {
    await this.page.getByRole('button', { name: 'Reeks aanmaken' }).click();
  }

  get upcomingRows(): Locator {
    return this.page.getByTestId('upcoming-meetings').getByTestId('meeting-row');
  }

  async openFirstUpcoming(): Promise<void> {
    await this.upcomingRows.first().click();
    await expect(this.page).toHaveURL(/#\/meetings\/\d+/);
  }
}
