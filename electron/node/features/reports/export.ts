/**
 * The report as a file: always the public (suppressed) report; rendered in memory in the backend
 * worker, no temporary files. The file name holds the period (and municipality), never a name.
 */
import type { ExportFormat, ReportExport, ReportLang } from '../../../../shared/api/reports.js';
import type { ReadDb } from '../../db/database.js';
import { getLetterhead } from '../letters/letters.sql.js';
import { reportCsv } from './csv.js';
import { renderReportPdf } from './pdf/render.js';
import { periodReport } from './report.js';
import { reportXlsx } from './xlsx.js';

export interface ExportRequest {
  from: string;
  to: string;
  municipality: string;
  format: ExportFormat;
  lang: ReportLang;
}

const MIME: Record<ExportFormat, string> = {
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** 'rapportage_2026-01-01_2026-06-30[_gemeente].csv' with the municipality reduced to safe characters. */
export function exportFileName(q: { from: string; to: string; municipality: string; format: ExportFormat; lang: ReportLang }): string {
  const place = q.municipality
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${q.lang === 'nl' ? 'rapportage' : 'report'}_${q.from}_${q.to}${place ? `_${place}` : ''}.${q.format}`;
}

/** The bytes of the export. */
export async function exportBytes(db: ReadDb, q: ExportRequest, now: string, key: object | null = null): Promise<Buffer> {
  const report = periodReport(db, { ...q, mode: 'public' }, now, key);
  if (q.format === 'csv') return reportCsv(report);
  if (q.format === 'xlsx') return reportXlsx(report);
  return renderReportPdf(report, getLetterhead(db));
}

export async function renderExport(db: ReadDb, q: ExportRequest, now: string, key: object | null = null): Promise<ReportExport> {
  const bytes = await exportBytes(db, q, now, key);
  return { base64: bytes.toString('base64'), fileName: exportFileName(q), mimeType: MIME[q.format], bytes: bytes.length };
}
