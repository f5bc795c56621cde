/**
 * The cases feature end to end, in Chromium through the loopback bridge:
 * referral intake by a screener, consent, screening, search; field messages that
 * keep what was typed; the consent rule; privacy of the case list.
 *
 * Every name, place and word here is fictional.
 */
import type { Page } from '@playwright/test';
import { emptyReferral } from '../../shared/domain/referral.js';
import { createVault, expect, field, scanDataDirFor, test, unlock } from './fixtures.js';

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

async function startAsChair(page: Page): Promise<void> {
  // Let the first screen settle before typing into it.
  await expect(field(page, 'Teamnaam')).toBeVisible();
  await page.waitForLoadState('networkidle');
  await createVault(page, { team: TEAM, user: CHAIR, passphrase: CHAIR_PASS });
  await expect(page.getByRole('heading', { name: 'Casussen', level: 1 })).toBeVisible();
}

async function lockApp(page: Page): Promise<void> {
  // A success message may still sit over the header's lock button: dismiss it.
  for (const close of await page.getByRole('button', { name: 'Sluiten', exact: true }).all()) {
    await close.click().catch(() => undefined);
  }
  await page.getByRole('button', { name: 'Vergrendelen' }).click();
  await expect(field(page, 'Wachtzin')).toBeVisible();
}

/** A referral field by label; 'Gemeente' is an autocomplete whose option list carries the same label. */
function input(page: Page, label: string) {
  return label === 'Gemeente' ? page.getByRole('combobox', { name: 'Gemeente' }) : field(page, label);
}

/** Pick an option of a Mantine Select by the select's label. */
async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('a screener registers a referral, records consent, screens it and finds it again', async ({ app: page, bridge }) => {
  const first = 'Quirijn';
  const last = 'Zonnewijzerveld';
  const parent = 'Marieke Zonnewijzerveld';
  const word = 'kwartelkoningstoren';

  await startAsChair(page);
  // The beheerder (first user) adds a screener; then the screener takes over.
  await bridge.backend.call('users.create', {
    name: SCREENER,
    roles: ['screener'],
    passphrase: SCREENER_PASS,
  });
  await lockApp(page);
  await unlock(page, SCREENER, SCREENER_PASS);
  await expect(page.getByRole('heading', { name: 'Casussen', level: 1 })).toBeVisible();

  // --- Aanmelding -------------------------------------------------------------
  await page.getByRole('link', { name: 'Nieuwe aanmelding' }).click();
  await expect(page.getByRole('heading', { name: 'Nieuwe aanmelding' })).toBeVisible();
  await field(page, 'Naam verwijzer').fill('Petra Wijkteamlid');
  await field(page, 'Organisatie verwijzer').fill('Wijkteam Zuiderdam-Noord');
  await field(page, 'Voornaam').fill(first);
  await field(page, 'Achternaam').fill(last);
  await field(page, 'Geboortedatum').fill(birthDateForAge(14));
  await expect(page.getByTestId('computed-age')).toHaveText('14 jaar');
  await input(page, 'Gemeente').fill('Zuiderdam');
  await page.getByRole('button', { name: 'Ouder/verzorger toevoegen' }).click();
  await field(page, 'Naam').fill(parent);
  await choose(page, 'Relatie', 'Moeder');
  await field(page, 'Hulpvraag in woorden van de verwijzer').fill(
    `Zoekt een passende behandelplek; op school speelt het ${word}-project een rol.`,
  );
  // Problem areas are chips: click the visible chip, check the checkbox state.
  await page.getByRole('region', { name: 'Probleemgebieden' }).getByText('Autisme', { exact: true }).click();
  await expect(page.getByRole('checkbox', { name: 'Autisme', exact: true })).toBeChecked();
  await page.getByRole('button', { name: 'Aanmelding opslaan' }).first().click();

  await expect(page).toHaveURL(/#\/cases\/\d+/);
  const code = (await page.getByTestId('case-code').innerText()).trim();
  expect(code).toMatch(/^\d{4}-\d{3}$/);
  await expect(page.getByText(`Aanmelding opgeslagen als casus ${code}`)).toBeVisible();
  await expect(page.getByTestId('case-name')).toContainText(`${first} ${last}`);

  // --- Toestemming: 14 years old, so the youth and a parent ----------------------
  await page.getByRole('tab', { name: 'Toestemming' }).click();
  await expect(page.getByTestId('consent-summary')).toContainText('ontbreekt: jeugdige, ouder/verzorger');
  const consentForm = page.getByRole('form', { name: 'Toestemming vastleggen' });
  await consentForm.getByText('jeugdige', { exact: true }).click();
  await expect(consentForm.getByRole('radio', { name: 'jeugdige', exact: true })).toBeChecked();
  const consentName = consentForm.getByRole('combobox', { name: 'Naam' });
  // Prefilled with the youth's name from the referral.
  await expect(consentName).toHaveValue(`${first} ${last}`);
  await page.getByRole('button', { name: 'Toestemming opslaan' }).click();
  await expect(page.getByTestId('consent-summary')).toContainText('ontbreekt: ouder/verzorger');
  await consentForm.getByText('ouder/verzorger', { exact: true }).click();
  await expect(consentForm.getByRole('radio', { name: 'ouder/verzorger', exact: true })).toBeChecked();
  // The only parent in the referral is suggested.
  await expect(consentName).toHaveValue(parent);
  await page.getByRole('button', { name: 'Toestemming opslaan' }).click();
  await expect(page.getByTestId('consent-summary')).toContainText('Toestemming voor registratie: compleet');
  await expect(page.getByTestId('consent-table').getByRole('row')).toHaveCount(3);

  // --- Screening -----------------------------------------------------------------
  await page.getByRole('tab', { name: 'Screening' }).click();
  await expect(page.getByTestId('internal-banner')).toContainText('INTERNE NOTITIES');
  await page.getByRole('radio', { name: 'Geschikt', exact: true }).check();
  await field(page, 'Toelichting').fill('Past bij de doelgroep; vraag is helder en planbaar.');
  await page.getByRole('button', { name: 'Screening opslaan' }).click();
  await expect(page.getByTestId('case-code').locator('..').getByTestId('status-badge')).toHaveText('wacht op bespreking');
  await expect(page.getByTestId('screening-item')).toHaveCount(1);

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
  await page.getByRole('link', { name: 'Terug naar casussen' }).click();
  const rows = page.getByTestId('case-row');
  await expect(rows).toHaveCount(3);
  await field(page, 'Zoeken').fill(word);
  // The search sits in the URL as a token only: the typed word (it could be a name) never does.
  await expect(page).toHaveURL(/[?&]q=z\d+/);
  expect(page.url()).not.toContain(word);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(code);
  await expect(rows.first()).toContainText('Q.Z.');
  await expect(rows.first().getByTestId('status-badge')).toHaveText('wacht op bespreking');
  await expect(page.getByText('1 casus', { exact: true })).toBeVisible();
  // The list never shows the full name.
  const table = page.getByRole('table');
  await expect(table).not.toContainText(first);
  await expect(table).not.toContainText(last);

  // The filter lives in the URL: open the case and come Back to the same list.
  await rows.first().click();
  await expect(page.getByTestId('case-code')).toHaveText(code);
  await page.goBack();
  await expect(field(page, 'Zoeken')).toHaveValue(word);
  await expect(page.getByTestId('case-row')).toHaveCount(1);

  await lockApp(page);
  expect(
    await scanDataDirFor(bridge.dataDir, [first, last, parent, word, 'Petra Wijkteamlid', 'Hazelaarsveld', 'Wilgenroosje']),
  ).toEqual([]);
});

test('bad input gets field messages and nothing typed is lost', async ({ app: page, bridge }) => {
  await startAsChair(page);
  await page.getByRole('link', { name: 'Nieuwe aanmelding' }).click();

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
  for (const [label, value] of typed) await input(page, label).fill(value);
  // Checked on blur: the elfproef message appears as soon as the BSN field is left.
  await field(page, 'BSN').blur();
  await expect(page.getByText('Dit BSN klopt niet (het voldoet niet aan de elfproef).')).toBeVisible();

  await page.getByRole('button', { name: 'Aanmelding opslaan' }).first().click();
  await expect(page.getByText('Vul een bestaande datum in als dd-mm-jjjj.')).toBeVisible();
  await expect(page.getByText('Dit BSN klopt niet (het voldoet niet aan de elfproef).')).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Nog niet alles is goed ingevuld' })).toBeVisible();
  await expect(page).toHaveURL(/#\/cases\/new$/);
  for (const [label, value] of typed) await expect(input(page, label)).toHaveValue(value);
  // The message sits at the field itself.
  await expect(field(page, 'Geboortedatum')).toHaveAttribute('aria-invalid', 'true');
  await expect(field(page, 'BSN')).toHaveAttribute('aria-invalid', 'true');

  // Correct the two fields: the referral saves and nothing else had to be retyped.
  await field(page, 'Geboortedatum').fill('28-02-2012');
  await field(page, 'BSN').fill('');
  await page.getByRole('button', { name: 'Aanmelding opslaan' }).first().click();
  await expect(page).toHaveURL(/#\/cases\/\d+/);
  await expect(page.getByTestId('case-name')).toContainText('Lieke Kievitsbloem');

  await lockApp(page);
  expect(await scanDataDirFor(bridge.dataDir, ['Kievitsbloem', 'Rietkraag', 'Wilgenhoek'])).toEqual([]);
});

test('screening "Geschikt" without consent shows the consent rule', async ({ app: page, bridge }) => {
  await startAsChair(page);
  const referral = emptyReferral();
  referral.referrer.organisation = 'Huisartsenpraktijk De Meidoorn';
  referral.youth.firstName = 'Otje';
  referral.youth.lastName = 'Lavendelhof';
  referral.youth.birthDate = '2013-05-02';
  referral.youth.municipality = 'Lindewaard';
  referral.questionReferrer = 'Vraagt om coördinatie tussen school en behandelaar.';
  const { id } = await bridge.backend.call('cases.create', { referral });

  await page.goto(`${bridge.url}#/cases/${id}?tab=screening`);
  await expect(page.getByTestId('internal-banner')).toBeVisible();
  await page.getByRole('radio', { name: 'Geschikt', exact: true }).check();
  await field(page, 'Toelichting').fill('Inhoudelijk geschikt.');
  await page.getByRole('button', { name: 'Screening opslaan' }).click();

  const alert = page.getByTestId('consent-required');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Deze casus kan pas worden ingepland als er toestemming voor registratie is');
  await expect(alert).toContainText('ontbreekt: jeugdige, ouder/verzorger');
  // Nothing typed is lost, and the status did not change.
  await expect(field(page, 'Toelichting')).toHaveValue('Inhoudelijk geschikt.');
  await expect(page.getByTestId('case-code').locator('..').getByTestId('status-badge')).toHaveText('aangemeld');

  await alert.getByRole('button', { name: 'Naar Toestemming' }).click();
  await expect(page.getByRole('tab', { name: 'Toestemming' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('heading', { name: 'Toestemming vastleggen' })).toBeVisible();

  await lockApp(page);
  expect(await scanDataDirFor(bridge.dataDir, ['Lavendelhof', 'Meidoorn'])).toEqual([]);
});

test('the case list shows initials, never full names', async ({ app: page, bridge }) => {
  await startAsChair(page);
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
  await expect(page.getByTestId('case-row')).toHaveCount(3);
  await expect(page.getByText('3 casussen', { exact: true })).toBeVisible();

  const table = page.getByRole('table');
  for (const initials of ['F.Z.', 'B.v.d.W.', 'N.K.']) await expect(table).toContainText(initials);
  for (const [firstName, lastName] of youths) {
    await expect(table).not.toContainText(firstName);
    await expect(table).not.toContainText(lastName);
  }
  // Nor anywhere else on the list page.
  const body = await page.locator('body').innerText();
  for (const [firstName, lastName] of youths) {
    expect(body).not.toContain(firstName);
    expect(body).not.toContain(lastName);
  }

  // The full name is in the case file.
  await page.getByTestId('case-row').filter({ hasText: 'F.Z.' }).click();
  await expect(page.getByTestId('case-name')).toContainText('Fenna Zonnebloemhof');

  await lockApp(page);
  // Last names and full names: long enough not to turn up by chance in encrypted bytes.
  expect(await scanDataDirFor(bridge.dataDir, youths.flatMap(([f, l]) => [l, `${f} ${l}`]))).toEqual([]);
});
