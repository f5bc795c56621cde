/** Vaststellen as a step-up: the voorzitter's passphrase in the notulist's session; both users audited; wrong passphrase refused and audited. */
import { describe, expect, it } from 'vitest';
import type { AppError } from '../../../shared/api/errors.js';
import { PASS } from '../helpers.js';
import { NOTULIST_PASS, content, team, waitingCase } from './fixtures.js';

async function fails(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (err) {
    return err as AppError;
  }
  throw new Error('expected the call to fail');
}

type AuditRow = { user_name: string; role: string; action: string; case_id: number | null; outcome: string };
const auditOf = (t: Awaited<ReturnType<typeof team>>, action: string) =>
  t.b.vault.session!.db.prepare(`SELECT user_name, role, action, case_id, outcome FROM audit_log WHERE action LIKE ? ORDER BY id`).all(`${action}%`) as AuditRow[];

describe('step-up approval', () => {
  it('the chair approves in the notulist session with their own passphrase; the log names both', async () => {
    const t = await team();
    const caseId = await waitingCase(t.b);
    await t.as('notulist');
    await t.b.dispatcher.call('advice.saveDraft', { caseId, content: content() });
    const file = await t.b.dispatcher.call('advice.approve', { caseId, version: 1, approverId: t.chairId, passphrase: PASS });
    expect(file.approved?.approvedBy).toBe('Voorzitter Test');
    // The session stays the notulist's.
    expect(t.b.vault.sessionInfo().userName).toBe('Noor Notulist');
    expect(auditOf(t, 'advice.approve')).toEqual([
      { user_name: 'Voorzitter Test', role: 'voorzitter', action: 'advice.approve.stepup', case_id: caseId, outcome: `ok:session:${t.notulistId}` },
      { user_name: 'Noor Notulist', role: 'notulist', action: 'advice.approve', case_id: caseId, outcome: 'ok' },
    ]);
  });

  it('a wrong chair passphrase is refused, changes nothing and is audited for both', async () => {
    const t = await team();
    const caseId = await waitingCase(t.b);
    await t.as('notulist');
    await t.b.dispatcher.call('advice.saveDraft', { caseId, content: content() });
    const err = await fails(t.b.dispatcher.call('advice.approve', { caseId, version: 1, approverId: t.chairId, passphrase: 'niet de goede wachtzin' }));
    expect(err.code).toBe('WRONG_PASSPHRASE');
    expect(err.fields).toEqual({ passphrase: { key: 'v.approver_passphrase_wrong', params: {} } });
    const file = await t.b.dispatcher.call('advice.get', { caseId });
    expect(file.approved).toBeNull();
    expect(file.current?.status).toBe('concept');
    expect(file.caseStatus).toBe('wacht_op_bespreking');
    expect(auditOf(t, 'advice.approve')).toEqual([
      { user_name: 'Voorzitter Test', role: 'voorzitter', action: 'advice.approve.stepup', case_id: caseId, outcome: `wrong_passphrase:session:${t.notulistId}` },
      { user_name: 'Noor Notulist', role: 'notulist', action: 'advice.approve', case_id: caseId, outcome: 'wrong_passphrase' },
    ]);
    // The notulist's own passphrase does not approve either: only a voorzitter's does.
    const notChair = await fails(t.b.dispatcher.call('advice.approve', { caseId, version: 1, approverId: t.notulistId, passphrase: NOTULIST_PASS }));
    expect(notChair.code).toBe('APPROVER_NOT_CHAIR');
    expect(notChair.fields).toEqual({ approverId: { key: 'v.approver_not_chair', params: {} } });
  });

  it('repeated wrong passphrases are slowed down', async () => {
    const t = await team();
    const caseId = await waitingCase(t.b);
    await t.b.dispatcher.call('advice.saveDraft', { caseId, content: content() });
    const codes: string[] = [];
    for (let i = 0; i < 4; i++) {
      codes.push((await fails(t.b.dispatcher.call('advice.approve', { caseId, version: 1, approverId: t.chairId, passphrase: `fout ${i} fout fout` }))).code);
    }
    expect(codes).toEqual(['WRONG_PASSPHRASE', 'WRONG_PASSPHRASE', 'WRONG_PASSPHRASE', 'THROTTLED']);
  });

  it('wrong step-up passphrases count against the vault throttle that unlocks use too', async () => {
    const t = await team();
    const caseId = await waitingCase(t.b);
    await t.b.dispatcher.call('advice.saveDraft', { caseId, content: content() });
    for (let i = 0; i < 3; i++) {
      await fails(t.b.dispatcher.call('advice.approve', { caseId, version: 1, approverId: t.chairId, passphrase: `fout ${i} fout fout` }));
    }
    // Switching to the chair's own unlock does not reset the count: the unlock is slowed down as well.
    expect(t.b.vault.throttleMs()).toBeGreaterThan(0);
    const unlock = await fails(t.b.vault.unlock(t.chairId, PASS));
    expect(unlock.code).toBe('THROTTLED');
  });

  it('permissions: teamlid and screener cannot draft or approve; the screener reads', async () => {
    const t = await team();
    const caseId = await waitingCase(t.b);
    await t.b.dispatcher.call('advice.saveDraft', { caseId, content: content() });
    await t.as('teamlid');
    expect((await fails(t.b.dispatcher.call('advice.saveDraft', { caseId, content: content() }))).code).toBe('FORBIDDEN');
    expect((await fails(t.b.dispatcher.call('advice.approve', { caseId, version: 1, approverId: t.chairId, passphrase: PASS }))).code).toBe('FORBIDDEN');
    await t.as('screener');
    expect((await t.b.dispatcher.call('advice.get', { caseId })).current?.version).toBe(1);
    expect((await fails(t.b.dispatcher.call('advice.saveDraft', { caseId, content: content() }))).code).toBe('FORBIDDEN');
    expect(auditOf(t, 'advice.read').at(-1)).toEqual({ user_name: 'Sam Screener', role: 'screener', action: 'advice.read', case_id: caseId, outcome: 'ok' });
  });
});
