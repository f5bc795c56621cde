/** Reports survive erasure: the case's facts are archived first, so the figures stay the same. */
import { describe, expect, it } from 'vitest';
import { team } from '../advice/fixtures.js';
import { allFacts } from '../../../electron/node/features/reports/facts.js';
import { db, fullCase, POLICY } from './fixtures.js';

describe('reports after erasure', () => {
  it('gives the same figures before and after a case is erased', async () => {
    const t = await team();
    const { b } = t;
    const c = await fullCase(t);
    await b.dispatcher.call('retention.setPolicy', POLICY);
    const query = { from: '2020-01-01', to: '2030-12-31', municipality: '', mode: 'internal' as const };
    const figures = async () => {
      const r = await b.dispatcher.call('reports.period', query);
      return { tables: r.tables, leadTimes: r.leadTimes, archivedCases: r.archivedCases };
    };
    const before = await figures();
    const totals = before.tables.find((x) => x.key === 'totals')!;
    expect(totals.rows.find((x) => x.key === 'afgesloten')!.cell.n).toBe(1);
    expect(before.archivedCases).toBe(0);

    await b.dispatcher.call('retention.erase', { caseId: c.id, confirmCode: c.code });
    expect(db(b).prepare('SELECT count(*) FROM cases').pluck().get()).toBe(0);
    expect(db(b).prepare('SELECT count(*) FROM report_archive').pluck().get()).toBe(1);

    const after = await figures();
    expect(after.archivedCases).toBe(1);
    expect(after.tables).toEqual(before.tables);
    expect(after.leadTimes).toEqual(before.leadTimes);
  }, 120_000);

  it('keeps the same facts for the reports (archived before the case is erased)', async () => {
    const t = await team();
    const { b } = t;
    const c = await fullCase(t);
    await b.dispatcher.call('retention.setPolicy', POLICY);
    const facts = () => allFacts(db(b)).map(({ caseId: _id, ...f }) => f);
    const before = facts();
    expect(before).toHaveLength(1);
    expect(before[0]!.outcome).not.toBeNull();
    await b.dispatcher.call('retention.erase', { caseId: c.id, confirmCode: c.code });
    expect(db(b).prepare('SELECT count(*) FROM cases').pluck().get()).toBe(0);
    expect(facts()).toEqual(before);
  }, 120_000);
});
