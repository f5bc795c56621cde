/**
 * The report as an Excel workbook (exceljs), written in memory (no temporary files): one sheet
 * with the same lines as the CSV; counts and days as numbers, percentages as numbers with one
 * decimal, hidden cells as the text "<5" or "x".
 */
import type { PeriodReport } from '../../../../shared/api/reports.js';
import { rt } from './labels.js';
import { reportLines } from './sheet.js';

export async function reportXlsx(r: PeriodReport): Promise<Buffer> {
  // Loaded on first use: a large library only the export needs.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Adviestafel';
  wb.created = new Date(r.generatedAt);
  wb.modified = wb.created;
  const ws = wb.addWorksheet(rt(r.lang, 'title.report'));
  ws.columns = [{ width: 62 }, { width: 14 }, { width: 14 }, { width: 14 }];
  for (const line of reportLines(r)) {
    const row = ws.addRow(line.cells.map((c) => (c === '' ? null : c)));
    if (line.kind === 'title') row.font = { bold: true, size: 14 };
    if (line.kind === 'heading') row.font = { bold: true, size: 12 };
    if (line.kind === 'header') row.font = { bold: true };
    for (const col of line.pctColumns ?? []) {
      const cell = row.getCell(col + 1);
      if (typeof cell.value === 'number') cell.numFmt = '0.0';
    }
    if (line.kind === 'data') for (let c = 2; c <= line.cells.length; c++) row.getCell(c).alignment = { horizontal: 'right' };
  }
  const out = await wb.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}
