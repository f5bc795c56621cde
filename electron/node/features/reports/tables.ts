/**
 * From facts to the report's tables: counts per row (figures.ts), the base and answer mode,
 * percentages, totals, suppression (suppress.ts) and the lead times. The one place the figures
 * are computed; reports.period, the exports, the CLI and the drill-down all come through here.
 */
import type { Cell, FigureKey, LeadTimeRow, LeadTimes, ReportMode, ReportTable } from '../../../../shared/api/reports.js';
import { SUPPRESS_BELOW } from '../../../../shared/api/reports.js';
import type { FactRow } from './facts.js';
import { FIGURES, LEAD_TIME_KEYS, SUB_TABLES, addLeadTimes, viewOf, type FigureDef, type Scope, type View } from './figures.js';
import { rt, type ReportTextKey } from './labels.js';
import { countCell, hiddenCell, tableCells, visible } from './suppress.js';

export interface Built {
  tables: ReportTable[];
  leadTimes: LeadTimes;
  hiddenCells: number;
  /** Archived facts that count somewhere in this report. */
  archivedCases: number;
}

interface Tally {
  counts: Map<string, number>;
  /** Units (the N). */
  n: number;
  /** Cases with at least one unit. */
  cases: number;
  archived: number;
}

/** Count one figure over the facts (see FigureDef.kind); a list never names a row twice. */
function tally(def: FigureDef, facts: readonly FactRow[], views: readonly View[], s: Scope): Tally {
  // One map lookup per counted key: the counter objects are bumped in place.
  const slots = new Map<string, { n: number }>();
  const add = (key: string) => {
    const slot = slots.get(key);
    if (slot) slot.n += 1;
    else slots.set(key, { n: 1 });
  };
  let n = 0;
  let cases = 0;
  let archived = 0;
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i]!;
    const picked = def.pick(f, s, views[i]!);
    if (picked === null) continue;
    if (typeof picked === 'string') {
      n += 1;
      add(picked);
    } else {
      if (def.kind === 'items') {
        if (picked.length === 0) continue;
        n += picked.length;
      } else n += 1;
      for (let k = 0; k < picked.length; k++) add(picked[k]!);
    }
    cases += 1;
    if (f.caseId === null) archived += 1;
  }
  const counts = new Map<string, number>();
  for (const [key, slot] of slots) counts.set(key, slot.n);
  return { counts, n, cases, archived };
}

const NOTES: Partial<Record<FigureKey, ReportTextKey>> = {
  problem_area_count: 'note.problem_area_count',
  problem_combination: 'note.problem_combination',
  achterliggend: 'note.achterliggend',
  disruption_count: 'note.disruption_count',
};

const noPct = (c: Cell): Cell => ({ ...c, pct: null });

/** The scale, and the mean score unless a cell is hidden (the mean would add a sum a reader could solve for it). */
function feedbackNote(s: Scope, counts: Map<string, number>, n: number, anyHidden: boolean): string {
  if (n === 0 || anyHidden) return rt(s.lang, 'note.feedback');
  let sum = 0;
  for (const [k, c] of counts) sum += Number(k) * c;
  const mean = (Math.round((sum / n) * 10) / 10).toFixed(1);
  return rt(s.lang, 'note.feedback_mean', { mean: s.lang === 'nl' ? mean.replace('.', ',') : mean });
}

function buildTable(def: FigureDef, t: Tally, s: Scope, suppress: boolean, parent: Cell | null): ReportTable {
  const rows = def.rows(s, t.counts);
  const counts = rows.map((r) => t.counts.get(r.key) ?? 0);
  const mixed = def.base === 'mixed';
  const nCell: Cell = parent ? noPct(parent) : countCell(mixed ? t.cases : t.n, null, suppress);
  let cells: Cell[];
  if (mixed) {
    cells = counts.map((c) => countCell(c, null, suppress));
  } else if (parent && parent.hidden !== 'none') {
    // Rule 5 (suppress.ts): the sub-table adds up to a hidden row, so it is withheld.
    cells = counts.map(() => hiddenCell('withheld'));
  } else {
    const known = def.answerMode === 'single' && nCell.hidden === 'none' ? t.n : null;
    cells = tableCells(counts, t.n, known, suppress);
    if (nCell.hidden !== 'none') cells = cells.map(noPct);
  }
  const withheld = cells.length > 0 && cells.every((c) => c.hidden === 'withheld');
  const note = withheld
    ? rt(s.lang, 'note.withheld')
    : def.key === 'feedback_verwijzer' || def.key === 'feedback_gezin'
      ? feedbackNote(s, t.counts, t.n, nCell.hidden !== 'none' || cells.some((c) => c.hidden !== 'none'))
      : NOTES[def.key]
        ? rt(s.lang, NOTES[def.key]!)
        : '';
  const total =
    def.answerMode === 'single' && !mixed
      ? { label: rt(s.lang, 'total'), cell: nCell.hidden === 'none' ? visible(t.n, t.n) : nCell }
      : null;
  return {
    key: def.key,
    section: def.section,
    title: rt(s.lang, `fig.${def.key}`),
    basis: { answerMode: def.answerMode, base: def.base, n: nCell },
    rows: rows.map((r, i) => ({ key: r.key, label: r.label, cell: cells[i]! })),
    total,
    chart: def.chart,
    drillable: true,
    note,
    parent: SUB_TABLES[def.key] ?? null,
  };
}

function median(sorted: number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** 90th percentile, nearest rank. */
const p90 = (sorted: number[]) => sorted[Math.max(0, Math.ceil(0.9 * sorted.length) - 1)]!;

function buildLeadTimes(facts: readonly FactRow[], views: readonly View[], s: Scope, suppress: boolean): LeadTimes {
  const spans: number[][] = LEAD_TIME_KEYS.map(() => []);
  for (let i = 0; i < facts.length; i++) addLeadTimes(facts[i]!, s, views[i]!, spans);
  const rows: LeadTimeRow[] = LEAD_TIME_KEYS.map((k, i) => {
    const xs = spans[i]!.sort((a, b) => a - b);
    const show = xs.length > 0 && !(suppress && xs.length < SUPPRESS_BELOW);
    return {
      key: k,
      label: rt(s.lang, `lt.${k}`),
      n: countCell(xs.length, null, suppress),
      medianDays: show ? median(xs) : null,
      p90Days: show ? p90(xs) : null,
    };
  });
  return { key: 'lead_times', section: 'doorlooptijden', title: rt(s.lang, 'leadTimes'), rows, note: rt(s.lang, 'leadTimes.note') };
}

/** Every table of the report for these facts. */
export function buildTables(facts: readonly FactRow[], s: Scope, mode: ReportMode): Built {
  const suppress = mode === 'public';
  const views = facts.map((f) => viewOf(f, s));
  const tables: ReportTable[] = [];
  let archivedCases = 0;
  for (const def of FIGURES) {
    const t = tally(def, facts, views, s);
    if (def.key === 'totals') archivedCases = t.archived;
    const sub = SUB_TABLES[def.key];
    const parent = sub ? (tables.find((x) => x.key === sub.figure)?.rows.find((r) => r.key === sub.row)?.cell ?? null) : null;
    tables.push(buildTable(def, t, s, suppress, sub ? (parent ?? visible(0, null)) : null));
  }
  mentionsTotal(tables, s, suppress);
  const leadTimes = buildLeadTimes(facts, views, s, suppress);
  const hiddenCells =
    tables.reduce((sum, t) => sum + t.rows.filter((r) => r.cell.hidden !== 'none').length + (t.total && t.total.cell.hidden !== 'none' ? 1 : 0), 0) +
    leadTimes.rows.filter((r) => r.n.hidden !== 'none' || (r.n.n !== 0 && r.medianDays === null)).length;
  return { tables, leadTimes, hiddenCells, archivedCases };
}

/**
 * Verstoringen by number: the total of mentions (sum over cases of their number of verstoringen,
 * equal to the sum of the table by type). Hidden as soon as a cell of either table is hidden.
 */
function mentionsTotal(tables: ReportTable[], s: Scope, suppress: boolean): void {
  const byType = tables.find((t) => t.key === 'disruption_type')!;
  const byCount = tables.find((t) => t.key === 'disruption_count')!;
  const exact = (t: ReportTable) => t.rows.every((r) => r.cell.hidden === 'none');
  const mentions = byCount.rows.reduce((sum, r) => sum + Number(r.key) * (r.cell.n ?? 0), 0);
  const cell = exact(byType) && exact(byCount) ? countCell(mentions, null, suppress) : hiddenCell('secondary');
  byCount.total = { label: rt(s.lang, 'total.mentions'), cell };
}
