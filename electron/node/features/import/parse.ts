/**
 * Reading an import file into a table of text cells, in memory (never a
 * temporary file: the rows are personal data).
 *
 * CSV: UTF-8 with or without a byte-order mark, `;` (Dutch Excel) or `,` as the
 * separator (whichever the header row uses most), quotes after RFC 4180 (a
 * quoted cell may hold the separator, a doubled quote or a line break).
 * XLSX: the first worksheet, through exceljs; a date cell becomes JJJJ-MM-DD,
 * a number its plain digits, rich text and formulas their text or result.
 * Rows whose cells are all empty are skipped; row numbers are those a
 * spreadsheet shows (the header is row 1).
 */
import type { ImportFormat, ImportProblemCode } from '../../../../shared/api/import.js';
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from '../../../../shared/api/import.js';

export interface SheetRow {
  /** The row number as a spreadsheet shows it. */
  row: number;
  cells: string[];
}

export interface Sheet {
  header: string[];
  rows: SheetRow[];
}

/** The file cannot be read at all; one problem for the whole file. */
export class FileProblem extends Error {
  constructor(
    readonly code: ImportProblemCode,
    readonly max?: number,
  ) {
    super(code);
    this.name = 'FileProblem';
  }
}

export function decodeBase64(data: string): Buffer {
  const bytes = Buffer.from(data, 'base64');
  if (bytes.length === 0) throw new FileProblem('file_empty');
  if (bytes.length > IMPORT_MAX_BYTES) throw new FileProblem('file_too_big', IMPORT_MAX_BYTES);
  return bytes;
}

export async function parseFile(format: ImportFormat, bytes: Buffer): Promise<Sheet> {
  const table = format === 'csv' ? parseCsv(bytes) : await parseXlsx(bytes);
  const nonEmpty = table.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const [head, ...rows] = nonEmpty;
  if (!head) throw new FileProblem('file_empty');
  if (rows.length > IMPORT_MAX_ROWS) throw new FileProblem('too_many_rows', IMPORT_MAX_ROWS);
  return { header: head.cells.map((c) => c.trim()), rows };
}

// ---- CSV ----

const BOM = '\uFEFF';

export function decodeUtf8(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Typically a file saved as "CSV (gescheiden door lijstscheidingsteken)" in Windows-1252.
    throw new FileProblem('file_encoding');
  }
  return text.startsWith(BOM) ? text.slice(1) : text;
}

/** The separator the header row (up to the first line break outside quotes) uses most; `;` on a tie. */
export function detectSeparator(text: string): ';' | ',' {
  let semi = 0;
  let comma = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ';') semi += 1;
    else if (!quoted && ch === ',') comma += 1;
  }
  return comma > semi ? ',' : ';';
}

/** RFC 4180 records; each record's number counts records, as a spreadsheet shows them as rows. */
export function parseCsvText(text: string, sep: ';' | ','): SheetRow[] {
  const out: SheetRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const endCell = () => {
    cells.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    out.push({ row: out.length + 1, cells });
    cells = [];
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        cell += ch;
      }
      i += 1;
      continue;
    }
    if (ch === '"' && cell.trim() === '') {
      cell = '';
      quoted = true;
    } else if (ch === sep) {
      endCell();
    } else if (ch === '\r' || ch === '\n') {
      endRow();
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
    } else {
      cell += ch;
    }
    i += 1;
  }
  if (cell !== '' || cells.length > 0) endRow();
  return out;
}

export function parseCsv(bytes: Uint8Array): SheetRow[] {
  const text = decodeUtf8(bytes);
  return parseCsvText(text, detectSeparator(text));
}

// ---- XLSX ----

const pad = (n: number) => String(n).padStart(2, '0');

/** A cell's value as text. Dates as JJJJ-MM-DD (exceljs gives them as UTC midnight). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: unknown };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellText(v.result);
    if (typeof v.text === 'string') return v.text;
    if (v.error !== undefined) return '';
  }
  return '';
}

export async function parseXlsx(bytes: Buffer): Promise<SheetRow[]> {
  // Loaded on first use: the library is large and most sessions never import.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's Buffer type predates @types/node's generic Buffer.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new FileProblem('file_unreadable');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new FileProblem('file_empty');
  const out: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellText(cell.value);
    });
    for (let c = 0; c < cells.length; c += 1) cells[c] ??= '';
    out.push({ row: rowNumber, cells });
  });
  return out;
}
