/**
 * CSV that Dutch Excel opens as it should: UTF-8 with a byte-order mark (else Excel reads
 * Windows-1252), ';' between fields (the list separator of a Dutch Windows), CRLF line ends and
 * a decimal comma (12,5). Fields with ';', '"' or a line break are quoted, quotes doubled. A text
 * that starts with = + - or @ gets a leading apostrophe, so Excel never runs it as a formula
 * (the summary and signalen are typed by people).
 */
import type { PeriodReport } from '../../../../shared/api/reports.js';
import { reportLines, type SheetValue } from './sheet.js';

export const BOM = '\uFEFF';

function field(v: SheetValue, lang: PeriodReport['lang']): string {
  if (typeof v === 'number') return lang === 'nl' ? String(v).replace('.', ',') : String(v);
  const text = /^[=+\-@]/.test(v) && !/^-?\d/.test(v) ? `'${v}` : v;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function reportCsvText(r: PeriodReport): string {
  return BOM + reportLines(r).map((l) => l.cells.map((c) => field(c, r.lang)).join(';')).join('\r\n') + '\r\n';
}

export const reportCsv = (r: PeriodReport): Buffer => Buffer.from(reportCsvText(r), 'utf8');
