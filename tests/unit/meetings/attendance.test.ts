import { describe, expect, it } from 'vitest';
import { missingSectors, quorumState } from '../../../shared/domain/sectors.js';
import { PASS, unlockedBackend } from '../helpers.js';
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
    expect(ia!.conflicts).toMatchObject([
      { memberName: 'Lid Een', reason: 'Werkt bij een betrokken aanbieder', recordedBy: 'Voorzitter Test', byChair: true },
    ]);
    expect(io!.conflicts).toEqual([]);
    expect((await b.dispatcher.call('cases.get', { caseId: a.id })).events.map((e) => e.kind)).toContain('belangenconflict');
    const after = await b.dispatcher.call('meetings.withdrawConflict', { meetingId, conflictId: ia!.conflicts[0]!.id });
    expect(after.items[0]!.conflicts).toEqual([]);
  });

  it('a member declares only their own conflict; the chair may declare for another, recorded as such', async () => {
    const b = await unlockedBackend();
    const { meetingId } = await plannedMeeting(b);
    const a = await waitingCase(b, { first: 'Anna' });
    await b.dispatcher.call('meetings.addCases', { meetingId, caseIds: [a.id] });
    const lid = await b.dispatcher.call('users.create', { name: 'Teamlid Eerlijk', roles: ['teamlid'], passphrase: PASS });
    const ander = await b.dispatcher.call('users.create', { name: 'Teamlid Ander', roles: ['teamlid'], passphrase: PASS });
    // The chair, for another member (a user): recorded as declared by the chair.
    const byChair = await b.dispatcher.call('meetings.declareConflict', {
      meetingId,
      caseId: a.id,
      userId: ander.id,
      memberName: 'Teamlid Ander',
      reason: 'Familie van de verwijzer',
    });
    const chairConflictId = byChair.items[0]!.conflicts[0]!.id;
    expect(byChair.items[0]!.conflicts[0]).toMatchObject({ userId: ander.id, recordedBy: 'Voorzitter Test', byChair: true });

    await b.dispatcher.call('session.lock', {});
    await b.dispatcher.call('vault.unlock', { userId: lid.id, passphrase: PASS });
    // For someone else (by id, or by a name that is not theirs): refused, and nothing is recorded.
    for (const other of [
      { userId: ander.id, memberName: 'Teamlid Ander' },
      { userId: null, memberName: 'Teamlid Ander' },
      { userId: null, memberName: 'Iemand Anders' },
    ]) {
      const refused = await b.dispatcher.dispatch('meetings.declareConflict', { meetingId, caseId: a.id, reason: 'Onterecht', ...other });
      expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', params: { rule: 'conflict_own_only' } } });
    }
    // Their own: recorded under their own user, not as by the chair.
    const own = await b.dispatcher.call('meetings.declareConflict', {
      meetingId,
      caseId: a.id,
      userId: lid.id,
      memberName: 'Teamlid Eerlijk',
      reason: 'Werkt bij de betrokken aanbieder',
    });
    const conflicts = own.items[0]!.conflicts;
    expect(conflicts.map((c) => [c.memberName, c.byChair])).toEqual([
      ['Teamlid Ander', true],
      ['Teamlid Eerlijk', false],
    ]);
    // Withdrawing: only their own.
    expect(await b.dispatcher.dispatch('meetings.withdrawConflict', { meetingId, conflictId: chairConflictId })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const after = await b.dispatcher.call('meetings.withdrawConflict', { meetingId, conflictId: conflicts[1]!.id });
    expect(after.items[0]!.conflicts.map((c) => c.memberName)).toEqual(['Teamlid Ander']);
    // The refusals are in the audit log.
    const db = b.vault.requireSession().db;
    expect(
      db.prepare(`SELECT count(*) FROM audit_log WHERE action LIKE 'meeting.conflict.%' AND outcome = 'forbidden'`).pluck().get(),
    ).toBe(4);
  });
});
