/**
 * The report as rows of cells, shared by the CSV and the XLSX export so both hold the same
 * figures, labels and base sentences as the dashboard and the PDF (all from one PeriodReport).
 */
import { basisSentence, SUPPRESSION_NOTE, type Cell, type PeriodReport } from '../../../../shared/api/reports.js';
import { dutchDate, rt } from './labels.js';

/** A number (counts, percentages, days) or text ("<5", "x", labels). */
export type SheetValue = string | number;
export type SheetRow = SheetValue[];

/** How a sheet row is meant: a heading, a column header, data, or plain text. */
export interface Line {
  kind: 'title' | 'heading' | 'header' | 'data' | 'text' | 'blank';
  cells: SheetRow;
  /** Which columns hold percentages (one decimal). */
  pctColumns?: number[];
}

const count = (c: Cell): SheetValue => (c.n === null ? c.display : c.n);
const pct = (c: Cell): SheetValue => (c.pct === null ? '' : c.pct);

export function reportLines(r: PeriodReport): Line[] {
  const L = r.lang;
  const lines: Line[] = [
    { kind: 'title', cells: [rt(L, 'title.report')] },
    { kind: 'text', cells: [rt(L, 'period'), `${dutchDate(r.period.from)} – ${dutchDate(r.period.to)}`] },
    { kind: 'text', cells: [rt(L, 'municipality'), r.period.municipality || rt(L, 'municipality.all')] },
    { kind: 'text', cells: [rt(L, 'generated', { date: dutchDate(r.generatedAt.slice(0, 10)) })] },
  ];
  if (r.internal) lines.push({ kind: 'text', cells: [rt(L, 'title.internal')] });
  if (r.archivedCases > 0) lines.push({ kind: 'text', cells: [rt(L, 'archived', { n: r.archivedCases })] });
  lines.push({ kind: 'blank', cells: [] });
  lines.push({ kind: 'heading', cells: [rt(L, 'summary')] });
  lines.push({ kind: 'text', cells: [r.summary.text || rt(L, 'summary.empty')] });
  lines.push({ kind: 'blank', cells: [] });

  for (const t of r.tables) {
    const withPct = t.basis.base !== 'mixed';
    lines.push({ kind: 'heading', cells: [t.title] });
    lines.push({ kind: 'header', cells: withPct ? [rt(L, 'col.category'), rt(L, 'col.count'), rt(L, 'col.pct')] : [rt(L, 'col.category'), rt(L, 'col.count')] });
    for (const row of t.rows) {
      lines.push({ kind: 'data', cells: withPct ? [row.label, count(row.cell), pct(row.cell)] : [row.label, count(row.cell)], pctColumns: [2] });
    }
    if (t.total) lines.push({ kind: 'data', cells: [t.total.label, count(t.total.cell)] });
    lines.push({ kind: 'text', cells: [rt(L, 'col.basis'), basisSentence(t.basis, L)] });
    if (t.note) lines.push({ kind: 'text', cells: [t.note] });
    lines.push({ kind: 'blank', cells: [] });
  }

  const lt = r.leadTimes;
  lines.push({ kind: 'heading', cells: [lt.title] });
  lines.push({ kind: 'header', cells: ['', rt(L, 'leadTimes.n'), rt(L, 'leadTimes.median'), rt(L, 'leadTimes.p90')] });
  for (const row of lt.rows) {
    const hidden = row.medianDays === null && row.n.n !== 0 ? 'x' : '';
    lines.push({ kind: 'data', cells: [row.label, count(row.n), row.medianDays ?? hidden, row.p90Days ?? hidden], pctColumns: [2] });
  }
  lines.push({ kind: 'text', cells: [lt.note] });
  lines.push({ kind: 'blank', cells: [] });

  lines.push({ kind: 'heading', cells: [rt(L, 'signals')] });
  if (r.signals.length === 0) lines.push({ kind: 'text', cells: [rt(L, 'signals.none')] });
  for (const s of r.signals) lines.push({ kind: 'text', cells: [s] });
  lines.push({ kind: 'blank', cells: [] });
  if (!r.internal) lines.push({ kind: 'text', cells: [SUPPRESSION_NOTE[L]] });
  return lines;
}
