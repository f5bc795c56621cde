/** Responses per addressed party, overdue deadlines and actions, the follow-up overview, the review and closing rules. */
import { describe, expect, it } from 'vitest';
import type { AppError } from '../../../shared/api/errors.js';
import { isActionOverdue, isResponseOverdue, isReviewDue } from '../../../shared/domain/advice.js';
import { familySafeItems } from '../../../shared/domain/visibility.js';
import { approvedCase, inDays, team } from './fixtures.js';

async function fails(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (err) {
    return err as AppError;
  }
  throw new Error('expected the call to fail');
}

describe('overdue rules', () => {
  it('a deadline is overdue the day after it passes, and only while nobody responded', () => {
    expect(isResponseOverdue('2025-03-10', 'geen_reactie', '2025-03-10')).toBe(false);
    expect(isResponseOverdue('2025-03-10', 'geen_reactie', '2025-03-11')).toBe(true);
    expect(isResponseOverdue('2025-03-10', 'geweigerd', '2025-03-11')).toBe(false);
    expect(isResponseOverdue('', 'geen_reactie', '2025-03-11')).toBe(false);
    expect(isActionOverdue('2025-03-10', 'open', '2025-03-11')).toBe(true);
    expect(isActionOverdue('2025-03-10', 'gedaan', '2025-03-11')).toBe(false);
    expect(isReviewDue('2025-03-25', '2025-03-11')).toBe(true);
    expect(isReviewDue('2025-03-26', '2025-03-11')).toBe(false);
  });

  it('a family letter never gets the financing item or internal fields', () => {
    const items = [
      { key: 1, category: 'passende_zorg', text: 'Zorg', addresseeKind: 'zorgaanbieder', addresseeName: 'De Linde', deadline: '', financingRoute: '' },
      { key: 2, category: 'financieringsroute', text: 'Geld', addresseeKind: 'gemeente', addresseeName: 'Zuiderdam', deadline: '', financingRoute: 'wlz' },
    ];
    expect(familySafeItems(items)).toEqual([{ category: 'passende_zorg', text: 'Zorg', addresseeKind: 'zorgaanbieder', addresseeName: 'De Linde', deadline: '' }]);
  });
});

describe('responses and follow-up', () => {
  it('records every response type with its required detail and shows who committed', async () => {
    const t = await team();
    const caseId = await approvedCase(t);
    await t.as('teamlid');
    const call = t.b.dispatcher.call.bind(t.b.dispatcher);

    const noReason = await fails(call('advice.recordResponse', { caseId, itemKey: 2, state: 'geweigerd' }));
    expect(noReason.fields).toEqual({ reason: { key: 'v.refusal_reason_required', params: {} } });
    const noChanges = await fails(call('advice.recordResponse', { caseId, itemKey: 1, state: 'akkoord_met_wijzigingen' }));
    expect(noChanges.fields).toEqual({ changes: { key: 'v.changes_required', params: {} } });
    const noTarget = await fails(call('advice.recordResponse', { caseId, itemKey: 3, state: 'geescaleerd' }));
    expect(Object.keys(noTarget.fields ?? {}).sort()).toEqual(['escalatedOn', 'escalatedTo', 'escalatedWhom']);
    expect((await fails(call('advice.recordResponse', { caseId, itemKey: 99, state: 'akkoord' }))).code).toBe('NOT_FOUND');

    await call('advice.recordResponse', { caseId, itemKey: 1, state: 'akkoord_met_wijzigingen', changes: 'Start na de zomer.' });
    let file = await call('advice.recordResponse', { caseId, itemKey: 2, state: 'geweigerd', reason: 'Geen budget dit jaar.' });
    expect(file.caseStatus).toBe('in_opvolging');
    expect(file.items.map((i) => i.response.state)).toEqual(['akkoord_met_wijzigingen', 'geweigerd', 'geen_reactie']);
    expect(file.items[1]!.response).toMatchObject({ reason: 'Geen budget dit jaar.', changes: '', recordedBy: 'Tim Teamlid' });
    expect(file.commitments).toEqual([
      { addresseeKind: 'zorgaanbieder', addresseeName: 'De Linde', itemKeys: [1], commitment: 'toegezegd', overdue: 0 },
      { addresseeKind: 'gemeente', addresseeName: 'Zuiderdam', itemKeys: [2, 3], commitment: 'open', overdue: 0 },
    ]);

    file = await call('advice.recordResponse', {
      caseId,
      itemKey: 3,
      state: 'geescaleerd',
      escalatedTo: 'gemeente_doorzettingsmacht',
      escalatedOn: inDays(0),
      escalatedWhom: 'Wethouder jeugd',
    });
    expect(file.items[2]!.response).toMatchObject({ state: 'geescaleerd', escalatedTo: 'gemeente_doorzettingsmacht', escalatedWhom: 'Wethouder jeugd' });
    // A later change of mind replaces the response: the gemeente now refused both.
    file = await call('advice.recordResponse', { caseId, itemKey: 3, state: 'geweigerd', reason: 'Wlz-indicatie nodig.' });
    expect(file.commitments[1]!.commitment).toBe('geweigerd');
    // The screener reads but does not record.
    await t.as('screener');
    expect((await fails(call('advice.recordResponse', { caseId, itemKey: 1, state: 'akkoord' }))).code).toBe('FORBIDDEN');
  });

  it('overdue responses and actions, my actions and reviews due appear in the follow-up overview', async () => {
    const t = await team();
    // Advice of 30 days ago with deadlines 5 days ago: all three items overdue.
    const late = await approvedCase(t, { adviceDate: inDays(-30), deadlineIn: -5 });
    const onTime = await approvedCase(t, { deadlineIn: 10 });
    const call = t.b.dispatcher.call.bind(t.b.dispatcher);

    let file = await call('advice.get', { caseId: late });
    expect(file.items.map((i) => i.overdue)).toEqual([true, true, true]);
    expect(file.commitments.map((c) => c.overdue)).toEqual([1, 2]);
    await t.as('teamlid');
    file = await call('advice.recordResponse', { caseId: late, itemKey: 1, state: 'akkoord' });
    expect(file.items.map((i) => i.overdue)).toEqual([false, true, true]);

    const mine = await call('actions.save', { caseId: late, itemKey: 2, whoUserId: t.teamlidId, what: 'Bel de gemeente over het budget.', due: inDays(-1) });
    expect(mine.actions[0]).toMatchObject({ whoName: 'Tim Teamlid', overdue: true, status: 'open', itemKey: 2 });
    await call('actions.save', { caseId: onTime, whoName: 'Mentor school', what: 'Plan overleg met school.', due: inDays(7) });
    const noWho = await fails(call('actions.save', { caseId: onTime, what: 'Iets', due: inDays(7) }));
    expect(noWho.fields).toEqual({ whoName: { key: 'v.action_who_required', params: {} } });
    const noWhat = await fails(call('actions.save', { caseId: onTime, whoName: 'X', what: '' }));
    expect(noWhat.fields).toMatchObject({ what: { key: 'v.action_what_required' } });

    expect((await call('actions.mine', {})).map((a) => [a.caseId, a.what, a.overdue])).toEqual([[late, 'Bel de gemeente over het budget.', true]]);
    expect((await call('actions.overdue', {})).map((a) => a.caseId)).toEqual([late]);

    // Reviews: the default is 8 weeks out (not yet due); moving one within 14 days lists it.
    await call('advice.setReviewDate', { caseId: onTime, reviewDate: inDays(10) });
    const overview = await call('followup.overview', {});
    expect(overview.overdueResponses.map((r) => [r.caseId, r.itemKey, r.daysOverdue])).toEqual([
      [late, 2, 5],
      [late, 3, 5],
    ]);
    expect(overview.overdueResponses[0]).toMatchObject({ initials: 'F.Z.', addresseeKind: 'gemeente' });
    expect(overview.overdueActions.map((a) => a.caseCode)).toEqual([file.caseCode]);
    expect(overview.reviewsDue.map((r) => [r.caseId, r.reviewDate, r.overdue])).toEqual([[onTime, inDays(10), false]]);
    expect(overview.totals).toEqual({ overdueResponses: 2, overdueActions: 1, reviewsDue: 1 });

    // Done actions are no longer overdue.
    const actionId = mine.actions[0]!.id;
    file = await call('actions.setStatus', { caseId: late, actionId, status: 'gedaan' });
    expect(file.actions[0]).toMatchObject({ status: 'gedaan', overdue: false });
    expect(await call('actions.overdue', {})).toEqual([]);
  });

  it('a review may send the case back to the waiting list; feedback is recorded with who gave it', async () => {
    const t = await team();
    const caseId = await approvedCase(t);
    await t.as('teamlid');
    const call = t.b.dispatcher.call.bind(t.b.dispatcher);
    const fb = await call('advice.recordFeedback', { caseId, source: 'gezin', score: 4, text: 'Eindelijk duidelijkheid.', givenBy: 'Moeder' });
    expect(fb.feedback[0]).toMatchObject({ source: 'gezin', score: 4, givenBy: 'Moeder', recordedBy: 'Tim Teamlid' });
    expect((await fails(call('advice.recordFeedback', { caseId, source: 'verwijzer', score: 6, givenBy: 'X' }))).fields).toMatchObject({
      score: { key: 'v.score_range' },
    });
    const noReason = await fails(call('advice.recordReview', { caseId, heldOn: inDays(0), decision: 'opnieuw_bespreken' }));
    expect(noReason.fields).toEqual({ reason: { key: 'v.reason_required', params: {} } });
    const file = await call('advice.recordReview', {
      caseId,
      heldOn: inDays(0),
      items: [
        { itemKey: 1, result: 'niet', disruption: 'inhoudelijk' },
        { itemKey: 2, result: 'deels' },
      ],
      decision: 'opnieuw_bespreken',
      reason: 'Geen aanbieder gevonden.',
    });
    expect(file.caseStatus).toBe('wacht_op_bespreking');
    expect(file.reviews[0]).toMatchObject({ decision: 'opnieuw_bespreken', items: [{ itemKey: 1, result: 'niet', disruption: 'inhoudelijk' }, { itemKey: 2, result: 'deels', disruption: '' }] });
    expect(file.reviewDate).toBe('');
    const events = (await call('cases.get', { caseId })).events;
    expect(events.find((e) => e.toStatus === 'wacht_op_bespreking' && e.fromStatus === 'advies_vastgesteld')?.detail).toBe('Geen aanbieder gevonden.');
  });
});

describe('closing a case that had an advice', () => {
  it('requires the outcome and the knelpunt, achterliggend only under "gevraagd aanbod ontbreekt"', async () => {
    const t = await team();
    const caseId = await approvedCase(t);
    const call = t.b.dispatcher.call.bind(t.b.dispatcher);
    const plain = await fails(call('cases.setStatus', { caseId, to: 'afgesloten', closureReason: 'passende_plek' }));
    expect(plain.code).toBe('OUTCOME_REQUIRED');

    const empty = await fails(call('advice.close', { caseId } as never));
    expect(Object.fromEntries(Object.entries(empty.fields ?? {}).map(([k, v]) => [k, v.key]))).toEqual({
      fittingPlace: 'v.outcome_required',
      placeType: 'v.place_type_required',
      knelpunt: 'v.knelpunt_required',
    });
    const noSub = await fails(call('advice.close', { caseId, fittingPlace: 'deels', placeType: 'thuis', knelpunt: 'gevraagd_aanbod_ontbreekt' }));
    expect(noSub.fields).toEqual({ achterliggend: { key: 'v.achterliggend_required', params: {} } });
    const wrongSub = await fails(call('advice.close', { caseId, fittingPlace: 'ja', placeType: 'gezinshuis', knelpunt: 'visieverschil', achterliggend: 'wachtlijst' }));
    expect(wrongSub.fields).toEqual({ achterliggend: { key: 'v.achterliggend_not_applicable', params: {} } });
    // The teamlid may not close.
    await t.as('teamlid');
    expect((await fails(call('advice.close', { caseId, fittingPlace: 'ja', placeType: 'gezinshuis', knelpunt: 'visieverschil' }))).code).toBe('FORBIDDEN');
    await t.as('chair');

    const closed = await call('advice.close', {
      caseId,
      fittingPlace: 'ja',
      placeType: 'kleinschalige_woonvoorziening',
      knelpunt: 'gevraagd_aanbod_ontbreekt',
      achterliggend: 'wachtlijst',
      note: 'Plek gevonden na acht maanden.',
    });
    expect(closed).toMatchObject({ status: 'afgesloten', closureReason: 'passende_plek' });
    const file = await call('advice.get', { caseId });
    expect(file.outcome).toMatchObject({ fittingPlace: 'ja', placeType: 'kleinschalige_woonvoorziening', knelpunt: 'gevraagd_aanbod_ontbreekt', achterliggend: 'wachtlijst' });
    expect(file.reviewDue).toBe(false);
    // A closed case drops off the follow-up overview.
    expect((await call('followup.overview', {})).totals).toEqual({ overdueResponses: 0, overdueActions: 0, reviewsDue: 0 });
  });
});
