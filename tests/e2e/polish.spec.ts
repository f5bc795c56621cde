/**
 * Everyday polish, the remaining pieces: the settings forms ask before their typed
 * changes are dropped (a passphrase change is never kept as a draft, a new problem area
 * is saved by "Opslaan"), and a search still waiting to run does not pull the user back
 * to the case list after Alt+A opened the new referral.
 *
 * Every name here is fictional.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import type { CaseListPage, VaultPage } from './pages/index.js';

const TEAM = 'Expertteam Regio Zwanenmeer';
const CHAIR = 'Voorzitter Tjalling Oefenaar';
const PASS = 'gele kanarie zingt in de regen';

test.describe.configure({ timeout: 180_000 });
const SLOW = { timeout: 30_000 };

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Wijzigingen niet opgeslagen' });
const choice = (page: Page, name: 'Opslaan' | 'Weggooien' | 'Terug') => dialog(page).getByRole('button', { name, exact: true });

async function start(vault: VaultPage, caseList: CaseListPage): Promise<void> {
  await expect(vault.teamName).toBeVisible(SLOW);
  await vault.page.waitForLoadState('networkidle');
  await vault.create({ team: TEAM, user: CHAIR, passphrase: PASS });
  await expect(caseList.heading).toBeVisible(SLOW);
}

test('a half-typed passphrase change asks before another tab, and the idle lock keeps no draft of it', async ({
  page,
  bridge,
  vault,
  caseList,
  settings,
}) => {
  await page.clock.install();
  await page.goto(bridge.openUrl);
  await start(vault, caseList);
  await settings.open('Mijn account');
  await settings.field('Huidige wachtzin').fill(PASS);
  await settings.field('Nieuwe wachtzin').fill('een heel andere wachtzin voor later');

  await settings.openTab('Probleemgebieden');
  await expect(dialog(page)).toBeVisible();
  await choice(page, 'Terug').click();
  await expect(dialog(page)).toBeHidden();
  await expect(settings.field('Huidige wachtzin')).toHaveValue(PASS);
  await expect(settings.field('Nieuwe wachtzin')).toHaveValue('een heel andere wachtzin voor later');

  // The idle lock: no question, and no draft (the form holds passphrases).
  await expect(async () => {
    await page.clock.fastForward('11:00');
    await expect(vault.unlockHeading).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await vault.unlock(CHAIR, PASS);
  // No draft to go back to: the case list, and nothing stored.
  await expect(caseList.heading).toBeVisible(SLOW);
  expect(await bridge.backend.call('drafts.list', {})).toEqual([]);
  await settings.open('Mijn account');
  await expect(settings.field('Huidige wachtzin')).toHaveValue('');
  await expect(page.getByTestId('draft-offer')).toBeHidden();
});

test('a new problem area typed and left by the menu: Opslaan saves it and goes on', async ({ app: page, vault, caseList, shell, settings }) => {
  await start(vault, caseList);
  await settings.open('Probleemgebieden');
  const add = page.getByRole('form', { name: 'Probleemgebied toevoegen' });
  await add.getByLabel('Code').fill('hechting');
  await add.getByLabel('Nederlands').fill('Hechtingsproblematiek');
  await add.getByLabel('Engels').fill('Attachment problems');

  await shell.navigate('Casussen');
  await expect(dialog(page)).toBeVisible();
  await choice(page, 'Opslaan').click();
  await expect(caseList.heading).toBeVisible(SLOW);

  await settings.open('Probleemgebieden');
  await expect(page.getByRole('row', { name: /Hechtingsproblematiek/ })).toBeVisible();
  await expect(add.getByLabel('Code')).toHaveValue('');
});

test('Alt+A right after typing a search opens the new referral and stays there', async ({ app: page, vault, caseList }) => {
  await start(vault, caseList);
  // The referral form's code arrives late (as on a slow machine), so the list is still
  // mounted when its search would have run.
  await page.route(/\/assets\/NewReferral-[^/]+\.js$/, async (route) => {
    await new Promise((r) => setTimeout(r, 800));
    await route.continue();
  });
  await caseList.search.fill('Zwanenmeer');
  await page.keyboard.press('Alt+A');
  await expect(page.getByRole('heading', { name: 'Nieuwe aanmelding', level: 1 })).toBeVisible(SLOW);
  await expect(page).toHaveURL(/#\/cases\/new$/);
  await page.waitForTimeout(500);
  await expect(page).toHaveURL(/#\/cases\/new$/);
  await expect(caseList.heading).toBeHidden();
});

test('a search capped at 1.000 matches says so plainly and asks for a narrower search', async ({ app: page, vault, caseList }) => {
  await start(vault, caseList);
  // 1,000 matching cases would take minutes to register here: the list's answer is marked as capped
  // on its way to the page (the backend's cap itself is tested in tests/unit/cases/search.test.ts).
  await page.route('**/api/call', async (route) => {
    const body = route.request().postDataJSON() as { method: string; input: { query?: string } };
    const response = await route.fetch();
    if (body.method !== 'cases.list' || !body.input.query) return route.fulfill({ response });
    const envelope = (await response.json()) as { ok: boolean; result?: { total: number; capped: boolean } };
    if (envelope.ok && envelope.result) Object.assign(envelope.result, { total: 1000, capped: true });
    return route.fulfill({ response, json: envelope });
  });
  await caseList.search.fill('jeugd');
  await expect(page.getByTestId('case-count')).toHaveText('Meer dan 1.000 casussen', SLOW);
  await expect(page.getByTestId('case-count-capped')).toContainText('Maak de zoekopdracht specifieker');
  await caseList.search.fill('');
  await expect(page.getByTestId('case-count-capped')).toBeHidden();
});
