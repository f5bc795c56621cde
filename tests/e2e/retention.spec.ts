/**
 * Retention end to end, in Chromium through the loopback bridge, on fictional demo data (the CLI's
 * demo-data, which spreads referrals over the last months, so with periods of one month some
 * closed and declined cases are past theirs): the beheerder sees the persistent prompt and sets
 * the three periods (no default); the voorzitter sees "Te vernietigen", postpones one case with a
 * date and a reason, erases another after typing its code (the backend no longer knows it, the
 * audit chain still verifies, the erasure is listed by number), and makes the data-subject export
 * of the postponed case after the plain-text warning, in English (PDF and JSON saved). axe on
 * every screen.
 *
 * Every name, place and word here is fictional.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { isoToDutch, todayIso } from '../../shared/domain/dates.js';
import { addDays } from '../../shared/domain/meetings.js';
import { expectNoSeriousA11yViolations } from './axe.js';
import { expect, test, type Bridge } from './fixtures.js';

const TEAM = 'Expertteam Regio Bewaarveld';
const CHAIR = 'Voorzitter Mirte Termijnsma';
const PASS = 'paarse egel bewaart de sleutel';

async function loadDemoData(bridge: Bridge, cases: number): Promise<void> {
  await bridge.backend.lock();
  await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', 'electron/cli/main.ts', 'demo-data', '--cases', String(cases), '--seed', '7', '--data-dir', bridge.dataDir],
    { env: { ...process.env, ADVIESTAFEL_PASSPHRASE: PASS }, timeout: 180_000 },
  );
}

test('set the retention policy, postpone one case, erase another, export a youth’s data', async ({ app: page, bridge, vault, caseList, shell }) => {
  test.setTimeout(300_000);
  await expect(vault.teamName).toBeVisible({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  await vault.create({ team: TEAM, user: CHAIR, passphrase: PASS });
  await expect(caseList.heading).toBeVisible();
  await loadDemoData(bridge, 60);
  await page.reload();
  await vault.unlock(CHAIR, PASS);
  await expect(caseList.rows.first()).toBeVisible({ timeout: 30_000 });

  // --- the beheerder: a persistent prompt until the policy is set; nothing listed before ---
  const prompt = page.getByTestId('retention-prompt');
  await expect(prompt).toContainText('Bewaartermijnen nog niet vastgelegd');
  expect((await bridge.backend.call('retention.due', {})).policySet).toBe(false);
  await prompt.getByRole('link', { name: 'Naar bewaartermijnen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bewaartermijnen' })).toBeVisible();
  await expect(page.getByText('bewaartermijn van 20 jaar')).toBeVisible();
  await expect(page.getByTestId('policy-not-set')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'retention policy');

  // An incomplete form is refused at its fields; nothing typed is lost.
  await page.getByTestId('policy-closed-amount').fill('1');
  await page.getByTestId('policy-save').click();
  await expect(page.getByText('Dit veld is verplicht.').first()).toBeVisible();
  await expect(page.getByTestId('policy-closed-amount')).toHaveValue('1');
  for (const cat of ['closed', 'notTakenOn', 'withoutConsent']) {
    await page.getByTestId(`policy-${cat}-amount`).fill('1');
    await page.getByTestId(`policy-${cat}-unit`).click();
    await page.getByRole('option', { name: 'maanden', exact: true }).click();
  }
  await page.getByTestId('policy-save').click();
  await expect(page.getByText('De bewaartermijnen zijn opgeslagen.')).toBeVisible();
  await expect(page.getByTestId('policy-set-by')).toContainText(CHAIR);
  await expect(prompt).toHaveCount(0);

  // --- the voorzitter: Te vernietigen, as the backend computes it ---
  await shell.navigate('Te vernietigen');
  await expect(page.getByRole('heading', { level: 1, name: 'Te vernietigen' })).toBeVisible();
  const due = await bridge.backend.call('retention.due', {});
  expect(due.cases.length).toBeGreaterThanOrEqual(2);
  const rows = page.getByTestId('due-table').locator('tbody tr');
  await expect(rows).toHaveCount(due.cases.length);
  const [keep, gone] = due.cases as [(typeof due.cases)[0], (typeof due.cases)[0]];
  await expect(page.getByTestId(`due-row-${keep.code}`)).toContainText(keep.initials);
  await expect(page.getByTestId(`due-row-${keep.code}`)).toContainText(isoToDutch(keep.deadline));
  await expectNoSeriousA11yViolations(page, 'retention due list');

  // Postpone one: a date in the past is refused at its field, then a later date with a reason.
  await page.getByRole('button', { name: `Vernietiging van ${keep.code} uitstellen` }).click();
  const postpone = page.getByRole('dialog');
  await postpone.getByTestId('postpone-until').fill(isoToDutch(addDays(todayIso(), -2)));
  await postpone.getByTestId('postpone-reason').fill('Er loopt nog een klacht bij de klachtencommissie.');
  await postpone.getByTestId('postpone-save').click();
  await expect(postpone.getByText('Deze datum ligt in het verleden.')).toBeVisible();
  await expect(postpone.getByTestId('postpone-reason')).toHaveValue('Er loopt nog een klacht bij de klachtencommissie.');
  const until = addDays(todayIso(), 60);
  await postpone.getByTestId('postpone-until').fill(isoToDutch(until));
  await postpone.getByTestId('postpone-save').click();
  await expect(postpone).toHaveCount(0);
  const keptRow = page.getByTestId(`due-row-${keep.code}`);
  await expect(keptRow).toContainText(`Uitgesteld tot ${isoToDutch(until)}`);
  await expect(keptRow).toContainText('Er loopt nog een klacht');
  await expect(keptRow.getByRole('button', { name: `Casus ${keep.code} vernietigen` })).toBeDisabled();

  // Erase another: the dialog says what goes and what stays; the code must be typed.
  await page.getByRole('button', { name: `Casus ${gone.code} vernietigen` }).click();
  const erase = page.getByRole('dialog');
  await expect(erase).toContainText('Dit kan niet ongedaan worden gemaakt');
  await expect(erase).toContainText('Back-ups die vóór de vernietiging zijn gemaakt, bevatten de casus nog');
  await expectNoSeriousA11yViolations(page, 'retention erase dialog');
  await expect(erase.getByTestId('erase-submit')).toBeDisabled();
  await erase.getByTestId('erase-confirm').fill(keep.code);
  await expect(erase.getByTestId('erase-submit')).toBeDisabled();
  await erase.getByTestId('erase-confirm').fill(gone.code);
  await erase.getByTestId('erase-submit').click();
  await expect(page.getByTestId('erase-done')).toContainText(`Casus nummer ${gone.caseId} is vernietigd`);
  await expect(page.getByTestId('erase-done')).toContainText('back-ups van vóór de vernietiging bevatten deze casus nog');
  await expect(page.getByTestId(`due-row-${gone.code}`)).toHaveCount(0);
  await expect(page.getByTestId('erasures-table')).toContainText(CHAIR);
  await expect(bridge.backend.call('cases.get', { caseId: gone.caseId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  expect((await bridge.backend.call('audit.verify', {})).ok).toBe(true);
  expect((await bridge.backend.call('retention.erasures', {}))[0]).toMatchObject({ caseNumber: gone.caseId, erasedBy: CHAIR });

  // Older backups: refused while no backup folder is set up (nothing is removed without a newer backup).
  await page.getByTestId('purge-backups').click();
  await page.getByTestId('purge-confirm').click();
  await expect(page.getByTestId('purge-refused')).toContainText('Er is geen back-upmap ingesteld.');

  // --- the data-subject export of the postponed case: warning first, then PDF and JSON ---
  await keptRow.getByRole('link', { name: keep.code }).click();
  await expect(page.getByTestId('case-code')).toHaveText(keep.code, { timeout: 30_000 });
  await page.getByTestId('subject-export').click();
  const exp = page.getByRole('dialog');
  await expect(exp).toContainText('Deze bestanden zijn niet versleuteld');
  await expectNoSeriousA11yViolations(page, 'subject export dialog');
  // The family reads English: the same language choice as the letters.
  const lang = exp.getByRole('radiogroup', { name: 'Taal van de PDF' });
  await lang.getByText('Engels', { exact: true }).click();
  await expect(lang.getByRole('radio', { name: 'Engels' })).toBeChecked();
  await exp.getByTestId('subject-export-make').click();
  await expect(exp.getByTestId('subject-export-ready')).toBeVisible({ timeout: 60_000 });
  const [pdf] = await Promise.all([page.waitForEvent('download'), exp.getByTestId('subject-export-pdf').click()]);
  expect(pdf.suggestedFilename()).toBe(`${keep.code}_inzage_${todayIso()}.pdf`);
  const pdfBytes = await readFile((await pdf.path())!);
  expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdfBytes.toString('latin1')).toContain('/Lang (en)');
  const [json] = await Promise.all([page.waitForEvent('download'), exp.getByTestId('subject-export-json').click()]);
  expect(json.suggestedFilename()).toBe(`${keep.code}_inzage_${todayIso()}.json`);
  const bundle = JSON.parse(await readFile((await json.path())!, 'utf8'));
  expect(bundle.case.code).toBe(keep.code);
  expect(bundle.postponements[0].reason).toContain('klacht');
  expect(bundle.access.some((a: { action: string }) => a.action === 'retention.postpone')).toBe(true);
});
