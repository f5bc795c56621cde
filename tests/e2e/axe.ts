/**
 * Accessibility check for the e2e specs: axe-core on the page as it is now.
 *
 *   await expectNoSeriousA11yViolations(page, 'case list (empty)');
 *
 * Fails on every violation of impact 'critical' or 'serious' (WCAG 2.x A/AA and
 * axe's best practices), and on the structure rules the app holds itself to
 * whatever their impact: one h1 per screen, headings in order, names for
 * buttons, links and dialogs. The failure message lists each rule with the
 * elements it found, readable in the test output. Call it for every new screen
 * and dialog (tests/e2e/a11y.spec.ts checks them all).
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Result } from 'axe-core';
import { expect, type Page } from '@playwright/test';

/** Rules enforced whatever axe's impact for them. */
const ALWAYS = new Set([
  'page-has-heading-one',
  'heading-order',
  'empty-heading',
  'button-name',
  'link-name',
  'aria-dialog-name',
  'landmark-one-main',
  'landmark-no-duplicate-main',
]);

/** Whether the violation fails the check. */
function counts(v: Result): boolean {
  return v.impact === 'critical' || v.impact === 'serious' || ALWAYS.has(v.id);
}

/** One rule with the elements it found, each with axe's summary of what to fix. */
function describe(v: Result): string {
  const nodes = v.nodes.slice(0, 8).map((n) => {
    const where = n.target.map(String).join(' > ');
    const html = n.html.replace(/\s+/g, ' ').slice(0, 160);
    const why = (n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 300);
    return `    - ${where}\n      ${html}\n      ${why}`;
  });
  const more = v.nodes.length > 8 ? [`    … and ${v.nodes.length - 8} more`] : [];
  return [`  [${v.impact ?? 'n/a'}] ${v.id}: ${v.help} (${v.nodes.length}x)`, ...nodes, ...more].join('\n');
}

/** Wait until no CSS transition or animation runs (a fading dialog would give false contrast results). */
async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let i = 0; i < 10; i++) {
      const running = document.getAnimations().filter((a) => a.playState === 'running');
      if (running.length === 0) return;
      await Promise.all(running.map((a) => a.finished.catch(() => undefined)));
    }
  });
}

/** Run axe on `page` and fail (listing every rule and element) on any critical or serious violation. */
export async function expectNoSeriousA11yViolations(page: Page, label: string): Promise<void> {
  await settle(page);
  const results = await new AxeBuilder({ page }).analyze();
  const failing = results.violations.filter(counts);
  const report = failing.map(describe).join('\n');
  expect(failing.length, `accessibility violations on "${label}":\n${report}`).toBe(0);
}
