import { describe, expect, it } from 'vitest';
import { computeSchedule, isoWeekday, orderWaiting, proposeAgenda, seriesDates } from '../../../shared/domain/meetings.js';
import { createBackend } from '../../../electron/node/app.js';
import { PASS, tempDir, unlockedBackend } from '../helpers.js';
import { inDays, plannedMeeting, waitingCase } from './fixtures.js';

describe('planning rules', () => {
  it('a series gives a meeting every other Tuesday', () => {
    const dates = seriesDates('2027-01-01', '2027-03-01', 2, 2);
    expect(dates).toEqual(['2027-01-05', '2027-01-19', '2027-02-02', '2027-02-16']);
    expect(dates.every((d) => isoWeekday(d) === 2)).toBe(true);
  });

  it('start times follow the order, and an agenda longer than the meeting warns', () => {
    const s = computeSchedule(
      [
        { minutesDeel1: 30, minutesDeel2: 20 },
        { minutesDeel1: 45, minutesDeel2: 30 },
      ],
      '13:00',
      '14:30',
    );
    expect(s.slots).toEqual([
      { start: '13:00', deel2Start: '13:30', end: '13:50' },
      { start: '13:50', deel2Start: '14:35', end: '15:05' },
    ]);
    expect(s.overrunMinutes).toBe(35);
  });

  it('creating a series generates dated meetings months ahead; a series in the past is refused per field', async () => {
    const b = await unlockedBackend();
    const { meetingIds } = await plannedMeeting(b);
    expect(meetingIds.length).toBeGreaterThanOrEqual(12);
    const list = await b.dispatcher.call('meetings.list', {});
    expect(list.every((m) => isoWeekday(m.date) === 2 && m.startTime === '13:00')).toBe(true);

    const past = await b.dispatcher.dispatch('meetings.createSeries', {
      title: 'Oud',
      weekday: 2,
      startTime: '13:00',
      endTime: '12:00',
      firstDate: inDays(-7),
    });
    expect(past).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { firstDate: { key: 'v.date_past' }, endTime: { key: 'v.end_before_start' } } },
    });
  });

  it('a negative slot is a field error; moving and adding an extra meeting work', async () => {
    const b = await unlockedBackend();
    const { meetingId } = await plannedMeeting(b);
    const c = await waitingCase(b);
    const d = await b.dispatcher.call('meetings.addCases', { meetingId, caseIds: [c.id] });
    const bad = await b.dispatcher.dispatch('meetings.setSlot', { itemId: d.items[0]!.id, minutesDeel1: -5, minutesDeel2: 20 });
    expect(bad).toMatchObject({ ok: false, error: { fields: { minutesDeel1: { key: 'v.too_small', params: { minimum: 0 } } } } });

    const moved = await b.dispatcher.call('meetings.move', { meetingId, date: inDays(3), startTime: '09:00', endTime: '12:00' });
    expect(moved).toMatchObject({ date: inDays(3), movedFrom: d.date, startTime: '09:00' });
    expect(moved.items[0]!.plannedStart).toBe('09:00');

    const extra = await b.dispatcher.call('meetings.addExtra', { date: inDays(5), startTime: '', endTime: '' });
    expect(extra).toMatchObject({ extra: true, startTime: '' });
  });

  it('cancelling a meeting returns its cases to the waiting list, marked on their timeline', async () => {
    const b = await unlockedBackend();
    const { meetingId } = await plannedMeeting(b);
    const c = await waitingCase(b);
    await b.dispatcher.call('meetings.addCases', { meetingId, caseIds: [c.id] });
    const noReason = await b.dispatcher.dispatch('meetings.cancel', { meetingId, reason: ' ' });
    expect(noReason).toMatchObject({ ok: false, error: { fields: { reason: { key: 'v.reason_required' } } } });
    const res = await b.dispatcher.call('meetings.cancel', { meetingId, reason: 'Te weinig leden' });
    expect(res).toMatchObject({ returnedCaseIds: [c.id], meeting: { status: 'geannuleerd', itemCount: 0 } });
    const waiting = await b.dispatcher.call('meetings.waiting', {});
    expect(waiting.find((w) => w.caseId === c.id)).toMatchObject({ returnedFromCancelled: true, plannedMeetingId: null });
    const file = await b.dispatcher.call('cases.get', { caseId: c.id });
    expect(file.events.map((e) => e.kind)).toContain('overleg_geannuleerd');
    const again = await b.dispatcher.dispatch('meetings.addCases', { meetingId, caseIds: [c.id] });
    expect(again).toMatchObject({ ok: false, error: { code: 'MEETING_CLOSED' } });
  });

  it('only waiting cases go on an agenda, and only on one open agenda', async () => {
    const b = await unlockedBackend();
    const { meetingIds } = await plannedMeeting(b);
    const c = await waitingCase(b);
    const fresh = await b.dispatcher.call('cases.create', { referral: (await import('../helpers.js')).referral() });
    const notWaiting = await b.dispatcher.dispatch('meetings.addCases', { meetingId: meetingIds[0]!, caseIds: [fresh.id] });
    expect(notWaiting).toMatchObject({ ok: false, error: { code: 'CASE_NOT_WAITING', params: { status: 'aangemeld' } } });
    await b.dispatcher.call('meetings.addCases', { meetingId: meetingIds[0]!, caseIds: [c.id] });
    const twice = await b.dispatcher.dispatch('meetings.addCases', { meetingId: meetingIds[1]!, caseIds: [c.id] });
    expect(twice).toMatchObject({ ok: false, error: { code: 'CASE_ALREADY_PLANNED', params: { meetingId: meetingIds[0] } } });
  });
});

describe('capacity and proposal', () => {
  it('orders by urgency, then carried-over, then waiting time, and stops at capacity and time', () => {
    const w = [
      { caseId: 1, urgency: 'normaal' as const, waitingSince: '2026-01-01' },
      { caseId: 2, urgency: 'zeer_hoog' as const, waitingSince: '2026-03-01' },
      { caseId: 3, urgency: 'normaal' as const, waitingSince: '2025-12-01' },
      { caseId: 4, urgency: 'hoog' as const, waitingSince: '2026-02-01' },
      { caseId: 5, urgency: 'normaal' as const, waitingSince: '2026-02-01', carriedOver: true },
    ];
    expect(orderWaiting(w).map((c) => c.caseId)).toEqual([2, 4, 5, 3, 1]);
    expect(proposeAgenda(w, { capacity: 6, alreadyPlanned: 3, minutesLeft: 500, slotMinutes: 50 }).map((c) => c.caseId)).toEqual([2, 4, 5]);
    expect(proposeAgenda(w, { capacity: 6, alreadyPlanned: 0, minutesLeft: 120, slotMinutes: 50 }).map((c) => c.caseId)).toEqual([2, 4]);
  });

  it('the proposal fills the meeting from the waiting list without cases planned elsewhere', async () => {
    const b = await unlockedBackend();
    const { meetingIds } = await plannedMeeting(b, 3);
    const a = await waitingCase(b, { first: 'Anna' });
    const z = await waitingCase(b, { first: 'Bram', urgency: 'zeer_hoog' });
    const c = await waitingCase(b, { first: 'Cas' });
    const d = await waitingCase(b, { first: 'Dirk' });
    await b.dispatcher.call('meetings.addCases', { meetingId: meetingIds[1]!, caseIds: [c.id] });
    const p = await b.dispatcher.call('meetings.proposal', { meetingId: meetingIds[0]! });
    expect(p.cases.map((x) => x.caseId)).toEqual([z.id, a.id, d.id]);
    const detail = await b.dispatcher.call('meetings.addCases', { meetingId: meetingIds[0]!, caseIds: p.cases.map((x) => x.caseId) });
    expect(detail.items.map((i) => [i.caseId, i.plannedStart])).toEqual([
      [z.id, '13:00'],
      [a.id, '13:50'],
      [d.id, '14:40'],
    ]);
    expect((await b.dispatcher.call('meetings.proposal', { meetingId: meetingIds[0]! })).cases).toEqual([]);
  });
});

describe('series, settings and events', () => {
  it('ending a series drops its later meetings without an agenda and keeps ones with cases', async () => {
    const b = await unlockedBackend();
    const { meetingIds } = await plannedMeeting(b);
    const c = await waitingCase(b);
    await b.dispatcher.call('meetings.addCases', { meetingId: meetingIds[3]!, caseIds: [c.id] });
    const first = await b.dispatcher.call('meetings.get', { meetingId: meetingIds[0]! });
    const series = await b.dispatcher.call('meetings.endSeries', { seriesId: first.seriesId!, lastDate: first.date });
    expect(series.active).toBe(false);
    const left = (await b.dispatcher.call('meetings.list', {})).map((m) => m.id);
    expect(left).toEqual([meetingIds[0], meetingIds[3]]);
  });

  it('meeting settings: fields left out keep their value; new agenda items get the default slot', async () => {
    const b = await unlockedBackend();
    await b.dispatcher.call('meetings.updateSettings', { minutesDeel1: 40, minutesDeel2: 25 });
    expect(await b.dispatcher.call('meetings.updateSettings', { quorum: 4 })).toEqual({ quorum: 4, minutesDeel1: 40, minutesDeel2: 25, capacity: 6 });
    const { meetingId } = await plannedMeeting(b);
    const c = await waitingCase(b);
    const d = await b.dispatcher.call('meetings.addCases', { meetingId, caseIds: [c.id] });
    expect(d.items[0]).toMatchObject({ minutesDeel1: 40, minutesDeel2: 25, plannedDeel2Start: '13:40', plannedEnd: '14:05' });
  });

  it('every meeting change raises meeting.changed for the windows that follow it', async () => {
    const events: unknown[] = [];
    const dataDir = tempDir();
    const b = createBackend({ dataDir, logN: 10, device: 'testapparaat', emit: (e) => events.push(e) });
    try {
      await b.dispatcher.call('vault.create', { teamName: 'Expertteam Testregio', userName: 'Voorzitter Test', passphrase: PASS });
      const { meetingId } = await plannedMeeting(b);
      const c = await waitingCase(b);
      const { items } = await b.dispatcher.call('meetings.addCases', { meetingId, caseIds: [c.id] });
      events.length = 0;
      await b.dispatcher.call('meetings.start', { meetingId });
      await b.dispatcher.call('meetings.setPhase', { itemId: items[0]!.id, phase: 'deel1' });
      await b.dispatcher.call('meetings.saveNote', { itemId: items[0]!.id, field: 'afspraken', text: 'Afspraak', baseVersion: 0 });
      await b.dispatcher.call('meetings.familyView', { meetingId });
      expect(events.filter((e) => (e as { type: string }).type === 'meeting.changed')).toEqual([
        { type: 'meeting.changed', meetingId },
        { type: 'meeting.changed', meetingId },
        { type: 'meeting.changed', meetingId },
      ]);
    } finally {
      b.close();
    }
  });
});

describe('the consent gate on the agenda', () => {
  it('a case whose consent was withdrawn while waiting is not ready, not proposed and refused on the agenda', async () => {
    const b = await unlockedBackend();
    const { meetingId } = await plannedMeeting(b);
    const c = await waitingCase(b);
    const file = await b.dispatcher.call('cases.get', { caseId: c.id });
    await b.dispatcher.call('consent.withdraw', { caseId: c.id, consentId: file.consents[0]!.id, withdrawnOn: file.consents[0]!.givenOn });
    expect((await b.dispatcher.call('meetings.waiting', {})).find((w) => w.caseId === c.id)).toMatchObject({ ready: false });
    expect((await b.dispatcher.call('meetings.proposal', { meetingId })).cases).toEqual([]);
    const refused = await b.dispatcher.dispatch('meetings.addCases', { meetingId, caseIds: [c.id] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONSENT_REQUIRED', params: { missing: ['jeugdige'] } } });
  });
});
