import { describe, expect, it } from 'vitest';
import { unlockedBackend } from '../helpers.js';
import { plannedMeeting, waitingCase } from './fixtures.js';

describe('the live meeting', () => {
  it('runs phases in order; deel 1 is left only through "family left"; timers accumulate', async () => {
    const b = await unlockedBackend();
    const { meetingId } = await plannedMeeting(b);
    const c = await waitingCase(b);
    const { items } = await b.dispatcher.call('meetings.addCases', { meetingId, caseIds: [c.id] });
    const itemId = items[0]!.id;
    expect(await b.dispatcher.dispatch('meetings.setPhase', { itemId, phase: 'deel1' })).toMatchObject({
      ok: false,
      error: { code: 'MEETING_NOT_RUNNING' },
    });
    let d = await b.dispatcher.call('meetings.start', { meetingId });
    expect(d).toMatchObject({ status: 'bezig', live: { currentItemId: itemId, timerRunning: true } });
    d = await b.dispatcher.call('meetings.setPhase', { itemId, phase: 'deel1' });
    expect(d.items[0]).toMatchObject({ phase: 'deel1' });
    expect(d.items[0]!.phaseStartedAt).not.toBeNull();
    expect(await b.dispatcher.dispatch('meetings.setPhase', { itemId, phase: 'deel2' })).toMatchObject({
      ok: false,
      error: { code: 'PHASE_TRANSITION', params: { from: 'deel1', to: 'deel2' } },
    });
    expect(await b.dispatcher.dispatch('meetings.nextCase', { meetingId })).toMatchObject({ ok: false, error: { code: 'PHASE_TRANSITION' } });
    await new Promise((r) => setTimeout(r, 1100));
    d = await b.dispatcher.call('meetings.familyLeft', { itemId });
    expect(d.items[0]!.phase).toBe('deel2');
    expect(d.items[0]!.phaseSeconds.deel1).toBeGreaterThanOrEqual(1);
    d = await b.dispatcher.call('meetings.setTimer', { meetingId, running: false });
    expect(d.items[0]!.phaseStartedAt).toBeNull();
    d = await b.dispatcher.call('meetings.setPhase', { itemId, phase: 'advies' });
    expect(d.items[0]).toMatchObject({ phase: 'advies', phaseStartedAt: null });
  });

  it('cases not reached move to the next meeting as doorgeschoven; discussed cases become besproken', async () => {
    const b = await unlockedBackend();
    const { meetingIds } = await plannedMeeting(b);
    const done = await waitingCase(b, { first: 'Anna' });
    const late = await waitingCase(b, { first: 'Bram' });
    const { items } = await b.dispatcher.call('meetings.addCases', { meetingId: meetingIds[0]!, caseIds: [done.id, late.id] });
    await b.dispatcher.call('meetings.start', { meetingId: meetingIds[0]! });
    await b.dispatcher.call('meetings.setPhase', { itemId: items[0]!.id, phase: 'deel1' });
    await b.dispatcher.call('meetings.familyLeft', { itemId: items[0]!.id });
    await b.dispatcher.call('meetings.setPhase', { itemId: items[0]!.id, phase: 'advies' });
    const afterNext = await b.dispatcher.call('meetings.nextCase', { meetingId: meetingIds[0]! });
    expect(afterNext.items[0]!.phase).toBe('afgerond');
    expect(afterNext.live.currentItemId).toBe(items[1]!.id);
    const { meeting, carriedOver } = await b.dispatcher.call('meetings.stop', { meetingId: meetingIds[0]! });
    expect(meeting.status).toBe('afgerond');
    expect(carriedOver).toEqual([{ caseId: late.id, toMeetingId: meetingIds[1] }]);

    expect((await b.dispatcher.call('cases.get', { caseId: done.id })).status).toBe('besproken');
    const lateFile = await b.dispatcher.call('cases.get', { caseId: late.id });
    expect(lateFile.status).toBe('wacht_op_bespreking');
    expect(lateFile.events.find((e) => e.kind === 'doorgeschoven')).toBeTruthy();
    const next = await b.dispatcher.call('meetings.get', { meetingId: meetingIds[1]! });
    expect(next.items).toMatchObject([{ caseId: late.id, carriedOverFrom: meeting.date }]);
    const waiting = await b.dispatcher.call('meetings.waiting', {});
    expect(waiting.find((w) => w.caseId === late.id)).toMatchObject({ carriedOver: true, plannedMeetingId: meetingIds[1] });
  });

  it('every meeting view records one audit entry per case on the agenda', async () => {
    const b = await unlockedBackend();
    const { meetingId } = await plannedMeeting(b);
    const a = await waitingCase(b, { first: 'Anna' });
    const o = await waitingCase(b, { first: 'Otto' });
    await b.dispatcher.call('meetings.addCases', { meetingId, caseIds: [a.id, o.id] });
    await b.dispatcher.call('meetings.get', { meetingId });
    const log = await b.dispatcher.call('audit.list', { limit: 10 });
    const reads = log.filter((r) => r.action === 'meeting.read');
    expect(reads.map((r) => r.caseCode).sort()).toEqual([a.code, o.code].sort());
  });
});
