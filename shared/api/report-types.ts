/**
 * Result and data types of the reports contract (shared/api/reports.ts): the modes, export
 * formats and languages, the figure keys and bases, the suppressed cell, the period report,
 * the drill-down, the signalen and the export file. No personal data in any of them
 * (see the privacy note in reports.ts).
 */

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
