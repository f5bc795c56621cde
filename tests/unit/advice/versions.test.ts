/** Advice versions: drafting, locking after approval, corrections with a reason, the diff and field-level validation. */
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors.js';
import { diffAdviceVersions, wordDiff } from '../../../shared/domain/advice-diff.js';
import { PASS } from '../helpers.js';
import { content, inDays, team, waitingCase } from './fixtures.js';

async function fails(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (err) {
    return err as AppError;
  }
  throw new Error('expected the call to fail');
}

describe('advice versions', () => {
  it('a draft is saved and overwritten until approved, then locked; a correction is a new version with its reason', async () => {
    const t = await team();
    const caseId = await waitingCase(t.b);
    await t.as('notulist');
    const call = t.b.dispatcher.call.bind(t.b.dispatcher);

    let file = await call('advice.saveDraft', { caseId, content: content() });
    expect(file.versions.map((v) => [v.version, v.status])).toEqual([[1, 'concept']]);
    expect(file.current?.items.map((i) => i.key)).toEqual([1, 2, 3]);
    expect(file.current?.draftedBy).toBe('Noor Notulist');

    // Autosave-like overwrite keeps one version and the item keys.
    const c2 = content();
    c2.items = file.current!.items.map((i) => ({ ...i }));
    c2.items[0]!.text = 'Start een traumabehandeling bij De Linde binnen vier weken.';
    file = await call('advice.saveDraft', { caseId, baseVersion: 1, content: c2 });
    expect(file.versions).toHaveLength(1);
    expect(file.current?.items[0]).toMatchObject({ key: 1, text: 'Start een traumabehandeling bij De Linde binnen vier weken.' });

    // A stale base version is refused, nothing changes.
    expect((await fails(call('advice.saveDraft', { caseId, baseVersion: 2, content: content() }))).code).toBe('CONFLICT');

    file = await call('advice.approve', { caseId, version: 1, approverId: t.chairId, passphrase: PASS });
    expect(file.approved).toMatchObject({ version: 1, status: 'vastgesteld', approvedBy: 'Voorzitter Test', approvedInSessionOf: 'Noor Notulist' });
    expect(file.caseStatus).toBe('advies_vastgesteld');
    expect(file.reviewDate).toBe(inDays(56));

    // Locked: the notulist can no longer change it, and the chair cannot approve it twice.
    const locked = await fails(call('advice.saveDraft', { caseId, content: content() }));
    expect(locked.code).toBe('ADVICE_LOCKED');
    expect(locked.params).toEqual({ version: 1 });

    // Correction (voorzitter only): v2 concept with reason; v1 stays in force until v2 is approved.
    expect((await fails(call('advice.correct', { caseId, reason: 'Adres aangepast', content: content() }))).code).toBe('FORBIDDEN');
    await t.as('chair');
    const c3 = content();
    c3.items = file.approved!.items.map((i) => ({ ...i }));
    c3.items[1]!.addresseeName = 'Gemeente Zuiderdam, team jeugd';
    c3.items.splice(2, 1);
    c3.items.push({ category: 'route', text: 'Meld aan bij het bovenregionaal netwerk.', addresseeKind: 'verwijzer', addresseeName: '', deadline: '' });
    file = await call('advice.correct', { caseId, reason: 'Financiering loopt via de gemeente zelf', content: c3 });
    expect(file.versions.map((v) => [v.version, v.status])).toEqual([
      [2, 'concept'],
      [1, 'vastgesteld'],
    ]);
    expect(file.current?.reason).toBe('Financiering loopt via de gemeente zelf');
    expect(file.approved?.version).toBe(1);
    expect(file.current?.items.map((i) => i.key)).toEqual([1, 2, 4]);

    const changes = diffAdviceVersions(file.versions[1]!, file.versions[0]!);
    expect(changes).toEqual([
      { kind: 'item_changed', itemKey: 2, field: 'addresseeName', before: 'Zuiderdam', after: 'Gemeente Zuiderdam, team jeugd' },
      { kind: 'item_added', itemKey: 4, after: expect.objectContaining({ category: 'route' }) },
      { kind: 'item_removed', itemKey: 3, before: expect.objectContaining({ category: 'financieringsroute' }) },
    ]);

    file = await call('advice.approve', { caseId, version: 2, approverId: t.chairId, passphrase: PASS });
    expect(file.versions.map((v) => [v.version, v.status])).toEqual([
      [2, 'vastgesteld'],
      [1, 'vervangen'],
    ]);
    expect(file.items.map((i) => i.item.key)).toEqual([1, 2, 4]);
    // The review date of the first approval stays.
    expect(file.reviewDate).toBe(inDays(56));
    const kinds = (await call('cases.get', { caseId })).events.map((e) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['advies_concept', 'advies_vastgesteld', 'advies_correctie']));
  });

  it('approving an old or already approved version is refused', async () => {
    const t = await team();
    const caseId = await waitingCase(t.b);
    await t.b.dispatcher.call('advice.saveDraft', { caseId, content: content() });
    const err = await fails(t.b.dispatcher.call('advice.approve', { caseId, version: 2, approverId: t.chairId, passphrase: PASS }));
    expect(err.code).toBe('ADVICE_NOT_CONCEPT');
    await t.b.dispatcher.call('advice.approve', { caseId, version: 1, approverId: t.chairId, passphrase: PASS });
    expect((await fails(t.b.dispatcher.call('advice.approve', { caseId, version: 1, approverId: t.chairId, passphrase: PASS }))).code).toBe(
      'ADVICE_NOT_CONCEPT',
    );
  });

  it('field-level messages: item without text or addressee, deadline before the advice date, correction without reason', async () => {
    const t = await team();
    const caseId = await waitingCase(t.b);
    const bad = content({ adviceDate: inDays(0) });
    bad.items = [
      { category: 'passende_zorg', text: '  ', addresseeKind: 'zorgaanbieder', deadline: inDays(3) },
      { category: 'route', text: 'Route via de GI.', addresseeKind: '' as never, deadline: inDays(-1) },
    ];
    const err = await fails(t.b.dispatcher.call('advice.saveDraft', { caseId, content: bad }));
    expect(err.code).toBe('VALIDATION');
    expect(err.fields).toMatchObject({
      'content.items.0.text': { key: 'v.item_text_required' },
      'content.items.1.addresseeKind': { key: 'v.addressee_required' },
    });
    const late = content({ adviceDate: inDays(0) });
    late.items![0]!.deadline = inDays(-2);
    const err2 = await fails(t.b.dispatcher.call('advice.saveDraft', { caseId, content: late }));
    expect(err2.fields).toEqual({ 'content.items.0.deadline': { key: 'v.deadline_before_advice', params: {} } });
    // Nothing was saved by the refused calls.
    expect((await t.b.dispatcher.call('advice.get', { caseId })).current).toBeNull();

    await t.b.dispatcher.call('advice.saveDraft', { caseId, content: content() });
    await t.b.dispatcher.call('advice.approve', { caseId, version: 1, approverId: t.chairId, passphrase: PASS });
    const err3 = await fails(t.b.dispatcher.call('advice.correct', { caseId, reason: ' ', content: content() }));
    expect(err3.fields).toMatchObject({ reason: { key: 'v.correction_reason_required' } });
  });

  it('an empty weight basis takes the team default set by the beheerder', async () => {
    const t = await team();
    await t.b.dispatcher.call('advice.updateSettings', {
      defaultWeight: 'zwaarwegend',
      weightBasisText: 'Regionale afspraak expertteam 2025',
      weightBasisDate: '2025-01-15',
    });
    const caseId = await waitingCase(t.b);
    const file = await t.b.dispatcher.call('advice.saveDraft', { caseId, content: content() });
    expect(file.current).toMatchObject({ weightBasis: 'Regionale afspraak expertteam 2025', weightBasisDate: '2025-01-15' });
    expect(file.settings.defaultWeight).toBe('zwaarwegend');
  });

  it('wordDiff marks added and removed words', () => {
    expect(wordDiff('start binnen vier weken', 'start binnen twee weken')).toEqual([
      { op: 'same', text: 'start binnen ' },
      { op: 'removed', text: 'vier' },
      { op: 'added', text: 'twee' },
      { op: 'same', text: ' weken' },
    ]);
  });
});
