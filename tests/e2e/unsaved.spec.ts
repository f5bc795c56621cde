/**
 * Nothing typed is lost: leaving a changed form asks "Wijzigingen niet opgeslagen"
 * (opslaan / weggooien / terug), so does the lock button; the idle lock keeps the
 * form as an encrypted draft that is offered after unlocking. And empty states
 * that say what to do next, a closed case without "Bewerken", a consent form that
 * is not pre-filled once nobody's consent is missing.
 *
 * Every name here is fictional.
 */
import type { Page } from '@playwright/test';
import { emptyReferral } from '../../shared/domain/referral.js';
import { todayIso } from '../../shared/domain/dates.js';
import { expect, test, type Bridge } from './fixtures.js';
import type { CaseListPage, ReferralFormPage, VaultPage } from './pages/index.js';

const TEAM = 'Expertteam Regio Kievitsdal';
const CHAIR = 'Voorzitter Wietske Proefpersoon';
const PASS = 'oranje giraffe leest de krant';

const TYPED: [string, string][] = [
  ['Naam verwijzer', 'Rinske Wijkcoach'],
  ['Organisatie verwijzer', 'Wijkteam Kievitsdal-Zuid'],
  ['Voornaam', 'Jorrit'],
  ['Achternaam', 'Pimpernelhof'],
  ['Geboortedatum', '12-05-2011'],
  ['Hulpvraag in woorden van de verwijzer', 'Zoekt een plek waar school en zorg samengaan.'],
];

// The shared 2-core machine can be slow to start a backend worker: generous waits for screens to appear.
test.describe.configure({ timeout: 180_000 });
const SLOW = { timeout: 30_000 };

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Wijzigingen niet opgeslagen' });
const choice = (page: Page, name: 'Opslaan' | 'Weggooien' | 'Terug') =>
  dialog(page).getByRole('button', { name, exact: true });
const draftOffer = (page: Page) => page.getByTestId('draft-offer');

async function start(vault: VaultPage, caseList: CaseListPage): Promise<void> {
  await expect(vault.teamName).toBeVisible(SLOW);
  await vault.page.waitForLoadState('networkidle');
  await vault.create({ team: TEAM, user: CHAIR, passphrase: PASS });
  await expect(caseList.heading).toBeVisible(SLOW);
}

/** A half-typed referral: text fields, a guardian with a relation, a problem area. */
async function typeReferral(referral: ReferralFormPage, caseList: CaseListPage): Promise<void> {
  await caseList.newReferral();
  await expect(referral.newHeading).toBeVisible();
  await referral.fill(TYPED);
  await referral.addGuardian();
  await referral.input('Naam').fill('Hendrikje Pimpernelhof');
  await referral.choose('Relatie', 'Moeder');
  await referral.problemAreaChip('Autisme').click();
  await expect(referral.problemArea('Autisme')).toBeChecked();
}

async function expectTyped(referral: ReferralFormPage): Promise<void> {
  for (const [label, value] of TYPED) await expect(referral.input(label)).toHaveValue(value);
  await expect(referral.input('Naam')).toHaveValue('Hendrikje Pimpernelhof');
  await expect(referral.input('Relatie').first()).toHaveValue('Moeder');
  await expect(referral.problemArea('Autisme')).toBeChecked();
}

test('leaving a changed referral asks first: terug keeps every value, weggooien leaves', async ({
  app: page,
  vault,
  shell,
  caseList,
  referral,
}) => {
  await start(vault, caseList);
  await typeReferral(referral, caseList);

  await shell.navigate('Instellingen');
  await expect(dialog(page)).toBeVisible();
  await choice(page, 'Terug').click();
  await expect(dialog(page)).toBeHidden();
  await expect(page).toHaveURL(/#\/cases\/new$/);
  await expectTyped(referral);

  // The browser's back button asks too.
  await page.goBack();
  await expect(dialog(page)).toBeVisible();
  await choice(page, 'Terug').click();
  await expect(page).toHaveURL(/#\/cases\/new$/);
  await expectTyped(referral);

  await shell.navigate('Instellingen');
  await choice(page, 'Weggooien').click();
  await expect(page).toHaveURL(/#\/settings\//);
  // Discarded: the new form is empty and offers no draft.
  await shell.navigate('Casussen');
  await caseList.newReferral();
  await expect(referral.input('Voornaam')).toHaveValue('');
  await expect(draftOffer(page)).toBeHidden();
});

test('the lock button asks about a changed form; opslaan keeps an incomplete form as a draft', async ({
  app: page,
  vault,
  shell,
  caseList,
  referral,
}) => {
  await start(vault, caseList);
  await typeReferral(referral, caseList);

  await shell.lockButton.click();
  await expect(dialog(page)).toBeVisible();
  await choice(page, 'Terug').click();
  await expect(shell.lockButton).toBeVisible();
  await expectTyped(referral);

  // Opslaan: the referral cannot be saved yet (the youth's municipality and more are missing),
  // so it is kept as a draft and the vault locks.
  await shell.lockButton.click();
  await choice(page, 'Opslaan').click();
  await expect(vault.unlockHeading).toBeVisible(SLOW);
  await vault.unlock(CHAIR, PASS);
  await expect(page).toHaveURL(/#\/cases\/new$/, SLOW);
  await expect(draftOffer(page)).toContainText('Er is een concept van', SLOW);
  await draftOffer(page).getByRole('button', { name: 'Herstellen' }).click();
  await expectTyped(referral);
  await expect(draftOffer(page)).toBeHidden();

  // Weggooien on lock: locked, and nothing is offered afterwards.
  await shell.lockButton.click();
  await choice(page, 'Weggooien').click();
  await expect(vault.unlockHeading).toBeVisible(SLOW);
  await vault.unlock(CHAIR, PASS);
  await expect(caseList.heading).toBeVisible();
  await caseList.newReferral();
  await expect(referral.input('Voornaam')).toHaveValue('');
  await expect(draftOffer(page)).toBeHidden();
});

test('the idle lock keeps a half-typed referral as a draft; after unlocking it restores every field', async ({
  page,
  bridge,
  vault,
  caseList,
  referral,
}) => {
  await page.clock.install();
  await page.goto(bridge.openUrl);
  await start(vault, caseList);
  await typeReferral(referral, caseList);

  await expect(async () => {
    await page.clock.fastForward('11:00');
    await expect(vault.unlockHeading).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  // No question for the idle lock, and the draft is in the database (encrypted with it).
  await expect(dialog(page)).toBeHidden();

  await vault.unlock(CHAIR, PASS);
  await expect(page).toHaveURL(/#\/cases\/new$/, SLOW);
  await expect(draftOffer(page)).toBeVisible(SLOW);
  await expect(referral.input('Voornaam')).toHaveValue('');
  await draftOffer(page).getByRole('button', { name: 'Herstellen' }).click();
  await expectTyped(referral);
});

test('an empty case list offers team members and a first referral', async ({ app: page, vault, caseList }) => {
  await start(vault, caseList);
  await expect(caseList.emptyState).toBeVisible();
  await expect(caseList.emptyState.getByRole('link', { name: 'Nieuwe aanmelding' })).toBeVisible();
  await caseList.emptyState.getByRole('link', { name: 'Voeg teamleden toe' }).click();
  await expect(page).toHaveURL(/#\/settings\/users$/);
});

async function seedCase(bridge: Bridge, first: string): Promise<number> {
  const r = emptyReferral();
  r.referrer.organisation = 'Wijkteam Kievitsdal-Noord';
  r.youth.firstName = first;
  r.youth.lastName = 'Zwanebloemhof';
  r.youth.birthDate = '2008-02-20';
  r.youth.municipality = 'Kievitsdal';
  r.questionReferrer = 'Zoekt begeleid wonen na de jeugdhulp.';
  const c = await bridge.backend.call('cases.create', { referral: r });
  return c.id;
}

test('a closed case offers no Bewerken; a complete consent form is not pre-filled for a second entry', async ({
  app: page,
  bridge,
  vault,
  caseList,
  caseFile,
}) => {
  await start(vault, caseList);
  const open = await seedCase(bridge, 'Marijke');
  const closed = await seedCase(bridge, 'Ysbrand');
  await bridge.backend.call('consent.add', {
    caseId: closed,
    subject: 'jeugdige',
    personName: 'Ysbrand Zwanebloemhof',
    scope: 'registratie',
    givenOn: todayIso(),
    method: 'schriftelijk',
  });
  for (const to of ['in_screening', 'wacht_op_bespreking', 'besproken'] as const) {
    await bridge.backend.call('cases.setStatus', { caseId: closed, to });
  }
  await bridge.backend.call('cases.setStatus', { caseId: closed, to: 'afgesloten', closureReason: 'passende_plek' });

  await page.goto(`${bridge.url}#/cases/${open}`);
  await expect(caseFile.name).toContainText('Marijke');
  await expect(page.getByRole('button', { name: 'Bewerken' })).toBeVisible();

  await page.goto(`${bridge.url}#/cases/${closed}`);
  await expect(caseFile.name).toContainText('Ysbrand');
  await expect(page.getByRole('button', { name: 'Bewerken' })).toHaveCount(0);

  // The open case (18 years old, so only the youth consents): record the youth's consent; the form does not offer the same person again.
  await page.goto(`${bridge.url}#/cases/${open}`);
  await caseFile.openTab('Toestemming');
  await expect(caseFile.consentName).toHaveValue('Marijke Zwanebloemhof');
  await caseFile.saveConsent();
  // The header row and the one consent.
  await expect(caseFile.consentRows).toHaveCount(2);
  await expect(caseFile.consentName).toHaveValue('');
});

test('a screening refused for missing consent is kept as a draft on the way to Toestemming, and offered on return', async ({
  app: page,
  bridge,
  vault,
  caseList,
  caseFile,
}) => {
  await start(vault, caseList);
  const r = emptyReferral();
  r.referrer.organisation = 'Huisartsenpraktijk De Vlier';
  r.youth.firstName = 'Sjoerd';
  r.youth.lastName = 'Boterbloemhof';
  r.youth.birthDate = '2013-05-02';
  r.youth.municipality = 'Kievitsdal';
  r.questionReferrer = 'Vraagt om afstemming tussen school en behandelaar.';
  const { id } = await bridge.backend.call('cases.create', { referral: r });

  await page.goto(`${bridge.url}#/cases/${id}?tab=screening`);
  await caseFile.screen('Geschikt', 'Past bij het team; toestemming volgt.');
  await caseFile.consentRequired.getByRole('button', { name: 'Naar Toestemming' }).click();
  // The app's own way out asks nothing: the typed screening is kept as a draft.
  await expect(caseFile.tab('Toestemming')).toHaveAttribute('aria-selected', 'true');
  await expect(dialog(page)).toBeHidden();

  await caseFile.openTab('Screening');
  await expect(draftOffer(page)).toBeVisible(SLOW);
  await expect(caseFile.screeningNote).toHaveValue('');
  await draftOffer(page).getByRole('button', { name: 'Herstellen' }).click();
  await expect(caseFile.screeningNote).toHaveValue('Past bij het team; toestemming volgt.');
  await expect(page.getByRole('radio', { name: 'Geschikt', exact: true })).toBeChecked();
});
