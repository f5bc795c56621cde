/** The audit log view folds consecutive case-list views (one per search keystroke) into one row; the log keeps them all. */
import { describe, expect, it } from 'vitest';
import { referral, unlockedBackend } from '../helpers.js';

describe('audit log grouping', () => {
  it('twelve searches in a row are one row "×12" with their time span; the raw log has all twelve', async () => {
    const b = await unlockedBackend();
    const { code } = await b.dispatcher.call('cases.create', { referral: referral() });
    for (const q of ['z', 'zo', 'zon', 'zonn', 'zonne', 'zonneb', 'zonnebl', 'zonnebl', 'zonneblo', 'zonnebloe', 'zonnebloem', 'zonnebloem ']) {
      await b.dispatcher.call('cases.list', { query: q });
    }
    const list = await b.dispatcher.call('cases.list', {});
    const file = await b.dispatcher.call('cases.get', { caseId: list.rows[0]!.id });
    await b.dispatcher.call('cases.list', {});
    await b.dispatcher.call('cases.list', { query: 'a' });

    const grouped = await b.dispatcher.call('audit.list', { limit: 50, group: true });
    const rows = grouped.map((e) => [e.action, e.count ?? 1]);
    // Newest first: 2 list views, the case read, 13 list views (12 searches + the plain list), the creation, ...
    expect(rows.slice(0, 4)).toEqual([
      ['case.list', 2],
      ['case.read', 1],
      ['case.list', 13],
      ['case.create', 1],
    ]);
    expect(grouped[2]!.firstAt! <= grouped[2]!.at).toBe(true);
    expect(grouped[1]!.caseCode).toBe(code);
    expect(file.code).toBe(code);

    const raw = await b.dispatcher.call('audit.list', { limit: 50 });
    expect(raw.filter((e) => e.action === 'case.list')).toHaveLength(15);
    expect(raw.every((e) => e.count === undefined)).toBe(true);
    expect((await b.dispatcher.call('audit.verify', {})).ok).toBe(true);
  });

  it('the limit counts rows as shown', async () => {
    const b = await unlockedBackend();
    for (let i = 0; i < 5; i++) await b.dispatcher.call('cases.list', {});
    await b.dispatcher.call('cases.create', { referral: referral() });
    for (let i = 0; i < 5; i++) await b.dispatcher.call('cases.list', {});
    const two = await b.dispatcher.call('audit.list', { limit: 2, group: true });
    expect(two.map((e) => [e.action, e.count ?? 1])).toEqual([
      ['case.list', 5],
      ['case.create', 1],
    ]);
  });
});
