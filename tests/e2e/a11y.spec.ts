/**
 * Accessibility of every main screen and dialog, in Chromium through the
 * loopback bridge: axe-core finds no critical or serious violation (see
 * tests/e2e/axe.ts), the app works by keyboard (skip link, navigation,
 * shortcuts and their help dialog), and notifications do not outlive a lock.
 *
 * Every name, place and word here is fictional.
 */
import type { Page } from '@playwright/test';
import { emptyReferral } from '../../shared/domain/referral.js';
import { todayIso } from '../../shared/domain/dates.js';
import { addDays } from '../../shared/domain/meetings.js';
import { expectNoSeriousA11yViolations as checkA11y } from './axe.js';
import { expect, field, test, type Bridge } from './fixtures.js';
import type { CaseListPage, VaultPage } from './pages/index.js';

const TEAM = 'Expertteam Regio Zuiderdam';
const CHAIR = 'Voorzitter Jansje Testpersoon';
const CHAIR_PASS = 'paars konijn fietst naar de maan';

async function startAsChair(vault: VaultPage, caseList: CaseListPage): Promise<void> {
  await expect(vault.teamName).toBeVisible();
  await vault.page.waitForLoadState('networkidle');
  await vault.create({ team: TEAM, user: CHAIR, passphrase: CHAIR_PASS });
  await expect(caseList.heading).toBeVisible();
}

const YOUTHS = [
  { first: 'Quirijn', last: 'Zonnewijzerveld', urgency: 'hoog', areas: ['lvb'] },
  { first: 'Fenneke', last: 'Hazelaarsbroek', urgency: 'zeer_hoog', areas: ['trauma'] },
  { first: 'Otje', last: 'Lavendelhofstra', urgency: 'normaal', areas: [] },
] as const;

/** Three cases (urgency hoog, zeer hoog, normaal), consent of the youth, screened 'geschikt'. */
async function seedCases(bridge: Bridge): Promise<{ id: number; code: string }[]> {
  const cases: { id: number; code: string }[] = [];
  for (const y of YOUTHS) {
    const r = emptyReferral();
    r.referrer.organisation = 'Wijkteam Zuiderdam-Noord';
    r.youth.firstName = y.first;
    r.youth.lastName = y.last;
    r.youth.birthDate = '2008-05-02';
    r.youth.municipality = 'Zuiderdam';
    r.questionReferrer = 'Zoekt een passende behandelplek.';
    r.questionFamily = 'Wij willen dat er rust komt en dat school weer lukt.';
    r.urgency = y.urgency;
    r.urgencyReason = y.urgency === 'normaal' ? '' : 'Dreigende uithuisplaatsing.';
    r.problemAreas = [...y.areas];
    const c = await bridge.backend.call('cases.create', { referral: r });
    await bridge.backend.call('consent.add', {
      caseId: c.id,
      subject: 'jeugdige',
      personName: y.first,
      scope: 'registratie',
      givenOn: todayIso(),
      method: 'schriftelijk',
    });
    await bridge.backend.call('screening.record', { caseId: c.id, outcome: 'geschikt', reasons: 'Past bij de tafel.' });
    cases.push({ id: c.id, code: c.code });
  }
  return cases;
}

const dialog = (page: Page) => page.getByRole('dialog');

test('vault screens: first start, recovery key, unlock, wrong passphrase, recovery', async ({ app: page, vault, shell }) => {
  await expect(vault.teamName).toBeVisible();
  await page.waitForLoadState('networkidle');
  await checkA11y(page, 'first start (create vault)');
  // Field messages on the first start.
  await vault.createButton.click();
  await expect(page.getByRole('alert').or(page.locator('[aria-invalid="true"]')).first()).toBeVisible();
  await checkA11y(page, 'first start with field messages');

  await vault.teamName.fill(TEAM);
  await vault.userName.fill(CHAIR);
  await vault.passphrase.fill(CHAIR_PASS);
  await vault.confirm.fill(CHAIR_PASS);
  await vault.createButton.click();
  await expect(vault.keySavedButton).toBeVisible({ timeout: 30_000 });
  await checkA11y(page, 'recovery key dialog');
  await vault.keySavedButton.click();
  await expect(page.getByRole('heading', { name: 'Casussen', level: 1 })).toBeVisible();
  await checkA11y(page, 'case list (empty)');

  await shell.lock();
  await checkA11y(page, 'unlock');
  await vault.retry('dit is niet de goede wachtzin');
  await expect(vault.wrongPassphrase).toBeVisible();
  await checkA11y(page, 'unlock with a wrong passphrase');
  await vault.forgotPassphrase();
  await checkA11y(page, 'recovery');
});

test('cases: list with cases, new referral with field messages, case file tabs, status dialog', async ({
  app: page,
  bridge,
  vault,
  caseList,
  referral,
  caseFile,
}) => {
  await startAsChair(vault, caseList);
  const [first] = await seedCases(bridge);
  await page.reload();
  await expect(caseList.rows).toHaveCount(3);
  await checkA11y(page, 'case list with cases');

  await caseList.newReferral();
  await expect(referral.newHeading).toBeVisible();
  await checkA11y(page, 'new referral');
  await referral.save();
  await expect(referral.errorsAlert).toBeVisible();
  await checkA11y(page, 'new referral with field messages');

  await page.goto(`${bridge.url}#/cases/${first!.id}`);
  await expect(caseFile.code).toHaveText(first!.code);
  await checkA11y(page, 'case file: referral');
  for (const tab of ['Toestemming', 'Screening', 'Tijdlijn'] as const) {
    await caseFile.openTab(tab);
    await expect(caseFile.tab(tab)).toHaveAttribute('aria-selected', 'true');
    await page.waitForLoadState('networkidle');
    await checkA11y(page, `case file: ${tab}`);
  }

  await page.getByRole('button', { name: 'Status wijzigen' }).click();
  await expect(page.getByRole('menu')).toBeVisible();
  await checkA11y(page, 'status menu');
  await page.getByRole('menuitem').first().click();
  await expect(dialog(page)).toBeVisible();
  await checkA11y(page, 'status dialog');
});

test('settings: every tab and the add-user dialog', async ({ app: page, vault, caseList, settings }) => {
  await startAsChair(vault, caseList);
  await settings.open('Mijn account');
  await checkA11y(page, 'settings: account');
  await settings.openTab('Gebruikers');
  await expect(settings.userRow(CHAIR)).toBeVisible();
  await checkA11y(page, 'settings: users');
  await settings.addUserButton.click();
  await expect(settings.addUserDialog).toBeVisible();
  await checkA11y(page, 'settings: add-user dialog');
  await settings.addUserDialog.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(settings.addUserDialog.locator('[aria-invalid="true"]').first()).toBeVisible();
  await checkA11y(page, 'settings: add-user dialog with field messages');
  await page.keyboard.press('Escape');
  await expect(settings.addUserDialog).toBeHidden();
  for (const tab of ['Beveiliging', 'Probleemgebieden', 'Auditlog', 'Importeren'] as const) {
    await settings.openTab(tab);
    await expect(settings.tab(tab)).toHaveAttribute('aria-selected', 'true');
    await page.waitForLoadState('networkidle');
    await checkA11y(page, `settings: ${tab}`);
  }
});

test('meetings: planning, meeting tabs, live mode, family mode, presentation', async ({
  app: page,
  bridge,
  vault,
  caseList,
}) => {
  test.setTimeout(120_000);
  await startAsChair(vault, caseList);
  const cases = await seedCases(bridge);
  const meeting = await bridge.backend.call('meetings.addExtra', {
    date: addDays(todayIso(), 1),
    startTime: '13:00',
    endTime: '17:00',
    location: 'Stadskantoor Zuiderdam, zaal 3',
  });
  await bridge.backend.call('meetings.addCases', { meetingId: meeting.id, caseIds: cases.map((c) => c.id) });

  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByText('Overleggen', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Overleggen', level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await checkA11y(page, 'meetings: planning');
  await page.getByRole('button', { name: 'Nieuwe reeks' }).click();
  await expect(page.getByRole('form', { name: 'Nieuwe overlegreeks' })).toBeVisible();
  await checkA11y(page, 'meetings: new series form');

  await page.goto(`${bridge.url}#/meetings/${meeting.id}`);
  await expect(page.getByTestId('agenda-item')).toHaveCount(3);
  await checkA11y(page, 'meeting: agenda');
  for (const tab of ['Aanwezigheid', 'Besluitenlijst'] as const) {
    await page.getByRole('tab', { name: tab, exact: true }).click();
    await page.waitForLoadState('networkidle');
    await checkA11y(page, `meeting: ${tab}`);
  }

  await page.getByRole('tab', { name: 'Agenda', exact: true }).click();
  await page.getByRole('button', { name: 'Overleg starten' }).click();
  await expect(page).toHaveURL(/#\/meetings\/\d+\/live/);
  await expect(page.getByTestId('current-case')).toBeVisible();
  await checkA11y(page, 'live meeting');
  await page.getByRole('button', { name: /^Deel 1 starten/ }).click();
  await expect(page.getByTestId('family-banner')).toBeVisible();
  await checkA11y(page, 'live meeting: family mode');

  const present = await page.context().newPage();
  await present.goto(`${bridge.url}#/present/${meeting.id}`);
  await expect(present.getByTestId('presentation')).toBeVisible();
  await checkA11y(present, 'presentation screen');
  await present.close();
});

test('keyboard: skip link, navigation by Tab, shortcuts and their help dialog', async ({
  app: page,
  vault,
  caseList,
}) => {
  await startAsChair(vault, caseList);
  // A fresh page load: the keyboard starts at the top of the document.
  await page.reload();
  await expect(caseList.heading).toBeVisible();

  // The first Tab lands on the skip link; it moves the focus to the content.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Naar de inhoud' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  // The navigation is reachable by Tab and opens settings with Enter.
  const settingsLink = page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Instellingen' });
  let reached = false;
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  // From the main content onwards: the warnings above the content (back-ups, bewaartermijnen), the case list, then the header and the navigation (about 30 stops).
  for (let i = 0; i < 40 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await settingsLink.evaluate((el) => el === document.activeElement);
  }
  expect(reached, 'Instellingen reached with Tab').toBe(true);
  // A visible focus ring on the focused link.
  const outline = await settingsLink.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Instellingen', level: 1 })).toBeVisible();

  // '?' opens the help dialog that lists the shortcuts.
  await page.keyboard.press('Shift+Slash');
  const help = page.getByRole('dialog', { name: 'Sneltoetsen' });
  await expect(help).toBeVisible();
  await expect(help).toContainText('Nieuwe aanmelding');
  await expect(help).toContainText('Zoeken');
  await expect(help).toContainText('Vergrendelen');
  await checkA11y(page, 'help dialog');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  // Shortcuts: '/' goes to the case list's search from any screen; typed in the field it is text;
  // Alt-combinations work from inside a field: new referral, lock.
  await page.keyboard.press('/');
  await expect(caseList.heading).toBeVisible();
  await expect(caseList.search).toBeFocused();
  await page.keyboard.type('a/b');
  await expect(caseList.search).toHaveValue('a/b');
  // Let the list take the search into its URL first (it does so shortly after typing stops).
  await expect(page).toHaveURL(/[?&]q=/);
  await page.keyboard.press('Alt+A');
  await expect(page.getByRole('heading', { name: 'Nieuwe aanmelding', level: 1 })).toBeVisible();
  await page.keyboard.press('Alt+L');
  await expect(vault.unlockHeading).toBeVisible();
  await expect(field(page, 'Wachtzin')).toBeVisible();
});

test('notifications: gone after a lock, at most three at a time', async ({ app: page, vault, shell, caseList, settings }) => {
  await startAsChair(vault, caseList);
  await settings.open('Gebruikers');
  await settings.addUser({ name: 'Sam Screener', role: 'Screener', passphrase: 'groene olifant zwemt door de sloot' });
  const notices = page.locator('.mantine-Notification-root');
  await expect(notices.filter({ hasText: 'Gebruiker toegevoegd' })).toBeVisible();
  await page.getByRole('button', { name: 'Vergrendelen' }).click();
  await expect(vault.unlockHeading).toBeVisible();
  await expect(notices).toHaveCount(0);
  await expect(page.getByText('Gebruiker toegevoegd')).toHaveCount(0);
  void shell;
});
