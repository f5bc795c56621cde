/**
 * The case list at a laptop width (1366x768): "wacht sinds" and the status are visible
 * for every row, columns collapse by priority instead of scrolling out of sight, every
 * problem area can be read (hover or second line), and the status filter stays on one
 * line or becomes a select. Every name here is fictional.
 */
import { emptyReferral } from '../../shared/domain/referral.js';
import { isoToDutch, todayIso } from '../../shared/domain/dates.js';
import { expect, test } from './fixtures.js';

test.use({ viewport: { width: 1366, height: 768 } });

test('at 1366 px the list shows how long each case waits, its status and all its problem areas', async ({
  app: page,
  bridge,
  vault,
  caseList,
}) => {
  // The first screen waits for the backend worker, slow to start on a loaded machine.
  await expect(vault.teamName).toBeVisible({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  await vault.create({ team: 'Expertteam Laptopbreedte', user: 'Voorzitter Tilly Proefpersoon', passphrase: 'blauwe reiger vliegt over de polder' });
  await expect(caseList.heading).toBeVisible();

  const areas = (await bridge.backend.call('taxonomy.problemAreas', {})).filter((a) => a.active).slice(0, 6);
  expect(areas.length).toBe(6);
  for (const [first, last, n] of [
    ['Pieke', "van 't Zandvoortje", 6],
    ['Joep', 'Ter Wolkenborgh', 1],
  ] as const) {
    const r = emptyReferral();
    r.referrer.organisation = 'Wijkteam Laptopdorp';
    r.youth.firstName = first;
    r.youth.lastName = last;
    r.youth.birthDate = '2011-03-14';
    r.youth.municipality = 'Laptopdorp';
    r.problemAreas = areas.slice(0, n).map((a) => a.id);
    await bridge.backend.call('cases.create', { referral: r });
  }
  await page.reload();
  await expect(caseList.rows).toHaveCount(2, { timeout: 30_000 });

  // No horizontal scrolling needed for what matters: the header and every row's status
  // and waiting time are inside the viewport.
  const header = page.getByRole('columnheader', { name: /Wacht sinds/ });
  await expect(header).toBeInViewport({ ratio: 1 });
  const today = isoToDutch(todayIso());
  for (const row of await caseList.rows.all()) {
    await expect(row.getByTestId('waiting')).toBeInViewport({ ratio: 1 });
    await expect(row.getByTestId('waiting')).toContainText('0 dagen');
    await expect(row.getByTestId('waiting')).toContainText(today);
    await expect(row.getByTestId('status-badge')).toBeInViewport({ ratio: 1 });
    await expect(row.getByTestId('status-badge')).toHaveText('aangemeld');
  }
  const scroll = await page.getByRole('table').evaluate((t) => {
    const box = t.parentElement!;
    return { scroll: box.scrollWidth, client: box.clientWidth };
  });
  expect(scroll.scroll).toBeLessThanOrEqual(scroll.client + 1);

  // Initials follow the Dutch rule (no particle).
  await expect(caseList.table).toContainText('P.Z.');
  await expect(caseList.table).toContainText('J.W.');

  // All six problem areas of the first case can be read: on hover, in full.
  const many = caseList.row('P.Z.').getByTestId('problem-areas');
  await expect(many).toBeVisible();
  await many.hover();
  const tooltip = page.getByRole('tooltip');
  for (const a of areas) await expect(tooltip).toContainText(a.nl);

  // The status filter: chips on one line, or a select where they do not fit.
  const chips = page.getByTestId('status-chips');
  if (await chips.isVisible()) {
    const boxes = await chips.locator('label').evaluateAll((ls) => ls.map((l) => Math.round(l.getBoundingClientRect().top)));
    expect(new Set(boxes).size).toBe(1);
  } else {
    await expect(page.getByRole('textbox', { name: 'Status' }).or(page.getByLabel('Status', { exact: true })).first()).toBeVisible();
  }
});

test('at a wide screen every column is shown in its own place', async ({ app: page, bridge, vault, caseList }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  // The first screen waits for the backend worker, slow to start on a loaded machine.
  await expect(vault.teamName).toBeVisible({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  await vault.create({ team: 'Expertteam Breedbeeld', user: 'Voorzitter Tilly Proefpersoon', passphrase: 'blauwe reiger vliegt over de polder' });
  const r = emptyReferral();
  r.referrer.organisation = 'Wijkteam Breeddorp';
  r.youth.firstName = 'Wietske';
  r.youth.lastName = 'de Zeeuwsche';
  r.youth.birthDate = '2011-03-14';
  r.youth.municipality = 'Breeddorp';
  await bridge.backend.call('cases.create', { referral: r });
  await page.reload();
  await expect(caseList.rows).toHaveCount(1, { timeout: 30_000 });
  for (const name of ['Code', 'Initialen', 'Leeftijd', 'Gemeente', 'Status', 'Urgentie', 'Probleemgebieden', 'Signalen', 'Wacht sinds']) {
    await expect(page.getByRole('columnheader', { name: new RegExp(`^(Sorteer op )?${name}$`) })).toBeVisible();
  }
  await expect(caseList.rows.first().getByTestId('case-row-more')).toHaveCount(0);
});
