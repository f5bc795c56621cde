/** Search: what the index holds, BSN search, and the candidate cap that keeps search fast at any size. */
import { describe, expect, it } from 'vitest';
import { bsnQuery, SEARCH_CANDIDATES } from '../../../electron/node/features/cases/case-list.sql.js';
import { todayIso, yearsBefore } from '../../../shared/domain/dates.js';
import { growCases } from '../../bench/scale.js';
import { referral, unlockedBackend } from '../helpers.js';

describe('case search', () => {
  it('finds a case by all nine digits of its BSN (with spaces or dots), never by part of it', async () => {
    const b = await unlockedBackend();
    const r = referral({ first: 'Jip', last: 'Klaproos' });
    r.youth.bsn = '123456782';
    const a = await b.dispatcher.call('cases.create', { referral: r });
    await b.dispatcher.call('cases.create', { referral: referral({ first: 'Lot', last: 'Boterbloem' }) });
    const find = async (query: string) => (await b.dispatcher.call('cases.list', { query })).rows.map((x) => x.code);
    expect(await find('123456782')).toEqual([a.code]);
    expect(await find('1234 56 782')).toEqual([a.code]);
    expect(await find('123.456.782')).toEqual([a.code]);
    expect(await find('12345678')).toEqual([]);
    expect(await find('1234')).toEqual([]);
    expect(await find('111222333')).toEqual([]);
    expect(bsnQuery('2026-001')).toBeNull();
  });

  it('the BSN follows an edit of the referral', async () => {
    const b = await unlockedBackend();
    const { id, code } = await b.dispatcher.call('cases.create', { referral: referral() });
    expect((await b.dispatcher.call('cases.list', { query: '111222333' })).total).toBe(0);
    const file = await b.dispatcher.call('cases.get', { caseId: id });
    await b.dispatcher.call('cases.updateReferral', {
      caseId: id,
      referral: { ...file.referral, youth: { ...file.referral.youth, bsn: '111222333' } },
    });
    expect((await b.dispatcher.call('cases.list', { query: '111222333' })).rows.map((x) => x.code)).toEqual([code]);
  });

  it('indexes code, names (youth and guardians), municipality and questions; not region, referrer or other texts', async () => {
    const b = await unlockedBackend();
    const r = referral({ first: 'Jip', last: 'Klaproos', municipality: 'Lindewaard', question: 'Zoekt dagbesteding.' });
    r.youth.region = 'Veenhoven';
    r.referrer.name = 'Mirjam Wilgenhoek';
    r.referrer.organisation = 'Jeugdteam Kompasveld';
    r.tried = 'Eerder pleegzorg geprobeerd.';
    r.questionFamily = 'Wij willen een logeerhuis.';
    r.guardians = [{ name: 'Anouk Reigerhof', relation: 'moeder', hasAuthority: true, phone: '', email: '' }];
    const a = await b.dispatcher.call('cases.create', { referral: r });
    const find = async (query: string) => (await b.dispatcher.call('cases.list', { query })).rows.map((x) => x.code);
    for (const q of [a.code, 'Klaproos', 'jip', 'Reigerhof', 'Lindewaard', 'dagbesteding', 'logeerhuis']) expect(await find(q)).toEqual([a.code]);
    for (const q of ['Veenhoven', 'Wilgenhoek', 'Kompasveld', 'Jeugdteam', 'pleegzorg']) expect(await find(q)).toEqual([]);
  });

  it('a broad search looks at the newest matching cases only and says so', async () => {
    const b = await unlockedBackend();
    await b.dispatcher.call('cases.create', { referral: referral({ question: 'Zoekt een plek dichtbij huis.', birth: yearsBefore(todayIso(), 12) }) });
    await b.dispatcher.call('cases.create', { referral: referral({ question: 'Vraag over school.' }) });
    const db = b.vault.requireSession().db;
    growCases(db, SEARCH_CANDIDATES + 200);
    const broad = await b.dispatcher.call('cases.list', { query: 'zonnebloem' });
    expect(broad.capped).toBe(true);
    expect(broad.total).toBe(SEARCH_CANDIDATES);
    expect(broad.rows).toHaveLength(50);
    const narrow = await b.dispatcher.call('cases.list', { query: 'school' });
    expect(narrow.capped).toBe(false);
    expect(narrow.total).toBe(Math.ceil((SEARCH_CANDIDATES + 200) / 2));
    // The list without a search is not capped: counts cover every case.
    const all = await b.dispatcher.call('cases.list', {});
    expect(all.capped).toBe(false);
    expect(all.total).toBe(SEARCH_CANDIDATES + 200);
    expect(Object.values(all.byStatus).reduce((x, y) => x + (y ?? 0), 0)).toBe(SEARCH_CANDIDATES + 200);
  });
});
