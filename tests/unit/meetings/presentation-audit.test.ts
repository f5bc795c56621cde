/**
 * The presentation screen re-reads the family view at every meeting change; the audit log records
 * the first time a session is shown a case there (per meeting, agenda and family content apart),
 * not every refresh. A new session (after a lock) audits again.
 */
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/node/app.js';
import { PASS, unlockedBackend } from '../helpers.js';
import { plannedMeeting, waitingCase } from './fixtures.js';

async function familyViewAudit(b: Backend): Promise<{ caseId: number | null }[]> {
  const db = b.vault.requireSession().db;
  return db
    .prepare(`SELECT case_id AS caseId FROM audit_log WHERE action = 'meeting.family_view' ORDER BY id`)
    .all() as { caseId: number | null }[];
}

describe('auditing the presentation screen', () => {
  it('records each case once per session, however often the screen refreshes', async () => {
    const b = await unlockedBackend();
    const { meetingId } = await plannedMeeting(b);
    const a = await waitingCase(b, { first: 'Anna' });
    const o = await waitingCase(b, { first: 'Otto' });
    const { items } = await b.dispatcher.call('meetings.addCases', { meetingId, caseIds: [a.id, o.id] });

    // Before the meeting starts the screen shows nothing of a case, and logs nothing.
    expect((await b.dispatcher.call('meetings.familyView', { meetingId })).mode).toBe('idle');
    expect(await familyViewAudit(b)).toEqual([]);

    await b.dispatcher.call('meetings.start', { meetingId });
    // Opening: the agenda by code names both cases once.
    for (let i = 0; i < 5; i++) expect((await b.dispatcher.call('meetings.familyView', { meetingId })).mode).toBe('team');
    expect((await familyViewAudit(b)).map((r) => r.caseId).sort()).toEqual([a.id, o.id].sort());

    // Deel 1 shows the first case's family content: one more record, for that case only.
    await b.dispatcher.call('meetings.setPhase', { itemId: items[0]!.id, phase: 'deel1' });
    for (let i = 0; i < 5; i++) expect((await b.dispatcher.call('meetings.familyView', { meetingId })).mode).toBe('family');
    await b.dispatcher.call('meetings.saveNote', { itemId: items[0]!.id, field: 'afspraken', text: 'Afspraak', baseVersion: 0 });
    await b.dispatcher.call('meetings.familyView', { meetingId });
    expect((await familyViewAudit(b)).map((r) => r.caseId)).toHaveLength(3);
    expect((await familyViewAudit(b)).at(-1)).toEqual({ caseId: a.id });
    // No record without a case: a refresh writes nothing at all.
    expect((await familyViewAudit(b)).filter((r) => r.caseId === null)).toEqual([]);

    // After a lock the next session is audited afresh.
    await b.dispatcher.call('session.lock', {});
    await b.dispatcher.call('vault.unlock', { userId: 1, passphrase: PASS });
    await b.dispatcher.call('meetings.familyView', { meetingId });
    await b.dispatcher.call('meetings.familyView', { meetingId });
    expect((await familyViewAudit(b)).map((r) => r.caseId)).toEqual([...(await familyViewAudit(b)).slice(0, 3).map((r) => r.caseId), a.id]);
  });
});
