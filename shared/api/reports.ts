/**
 * Reports (issue 11): the period report (half-year, year, any period), the drill-down from a
 * figure to its cases, the exports (PDF, CSV, XLSX), the chair's marking of meeting signalen
 * as fit for the report, and the report's written summary.
 *
 * One backend module computes every figure (electron/node/features/reports/figures.ts); the
 * dashboard, the PDF, the CSV, the XLSX and the CLI all show what `reports.period` returns.
 * The renderer never counts.
 *
 * Privacy: no report output holds a name, a case code or free text that identifies a youth.
 * Signalen are meeting text and reach the report only after the voorzitter marked each one as
 * fit (`reports.markSignal`, which can also store an anonymised wording). In mode 'public'
 * (always for exports) small cells are suppressed (see `Cell`); mode 'internal' shows exact
 * counts, only to signed-in team members (permission 'report.internal'), and says so
 * (`PeriodReport.internal`). The drill-down (`reports.cases`) lists codes and initials, for
 * team members only, and is audited per case.
 *
 * Errors besides VALIDATION / FORBIDDEN / NOT_FOUND:
 * - VALIDATION field 'to' v.period_order: the period ends before it starts.
 * - FORBIDDEN: mode 'internal' without permission 'report.internal'.
 * - NOT_FOUND: markSignal on an agenda item that does not exist or has no signalen text.
 *
 * Result and data types: report-types.ts (re-exported here).
 */
import { z } from '../zod.js';
import { isoDate } from '../domain/referral.js';
import { id, method } from './method.js';
import {
  EXPORT_FORMATS,
  FIGURE_KEYS,
  REPORT_LANGS,
  REPORT_MODES,
  type Basis,
  type PeriodReport,
  type ReportBase,
  type ReportCases,
  type ReportExport,
  type ReportLang,
  type ReportSummary,
  type SignalEntry,
} from './report-types.js';

export * from './report-types.js';

// --- inputs --------------------------------------------------------------------------------

const municipality = z.string().trim().max(100).default('');

const periodShape = {
  from: isoDate,
  to: isoDate,
  /** '' = all municipalities. */
  municipality,
};

const periodOrder = <S extends z.ZodType<{ from: string; to: string }>>(s: S): S =>
  s.refine((p) => p.from <= p.to, { path: ['to'], error: 'v.period_order' });

export const PeriodInput = z.object(periodShape).strict();

export const ReportQuery = periodOrder(
  z
    .object({
      ...periodShape,
      mode: z.enum(REPORT_MODES).default('public'),
      lang: z.enum(REPORT_LANGS).default('nl'),
    })
    .strict(),
);
export type ReportQueryInput = z.input<typeof ReportQuery>;

export const ReportCasesInput = periodOrder(
  z
    .object({
      ...periodShape,
      figure: z.enum(FIGURE_KEYS),
      /** The row key as in ReportRow.key. */
      row: z.string().trim().min(1).max(200),
    })
    .strict(),
);

export const ReportExportInput = periodOrder(
  z
    .object({
      ...periodShape,
      format: z.enum(EXPORT_FORMATS),
      lang: z.enum(REPORT_LANGS).default('nl'),
    })
    .strict(),
);

export const MarkSignalInput = z
  .object({
    itemId: id,
    fit: z.boolean(),
    /** The wording for the report; '' or absent = the note as written. */
    text: z.string().trim().max(4000).default(''),
  })
  .strict();

export const SummaryInput = z
  .object({
    ...periodShape,
    text: z.string().trim().max(20_000).default(''),
  })
  .strict();

const caseIdsOf = (_i: unknown, r: { cases: { caseId: number }[] } | null) => r?.cases.map((c) => c.caseId) ?? [];
const signalCases = (_i: unknown, r: { caseId: number }[] | null) => [...new Set(r?.map((s) => s.caseId) ?? [])];

export const reportsApi = {
  /** The period report. mode 'internal' needs 'report.internal' (FORBIDDEN otherwise). */
  'reports.period': method<PeriodReport>()({
    input: ReportQuery,
    access: 'report.read',
    audit: { action: 'report.view', reads: true },
  }),
  /** The cases behind one row of one figure (team members): codes and initials; audited per case. */
  'reports.cases': method<ReportCases>()({
    input: ReportCasesInput,
    access: 'report.internal',
    audit: { action: 'report.cases', cases: caseIdsOf, reads: true },
  }),
  /** The report as a file, always suppressed (mode 'public'). */
  'reports.export': method<ReportExport>()({
    input: ReportExportInput,
    access: 'report.read',
    audit: { action: 'report.export', reads: true },
  }),
  /** The signalen recorded in meetings in the period, with their marks (internal text: team members). */
  'reports.signals': method<SignalEntry[]>()({
    input: periodOrder(z.object(periodShape).strict()),
    access: 'report.internal',
    audit: { action: 'report.signals', cases: signalCases },
  }),
  /** The voorzitter marks one signaal fit (or not) for the report, optionally with an anonymised wording. */
  'reports.markSignal': method<SignalEntry>()({
    input: MarkSignalInput,
    access: 'report.edit',
    audit: { action: 'report.signal.mark', cases: (_i: unknown, r: { caseId: number } | null) => [r?.caseId] },
  }),
  /** The written summary section for a period (and municipality, '' = all). */
  'reports.saveSummary': method<ReportSummary>()({
    input: periodOrder(SummaryInput),
    access: 'report.edit',
    audit: { action: 'report.summary' },
  }),
};

// --- the base sentence ----------------------------------------------------------------------

const BASE_WORDS: Record<ReportLang, Record<ReportBase, string>> = {
  nl: {
    referred_cases: 'aangemelde casussen',
    discussions: 'besprekingen',
    discussed_cases: 'besproken casussen',
    advised_cases: 'casussen met een vastgesteld advies',
    advice_items: 'adviespunten',
    closed_cases: 'afgesloten casussen',
    knelpunt_sub: 'afgesloten casussen met gevraagd aanbod ontbreekt',
    feedback_verwijzer: 'terugkoppelingen van verwijzers',
    feedback_gezin: 'terugkoppelingen van gezinnen',
    mixed: 'per regel',
  },
  en: {
    referred_cases: 'cases referred',
    discussions: 'discussions',
    discussed_cases: 'cases discussed',
    advised_cases: 'cases with an approved advice',
    advice_items: 'advice items',
    closed_cases: 'closed cases',
    knelpunt_sub: 'closed cases where the requested care is missing',
    feedback_verwijzer: 'feedback from referrers',
    feedback_gezin: 'feedback from families',
    mixed: 'per row',
  },
};

/**
 * The sentence under every table, the same in the dashboard, the PDF and the CSV:
 * "1 antwoord mogelijk, afgesloten casussen (N=74)" /
 * "meerdere antwoorden mogelijk, percentages van aangemelde casussen (N=120)".
 */
export function basisSentence(b: Basis, lang: ReportLang): string {
  const words = BASE_WORDS[lang][b.base];
  if (b.base === 'mixed') return lang === 'nl' ? 'aantallen per regel' : 'counts per row';
  const n = `(N=${b.n.display})`;
  if (lang === 'nl') {
    return b.answerMode === 'single'
      ? `1 antwoord mogelijk, ${words} ${n}`
      : `meerdere antwoorden mogelijk, percentages van ${words} ${n}`;
  }
  return b.answerMode === 'single' ? `1 answer possible, ${words} ${n}` : `several answers possible, percentages of ${words} ${n}`;
}

/** The line under a suppressed report. */
export const SUPPRESSION_NOTE: Record<ReportLang, string> = {
  nl: '‘<5’ betekent minder dan 5 (niet 0), ‘x’ verborgen, zodat een totaal een klein aantal niet verraadt.',
  en: '‘<5’ means fewer than 5 (not 0), ‘x’ hidden so that a total cannot reveal a small count.',
};
