/** Reading import files: CSV with ';' or ',' and with or without BOM, quoted cells, XLSX cells. All data fictional. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { FileProblem, cellText, decodeBase64, detectSeparator, parseCsvText, parseFile } from '../../../electron/node/features/import/parse.js';

const bytes = (s: string) => Buffer.from(s, 'utf8');

async function problemOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    if (err instanceof FileProblem) return err.code;
    throw err;
  }
  return 'none';
}

describe('CSV', () => {
  it('reads a Dutch Excel file: ";" as separator, UTF-8 with BOM, CRLF', async () => {
    const sheet = await parseFile('csv', bytes('\uFEFFaanmelddatum;gemeente\r\n03-02-2024;Zuiderdam\r\n'));
    expect(sheet.header).toEqual(['aanmelddatum', 'gemeente']);
    expect(sheet.rows).toEqual([{ row: 2, cells: ['03-02-2024', 'Zuiderdam'] }]);
  });

  it('reads "," as separator and UTF-8 without BOM', async () => {
    const sheet = await parseFile('csv', bytes('aanmelddatum,gemeente\n03-02-2024,Oosterveld\n'));
    expect(sheet.header).toEqual(['aanmelddatum', 'gemeente']);
    expect(sheet.rows[0]!.cells).toEqual(['03-02-2024', 'Oosterveld']);
  });

  it('takes the separator the header uses most, ";" on a tie, ignoring quoted ones', () => {
    expect(detectSeparator('a;b;c\n1,2,3,4,5')).toBe(';');
    expect(detectSeparator('"a;b",c,d\n')).toBe(',');
    expect(detectSeparator('abc\n')).toBe(';');
  });

  it('keeps quoted separators, doubled quotes and line breaks inside a cell; counts records as rows', () => {
    const rows = parseCsvText('a;b\n"Autisme|Trauma";"zei ""ja"""\n"twee\nregels";x\n', ';');
    expect(rows).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 2, cells: ['Autisme|Trauma', 'zei "ja"'] },
      { row: 3, cells: ['twee\nregels', 'x'] },
    ]);
  });

  it('skips empty rows but keeps the row numbers a spreadsheet shows', async () => {
    const sheet = await parseFile('csv', bytes('a;b\n;\n1;2\n\n3;4'));
    expect(sheet.rows.map((r) => r.row)).toEqual([3, 5]);
  });

  it('refuses a file that is not UTF-8 (Windows-1252) with its own problem', async () => {
    const latin1 = Buffer.from([0x67, 0x65, 0x6d, 0x65, 0x65, 0x6e, 0x74, 0x65, 0x3b, 0x43, 0x6f, 0xf6, 0x72, 0x64, 0x0a]);
    expect(await problemOf(parseFile('csv', latin1))).toBe('file_encoding');
  });

  it('refuses an empty file and an empty base64 payload', async () => {
    expect(await problemOf(parseFile('csv', bytes('\uFEFF\r\n;;\r\n')))).toBe('file_empty');
    expect(await problemOf(Promise.resolve().then(() => decodeBase64('')))).toBe('file_empty');
  });
});

describe('XLSX', () => {
  it('reads the first sheet: date cells as JJJJ-MM-DD, numbers, rich text and formula results as text', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Blad1');
    ws.addRow(['aanmelddatum', 'gemeente', 'nummer', 'formule']);
    ws.addRow([new Date(Date.UTC(2024, 1, 3)), { richText: [{ text: 'Zuider' }, { text: 'dam' }] }, 42, { formula: '1+1', result: 2 }]);
    ws.addRow([]);
    ws.addRow([null, 'Oosterveld']);
    const sheet = await parseFile('xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(sheet.header).toEqual(['aanmelddatum', 'gemeente', 'nummer', 'formule']);
    expect(sheet.rows).toEqual([
      { row: 2, cells: ['2024-02-03', 'Zuiderdam', '42', '2'] },
      { row: 4, cells: ['', 'Oosterveld'] },
    ]);
  });

  it('says a broken workbook cannot be read', async () => {
    expect(await problemOf(parseFile('xlsx', bytes('dit is geen xlsx')))).toBe('file_unreadable');
  });

  it('turns every cell kind into text', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(new Date(Date.UTC(2023, 11, 31)))).toBe('2023-12-31');
    expect(cellText({ text: 'link', hyperlink: 'https://example.org' })).toBe('link');
    expect(cellText({ error: '#N/A' })).toBe('');
  });
});
