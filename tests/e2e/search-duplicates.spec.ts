/**
 * Issue 7, points 2, 9 and 10 in Chromium through the bridge: every message of a
 * save at the first attempt, a possible duplicate warned about while typing a new
 * referral, and a case found by all nine digits of its BSN. Every name is fictional.
 */
import { emptyReferral } from '../../shared/domain/referral.js';
import { expect, test } from './fixtures.js';
import type { CaseListPage, VaultPage } from './pages/index.js';

const CHAIR = 'Voorzitter Wieteke Proefpersoon';
const PASS = 'blauwe reiger vist in de gracht';

async function start(vault: VaultPage, caseList: CaseListPage): Promise<void> {
  await expect(vault.teamName).toBeVisible();
  await vault.page.waitForLoadState('networkidle');
  await vault.create({ team: 'Expertteam Regio Kiezelbeek', user: CHAIR, passphrase: PASS });
  await expect(caseList.heading).toBeVisible();
}

function existing(bsn: string) {
  const r = emptyReferral();
  r.youth.firstName = 'Olivier';
  r.youth.lastName = 'van Kwikstaart';
  r.youth.birthDate = '2012-05-09';
  r.youth.municipality = 'Kiezelbeek';
  r.youth.bsn = bsn;
  r.referrer.organisation = 'Wijkteam Oost';
  r.questionReferrer = 'Zoekt passende dagbesteding.';
  return r;
}

test('one save click shows every message, the urgency reason included', async ({ app: page, vault, caseList, referral }) => {
  await start(vault, caseList);
  await caseList.newReferral();
  await expect(referral.newHeading).toBeVisible();
  await referral.fill([
    ['BSN', '12345'],
    ['E-mail', 'geen-adres'],
  ]);
  await page.locator('label').filter({ hasText: /^hoog$/ }).click();
  await referral.save();
  // Seven field messages and the cross-field one, all at the first attempt.
  await expect(page.getByText('Geef een reden bij een hoge urgentie.')).toBeVisible();
  await expect(page.getByText('Een BSN bestaat uit 9 cijfers.')).toBeVisible();
  await expect(page.locator('input[aria-invalid="true"], textarea[aria-invalid="true"]')).toHaveCount(8);
  // Nothing typed is lost.
  await expect(referral.input('BSN')).toHaveValue('12345');
});

test('a new referral warns about a case with the same BSN, or the same name and birth date, with a link', async ({
  app: page,
  bridge,
  vault,
  caseList,
  referral,
}) => {
  await start(vault, caseList);
  const a = await bridge.backend.call('cases.create', { referral: existing('123456782') });
  await caseList.newReferral();
  await expect(referral.newHeading).toBeVisible();
  const warning = page.getByTestId('duplicate-warning');

  await referral.fill([['BSN', '1234 56 782']]);
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('zelfde BSN');
  await expect(warning.getByRole('link', { name: a.code })).toHaveAttribute('href', `#/cases/${a.id}`);
  await expect(warning).not.toContainText('Kwikstaart');

  // Another BSN: the warning goes; the same name and birth date bring it back.
  await referral.input('BSN').fill('111222333');
  await expect(warning).toBeHidden();
  await referral.fill([
    ['Voornaam', 'olivier'],
    ['Achternaam', 'Van Kwikstaart'],
    ['Geboortedatum', '09-05-2012'],
  ]);
  await expect(warning).toContainText('zelfde naam en geboortedatum');
  await expect(warning.getByRole('link', { name: a.code })).toBeVisible();
});

test('the case list finds a case by all nine digits of its BSN, not by part of it', async ({ bridge, vault, caseList }) => {
  await start(vault, caseList);
  const a = await bridge.backend.call('cases.create', { referral: existing('111222333') });
  await bridge.backend.call('cases.create', { referral: { ...existing(''), youth: { ...existing('').youth, firstName: 'Mees' } } });
  await caseList.search.fill('Kwikstaart');
  await expect(caseList.rows).toHaveCount(2);
  await caseList.search.fill('111 222 333');
  await expect(caseList.rows).toHaveCount(1);
  await expect(caseList.row(a.code)).toBeVisible();
  await caseList.search.fill('1112223');
  await expect(caseList.rows).toHaveCount(0);
});
