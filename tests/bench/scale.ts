/**
 * The case list and search at a larger scale: `npm run bench -- --cases 100000`.
 *
 * Generating 100,000 demo cases case by case takes far too long for a bench run,
 * so the vault's 10,000 generated cases are copied until there are N: each copy
 * gets a new id, code (same year, sequence + 1,000,000 per round) and search
 * entry, written into the same tables (cases, case_referrals, case_problem_areas,
 * case_search) the app reads. The copies keep the texts, statuses and dates of
 * their originals, so every word matches N/10,000 times as many cases: the
 * realistic worst case for broad prefix searches and counts. Fictional data only.
 */
import { CaseListQuery } from '../../shared/api/index.js';
import type { CaseStatus } from '../../shared/domain/status.js';
import type { Db } from '../../electron/node/db/database.js';
import { listCases } from '../../electron/node/features/cases/case-list.sql.js';

export interface ScaleMetric {
  metric: string;
  value: number;
  unit: string;
  budget?: number;
  note?: string;
}

/** `--cases N` from the command line, or null. */
export function casesOption(argv: readonly string[]): number | null {
  const i = argv.indexOf('--cases');
  if (i < 0) return null;
  const n = Number(argv[i + 1]);
  if (!Number.isInteger(n) || n < 1) throw new Error('--cases needs a whole number of cases, e.g. --cases 100000');
  return n;
}

/** A metric name's size part: 100000 -> '100k', 2500 -> '2500'. */
export const sizeLabel = (n: number): string => (n % 1000 === 0 ? `${n / 1000}k` : String(n));

const columns = (db: Db, table: string): string[] =>
  (db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[]).filter((c) => c !== 'id');

/** Copy the existing cases (with their referral, problem areas and search entry) until there are `target`. */
export function growCases(db: Db, target: number): number {
  const base = db.prepare('SELECT max(id) FROM cases').pluck().get() as number;
  const have = db.prepare('SELECT count(*) FROM cases').pluck().get() as number;
  if (have >= target || have === 0) return have;
  const caseCols = columns(db, 'cases').filter((c) => c !== 'code' && c !== 'seq');
  const searchCols = columns(db, 'case_search');
  const copyCases = db.prepare(
    `INSERT INTO cases (id, code, seq, ${caseCols.join(', ')})
     SELECT id + @off, year || '-' || (seq + @round * 1000000), seq + @round * 1000000, ${caseCols.join(', ')}
     FROM cases WHERE id <= @base ORDER BY id LIMIT @n`,
  );
  const copyReferrals = db.prepare(
    'INSERT INTO case_referrals (case_id, referral) SELECT case_id + @off, referral FROM case_referrals WHERE case_id <= @base AND case_id + @off IN (SELECT id FROM cases WHERE id > @off)',
  );
  const copyAreas = db.prepare(
    'INSERT INTO case_problem_areas (case_id, area_id) SELECT case_id + @off, area_id FROM case_problem_areas WHERE case_id <= @base AND case_id + @off IN (SELECT id FROM cases WHERE id > @off)',
  );
  const copySearch = db.prepare(
    `INSERT INTO case_search (rowid, ${searchCols.join(', ')})
     SELECT c.id, ${searchCols.map((col) => (col === 'code' ? 'c.code' : `s.${col}`)).join(', ')}
     FROM cases c JOIN case_search s ON s.rowid = c.id - @off WHERE c.id > @off AND c.id <= @off + @base`,
  );
  let count = have;
  db.transaction(() => {
    for (let round = 1; count < target; round++) {
      const off = round * base;
      const args = { off, base, round, n: Math.min(have, target - count) };
      copyCases.run(args);
      copyReferrals.run(args);
      copyAreas.run(args);
      copySearch.run(args);
      count = db.prepare('SELECT count(*) FROM cases').pluck().get() as number;
    }
  })();
  return count;
}

/**
 * Search p95 over `searches` and the filtered list page (median) at the database's current size.
 * The same queries and filter as the 10,000-case figures.
 */
export function measureList(
  db: Db,
  searches: readonly string[],
  n: number,
  tools: { time(f: () => unknown): number; percentile(xs: number[], p: number): number; medianOf(runs: number, f: () => unknown): number },
): ScaleMetric[] {
  const label = sizeLabel(n);
  for (const q of searches.slice(0, 10)) listCases(db, CaseListQuery.parse({ query: q }));
  const times = searches.map((q) => tools.time(() => listCases(db, CaseListQuery.parse({ query: q }))));
  const filtered = CaseListQuery.parse({
    statuses: ['wacht_op_bespreking', 'besproken', 'advies_vastgesteld'] satisfies CaseStatus[],
    ageGroups: ['13-17'],
  });
  return [
    { metric: `case_search_${label}_p95_ms`, value: tools.percentile(times, 95), unit: 'ms', budget: 50 },
    { metric: `case_search_${label}_p50_ms`, value: tools.percentile(times, 50), unit: 'ms' },
    {
      metric: `case_list_page_${label}_ms`,
      value: tools.medianOf(30, () => listCases(db, filtered)),
      unit: 'ms',
      budget: 30,
      note: 'status + age group filter',
    },
    {
      metric: `case_list_unfiltered_page_${label}_ms`,
      value: tools.medianOf(30, () => listCases(db, CaseListQuery.parse({}))),
      unit: 'ms',
    },
  ];
}
