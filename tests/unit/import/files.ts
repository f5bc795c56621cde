/** Import files for the tests, built in memory. Every name and place here is fictional. */
import ExcelJS from 'exceljs';

export const HEADER = [
  'aanmelddatum',
  'geboortedatum',
  'gemeente',
  'aanmelder type',
  'type hulpvraag',
  'probleemgebieden',
  'verblijfssituatie',
  'verstoringen',
  'datum advies',
  'wat het team deed',
  'afsluitdatum',
  'uitkomst',
  'meest bepalende knelpunt',
  'achterliggend knelpunt',
  'initialen',
] as const;

export type Row = Partial<Record<(typeof HEADER)[number] | string, string>>;

/** A closed case with an advice and every column filled. */
export const CLOSED: Row = {
  aanmelddatum: '03-02-2024',
  geboortedatum: '14-03-2010',
  gemeente: 'Zuiderdam',
  'aanmelder type': 'Lokale toegang/wijkteam',
  'type hulpvraag': 'Zoeken naar aanbod: verblijf',
  probleemgebieden: 'Autisme|Trauma|Agressie',
  verblijfssituatie: 'Thuis',
  verstoringen: 'Organisatorisch|Wettelijk',
  'datum advies': '2024-03-12',
  'wat het team deed': 'Advies|Procesregie',
  afsluitdatum: '15-07-2024',
  uitkomst: 'Ja',
  'meest bepalende knelpunt': 'Gevraagd aanbod ontbreekt',
  'achterliggend knelpunt': 'Wachtlijst',
  initialen: 'F.Z.',
};

/** An open case: referred, nothing else yet. */
export const OPEN: Row = {
  aanmelddatum: '10-01-2025',
  geboortedatum: '01-09-2012',
  gemeente: 'Oosterveld',
  'aanmelder type': 'Huisarts',
  probleemgebieden: 'Depressie',
};

const quote = (v: string, sep: string) => (v.includes(sep) || v.includes('"') || v.includes('\n') ? `"${v.replaceAll('"', '""')}"` : v);

export function csv(rows: Row[], opts: { sep?: ';' | ','; bom?: boolean; header?: readonly string[] } = {}): string {
  const sep = opts.sep ?? ';';
  const header = opts.header ?? HEADER;
  const lines = [header.join(sep), ...rows.map((r) => header.map((h) => quote(r[h] ?? '', sep)).join(sep))];
  return `${opts.bom === false ? '' : '\uFEFF'}${lines.join('\r\n')}\r\n`;
}

export const csvBase64 = (rows: Row[], opts: Parameters<typeof csv>[1] = {}) => Buffer.from(csv(rows, opts), 'utf8').toString('base64');

/** An XLSX workbook; existing dd-mm-jjjj dates as real date cells, unless `datesAsText`. */
export async function xlsxBase64(rows: Row[], opts: { header?: readonly string[]; datesAsText?: boolean } = {}): Promise<string> {
  const header = opts.header ?? HEADER;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Registratie');
  ws.addRow([...header]);
  for (const r of rows) {
    ws.addRow(
      header.map((h) => {
        const v = r[h] ?? '';
        const m = /^(\d{2})-(\d{2})-(\d{4})$/.exec(v);
        const d = m ? new Date(Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1]))) : null;
        // An impossible date cannot be a date cell: a spreadsheet keeps it as text.
        if (d && !opts.datesAsText && d.getUTCDate() === Number(m![1])) return d;
        return v === '' ? null : v;
      }),
    );
  }
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}
