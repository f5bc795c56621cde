/**
 * Report figures for `npm run bench`, on the benchmark's vault (10,000 cases with the demo
 * meetings and advice the earlier steps added):
 * - report_10k_ms: the full period report (every year of the data) through the dispatcher,
 *   audit record included, median of 20; the session's facts are in memory (cache.ts), as when
 *   a user changes the period or municipality on the dashboard;
 * - report_10k_cold_ms: the same right after a change to the data (the changed case worked out
 *   again from the encrypted database and replaced in the session's copy), median of 7;
 * - report_csv_10k_ms: the CSV export (same report, suppressed), median of 5.
 */
import type { Backend } from '../../electron/node/app.js';
import { type Metric, median, timed } from './measure.js';

export async function benchReports(b: Backend, progress: (msg: string) => void): Promise<Metric[]> {
  progress('rapportage over alle casussen...');
  const d = b.dispatcher;
  const db = b.vault.requireSession().db;
  const span = db.prepare('SELECT min(referred_on) AS from_, max(referred_on) AS to_ FROM cases').get() as { from_: string; to_: string };
  const query = { from: span.from_, to: `${Number(span.to_.slice(0, 4)) + 1}-12-31`, mode: 'public' as const };
  const caseId = db.prepare('SELECT id FROM cases ORDER BY id LIMIT 1').pluck().get() as number;
  // A change the reports notice (report_state.version), without changing what they count.
  const touch = () => db.prepare('UPDATE cases SET updated_at = updated_at WHERE id = ?').run(caseId);

  for (let i = 0; i < 3; i++) await d.call('reports.period', query);
  const warm: number[] = [];
  for (let i = 0; i < 20; i++) warm.push(await timed(() => d.call('reports.period', query)));
  const cold: number[] = [];
  for (let i = 0; i < 7; i++) {
    touch();
    cold.push(await timed(() => d.call('reports.period', query)));
  }
  const r = await d.call('reports.period', query);
  const csv: number[] = [];
  for (let i = 0; i < 5; i++) csv.push(await timed(() => d.call('reports.export', { from: query.from, to: query.to, format: 'csv' })));
  const n = r.tables.find((t) => t.key === 'totals')!.rows[0]!.cell.display;
  return [
    {
      metric: 'report_10k_ms',
      value: median(warm),
      unit: 'ms',
      budget: 100,
      note: `reports.period via dispatcher, ${n} referrals, facts in memory (period/municipality change)`,
    },
    { metric: 'report_10k_cold_ms', value: median(cold), unit: 'ms', note: 'right after a data change: the changed case worked out again' },
    { metric: 'report_csv_10k_ms', value: median(csv), unit: 'ms', note: 'reports.export csv' },
  ];
}
