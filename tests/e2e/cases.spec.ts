/**
 * The cases feature end to end, in Chromium through the loopback bridge:
 * referral intake by a screener, consent, screening, search; field messages that
 * keep what was typed; the consent rule; privacy of the case list.
 *
 * Every name, place and word here is fictional.
 */
import { emptyReferral } from '../../shared/domain/referral.js';
import { expect, scanDataDirFor, test } from './fixtures.js';
import type { CaseListPage, ShellPage, VaultPage } from './pages/index.js';

const TEAM = 'Expertteam Regio Zuiderdam';
const CHAIR = 'Voorzitter Jansje Testpersoon';
const CHAIR_PASS = 'paars konijn fietst naar de maan';
const SCREENER = 'Sam Screener';
const SCREENER_PASS = 'groene olifant zwemt door de sloot';

/** 'dd-mm-jjjj' for someone who is `years` old today (well away from the birthday). */
function birthDateForAge(years: number): string {
  const d = new Date();
  d.setFullYear(d.getFullYear() - years);
  d.setDate(d.getDate() - 90);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}-${p(d.getMonth() + 1)}-${d.getFullYear()}`;
}

async function startAsChair(vault: VaultPage, caseList: CaseListPage): Promise<void> {
  // Let the first screen settle before typing into it.
  await expect(vault.teamName).toBeVisible();
  await vault.page.waitForLoadState('networkidle');
  await vault.create({ team: TEAM, user: CHAIR, passphrase: CHAIR_PASS });
  await expect(caseList.heading).toBeVisible();
}

/** Lock, then: no file in the data folder holds any of the needles. */
async function lockAndScan(shell: ShellPage, dataDir: string, needles: string[]): Promise<void> {
  await shell.lock();
  expect(await scanDataDirFor(dataDir, needles)).toEqual([]);
}

test('a screener registers a referral, records consent, screens it and finds it again', async ({
  app: page,
  bridge,
  vault,
  shell,
  caseList,
  referral,
  caseFile,
}) => {
  const first = 'Quirijn';
  const last = 'Zonnewijzerveld';
  const parent = 'Marieke Zonnewijzerveld';
  const word = 'kwartelkoningstoren';

  await startAsChair(vault, caseList);
  // The beheerder (first user) adds a screener; then the screener takes over.
  await bridge.backend.call('users.create', {
    name: SCREENER,
    roles: ['screener'],
    passphrase: SCREENER_PASS,
  });
  await shell.lock();
  await vault.unlock(SCREENER, SCREENER_PASS);
  await expect(caseList.heading).toBeVisible();

  // --- Aanmelding -------------------------------------------------------------
  await caseList.newReferral();
  await expect(referral.newHeading).toBeVisible();
  await referral.fill([
    ['Naam verwijzer', 'Petra Wijkteamlid'],
    ['Organisatie verwijzer', 'Wijkteam Zuiderdam-Noord'],
    ['Voornaam', first],
    ['Achternaam', last],
    ['Geboortedatum', birthDateForAge(14)],
  ]);
  await expect(referral.computedAge).toHaveText('14 jaar');
  await referral.input('Gemeente').fill('Zuiderdam');
  await referral.addGuardian();
  await referral.input('Naam').fill(parent);
  await referral.choose('Relatie', 'Moeder');
  await referral
    .input('Hulpvraag in woorden van de verwijzer')
    .fill(`Zoekt een passende behandelplek; op school speelt het ${word}-project een rol.`);
  // Problem areas are chips: click the visible chip, check the checkbox state.
  await referral.problemAreaChip('Autisme').click();
  await expect(referral.problemArea('Autisme')).toBeChecked();
  // "Geen probleemgebied" goes with no other area: picking it clears Autisme, picking Autisme clears it.
  await referral.problemAreaChip('Geen probleemgebied').click();
  await expect(referral.problemArea('Geen probleemgebied')).toBeChecked();
  await expect(referral.problemArea('Autisme')).not.toBeChecked();
  await referral.problemAreaChip('Autisme').click();
  await expect(referral.problemArea('Autisme')).toBeChecked();
  await expect(referral.problemArea('Geen probleemgebied')).not.toBeChecked();
  await referral.save();

  await expect(page).toHaveURL(/#\/cases\/\d+/);
  const code = (await caseFile.code.innerText()).trim();
  expect(code).toMatch(/^\d{4}-\d{3}$/);
  await expect(page.getByText(`Aanmelding opgeslagen als casus ${code}`)).toBeVisible();
  await expect(caseFile.name).toContainText(`${first} ${last}`);

  // --- Toestemming: 14 years old, so the youth and a parent ----------------------
  await caseFile.openTab('Toestemming');
  await expect(caseFile.consentSummary).toContainText('ontbreekt: jeugdige, ouder/verzorger');
  await caseFile.consentSubject('jeugdige');
  // Prefilled with the youth's name from the referral.
  await expect(caseFile.consentName).toHaveValue(`${first} ${last}`);
  await caseFile.saveConsent();
  await expect(caseFile.consentSummary).toContainText('ontbreekt: ouder/verzorger');
  await caseFile.consentSubject('ouder/verzorger');
  // The only parent in the referral is suggested.
  await expect(caseFile.consentName).toHaveValue(parent);
  await caseFile.saveConsent();
  await expect(caseFile.consentSummary).toContainText('Toestemming voor registratie is compleet');
  await expect(caseFile.consentRows).toHaveCount(3);

  // --- Screening -----------------------------------------------------------------
  await caseFile.openTab('Screening');
  await expect(caseFile.internalBanner).toContainText('INTERNE NOTITIES');
  await caseFile.screen('Geschikt', 'Past bij de doelgroep; vraag is helder en planbaar.');
  await expect(caseFile.status).toHaveText('wacht op bespreking');
  await expect(caseFile.screeningItems).toHaveCount(1);

  // --- Back to the list: search by the distinctive word -----------------------------
  // Two other referrals, so the search has something to leave out.
  for (const [firstName, lastName] of [
    ['Isa', 'Hazelaarsveld'],
    ['Daan', 'Wilgenroosje'],
  ]) {
    const r = emptyReferral();
    r.referrer.organisation = 'Wijkteam Zuiderdam-Zuid';
    r.youth.firstName = firstName!;
    r.youth.lastName = lastName!;
    r.youth.birthDate = '2012-04-20';
    r.youth.municipality = 'Zuiderdam';
    r.questionReferrer = 'Zoekt een passende behandelplek.';
    await bridge.backend.call('cases.create', { referral: r });
  }
  await caseFile.backToList.click();
  const rows = caseList.rows;
  await expect(rows).toHaveCount(3);
  await caseList.search.fill(word);
  // The search sits in the URL as a token only: the typed word (it could be a name) never does.
  await expect(page).toHaveURL(/[?&]q=z\d+/);
  expect(page.url()).not.toContain(word);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(code);
  await expect(rows.first()).toContainText('Q.Z.');
  await expect(rows.first().getByTestId('status-badge')).toHaveText('wacht op bespreking');
  await expect(caseList.count('1 casus')).toBeVisible();
  // The list never shows the full name.
  await expect(caseList.table).not.toContainText(first);
  await expect(caseList.table).not.toContainText(last);

  // The filter lives in the URL: open the case and come Back to the same list.
  await rows.first().click();
  await expect(caseFile.code).toHaveText(code);
  await page.goBack();
  await expect(caseList.search).toHaveValue(word);
  await expect(caseList.rows).toHaveCount(1);

  await lockAndScan(shell, bridge.dataDir, [first, last, parent, word, 'Petra Wijkteamlid', 'Hazelaarsveld', 'Wilgenroosje']);
});

test('bad input gets field messages and nothing typed is lost', async ({
  app: page,
  bridge,
  vault,
  shell,
  caseList,
  referral,
  caseFile,
}) => {
  await startAsChair(vault, caseList);
  await caseList.newReferral();

  const typed: [string, string][] = [
    ['Naam verwijzer', 'Ruud Rietkraag'],
    ['Organisatie verwijzer', 'Jeugdzorg De Wilgenhoek'],
    ['Voornaam', 'Lieke'],
    ['Achternaam', 'Kievitsbloem'],
    ['Geboortedatum', '31-02-2012'],
    ['Gemeente', 'Veenhoven'],
    ['BSN', '123456789'],
    ['Hulpvraag in woorden van de verwijzer', 'Zoekt meedenken over maatwerk rond dagbesteding.'],
    ['Wat is al geprobeerd', 'Ambulante begeleiding, twee keer.'],
  ];
  await referral.fill(typed);
  // Checked on blur: the elfproef message appears as soon as the BSN field is left.
  await referral.input('BSN').blur();
  await expect(page.getByText('Dit BSN klopt niet (het voldoet niet aan de elfproef).')).toBeVisible();

  await referral.save();
  await expect(page.getByText('Vul een bestaande datum in als dd-mm-jjjj.')).toBeVisible();
  await expect(page.getByText('Dit BSN klopt niet (het voldoet niet aan de elfproef).')).toBeVisible();
  await expect(referral.errorsAlert).toBeVisible();
  await expect(page).toHaveURL(/#\/cases\/new$/);
  for (const [label, value] of typed) await expect(referral.input(label)).toHaveValue(value);
  // The message sits at the field itself.
  await expect(referral.input('Geboortedatum')).toHaveAttribute('aria-invalid', 'true');
  await expect(referral.input('BSN')).toHaveAttribute('aria-invalid', 'true');

  // Correct the two fields: the referral saves and nothing else had to be retyped.
  await referral.input('Geboortedatum').fill('28-02-2012');
  await referral.input('BSN').fill('');
  await referral.save();
  await expect(page).toHaveURL(/#\/cases\/\d+/);
  await expect(caseFile.name).toContainText('Lieke Kievitsbloem');

  await lockAndScan(shell, bridge.dataDir, ['Kievitsbloem', 'Rietkraag', 'Wilgenhoek']);
});

test('screening "Geschikt" without consent shows the consent rule', async ({
  app: page,
  bridge,
  vault,
  shell,
  caseList,
  caseFile,
}) => {
  await startAsChair(vault, caseList);
  const r = emptyReferral();
  r.referrer.organisation = 'Huisartsenpraktijk De Meidoorn';
  r.youth.firstName = 'Otje';
  r.youth.lastName = 'Lavendelhof';
  r.youth.birthDate = '2013-05-02';
  r.youth.municipality = 'Lindewaard';
  r.questionReferrer = 'Vraagt om coördinatie tussen school en behandelaar.';
  const { id } = await bridge.backend.call('cases.create', { referral: r });

  await page.goto(`${bridge.url}#/cases/${id}?tab=screening`);
  await expect(caseFile.internalBanner).toBeVisible();
  await caseFile.screen('Geschikt', 'Inhoudelijk geschikt.');

  const alert = caseFile.consentRequired;
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Deze casus kan pas worden ingepland als er toestemming voor registratie is');
  await expect(alert).toContainText('ontbreekt: jeugdige, ouder/verzorger');
  // Nothing typed is lost, and the status did not change.
  await expect(caseFile.screeningNote).toHaveValue('Inhoudelijk geschikt.');
  await expect(caseFile.status).toHaveText('aangemeld');

  await alert.getByRole('button', { name: 'Naar Toestemming' }).click();
  await expect(caseFile.tab('Toestemming')).toHaveAttribute('aria-selected', 'true');
  await expect(caseFile.consentFormHeading).toBeVisible();

  await lockAndScan(shell, bridge.dataDir, ['Lavendelhof', 'Meidoorn']);
});

test('the case list shows initials, never full names', async ({ app: page, bridge, vault, shell, caseList, caseFile }) => {
  await startAsChair(vault, caseList);
  const youths = [
    ['Fenna', 'Zonnebloemhof', 'Zuiderdam'],
    ['Bram', 'van der Wolkenveld', 'Veenhoven'],
    ['Noor', 'Klaverdijkstra', 'Lindewaard'],
  ] as const;
  for (const [firstName, lastName, municipality] of youths) {
    const r = emptyReferral();
    r.referrer.organisation = 'Wijkteam Oost';
    r.youth.firstName = firstName;
    r.youth.lastName = lastName;
    r.youth.birthDate = '2010-06-15';
    r.youth.municipality = municipality;
    await bridge.backend.call('cases.create', { referral: r });
  }
  await page.reload();
  await expect(caseList.rows).toHaveCount(3);
  await expect(caseList.count('3 casussen')).toBeVisible();

  for (const initials of ['F.Z.', 'B.W.', 'N.K.']) await expect(caseList.table).toContainText(initials);
  for (const [firstName, lastName] of youths) {
    await expect(caseList.table).not.toContainText(firstName);
    await expect(caseList.table).not.toContainText(lastName);
  }
  // Nor anywhere else on the list page.
  const body = await page.locator('body').innerText();
  for (const [firstName, lastName] of youths) {
    expect(body).not.toContain(firstName);
    expect(body).not.toContain(lastName);
  }

  // The full name is in the case file.
  await caseList.row('F.Z.').click();
  await expect(caseFile.name).toContainText('Fenna Zonnebloemhof');

  // Last names and full names: long enough not to turn up by chance in encrypted bytes.
  await lockAndScan(
    shell,
    bridge.dataDir,
    youths.flatMap(([f, l]) => [l, `${f} ${l}`]),
  );
});
