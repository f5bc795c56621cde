/** Possible duplicates of a new referral: same BSN, or same name and birth date; open or closed; audited. */
import { describe, expect, it } from 'vitest';
import { referral, unlockedBackend } from '../helpers.js';

describe('possible duplicates', () => {
  it('finds a case by the same BSN, and by the same name and birth date (case and accents aside), open or closed', async () => {
    const b = await unlockedBackend();
    const r = referral({ first: 'Zoë', last: 'van der Zonnebloem', birth: '2011-03-14' });
    r.youth.bsn = '123456782';
    const a = await b.dispatcher.call('cases.create', { referral: r });
    await b.dispatcher.call('cases.setStatus', { caseId: a.id, to: 'afgesloten', closureReason: 'anders' }).catch(() => undefined);
    const other = await b.dispatcher.call('cases.create', { referral: referral({ first: 'Zoe', last: 'Van der Zonnebloem', birth: '2012-01-01' }) });

    const byBsn = await b.dispatcher.call('cases.findDuplicates', { bsn: '1234.56.782' });
    expect(byBsn).toEqual([expect.objectContaining({ id: a.id, code: a.code, initials: expect.any(String), matchedOn: 'bsn' })]);

    const byName = await b.dispatcher.call('cases.findDuplicates', { firstName: 'zoe', lastName: 'VAN DER  zonnebloem', birthDate: '2011-03-14' });
    expect(byName.map((m) => [m.id, m.matchedOn])).toEqual([[a.id, 'name']]);

    // Another birth date, an invalid or partial BSN, or a name without a birth date: nothing.
    expect(await b.dispatcher.call('cases.findDuplicates', { firstName: 'Zoë', lastName: 'van der Zonnebloem', birthDate: '2011-03-15' })).toEqual([]);
    expect(await b.dispatcher.call('cases.findDuplicates', { bsn: '123456789' })).toEqual([]);
    expect(await b.dispatcher.call('cases.findDuplicates', { bsn: '12345678' })).toEqual([]);
    expect(await b.dispatcher.call('cases.findDuplicates', { firstName: 'Zoë', lastName: 'van der Zonnebloem' })).toEqual([]);
    // A case being edited is no duplicate of itself.
    expect(await b.dispatcher.call('cases.findDuplicates', { bsn: '123456782', excludeCaseId: a.id })).toEqual([]);
    expect(other.id).not.toBe(a.id);
  });

  it('a closed case is found too, with its status', async () => {
    const b = await unlockedBackend();
    const r = referral();
    r.youth.bsn = '111222333';
    const a = await b.dispatcher.call('cases.create', { referral: r });
    await b.dispatcher.call('cases.setStatus', { caseId: a.id, to: 'in_screening' });
    await b.dispatcher.call('screening.record', { caseId: a.id, outcome: 'niet_geschikt', reasons: 'Crisis.', routedTo: 'lokale_toegang' });
    const [m] = await b.dispatcher.call('cases.findDuplicates', { bsn: '111222333' });
    expect(m).toMatchObject({ id: a.id, status: 'niet_in_behandeling', matchedOn: 'bsn' });
  });

  it('logs every case it shows as seen by the user', async () => {
    const b = await unlockedBackend();
    const r = referral();
    r.youth.bsn = '111222333';
    const a = await b.dispatcher.call('cases.create', { referral: r });
    await b.dispatcher.call('cases.findDuplicates', { bsn: '111222333' });
    const log = await b.dispatcher.call('audit.list', { limit: 5 });
    expect(log[0]).toMatchObject({ action: 'case.duplicates', caseCode: a.code, outcome: 'ok' });
  });
});
