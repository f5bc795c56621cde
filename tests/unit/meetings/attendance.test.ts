import { describe, expect, it } from 'vitest';
import { missingSectors, quorumState } from '../../../shared/domain/sectors.js';
import { unlockedBackend } from '../helpers.js';
import { plannedMeeting, waitingCase } from './fixtures.js';

const member = (name: string, sector: string, status = 'aanwezig', replacedBy = '') => ({ name, sector, status, replacedBy }) as never;

describe('sector warnings and quorum', () => {
  it('problem areas name the sectors they need', () => {
    const present = new Set(['jeugdzorg', 'ggz']);
    expect(missingSectors(7, ['lvb', 'trauma', 'verslaving', 'onderwijs_verzuim', 'somatisch'], present)).toEqual([
      { caseId: 7, area: 'lvb', sector: 'lvb' },
      { caseId: 7, area: 'verslaving', sector: 'verslavingszorg' },
      { caseId: 7, area: 'onderwijs_verzuim', sector: 'onderwijs' },
    ]);
    expect(quorumState(3, [{ status: 'aanwezig' }, { status: 'vervangen' }, { status: 'afwezig' }])).toEqual({ required: 3, present: 2, met: false });
  });

  it('the agenda warns for a case needing an absent sector and for a missed quorum', async () => {
    const b = await unlockedBackend();
    await b.dispatcher.call('meetings.updateSettings', { quorum: 3 });
    const { meetingId } = await plannedMeeting(b);
    const c = await waitingCase(b, { areas: ['lvb', 'trauma'] });
    await b.dispatcher.call('meetings.addCases', { meetingId, caseIds: [c.id] });
    let d = await b.dispatcher.call('meetings.setAttendance', {
      meetingId,
      members: [member('Lid Een', 'ggz'), member('Lid Twee', 'lvb', 'afwezig'), member('Lid Drie', 'gemeente')],
    });
    expect(d.attendanceSaved).toBe(true);
    expect(d.sectorWarnings).toEqual([{ caseId: c.id, area: 'lvb', sector: 'lvb' }]);
    expect(d.quorum).toEqual({ required: 3, present: 2, met: false });

    const noName = await b.dispatcher.dispatch('meetings.setAttendance', {
      meetingId,
      members: [member('Lid Twee', 'lvb', 'vervangen')],
    });
    expect(noName).toMatchObject({ ok: false, error: { fields: { 'members.0.replacedBy': { key: 'v.replaced_by_required' } } } });

    d = await b.dispatcher.call('meetings.setAttendance', {
      meetingId,
      members: [member('Lid Een', 'ggz'), member('Lid Twee', 'lvb', 'vervangen', 'Invaller LVB'), member('Lid Drie', 'gemeente')],
    });
    expect(d.sectorWarnings).toEqual([]);
    expect(d.quorum.met).toBe(true);
  });
});

describe('conflicts of interest', () => {
  it('a declared conflict shows on that case only, lands on its timeline and can be withdrawn', async () => {
    const b = await unlockedBackend();
    const { meetingId } = await plannedMeeting(b);
    const a = await waitingCase(b, { first: 'Anna' });
    const o = await waitingCase(b, { first: 'Otto' });
    await b.dispatcher.call('meetings.addCases', { meetingId, caseIds: [a.id, o.id] });
    const noReason = await b.dispatcher.dispatch('meetings.declareConflict', { meetingId, caseId: a.id, memberName: 'Lid Een', reason: '' });
    expect(noReason).toMatchObject({ ok: false, error: { fields: { reason: { key: 'v.reason_required' } } } });
    const d = await b.dispatcher.call('meetings.declareConflict', {
      meetingId,
      caseId: a.id,
      memberName: 'Lid Een',
      reason: 'Werkt bij een betrokken aanbieder',
    });
    const [ia, io] = d.items;
    expect(ia!.conflicts).toMatchObject([{ memberName: 'Lid Een', reason: 'Werkt bij een betrokken aanbieder', recordedBy: 'Voorzitter Test' }]);
    expect(io!.conflicts).toEqual([]);
    expect((await b.dispatcher.call('cases.get', { caseId: a.id })).events.map((e) => e.kind)).toContain('belangenconflict');
    const after = await b.dispatcher.call('meetings.withdrawConflict', { meetingId, conflictId: ia!.conflicts[0]!.id });
    expect(after.items[0]!.conflicts).toEqual([]);
  });
});
