/**
 * The exports: CSV for Dutch Excel (BOM, ';', CRLF, decimal comma) read back and compared with
 * the report, XLSX read back with exceljs, the PDF's text; all suppressed, none with a name.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { basisSentence, type PeriodReport } from '../../../shared/api/reports.js';
import { unlockedBackend } from '../helpers.js';
import { flat, pdfText } from '../letters/pdf-text.js';
import { FROM, TO, writeDataset } from './fixture.js';

async function setup() {
  const b = await unlockedBackend();
  const session = b.vault.requireSession();
  writeDataset(session.db, session.user.id);
  await b.dispatcher.call('letters.saveLetterhead', { teamName: 'Expertteam Zuiderdam' });
  await b.dispatcher.call('reports.saveSummary', { from: FROM, to: TO, text: 'Samenvatting; met "aanhalingstekens"\nen een tweede regel.' });
  const report = await b.dispatcher.call('reports.period', { from: FROM, to: TO });
  const file = (format: 'csv' | 'xlsx' | 'pdf') => b.dispatcher.call('reports.export', { from: FROM, to: TO, format });
  return { b, report, file };
}

/** RFC 4180 with ';': quoted fields may hold ';', '""' and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

/** The rows of one table in the CSV: from its title to its base line. */
function csvTable(rows: string[][], title: string): string[][] {
  const start = rows.findIndex((r) => r[0] === title);
  const end = rows.findIndex((r, i) => i > start && r[0] === 'Basis');
  return rows.slice(start + 2, end);
}

const expected = (r: PeriodReport, key: string) => {
  const t = r.tables.find((x) => x.key === key)!;
  return [
    ...t.rows.map((x) => [x.label, x.cell.display, x.cell.pct === null ? '' : String(x.cell.pct).replace('.', ',')]),
    ...(t.total ? [[t.total.label, t.total.cell.display]] : []),
  ];
};

describe('report exports', () => {
  it('CSV: BOM, semicolons, CRLF, decimal comma; read back it holds the report as shown', async () => {
    const { report, file } = await setup();
    const out = await file('csv');
    expect(out).toMatchObject({ fileName: 'rapportage_2026-01-01_2026-06-30.csv', mimeType: 'text/csv; charset=utf-8' });
    const bytes = Buffer.from(out.base64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.replace(/"[^"]*"/g, '').includes('\n') && !/[^\r]\n/.test(text.replace(/"[^"]*"/g, ''))).toBe(true);
    const rows = parseCsv(text);
    expect(rows[0]).toEqual(['Rapportage']);
    expect(rows[1]).toEqual(['Periode', '01-01-2026 – 30-06-2026']);
    expect(rows).toContainEqual(['Samenvatting; met "aanhalingstekens"\nen een tweede regel.']);
    for (const key of ['referrer_type', 'living_situation', 'team_activity', 'knelpunt', 'referrals_per_month']) {
      const t = report.tables.find((x) => x.key === key)!;
      expect(csvTable(rows, t.title)).toEqual(expected(report, key));
      expect(rows).toContainEqual(['Basis', basisSentence(t.basis, 'nl')]);
    }
    expect(csvTable(rows, 'Aanmeldingen per type aanmelder')).toContainEqual(['Lokale toegang/wijkteam', '6', '50']);
    expect(csvTable(rows, 'Verblijfssituatie bij aanmelding')).toContainEqual(['Pleeggezin', '5', '41,7']);
    expect(text).not.toMatch(/Jeugdige|Testvoorbeeld|T-1\b/);
  });

  it('XLSX: the same lines, counts as numbers, hidden cells as text, written in memory', async () => {
    const { report, file } = await setup();
    const out = await file('xlsx');
    expect(out.fileName).toBe('rapportage_2026-01-01_2026-06-30.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(out.base64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const values: unknown[][] = [];
    ws.eachRow((row) => values.push([...(row.values as unknown[])].slice(1).map((v) => v ?? null).filter((v, i, a) => a.slice(i).some((x) => x !== null))));
    expect(values).toContainEqual(['Lokale toegang/wijkteam', 6, 50]);
    expect(values).toContainEqual(['Huisarts', '<5']);
    const title = report.tables.find((t) => t.key === 'age_group')!.title;
    const at = values.findIndex((v) => v[0] === title);
    expect(values.slice(at + 2, at + 6)).toEqual([['0–4 jaar', 0, 0], ['5–12 jaar', '<5'], ['13–17 jaar', 'x'], ['18–23 jaar', 0, 0]]);
  });

  it('PDF: letterhead, tables with their base and answer mode, the summary; no names', async () => {
    const { file } = await setup();
    const out = await file('pdf');
    expect(out.fileName).toBe('rapportage_2026-01-01_2026-06-30.pdf');
    const text = await pdfText(Buffer.from(out.base64, 'base64'));
    const all = flat(text.all);
    expect(text.title).toBe('Rapportage 01-01-2026 – 30-06-2026');
    expect(all).toContain('Expertteam Zuiderdam');
    expect(all).toContain('Samenvatting; met "aanhalingstekens"');
    expect(all).toContain('Meest bepalende knelpunt');
    expect(all).toContain('meerdere antwoorden mogelijk, percentages van casussen met een vastgesteld advies (N=5)');
    expect(all).toContain('1 antwoord mogelijk, aangemelde casussen (N=12)');
    expect(all).toContain('Lokale toegang/wijkteam 6 50 %');
    expect(all).toMatch(/pagina 1 van \d/);
    expect(all).not.toMatch(/Jeugdige|Testvoorbeeld|T-1\b/);
  });
});
