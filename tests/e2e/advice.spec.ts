/**
 * The advice end to end, in Chromium through the loopback bridge: the notulist
 * drafts an advice with three items in the live meeting's Advies phase (field
 * messages first, nothing typed lost), the voorzitter approves it in the
 * notulist's session with their own passphrase (a wrong one refused first);
 * an acceptance, an acceptance with changes and a refusal (without a reason
 * first: field message) are recorded and show on the case ("who committed") and
 * in the follow-up overview; the voorzitter corrects the advice (a new version
 * with a reason, the difference visible) and closes the case with an outcome.
 *
 * Every name, place and word here is fictional.
 */
import { emptyReferral } from '../../shared/domain/referral.js';
import { isoToDutch, todayIso } from '../../shared/domain/dates.js';
import { addDays } from '../../shared/domain/meetings.js';
import { createVault, expect, field, test, unlock, type Bridge } from './fixtures.js';
import { AdvicePage } from './pages/AdvicePage.js';
import { ShellPage } from './pages/ShellPage.js';

const TEAM = 'Expertteam Regio Wilgenwaard';
const CHAIR = 'Voorzitter Berend Proefmans';
const CHAIR_PASS = 'groene olifant zwemt in de vijver';
const NOTULIST = 'Notulist Wies Testdrager';
const NOTULIST_PASS = 'blauwe reiger vangt een zilvervis';
const day = (offset: number) => isoToDutch(addDays(todayIso(), offset));

/** A case waiting for discussion (consent of the youth, screened 'geschikt'). */
async function seedWaitingCase(bridge: Bridge): Promise<{ caseId: number; code: string }> {
  const r = emptyReferral();
  r.referrer.organisation = 'Wijkteam Wilgenwaard-Oost';
  r.youth.firstName = 'Tjitske';
  r.youth.lastName = 'Brandnetelhoeve';
  r.youth.birthDate = '2009-03-14';
  r.youth.municipality = 'Wilgenwaard';
  r.questionReferrer = 'Zoekt een passende woonplek met behandeling.';
  const c = await bridge.backend.call('cases.create', { referral: r });
  await bridge.backend.call('consent.add', {
    caseId: c.id,
    subject: 'jeugdige',
    personName: 'Tjitske',
    scope: 'registratie',
    givenOn: todayIso(),
    method: 'schriftelijk',
  });
  await bridge.backend.call('screening.record', { caseId: c.id, outcome: 'geschikt', reasons: 'Past bij het expertteam.' });
  return { caseId: c.id, code: c.code };
}

/** A case waiting for discussion, on a running meeting whose current item is in the Advies phase. */
async function seedMeetingInAdvies(bridge: Bridge): Promise<{ caseId: number; code: string; meetingId: number }> {
  await bridge.backend.call('users.create', { name: NOTULIST, roles: ['notulist'], passphrase: NOTULIST_PASS });
  const c = await seedWaitingCase(bridge);
  const m = await bridge.backend.call('meetings.addExtra', { date: todayIso(), startTime: '13:00', endTime: '17:00' });
  const withCase = await bridge.backend.call('meetings.addCases', { meetingId: m.id, caseIds: [c.caseId] });
  const itemId = withCase.items[0]!.id;
  await bridge.backend.call('meetings.start', { meetingId: m.id });
  await bridge.backend.call('meetings.setPhase', { itemId, phase: 'deel1' });
  await bridge.backend.call('meetings.familyLeft', { itemId });
  await bridge.backend.call('meetings.setPhase', { itemId, phase: 'advies' });
  return { caseId: c.caseId, code: c.code, meetingId: m.id };
}

test('an advice is drafted in the meeting, approved with the chair’s passphrase, followed up, corrected and the case closed', async ({
  app: page,
  bridge,
}) => {
  // Long on the shared 2-core machine: two unlocks and three step-up passphrase checks (slow KDF).
  test.setTimeout(420_000);
  await expect(field(page, 'Teamnaam')).toBeVisible({ timeout: 60_000 }); // the first start of the backend worker is slow here
  await createVault(page, { team: TEAM, user: CHAIR, passphrase: CHAIR_PASS });
  await expect(page.getByRole('heading', { name: 'Casussen', level: 1 })).toBeVisible();
  const { caseId, code, meetingId } = await seedMeetingInAdvies(bridge);
  const shell = new ShellPage(page);
  const advice = new AdvicePage(page);

  // --- The notulist, in the meeting's Advies phase ---
  await shell.lock();
  await unlock(page, NOTULIST, NOTULIST_PASS);
  await expect(page.getByRole('heading', { name: 'Casussen', level: 1 })).toBeVisible();
  await page.goto(`${bridge.url}#/meetings/${meetingId}/live`);
  await expect(page.getByTestId('meeting-advice')).toBeVisible();
  const summary = 'Tjitske zoekt een woonplek waar behandeling en school samengaan.';
  await advice.input('Adviesdatum').fill(day(-20));
  await advice.input('Samenvatting van de vraag').fill(summary);
  await advice.input('Analyse van het team').fill('De hulp tot nu toe was versnipperd; niemand had de regie.');
  // An item without text or addressee: field messages, the typed summary stays.
  await advice.saveDraft();
  await expect(advice.item(1).getByText('Schrijf het adviespunt uit.')).toBeVisible();
  await expect(advice.item(1).getByText('Kies aan wie dit adviespunt is gericht.')).toBeVisible();
  await expect(advice.input('Samenvatting van de vraag')).toHaveValue(summary);

  await advice.fillItem(1, {
    category: 'Passende zorg',
    text: 'Plaatsing in een gezinshuis met ambulante behandeling.',
    addressee: 'Zorgaanbieder',
    name: 'Zorgaanbieder De Lindehof',
    deadline: day(14),
  });
  await advice.addItem();
  await advice.fillItem(2, {
    category: 'Overbrugging van de wachttijd',
    text: 'Logeeropvang twee weekenden per maand tot de plaatsing.',
    addressee: 'Gemeente',
    name: 'Gemeente Wilgenwaard',
    deadline: day(14),
  });
  await advice.addItem();
  // A deadline before the advice date is refused at the field.
  await advice.fillItem(3, {
    category: 'Route',
    text: 'Onderwijs-zorgarrangement op de huidige school.',
    addressee: 'School',
    name: 'Het Reigerscollege',
    deadline: day(-25),
  });
  await advice.saveDraft();
  await expect(advice.item(3).getByText('De reactietermijn kan niet vóór de adviesdatum liggen.')).toBeVisible();
  await expect(field(advice.item(2), 'Tekst van het adviespunt')).toHaveValue('Logeeropvang twee weekenden per maand tot de plaatsing.');
  await field(advice.item(3), 'Reactietermijn').fill(day(-5));
  await advice.saveDraft();
  await expect(page.getByText('Concept opgeslagen (versie 1).')).toBeVisible();

  // --- Vaststellen: the chair types their own passphrase in the notulist's session ---
  await advice.openApprove();
  await expect(advice.approveDialog).toContainText(`${NOTULIST} is aangemeld`);
  await advice.approveAs(CHAIR, 'dit is niet de goede wachtzin');
  await expect(advice.approveDialog.getByText('Deze wachtzin klopt niet voor deze voorzitter.')).toBeVisible();
  await advice.approveAs(null, CHAIR_PASS);
  await expect(advice.approveDialog).toHaveCount(0);
  await expect(advice.versionStatus).toHaveText('Versie 1 · vastgesteld');
  await expect(advice.view).toContainText(`Vastgesteld door ${CHAIR}`);
  await expect(advice.view).toContainText(`(in de sessie van ${NOTULIST})`);

  // --- On the case: locked, three parties, the school's deadline overdue ---
  await advice.openCase(bridge.url, caseId);
  await expect(advice.view).toContainText('Vergrendeld');
  await expect(page.getByRole('button', { name: 'Corrigeren' })).toHaveCount(0); // the notulist cannot correct
  await expect(advice.commitments).toContainText('0 van 3 partijen toegezegd');
  await expect(advice.responseRow(3).getByTestId('overdue')).toBeVisible();
  await expect(advice.responseRow(1).getByTestId('overdue')).toHaveCount(0);
  await shell.navigate('Opvolging');
  await expect(advice.followupSection('responses').getByTestId('followup-response').filter({ hasText: code })).toContainText('School');
  await expect(advice.followupSection('responses')).not.toContainText('Tjitske');

  // --- Responses: accepted, accepted with changes, refused (a reason is required) ---
  await advice.openCase(bridge.url, caseId);
  await advice.openResponse(1, 'Akkoord');
  await advice.saveResponse();
  await expect(advice.responseRow(1).getByTestId('response-state')).toHaveText('Akkoord');
  await advice.openResponse(2, 'Akkoord met wijzigingen');
  await field(advice.responseDialog, 'Welke wijzigingen').fill('Logeeropvang één weekend per maand, in de geest van het advies.');
  await advice.saveResponse();
  await expect(advice.responseRow(2).getByTestId('response-state')).toHaveText('Akkoord met wijzigingen');
  await advice.openResponse(3, 'Geweigerd');
  await advice.saveResponse();
  await expect(advice.responseDialog.getByText('Geef de reden van de weigering.')).toBeVisible();
  await field(advice.responseDialog, 'Reden van de weigering').fill('Geen plaats in de klas dit schooljaar.');
  await advice.saveResponse();
  await expect(advice.responseDialog).toHaveCount(0);
  await expect(advice.responseRow(3).getByTestId('response-state')).toHaveText('Geweigerd');
  await expect(advice.responseRow(3)).toContainText('Geen plaats in de klas dit schooljaar.');
  await expect(advice.responseRow(2)).toContainText('Logeeropvang één weekend per maand');
  await expect(advice.commitments).toContainText('2 van 3 partijen toegezegd');
  const parties = advice.commitments.getByTestId('commitment');
  await expect(parties.filter({ hasText: 'De Lindehof' })).toContainText('Toegezegd');
  await expect(parties.filter({ hasText: 'Gemeente Wilgenwaard' })).toContainText('Toegezegd');
  await expect(parties.filter({ hasText: 'Het Reigerscollege' })).toContainText('Geweigerd');
  await expect(page.getByTestId('case-code').locator('..').getByTestId('status-badge')).toHaveText('in opvolging');

  // An action past its date: on the case, in "Mijn acties" and in the follow-up overview.
  await advice.addAction('Gesprek plannen met de school over een alternatief.', NOTULIST, day(-1));
  await expect(page.getByTestId('action-row').first().getByTestId('overdue')).toBeVisible();
  await shell.navigate('Mijn acties');
  await expect(page.getByTestId('my-action').filter({ hasText: code })).toContainText('Gesprek plannen met de school');
  await shell.navigate('Opvolging');
  await expect(advice.followupSection('actions').getByTestId('followup-action').filter({ hasText: code })).toContainText(
    'Gesprek plannen met de school',
  );
  // The refused item responded: no longer an overdue response.
  await expect(advice.followupSection('responses').getByTestId('followup-response').filter({ hasText: code })).toHaveCount(0);

  // --- The chair corrects: a new version with a reason, the difference visible ---
  await shell.lock();
  await unlock(page, CHAIR, CHAIR_PASS);
  await expect(page.getByRole('heading', { name: 'Casussen', level: 1 })).toBeVisible();
  await advice.openCase(bridge.url, caseId);
  await page.getByRole('button', { name: 'Corrigeren' }).click();
  await field(advice.item(3), 'Tekst van het adviespunt').fill('Onderwijs-zorgarrangement op een andere school in de regio.');
  await advice.saveDraft();
  await expect(advice.editor.getByText('Geef de reden van de correctie.')).toBeVisible();
  await expect(field(advice.item(3), 'Tekst van het adviespunt')).toHaveValue('Onderwijs-zorgarrangement op een andere school in de regio.');
  await advice.input('Reden van de correctie').fill('De school weigerde; een andere school is bereid.');
  await advice.saveDraft();
  await expect(page.getByText('Concept opgeslagen (versie 2).')).toBeVisible();
  await expect(page.getByText('Versie 1 is vastgesteld en blijft gelden tot deze correctie is vastgesteld.')).toBeVisible();
  await advice.openApprove();
  await advice.approveAs(null, CHAIR_PASS); // the chair is chosen already: their own session
  await expect(advice.approveDialog).toHaveCount(0);
  await expect(advice.versionStatus).toHaveText('Versie 2 · vastgesteld');
  await expect(advice.view).toContainText('Reden van de correctie: De school weigerde; een andere school is bereid.');
  const diff = advice.history.getByTestId('advice-diff');
  await expect(diff).toContainText('Verschil met versie 1');
  await expect(diff).toContainText('#3 Route · School: Het Reigerscollege · tekst');
  await expect(diff.locator('ins', { hasText: 'andere' })).toBeVisible();
  await expect(diff.locator('del', { hasText: 'huidige' })).toBeVisible();
  await expect(advice.history.getByTestId('advice-history-version')).toHaveCount(2);

  // --- Closing with an outcome: field messages first ---
  await page.getByRole('button', { name: 'Casus afsluiten…' }).click();
  await advice.closeForm.getByRole('button', { name: 'Casus afsluiten' }).click();
  await expect(advice.closeForm.getByText('Geef aan of een passende plek is bereikt.')).toBeVisible();
  await expect(advice.closeForm.getByText('Kies het meest bepalende knelpunt.')).toBeVisible();
  await advice.closeForm.getByRole('radio', { name: 'Ja', exact: true }).check();
  await advice.pick(advice.closeForm, 'Verblijfssituatie', 'Gezinshuis');
  await advice.pick(advice.closeForm, 'Meest bepalende knelpunt', 'Gevraagd aanbod ontbreekt');
  await advice.closeForm.getByRole('button', { name: 'Casus afsluiten' }).click();
  await expect(advice.closeForm.getByText('Kies het achterliggende knelpunt.')).toBeVisible();
  await advice.pick(advice.closeForm, 'Achterliggend knelpunt', 'Wachtlijst');
  await advice.closeForm.getByRole('button', { name: 'Casus afsluiten' }).click();
  await expect(page.getByTestId('outcome')).toContainText('Passende plek: Ja');
  await expect(page.getByTestId('outcome')).toContainText('Gevraagd aanbod ontbreekt');
  await expect(page.getByTestId('outcome')).toContainText('achterliggend: Wachtlijst');
  await expect(page.getByTestId('case-code').locator('..').getByTestId('status-badge')).toHaveText('afgesloten');
});

test('the review: a review date this fortnight shows in the follow-up overview; feedback and a review to discuss again need their fields', async ({
  app: page,
  bridge,
}) => {
  test.setTimeout(300_000);
  await expect(field(page, 'Teamnaam')).toBeVisible({ timeout: 60_000 }); // the first start of the backend worker is slow here
  await createVault(page, { team: TEAM, user: CHAIR, passphrase: CHAIR_PASS });
  await expect(page.getByRole('heading', { name: 'Casussen', level: 1 })).toBeVisible();
  const { caseId, code } = await seedWaitingCase(bridge);
  const chairId = (await bridge.backend.call('vault.status', {})).session!.userId;
  const item = (text: string, addresseeName: string) =>
    ({ category: 'passende_zorg', text, addresseeKind: 'zorgaanbieder', addresseeName, deadline: addDays(todayIso(), 14) }) as const;
  await bridge.backend.call('advice.saveDraft', {
    caseId,
    content: {
      adviceDate: todayIso(),
      items: [item('Ambulante behandeling thuis.', 'De Lindehof'), item('Dagbesteding op de zorgboerderij.', 'De Klaverhoeve')],
    },
  });
  await bridge.backend.call('advice.approve', { caseId, version: 1, approverId: chairId, passphrase: CHAIR_PASS });
  const shell = new ShellPage(page);
  const advice = new AdvicePage(page);

  // The review date moves into this fortnight: the follow-up overview lists it.
  await advice.openCase(bridge.url, caseId);
  await expect(page.getByTestId('review-date')).toContainText(day(56));
  await page.getByRole('button', { name: 'Datum wijzigen' }).click();
  await field(page, 'Evaluatiedatum').fill(day(7));
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByTestId('review-date')).toContainText(day(7));
  await shell.navigate('Opvolging');
  await expect(advice.followupSection('reviews').getByTestId('followup-review').filter({ hasText: code })).toContainText(day(7));
  await expect(advice.followupSection('reviews')).not.toContainText('Brandnetelhoeve');

  // Feedback from the family: score and who gave it are required.
  await advice.openCase(bridge.url, caseId);
  await page.getByRole('button', { name: 'Terugkoppeling vastleggen' }).click();
  const feedback = page.getByRole('form', { name: 'Terugkoppeling over het nut van het advies' });
  await feedback.getByRole('radio', { name: 'Gezin', exact: true }).check();
  await field(feedback, 'Toelichting').fill('Eindelijk iemand die het overzicht hield.');
  await feedback.getByRole('button', { name: 'Terugkoppeling opslaan' }).click();
  await expect(feedback.getByText('Geef een score van 1 tot en met 5.')).toBeVisible();
  await expect(feedback.getByText('Vul in wie de terugkoppeling gaf.')).toBeVisible();
  await expect(field(feedback, 'Toelichting')).toHaveValue('Eindelijk iemand die het overzicht hield.');
  await feedback.getByText('4', { exact: true }).click();
  await field(feedback, 'Gegeven door').fill('Moeder van Tjitske');
  await feedback.getByRole('button', { name: 'Terugkoppeling opslaan' }).click();
  await expect(page.getByTestId('feedback')).toContainText('4/5');
  await expect(page.getByTestId('feedback')).toContainText('Moeder van Tjitske');

  // The review: item 2 only partly, blocked by an organisational disruption; discuss again needs a reason.
  await page.getByRole('button', { name: 'Evaluatie vastleggen' }).click();
  const review = page.getByRole('form', { name: 'Evaluatie vastleggen' });
  await review.getByRole('radiogroup', { name: 'Uitvoering van adviespunt 2' }).getByRole('radio', { name: 'Deels' }).check();
  await review.getByRole('combobox', { name: 'Verstoring bij adviespunt 2' }).click();
  await page.getByRole('option', { name: 'Organisatorisch', exact: true }).click();
  await review.getByRole('radio', { name: 'Opnieuw bespreken', exact: true }).check();
  await review.getByRole('button', { name: 'Evaluatie opslaan' }).click();
  await expect(review.getByText('Geef een toelichting.')).toBeVisible();
  await field(review, 'Waarom opnieuw bespreken').fill('De dagbesteding start pas over drie maanden.');
  await review.getByRole('button', { name: 'Evaluatie opslaan' }).click();
  await expect(page.getByTestId('review')).toContainText('Opnieuw bespreken');
  await expect(page.getByTestId('review')).toContainText('#2 Passende zorg: Deels (Organisatorisch)');
  await expect(page.getByTestId('case-code').locator('..').getByTestId('status-badge')).toHaveText('wacht op bespreking');
});
