/**
 * More of the meeting in Chromium through the loopback bridge: planning (move a meeting, cancel
 * one with a reason so its case returns to the waiting list, add an extra meeting), and the live
 * meeting (the chair's keyboard shortcuts, two screens writing one note get the conflict view with
 * both texts, and the besluitenlijst recorded as a PDF after its preview).
 *
 * Cases are seeded through the bridge's backend; every name, place and word here is fictional.
 */
import { emptyReferral } from '../../shared/domain/referral.js';
import { isoToDutch, todayIso } from '../../shared/domain/dates.js';
import { addDays } from '../../shared/domain/meetings.js';
import { createVault, expect, field, test, type Bridge } from './fixtures.js';
import { LiveMeetingPage } from './pages/LiveMeetingPage.js';
import { MeetingPage } from './pages/MeetingPage.js';
import { MeetingPlanningPage } from './pages/MeetingPlanningPage.js';

const CHAIR = 'Voorzitter Wubbe Testpersoon';

async function waitingCase(bridge: Bridge, first: string, last: string): Promise<{ id: number; code: string }> {
  const r = emptyReferral();
  r.referrer.organisation = 'Wijkteam Zuiderdam-Oost';
  r.youth.firstName = first;
  r.youth.lastName = last;
  r.youth.birthDate = '2008-09-12';
  r.youth.municipality = 'Zuiderdam';
  r.questionReferrer = 'Zoekt een passende plek.';
  r.questionFamily = 'Wij willen weer rust.';
  const c = await bridge.backend.call('cases.create', { referral: r });
  await bridge.backend.call('consent.add', {
    caseId: c.id,
    subject: 'jeugdige',
    personName: first,
    scope: 'registratie',
    givenOn: todayIso(),
    method: 'schriftelijk',
  });
  await bridge.backend.call('screening.record', { caseId: c.id, outcome: 'geschikt', reasons: 'Interne notitie.' });
  return c;
}

async function series(bridge: Bridge): Promise<number[]> {
  const { meetingIds } = await bridge.backend.call('meetings.createSeries', {
    title: 'Expertteam Zuiderdam',
    weekday: 2,
    startTime: '13:00',
    endTime: '17:00',
    location: 'Stadskantoor Zuiderdam',
    firstDate: addDays(todayIso(), 1),
    monthsAhead: 2,
  });
  return meetingIds;
}

async function start(page: import('@playwright/test').Page): Promise<void> {
  await expect(field(page, 'Teamnaam')).toBeVisible({ timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  await createVault(page, { team: 'Expertteam Regio Zuiderdam', user: CHAIR, passphrase: 'groene kikker springt over het hek' });
  await expect(page.getByRole('heading', { name: 'Casussen', level: 1 })).toBeVisible({ timeout: 30_000 });
}

test('a chair moves a meeting, cancels one (its case returns to the waiting list) and adds an extra meeting', async ({ app: page, bridge }) => {
  test.setTimeout(120_000);
  await start(page);
  const ids = await series(bridge);
  const c = await waitingCase(bridge, 'Tjitske', 'Boterbloemhof');
  await bridge.backend.call('meetings.addCases', { meetingId: ids[1]!, caseIds: [c.id] });
  const [first, second] = await Promise.all(ids.slice(0, 2).map((meetingId) => bridge.backend.call('meetings.get', { meetingId })));

  const planning = new MeetingPlanningPage(page);
  await planning.open();
  await expect(planning.upcomingRows).toHaveCount(ids.length);

  // Move the first meeting one day later: the row says where it came from.
  const moved = addDays(first!.date, 1);
  await planning.move(0, isoToDutch(moved));
  await expect(planning.upcomingRows.first()).toContainText(/verplaatst van/);
  expect((await bridge.backend.call('meetings.get', { meetingId: first!.id })).date).toBe(moved);

  // Cancel the second: the dialog says the case goes back; a reason is required and nothing typed is lost.
  const dialog = await planning.action(1, 'Annuleren…');
  await expect(dialog).toContainText('1 casus gaat terug naar de wachtlijst, gemarkeerd.');
  await dialog.getByRole('button', { name: 'Overleg annuleren' }).click();
  await expect(dialog.locator('.mantine-InputWrapper-error')).toBeVisible();
  await dialog.getByLabel('Reden van annulering').fill('Voorzitter en plaatsvervanger ziek.');
  await dialog.getByRole('button', { name: 'Overleg annuleren' }).click();
  await expect(dialog).toBeHidden();
  const cancelledRow = planning.upcomingRows.filter({ hasText: 'Voorzitter en plaatsvervanger ziek.' });
  await expect(cancelledRow).toContainText('geannuleerd');
  const waiting = await bridge.backend.call('meetings.waiting', {});
  expect(waiting.find((w) => w.caseId === c.id)).toBeTruthy();
  expect((await bridge.backend.call('cases.get', { caseId: c.id })).status).toBe('wacht_op_bespreking');
  expect(second!.items).toHaveLength(1);

  // An extra meeting between the series' dates: it opens, and the list marks it 'extra'.
  const extraDate = addDays(todayIso(), 3);
  await planning.addExtra(isoToDutch(extraDate));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(isoToDutch(extraDate));
  await planning.open();
  await expect(planning.upcomingRows).toHaveCount(ids.length + 1);
  await expect(planning.upcomingRows.filter({ hasText: 'extra' })).toHaveCount(1);
});

test('the chair runs the meeting by keyboard; two screens on one note get the conflict view; the besluitenlijst is recorded as PDF', async ({
  app: page,
  bridge,
}) => {
  test.setTimeout(180_000);
  await start(page);
  await bridge.backend.call('letters.saveLetterhead', { teamName: 'Expertteam Regio Zuiderdam' });
  const [meetingId] = await series(bridge);
  const a = await waitingCase(bridge, 'Ykje', 'Dotterbloemstra');
  const b = await waitingCase(bridge, 'Sjoerd', 'Pinksterbloemer');
  await bridge.backend.call('meetings.addCases', { meetingId: meetingId!, caseIds: [a.id, b.id] });

  await page.goto(`${bridge.url}#/meetings/${meetingId}`);
  const meeting = new MeetingPage(page);
  await meeting.startMeeting();
  const live = new LiveMeetingPage(page);
  await expect(live.currentCase).toHaveText(a.code);

  // --- Shortcuts: Alt+→ next phase, Alt+T timer, Alt+N next case ---
  await live.shortcut('nextPhase');
  await expect(live.familyBanner).toBeVisible();
  // Deel 1 has no "next phase" by keyboard: leaving it takes the explicit action.
  await live.shortcut('nextPhase');
  await expect(live.phase).toHaveAttribute('data-phase', 'deel1');
  await live.familyLeft();
  await expect(live.timerPaused).toHaveCount(0);
  await live.shortcut('timer');
  await expect(live.timerPaused).toBeVisible();
  await live.shortcut('timer');
  await expect(live.timerPaused).toHaveCount(0);
  await live.shortcut('nextPhase');
  await expect(live.phase).toHaveAttribute('data-phase', 'advies');
  await live.shortcut('nextCase');
  await expect(live.currentCase).toHaveText(b.code);
  await live.shortcut('nextPhase');
  await expect(live.familyBanner).toBeVisible();
  await live.familyLeft();

  // --- Two screens on one note: the second screen's save is held until the first has saved ---
  const other = await page.context().newPage();
  let release: () => void = () => undefined;
  const held = new Promise<void>((r) => (release = r));
  await other.route('**/api/call', async (route) => {
    if (route.request().postData()?.includes('"meetings.saveNote"')) await held;
    await route.continue();
  });
  await other.goto(`${bridge.url}#/meetings/${meetingId}/live`);
  const second = new LiveMeetingPage(other);
  await expect(second.phase).toHaveAttribute('data-phase', 'deel2', { timeout: 30_000 });
  await second.note('Overwegingen').fill('Tekst van de notulist: eerst een logeerplek.');
  await expect(second.saveState('overwegingen')).toHaveText('Opslaan…');
  await live.note('Overwegingen').fill('Tekst van de voorzitter: school eerst.');
  await expect(live.saveState('overwegingen')).toHaveText('Opgeslagen');
  release();
  await expect(second.conflict).toBeVisible();
  await expect(second.conflict.getByTestId('conflict-theirs')).toHaveText('Tekst van de voorzitter: school eerst.');
  await expect(second.conflict.getByTestId('conflict-yours')).toHaveText('Tekst van de notulist: eerst een logeerplek.');
  // Nothing was overwritten: the backend still holds the first screen's text.
  const item = (await bridge.backend.call('meetings.get', { meetingId: meetingId! })).items[1]!;
  expect((await bridge.backend.call('meetings.notes', { itemId: item.id })).fields.overwegingen.text).toBe('Tekst van de voorzitter: school eerst.');
  await second.conflict.getByRole('button', { name: 'Samengevoegde tekst opslaan' }).click();
  await expect(second.conflict).toHaveCount(0);
  await expect(second.saveState('overwegingen')).toHaveText('Opgeslagen');
  const merged = (await bridge.backend.call('meetings.notes', { itemId: item.id })).fields.overwegingen.text;
  expect(merged).toContain('Tekst van de voorzitter: school eerst.');
  expect(merged).toContain('Tekst van de notulist: eerst een logeerplek.');
  // The first screen takes the merged text over (it had nothing unsaved).
  await expect(live.note('Overwegingen')).toHaveValue(merged);
  await other.close();

  // --- End, decide, establish, and record the besluitenlijst as PDF after its preview ---
  await live.shortcut('nextPhase');
  await expect(live.phase).toHaveAttribute('data-phase', 'advies');
  await page.getByRole('button', { name: 'Overleg beëindigen' }).click();
  await expect(page.getByTestId('decisions-status')).toHaveText('concept');
  const row = page.getByRole('form', { name: `Besluit over ${a.code}` });
  await row.getByRole('combobox', { name: 'Besluit' }).click();
  await page.getByRole('option', { name: 'advies gegeven', exact: true }).click();
  await row.getByRole('button', { name: 'Besluit opslaan' }).click();
  await expect(row.getByRole('button', { name: 'Besluit opslaan' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Vaststellen' }).click();
  await expect(page.getByTestId('decisions-status')).toHaveText('Vastgesteld (versie 1)');
  await expect(page.getByTestId('meeting-letters')).toContainText('Nog geen besluitenlijst vastgelegd.');
  const done = await meeting.recordDecisionList();
  await expect(done).toContainText('is vastgelegd als brief 1.');
  await expect(page.getByTestId('meeting-letter-list').getByRole('row')).toHaveCount(1);
  const stored = await bridge.backend.call('letters.listMeeting', { meetingId: meetingId! });
  expect(stored).toMatchObject([{ kind: 'besluitenlijst', number: 1 }]);
  // A copy can be saved from the list: a warning first, then a file named by the date, never a name.
  await page.getByTestId('meeting-letter-list').getByRole('button', { name: /opslaan als PDF$/ }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Opslaan', exact: true }).click()]);
  expect(download.suggestedFilename()).toMatch(/besluitenlijst_\d{4}-\d\d-\d\d\.pdf$/);
});
