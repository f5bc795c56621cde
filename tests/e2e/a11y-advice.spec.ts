/**
 * Accessibility of the screens that came after a11y.spec.ts: the advice (editor, approve
 * dialog, approved advice with responses and actions), the letters (Brieven tab, preview,
 * Briefpapier), the follow-up overviews, the unsaved-changes dialog, the drafts offer and the
 * empty states. axe-core finds no critical or serious violation (tests/e2e/axe.ts).
 *
 * Every name, place and word here is fictional.
 */
import type { Page } from '@playwright/test';
import { emptyReferral } from '../../shared/domain/referral.js';
import { todayIso } from '../../shared/domain/dates.js';
import { addDays } from '../../shared/domain/meetings.js';
import { expectNoSeriousA11yViolations as checkA11y } from './axe.js';
import { expect, field, test, type Bridge } from './fixtures.js';
import { AdvicePage } from './pages/AdvicePage.js';
import type { CaseListPage, VaultPage } from './pages/index.js';

const TEAM = 'Expertteam Regio Distelveen';
const CHAIR = 'Voorzitter Gerrit Toetsmans';
const PASS = 'rode vos springt over het hek';

test.describe.configure({ timeout: 240_000 });
const SLOW = { timeout: 30_000 };

async function start(vault: VaultPage, caseList: CaseListPage): Promise<void> {
  await expect(vault.teamName).toBeVisible(SLOW);
  await vault.page.waitForLoadState('networkidle');
  await vault.create({ team: TEAM, user: CHAIR, passphrase: PASS });
  await expect(caseList.heading).toBeVisible(SLOW);
}

/** A case waiting for discussion: consent of the youth, screened 'geschikt'. */
async function seedCase(bridge: Bridge, first: string): Promise<{ id: number; code: string }> {
  const r = emptyReferral();
  r.referrer.name = 'Verwijzer Mirjam Proef';
  r.referrer.organisation = 'Wijkteam Distelveen-West';
  r.youth.firstName = first;
  r.youth.lastName = 'Klaproosveld';
  r.youth.birthDate = '2010-06-21';
  r.youth.municipality = 'Distelveen';
  r.questionReferrer = 'Zoekt een passende plek met onderwijs.';
  r.questionFamily = 'Wij willen dat school weer lukt.';
  const c = await bridge.backend.call('cases.create', { referral: r });
  await bridge.backend.call('consent.add', { caseId: c.id, subject: 'jeugdige', personName: first, scope: 'registratie', givenOn: todayIso(), method: 'schriftelijk' });
  await bridge.backend.call('screening.record', { caseId: c.id, outcome: 'geschikt', reasons: 'Past bij het expertteam.' });
  return { id: c.id, code: c.code };
}

async function draftAdvice(bridge: Bridge, caseId: number): Promise<void> {
  const deadline = addDays(todayIso(), 14);
  await bridge.backend.call('advice.saveDraft', {
    caseId,
    content: {
      adviceDate: todayIso(),
      questionSummary: 'Een passende plek met onderwijs, dicht bij huis.',
      analysis: 'Interne analyse: één vaste begeleider is nodig.',
      items: [
        { category: 'passende_zorg', text: 'Bied een plek in het dagprogramma De Distel.', addresseeKind: 'zorgaanbieder', addresseeName: 'De Distel', deadline },
        { category: 'financieringsroute', financingRoute: 'maatwerk', text: 'Vraag een maatwerkbudget aan.', addresseeKind: 'gemeente', addresseeName: 'Distelveen', deadline },
      ],
      director: { kind: 'verwijzer', name: 'Wijkteam Distelveen-West' },
      weight: 'zwaarwegend',
    },
  });
}

const settled = async (page: Page) => page.waitForLoadState('networkidle');

test('advice and letters: empty tabs, editor, approve dialog, approved advice, response and action forms, preview, letterhead, follow-up', async ({
  app: page,
  bridge,
  vault,
  caseList,
}) => {
  await start(vault, caseList);
  const waiting = await seedCase(bridge, 'Femke');
  const drafted = await seedCase(bridge, 'Ruben');
  await draftAdvice(bridge, drafted.id);
  const advice = new AdvicePage(page);

  // A case without an advice: the Advies and Brieven tabs say what comes next.
  await advice.openCase(bridge.url, waiting.id);
  await settled(page);
  await checkA11y(page, 'case file: Advies (no advice yet)');
  await page.getByRole('tab', { name: 'Brieven' }).click();
  await settled(page);
  await checkA11y(page, 'case file: Brieven (no approved advice)');

  // A concept advice: the editor and the approve dialog.
  await advice.openCase(bridge.url, drafted.id);
  await expect(advice.editor).toBeVisible(SLOW);
  await checkA11y(page, 'advice editor (concept)');
  await advice.openApprove();
  await expect(advice.approveDialog).toBeVisible();
  await checkA11y(page, 'advice: approve dialog');
  await page.keyboard.press('Escape');
  await expect(advice.approveDialog).toBeHidden();

  // Approved: the advice with its responses and actions.
  const chair = (await bridge.backend.call('vault.status', {})).users.find((u) => u.name === CHAIR)!;
  await bridge.backend.call('advice.approve', { caseId: drafted.id, version: 1, approverId: chair.id, passphrase: PASS });
  await page.reload();
  await expect(advice.view).toBeVisible(SLOW);
  await settled(page);
  await checkA11y(page, 'advice (approved)');
  await page.getByRole('button', { name: 'Reactie vastleggen op adviespunt 1' }).click();
  await expect(advice.responseDialog).toBeVisible();
  await checkA11y(page, 'advice: response dialog');
  await page.keyboard.press('Escape');
  await expect(advice.responseDialog).toBeHidden();
  await page.getByRole('button', { name: 'Actie toevoegen' }).click();
  await expect(page.getByRole('form', { name: 'Nieuwe actie' })).toBeVisible();
  await checkA11y(page, 'advice: new action form');

  // Letters: Briefpapier (filled in, as a team does before its first letter), the Brieven tab, a preview.
  await page.getByRole('link', { name: 'Briefpapier' }).click();
  await expect(page.getByRole('heading', { name: 'Briefpapier', level: 1 })).toBeVisible(SLOW);
  await settled(page);
  await checkA11y(page, 'letterhead');
  await field(page, 'Naam van het team').fill(TEAM);
  await field(page, 'Naam onder de brief').fill(CHAIR);
  await field(page, 'Functie onder de brief').fill('Voorzitter expertteam');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByText('Het briefpapier is opgeslagen.')).toBeVisible(SLOW);
  await page.goto(`${bridge.url}#/cases/${drafted.id}?tab=brieven`);
  await expect(page.getByText('Nog geen brieven vastgelegd.')).toBeVisible(SLOW);
  await settled(page);
  await checkA11y(page, 'case file: Brieven');
  await page.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
  await expect(page.getByRole('dialog').getByRole('img', { name: /^Pagina 1 van \d+$/ })).toBeVisible({ timeout: 90_000 });
  await checkA11y(page, 'letter preview dialog');
  await page.keyboard.press('Escape');

  // The follow-up overview and my actions.
  await page.goto(`${bridge.url}#/followup`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible(SLOW);
  await settled(page);
  await checkA11y(page, 'follow-up overview');
  await page.goto(`${bridge.url}#/my-actions`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible(SLOW);
  await settled(page);
  await checkA11y(page, 'my actions (empty)');
});

test('the unsaved-changes dialog, the drafts offer and a case list that finds nothing', async ({ app: page, vault, shell, caseList, referral }) => {
  await start(vault, caseList);

  // A search that finds nothing says so and how to go on.
  await caseList.search.fill('Xylofoonbergh');
  await expect(page.getByText('Pas de zoekterm of de filters aan.')).toBeVisible(SLOW);
  // The search has answered: no loader in the field, the list no longer dimmed as a previous page.
  await expect(page.getByRole('status', { name: 'Laden…' })).toHaveCount(0, SLOW);
  await page.waitForLoadState('networkidle');
  await checkA11y(page, 'case list: nothing found');

  // Leaving a changed form: the question.
  await caseList.newReferral();
  await expect(referral.newHeading).toBeVisible(SLOW);
  await referral.input('Voornaam').fill('Sietse');
  await shell.navigate('Instellingen');
  const dialog = page.getByRole('dialog', { name: 'Wijzigingen niet opgeslagen' });
  await expect(dialog).toBeVisible();
  await checkA11y(page, 'unsaved-changes dialog');

  // Kept as a draft at the lock, offered after unlocking.
  await dialog.getByRole('button', { name: 'Terug', exact: true }).click();
  await shell.lockButton.click();
  await dialog.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(vault.unlockHeading).toBeVisible(SLOW);
  await vault.unlock(CHAIR, PASS);
  await expect(page.getByTestId('draft-offer')).toBeVisible(SLOW);
  await checkA11y(page, 'new referral with the drafts offer');
});
