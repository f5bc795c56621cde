/**
 * The period report and the drill-down, from the facts (facts.ts) through the tables
 * (tables.ts). Used by the handlers, the exports and the CLI alike.
 */
import { REPORT_CASES_LIMIT, type FigureKey, type PeriodReport, type ReportCases, type ReportLang, type ReportMode } from '../../../../shared/api/reports.js';
import { initials } from '../../../../shared/domain/names.js';
import type { ReadDb } from '../../db/database.js';
import { factsFor as cachedFacts } from './cache.js';
import type { FactRow } from './facts.js';
import { FIGURES, leadTimeKeysOf, viewOf, type Scope } from './figures.js';
import { problemAreaLabels } from './labels.js';
import { fitSignalTexts, getSummary } from './signals.sql.js';
import { buildTables } from './tables.js';

export interface ReportRequest {
  from: string;
  to: string;
  municipality: string;
  mode: ReportMode;
  lang: ReportLang;
}

const scopeOf = (db: ReadDb, r: { from: string; to: string; lang: ReportLang }): Scope => ({
  from: r.from,
  to: r.to,
  lang: r.lang,
  areas: problemAreaLabels(db, r.lang),
});

/**
 * Facts that can count in the period: every case referred up to its end, live and archived.
 * `key`: the session's cache key (cache.ts), or null to read afresh.
 */
const factsFor = (db: ReadDb, r: { to: string; municipality: string }, key: object | null) =>
  cachedFacts(db, { referredUntil: r.to, municipality: r.municipality }, key);

export function periodReport(db: ReadDb, r: ReportRequest, now: string, key: object | null = null): PeriodReport {
  const s = scopeOf(db, r);
  const all = factsFor(db, { ...r, municipality: '' }, key);
  const facts = r.municipality ? all.filter((f) => f.municipality === r.municipality) : all;
  const built = buildTables(facts, s, r.mode);
  const period = { from: r.from, to: r.to, municipality: r.municipality };
  return {
    period,
    mode: r.mode,
    internal: r.mode === 'internal',
    lang: r.lang,
    generatedAt: now,
    tables: built.tables,
    leadTimes: built.leadTimes,
    signals: fitSignalTexts(db, period),
    summary: getSummary(db, period),
    archivedCases: built.archivedCases,
    hiddenCells: built.hiddenCells,
    municipalities: [...new Set(all.map((f) => f.municipality))].filter(Boolean).sort((a, b) => a.localeCompare(b, 'nl')),
  };
}

/** Whether a case's facts fall in one row of one figure: the same units the tables count. */
export function inRow(figure: FigureKey, row: string, f: FactRow, s: Scope): boolean {
  if (figure === 'lead_times') return (leadTimeKeysOf(f, s) as string[]).includes(row);
  const def = FIGURES.find((d) => d.key === figure);
  const picked = def?.pick(f, s, viewOf(f, s)) ?? null;
  return picked === null ? false : typeof picked === 'string' ? picked === row : picked.includes(row);
}

/** The cases behind one row: live cases by code and initials, archived ones only counted. */
export function reportCases(
  db: ReadDb,
  q: { from: string; to: string; municipality: string; figure: FigureKey; row: string },
  key: object | null = null,
): ReportCases {
  const s = scopeOf(db, { ...q, lang: 'nl' });
  const hits = factsFor(db, q, key).filter((f) => inRow(q.figure, q.row, f, s));
  const live = hits.flatMap((f) => (f.caseId === null ? [] : [{ id: f.caseId, on: f.referredOn }]));
  // The newest referrals first, at most REPORT_CASES_LIMIT (each listed case is audited).
  const ids = live
    .sort((a, b) => (a.on < b.on ? 1 : a.on > b.on ? -1 : b.id - a.id))
    .slice(0, REPORT_CASES_LIMIT)
    .map((c) => c.id);
  const rows = ids.length
    ? (db
        .prepare(
          `SELECT id, code, youth_first_name AS first, youth_last_name AS last, status, referred_on
           FROM cases WHERE id IN (SELECT value FROM json_each(?)) ORDER BY referred_on DESC, id DESC`,
        )
        .all(JSON.stringify(ids)) as { id: number; code: string; first: string; last: string; status: string; referred_on: string }[])
    : [];
  return {
    figure: q.figure,
    row: q.row,
    cases: rows.map((c) => ({ caseId: c.id, code: c.code, initials: initials(c.first, c.last), status: c.status, referredOn: c.referred_on })),
    total: live.length,
    archived: hits.length - live.length,
  };
}
