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
 */
import { z } from '../zod.js';
import { isoDate } from '../domain/referral.js';
import { id, method } from './method.js';

export const REPORT_MODES = ['public', 'internal'] as const;
export type ReportMode = (typeof REPORT_MODES)[number];

export const EXPORT_FORMATS = ['pdf', 'csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const REPORT_LANGS = ['nl', 'en'] as const;
export type ReportLang = (typeof REPORT_LANGS)[number];

/** Smallest count shown as a number in mode 'public': non-zero counts below it show as "<5". */
export const SUPPRESS_BELOW = 5;

/**
 * Every figure of the report, in report order. The key identifies a table for the drill-down
 * (`reports.cases`) together with a row key.
 */
export const FIGURE_KEYS = [
  'totals',
  'referrals_per_month',
  'referrer_type',
  'age_group',
  'age_16_plus',
  'transition_18',
  'question_type',
  'problem_area_count',
  'problem_area',
  'problem_combination',
  'living_situation',
  'disruption_type',
  'disruption_count',
  'knelpunt',
  'achterliggend',
  'team_activity',
  'advice_weight',
  'response_state',
  'feedback_verwijzer',
  'feedback_gezin',
  'fitting_place',
  'lead_times',
] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];

/**
 * What a figure counts, and therefore its N:
 * - referred_cases: cases referred (aanmelddatum) in the period;
 * - discussions: agenda items discussed in a held meeting in the period (a case may count twice);
 * - discussed_cases: distinct cases discussed in the period;
 * - advised_cases: cases whose advice was first approved (vastgesteld) in the period;
 * - advice_items: the items of those advices (the version in force);
 * - closed_cases: cases closed (afgesloten) in the period;
 * - knelpunt_sub: closed cases whose meest bepalende knelpunt is 'gevraagd aanbod ontbreekt';
 * - feedback_verwijzer / feedback_gezin: usefulness scores recorded in the period, per source;
 * - mixed: the totals table (each row has its own base).
 */
export const REPORT_BASES = [
  'referred_cases',
  'discussions',
  'discussed_cases',
  'advised_cases',
  'advice_items',
  'closed_cases',
  'knelpunt_sub',
  'feedback_verwijzer',
  'feedback_gezin',
  'mixed',
] as const;
export type ReportBase = (typeof REPORT_BASES)[number];

/** 'single': 1 antwoord mogelijk (rows add up to N); 'multiple': meerdere antwoorden mogelijk (percentages of N may add up to more than 100 %). */
export type AnswerMode = 'single' | 'multiple';

/**
 * A count as it may be shown.
 * - hidden 'none': `n` exact, `display` = the number ("12").
 * - hidden 'small': a non-zero count below 5 (public mode): n null, display "<5".
 * - hidden 'secondary': hidden so that a total cannot reveal a small cell: n null, display "x".
 * - hidden 'withheld': the whole table is withheld (too few cases to show anything safely): n null, display "x".
 * `pct` is the percentage of the table's N (one decimal), null when the count is hidden or N is 0.
 * Zero is always shown as 0 (zero categories are listed, never left out).
 */
export interface Cell {
  n: number | null;
  display: string;
  pct: number | null;
  hidden: 'none' | 'small' | 'secondary' | 'withheld';
}

/**
 * The base and answer mode of a table, as data, so the dashboard, the PDF and the CSV print the
 * same sentence: `basisSentence(basis, lang)` -> "1 antwoord mogelijk, afgesloten casussen (N=74)".
 */
export interface Basis {
  answerMode: AnswerMode;
  base: ReportBase;
  /** N as a cell: in public mode a base below 5 shows as "<5". */
  n: Cell;
}

/** One row (category) of a table. `key` is the stable code (used by reports.cases), `label` in the requested language. */
export interface ReportRow {
  key: string;
  label: string;
  cell: Cell;
}

export type ReportSection = 'overzicht' | 'aanmeldingen' | 'bespreking' | 'advies' | 'afsluiting' | 'doorlooptijden';

/** How the dashboard and the PDF draw the table: bars per row, or just the table. */
export type ChartHint = 'bar' | 'column' | 'table';

export interface ReportTable {
  key: FigureKey;
  section: ReportSection;
  title: string;
  basis: Basis;
  /** Every category of the taxonomy, zero ones included, in taxonomy order (per month: every month of the period). */
  rows: ReportRow[];
  /** The sum of the rows when it means something (single answer); for verstoringen by number: the total of mentions. */
  total: { label: string; cell: Cell } | null;
  chart: ChartHint;
  /** Whether a row can be opened as a list of cases (reports.cases) by team members. */
  drillable: boolean;
  /** A short explanation under the table (e.g. how "Onduidelijk" is counted), in the requested language; '' when none. */
  note: string;
  /** Set on 'achterliggend': the row of 'knelpunt' it breaks down. */
  parent: { figure: FigureKey; row: string } | null;
}

/** Lead times in days: median and 90th percentile over the cases whose later step fell in the period. */
export interface LeadTimeRow {
  /** 'aanmelding_bespreking' | 'bespreking_advies' | 'advies_afsluiting' | 'aanmelding_afsluiting' */
  key: string;
  label: string;
  /** How many cases the figure is over (a cell: "<5" in public mode). */
  n: Cell;
  /** null when hidden (public mode, fewer than 5 cases) or no case. */
  medianDays: number | null;
  p90Days: number | null;
}

export interface LeadTimes {
  key: 'lead_times';
  section: 'doorlooptijden';
  title: string;
  rows: LeadTimeRow[];
  note: string;
}

export interface ReportSummary {
  text: string;
  updatedBy: string;
  /** ISO timestamp, '' when never written. */
  updatedAt: string;
}

/** The full period report. */
export interface PeriodReport {
  period: { from: string; to: string; municipality: string };
  mode: ReportMode;
  /** True in mode 'internal': exact counts, "voor intern gebruik", never exported. The UI marks the screen. */
  internal: boolean;
  lang: ReportLang;
  generatedAt: string;
  /** Every table in report order ('totals' first); the lead times are apart. */
  tables: ReportTable[];
  leadTimes: LeadTimes;
  /** Signalen from meetings in the period that the voorzitter marked fit, as text only (no codes, no dates). */
  signals: string[];
  /** The written summary section for this period and municipality. */
  summary: ReportSummary;
  /** How many of the counted cases come from archived facts (erased cases): they count, but cannot be listed. */
  archivedCases: number;
  /** Public mode: how many cells are hidden ("<5" or "x"). */
  hiddenCells: number;
  /** Every municipality with a case referred up to the period's end (live or archived), sorted: the filter's choices. */
  municipalities: string[];
}

/** A case behind a figure (drill-down): code and initials only. */
export interface ReportCaseRow {
  caseId: number;
  code: string;
  initials: string;
  status: string;
  referredOn: string;
}

/** At most this many cases are listed by reports.cases (the newest referrals first); `total` says how many there are. */
export const REPORT_CASES_LIMIT = 500;

export interface ReportCases {
  figure: FigureKey;
  row: string;
  /** Newest referral first, at most REPORT_CASES_LIMIT. */
  cases: ReportCaseRow[];
  /** Live cases in this row (may exceed cases.length). */
  total: number;
  /** Archived (erased) cases in this cell: counted, not listable. */
  archived: number;
}

/** A signaal recorded in deel 2 of a meeting, for the voorzitter to judge (internal: may hold names). */
export interface SignalEntry {
  itemId: number;
  meetingDate: string;
  caseId: number;
  caseCode: string;
  /** The note as written in the meeting. */
  noteText: string;
  fit: boolean;
  /** The wording that goes into the report when fit (the note, or the chair's anonymised version). */
  reportText: string;
  markedBy: string;
  markedAt: string;
}

export interface ReportExport {
  base64: string;
  /** e.g. 'rapportage_2026-01-01_2026-06-30.csv'; never a name. */
  fileName: string;
  mimeType: string;
  bytes: number;
}

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
    audit: { action: 'report.view' },
  }),
  /** The cases behind one row of one figure (team members): codes and initials; audited per case. */
  'reports.cases': method<ReportCases>()({
    input: ReportCasesInput,
    access: 'report.internal',
    audit: { action: 'report.cases', cases: caseIdsOf },
  }),
  /** The report as a file, always suppressed (mode 'public'). */
  'reports.export': method<ReportExport>()({
    input: ReportExportInput,
    access: 'report.read',
    audit: { action: 'report.export' },
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
