/**
 * Import of a team's existing registrations (issue 11, point 6): one row per
 * historical case, in a CSV or XLSX file with the documented columns (README,
 * "Importeren"). `import.check` is the dry run: per row what would be created and
 * every problem, by row and column, as codes with parameters (the UI translates).
 * `import.run` writes the cases, all or nothing, in the dispatcher's transaction.
 */
import { z } from '../zod.js';
import type { CaseStatus } from '../domain/status.js';
import { method } from './method.js';

export const IMPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Largest file accepted (the bridge carries at most 2 MB per call, base64 included). */
export const IMPORT_MAX_BYTES = 1_000_000;
/** Most data rows in one file. */
export const IMPORT_MAX_ROWS = 5_000;

/** The documented columns, by their header as written in the file (README, "Importeren"). */
export const IMPORT_COLUMNS = [
  'aanmelddatum',
  'geboortedatum',
  'gemeente',
  'aanmelder type',
  'type hulpvraag',
  'probleemgebieden',
  'verblijfssituatie',
  'verstoringen',
  'datum bespreking',
  'datum advies',
  'gewicht advies',
  'wat het team deed',
  'afsluitdatum',
  'reden afsluiting',
  'uitkomst',
  'verblijfssituatie na afsluiting',
  'meest bepalende knelpunt',
  'achterliggend knelpunt',
  'naam',
  'voornaam',
  'achternaam',
  'initialen',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** The columns every row must fill in; every other column may be left out or left empty. */
export const IMPORT_REQUIRED_COLUMNS: readonly ImportColumn[] = ['aanmelddatum', 'geboortedatum', 'gemeente'];

/**
 * What can be wrong, per row and column (row 1 is the header row; a problem with
 * the file as a whole has row 0 and column ''). Parameters: `value` (the text as
 * found, for unknown labels and dates), `max` (a length), `other` (the column a
 * date must not precede or follow), `header` (an unrecognised header).
 */
export const IMPORT_PROBLEM_CODES = [
  'file_unreadable',
  'file_encoding',
  'file_empty',
  'file_too_big',
  'too_many_rows',
  'column_missing',
  'column_unknown',
  'column_duplicate',
  'required',
  'too_long',
  'date_invalid',
  'date_future',
  'date_before',
  'birth_too_old',
  'label_unknown',
  'needs_closure',
  'needs_advice',
  'needs_discussion',
  'outcome_required',
  'achterliggend_required',
  'achterliggend_not_applicable',
] as const;
export type ImportProblemCode = (typeof IMPORT_PROBLEM_CODES)[number];

export interface ImportProblem {
  row: number;
  column: string;
  code: ImportProblemCode;
  params: { value?: string; max?: number; other?: string };
}

/** What a valid row would become: no names, only initials (or '' when the file has none). */
export interface ImportRowPreview {
  row: number;
  /** The case code it would get (JJJJ-NNN, numbered on from the existing cases of that year). */
  code: string;
  initials: string;
  referredOn: string;
  municipality: string;
  status: CaseStatus;
  problemAreas: number;
  disruptions: number;
  discussedOn: string;
  adviceOn: string;
  closedOn: string;
}

export interface ImportCheck {
  format: ImportFormat;
  /** Data rows (the header and empty rows not counted). */
  rows: number;
  /** True when there is no problem at all: the real run would create `preview.length` cases. */
  ok: boolean;
  problems: ImportProblem[];
  /** Rows without a problem of their own, in file order. */
  preview: ImportRowPreview[];
}

export interface ImportResult {
  /** When the import ran (ISO): its audit records and every case's 'geimporteerd' event carry this time. */
  at: string;
  created: number;
  caseIds: number[];
  /** First and last code created (empty when nothing was created). */
  firstCode: string;
  lastCode: string;
}

/** The file as base64; its bytes are read in the backend, in memory (no temporary file). */
export const ImportFileInput = z
  .object({
    format: z.enum(IMPORT_FORMATS),
    data: z
      .string()
      .min(1, { error: 'v.required' })
      .max(Math.ceil((IMPORT_MAX_BYTES * 4) / 3) + 8, { error: 'v.import_too_big' }),
  })
  .strict();

export const importApi = {
  'import.check': method<ImportCheck>()({
    input: ImportFileInput,
    access: 'import.run',
    audit: { action: 'import.check' },
  }),
  'import.run': method<ImportResult>()({
    input: ImportFileInput,
    access: 'import.run',
    // One record per created case (the import's own record, with its counts, is written by the handler).
    audit: { action: 'import.case', cases: (_i: unknown, r: ImportResult | null) => r?.caseIds ?? [] },
  }),
};
