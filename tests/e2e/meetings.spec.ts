/**
 * The meeting end to end, in Chromium through the loopback bridge: plan a
 * series, put three waiting cases on the agenda, set attendance, run one case
 * through deel 1 (no internal value in the DOM or the accessibility tree of the
 * chair's page and of the presentation tab) and deel 2 with notes, reload in the
 * middle of typing, and establish the besluitenlijst.
 *
 * Every name, place and word here is fictional.
 */
import type { Page } from '@playwright/test';
import { emptyReferral } from '../../shared/domain/referral.js';
import { todayIso } from '../../shared/domain/dates.js';
import { addDays } from '../../shared/domain/meetings.js';
import { expectNoSeriousA11yViolations } from './axe.js';
import { createVault, expect, field, test, unlock, type Bridge } from './fixtures.js';
import { LiveMeetingPage } from './pages/LiveMeetingPage.js';
import { MeetingPage } from './pages/MeetingPage.js';
import { MeetingPlanningPage } from './pages/MeetingPlanningPage.js';

const TEAM = 'Expertteam Regio Zuiderdam';
const CHAIR = 'Voorzitter Jansje Testpersoon';
const CHAIR_PASS = 'paars konijn fietst naar de maan';

const YOUTHS = [
  { first: 'Quirijn', last: 'Zonnewijzerveld', areas: ['lvb'] },
  { first: 'Fenneke', last: 'Hazelaarsbroek', areas: [] },
  { first: 'Otje', last: 'Lavendelhofstra', areas: [] },
] as const;
const SCREENING = (i: number) => `Interne screeningsnotitie kwartelkoning-${i}`;
const FAMILY_QUESTION = 'Wij willen dat er rust komt en dat school weer lukt.';
const FINANCING = 'Financiering via maatwerkbudget zilverreiger-77';
const ANALYSE = 'Analyse: de hulp sluit niet aan bij de vraag.';

/** Three cases waiting for discussion: 16+, consent of the youth, screened 'geschikt' with an internal note. */
async function seedWaitingCases(bridge: Bridge): Promise<string[]> {
  const codes: string[] = [];
  for (const [i, y] of YOUTHS.entries()) {
    const r = emptyReferral();
    r.referrer.organisation = 'Wijkteam Zuiderdam-Noord';
    r.youth.firstName = y.first;
    r.youth.lastName = y.last;
    r.youth.birthDate = '2008-05-02';
    r.youth.municipality = 'Zuiderdam';
    r.questionReferrer = 'Zoekt een passende behandelplek.';
    r.questionFamily = FAMILY_QUESTION;
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
    await bridge.backend.call('screening.record', { caseId: c.id, outcome: 'geschikt', reasons: SCREENING(i) });
    codes.push(c.code);
  }
  return codes;
}

/** None of the internal values may be in the DOM or the accessibility tree of `page`. */
async function expectNoInternal(page: Page, others: string[]): Promise<void> {
  const exposed = await LiveMeetingPage.exposedText(page);
  const internal = [
    ...YOUTHS.flatMap((y, i) => [`${y.first} ${y.last}`, y.last, SCREENING(i)]),
    FINANCING,
    ANALYSE,
    ...others,
  ];
  for (const value of internal) expect(exposed, `exposes "${value}"`).not.toContain(value);
}

test('a chair plans a meeting, runs a case through both parts with notes, and establishes the besluitenlijst', async ({
  app: page,
  bridge,
}) => {
  test.setTimeout(180_000);
  await expect(field(page, 'Teamnaam')).toBeVisible();
  await page.waitForLoadState('networkidle');
  await createVault(page, { team: TEAM, user: CHAIR, passphrase: CHAIR_PASS });
  await expect(page.getByRole('heading', { name: 'Casussen', level: 1 })).toBeVisible();
  const codes = await seedWaitingCases(bridge);

  // --- Planning: a series in the past is refused at the field, nothing typed is lost ---
  const planning = new MeetingPlanningPage(page);
  await planning.open();
  await planning.openSeriesForm();
  await planning.input('Naam van de reeks').fill('Expertteam Zuiderdam tweewekelijks');
  await planning.input('Locatie').fill('Stadskantoor Zuiderdam, zaal 3');
  const [y, m, d] = addDays(todayIso(), -7).split('-');
  await planning.input('Eerste datum').fill(`${d}-${m}-${y}`);
  await planning.submitSeries();
  await expect(planning.seriesForm.getByText('Deze datum ligt in het verleden.')).toBeVisible();
  await expect(planning.input('Naam van de reeks')).toHaveValue('Expertteam Zuiderdam tweewekelijks');
  await expect(planning.input('Locatie')).toHaveValue('Stadskantoor Zuiderdam, zaal 3');
  const [y2, m2, d2] = addDays(todayIso(), 1).split('-');
  await planning.input('Eerste datum').fill(`${d2}-${m2}-${y2}`);
  await planning.submitSeries();
  await expect(page.getByTestId('series-created')).toContainText(/De reeks is aangemaakt met \d+ overleggen/);
  await expect(planning.upcomingRows.first()).toContainText('13:00–17:00');
  await planning.openFirstUpcoming();

  // --- Agenda: the proposal takes all three waiting cases; computed start times ---
  const meeting = new MeetingPage(page);
  await meeting.proposeAndAdd(3);
  await expect(meeting.items.nth(0).getByTestId('item-times')).toContainText('13:00–13:50 (deel 2 vanaf 13:30)');
  await expect(meeting.items.nth(1).getByTestId('item-times')).toContainText('13:50–14:40');
  // Negative minutes get a field message; the typed value stays.
  const slot = meeting.items.nth(2).getByLabel('Minuten deel 1');
  await slot.fill('-5');
  await expect(meeting.items.nth(2).getByText('De waarde moet minstens 0 zijn.')).toBeVisible();
  await expect(slot).toHaveValue('-5');
  await slot.fill('30');
  // Reorder: the third case moves up one place.
  const thirdCode = (await meeting.items.nth(2).getByTestId('agenda-case-code').innerText()).trim();
  await page.getByRole('button', { name: `${thirdCode} omhoog` }).click();
  await expect(meeting.items.nth(1).getByTestId('agenda-case-code')).toHaveText(thirdCode);

  // A guest without a name is refused at the field; then a parent for the first case.
  const first = meeting.items.nth(0);
  const firstCode = (await first.getByTestId('agenda-case-code').innerText()).trim();
  expect(codes).toContain(firstCode);
  await first.getByRole('button', { name: /^Gasten/ }).click();
  await first.getByRole('button', { name: 'Gast toevoegen' }).click();
  await expect(first.getByRole('form', { name: /^Gast toevoegen aan/ }).locator('.mantine-InputWrapper-error')).toBeVisible();
  await first.getByLabel(/^Naam gast/).fill('Marieke Testouder');
  await first.getByRole('button', { name: 'Gast toevoegen' }).click();
  await expect(first.getByTestId('guest-table')).toContainText('Marieke Testouder');
  // The invitation: a warning first, then a file named by the case code only.
  await first.getByRole('button', { name: 'Uitnodiging (.ics) voor ouder' }).click();
  await expect(page.getByTestId('file-warning')).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Bestand opslaan' }).click()]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^uitnodiging-${firstCode}-\\d{4}-\\d{2}-\\d{2}\\.ics$`));
  expect(download.suggestedFilename()).not.toContain('Testouder');

  // --- Attendance: two more members; LVB is missing for the LVB case ---
  await meeting.tab('Aanwezigheid').click();
  await page.getByRole('button', { name: 'Lid toevoegen' }).click();
  await meeting.setMember(1, 'Gerrit Testlid', 'GGZ', 'aanwezig');
  await page.getByRole('button', { name: 'Lid toevoegen' }).click();
  await meeting.setMember(2, 'Ans Testlid', 'onderwijs', 'afwezig');
  await page.getByRole('button', { name: 'Aanwezigheid opslaan' }).click();
  await expect(page.getByTestId('attendance-saved')).toBeVisible();
  await expect(page.getByTestId('sector-warning')).toContainText(`${codes[0]}: LVB`);

  // A financing note recorded earlier for the first case: internal, never for the family.
  const detail = await bridge.backend.call('meetings.get', { meetingId: Number(/meetings\/(\d+)/.exec(page.url())![1]) });
  const firstItem = detail.items[0]!;
  await bridge.backend.call('meetings.saveNote', { itemId: firstItem.id, field: 'financiering', text: FINANCING, baseVersion: 0 });
  await bridge.backend.call('meetings.saveNote', { itemId: firstItem.id, field: 'analyse', text: ANALYSE, baseVersion: 0 });

  // --- Live: start, open the presentation tab ---
  await meeting.tab('Agenda').click();
  await meeting.startMeeting();
  const live = new LiveMeetingPage(page);
  await expect(page.getByTestId('current-case')).toHaveText(firstCode);
  await expect(page.getByTestId('shortcuts')).toContainText('Alt + N');
  const present = await live.openPresentation();
  await expect(present.getByTestId('presentation')).toHaveAttribute('data-phase', 'voorbereiding');
  await expectNoInternal(present, []);

  // --- Deel 1: family-safe on both screens ---
  await live.startDeel1();
  await expect(present.getByTestId('presentation')).toHaveAttribute('data-mode', 'family', { timeout: 1000 });
  await expect(present.getByTestId('family-banner')).toBeVisible();
  await expect(page.getByTestId('family-question')).toHaveText(FAMILY_QUESTION);
  await expect(page.getByText('Marieke Testouder (ouder)')).toBeVisible();
  // The shell's navigation and the case list are not there at all, not just hidden.
  await expect(page.getByRole('navigation', { name: 'Hoofdnavigatie' })).toHaveCount(0);
  await expect(page.locator('nav')).toHaveCount(0);
  const otherCodes = codes.filter((c) => c !== firstCode);
  await expectNoInternal(page, otherCodes);
  await expectNoInternal(present, otherCodes);
  // Deel 1 notes are family-safe and autosave.
  await live.note('Hulpvraag verhelderd').fill('Rust in huis en een plek op school.');
  await expect(live.saveState('hulpvraagVerhelderd')).not.toHaveText('Opgeslagen');
  await expect(live.saveState('hulpvraagVerhelderd')).toHaveText('Opgeslagen');
  await expect(live.note('Financiering')).toHaveCount(0);

  // --- Deel 2: only through the explicit action; the presentation follows within a second ---
  await live.familyLeft();
  await expect(present.getByTestId('presentation')).toHaveAttribute('data-mode', 'team', { timeout: 1000 });
  await expect(present.getByTestId('presentation')).toHaveAttribute('data-phase', 'deel2');
  await expect(live.note('Financiering')).toHaveValue(FINANCING);
  await expectNoInternal(present, []);

  // Notes in deel 2; reload in the middle of typing: what was acknowledged is there.
  const acknowledged = 'Overweging: eerst een logeerplek, daarna behandeling.';
  await live.note('Overwegingen').fill(acknowledged);
  await expect(live.saveState('overwegingen')).not.toHaveText('Opgeslagen');
  await expect(live.saveState('overwegingen')).toHaveText('Opgeslagen');
  // "Opgeslagen" means durable: the backend holds it.
  const notes = await bridge.backend.call('meetings.notes', { itemId: firstItem.id });
  expect(notes.fields.overwegingen.text).toBe(acknowledged);
  await live.note('Overwegingen').pressSequentially(' En dan nog iets', { delay: 20 });
  await page.reload();
  await expect(live.note('Overwegingen')).toHaveValue(new RegExp(`^${acknowledged.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  await expect(live.note('Hulpvraag verhelderd')).toHaveValue('Rust in huis en een plek op school.');

  // Locking right after typing saves first, then locks.
  const signal = 'Signaal: geen logeerplekken in de regio.';
  await live.note('Signalen').fill(signal);
  await page.getByRole('button', { name: 'Vergrendelen' }).click();
  await expect(field(page, 'Wachtzin')).toBeVisible();
  await unlock(page, CHAIR, CHAIR_PASS);
  await expect(page.getByRole('heading', { name: 'Casussen', level: 1 })).toBeVisible();
  await page.goto(`${bridge.url}#/meetings/${detail.id}/live`);
  await expect(live.note('Signalen')).toHaveValue(signal);

  // --- Advice, end of the meeting, besluitenlijst ---
  await page.getByTestId('next-phase').click();
  await expect(live.phase).toHaveAttribute('data-phase', 'advies');
  await page.getByRole('button', { name: 'Overleg beëindigen' }).click();
  await expect(page.getByTestId('decisions-status')).toHaveText('concept');
  const row = page.getByRole('form', { name: `Besluit over ${firstCode}` });
  await row.getByRole('combobox', { name: 'Besluit' }).click();
  await page.getByRole('option', { name: 'advies gegeven', exact: true }).click();
  await row.getByLabel('Toelichting').fill('Advies: logeerplek en daarna behandeling.');
  await row.getByRole('button', { name: 'Besluit opslaan' }).click();
  await expect(row.getByRole('button', { name: 'Besluit opslaan' })).toHaveCount(0);
  await expect(page.getByTestId('decisions-attendance')).toContainText('Ans Testlid (onderwijs)');
  await page.getByRole('button', { name: 'Vaststellen' }).click();
  await expect(page.getByTestId('decisions-status')).toHaveText('Vastgesteld (versie 1)');
  await expectNoSeriousA11yViolations(page, 'besluitenlijst (vastgesteld)');
  // A later change needs a reason and keeps the earlier version.
  await row.getByLabel('Toelichting').fill('Advies: logeerplek, daarna behandeling en schoolbegeleiding.');
  await row.getByRole('button', { name: 'Besluit opslaan' }).click();
  await expect(row.getByText('Geef een toelichting.')).toBeVisible();
  await row.getByLabel('Reden van de wijziging').fill('Schoolbegeleiding toegevoegd na nabellen.');
  await row.getByRole('button', { name: 'Besluit opslaan' }).click();
  await expect(page.getByTestId('decisions-status')).toHaveText('Vastgesteld (versie 2)');
  await expect(page.getByTestId('decision-versions').getByRole('row')).toHaveCount(2);
  await present.close();
});
