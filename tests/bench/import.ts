/**
 * Import figures for `npm run bench`, on a vault of their own (so the other figures keep their
 * 10,000 cases): a file of 1,000 fictional rows, every column used, a mix of open, discussed,
 * advised and closed cases, through the dispatcher as the settings screen and the CLI call it.
 * - import_1k_rows_ms: the real run of the CSV file (read, check, write 1,000 cases with their
 *   referral, search index, advice, outcome and timeline, audit), median of 3 (budget 2,000);
 * - import_check_1k_rows_ms: the dry run of the same file, median of 3;
 * - import_1k_rows_xlsx_ms: the real run of the same rows as XLSX (first XLSX read in the process).
 * `npx tsx tests/bench/import.ts` runs just these.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../../electron/node/app.js';
import { IMPORT_COLUMNS } from '../../shared/api/import.js';
import { type Metric, median, timed } from './measure.js';

const ROWS = 1_000;
const PASSPHRASE = 'benchmark wachtzin voor een tijdelijke kluis';

const pick = <T>(xs: readonly T[], i: number): T => xs[i % xs.length]!;
const dd = (y: number, m: number, d: number) => `${String(d).padStart(2, '0')}-${String(m).padStart(2, '0')}-${y}`;

const AREAS = ['Autisme', 'Trauma', 'Agressie', 'Depressie', 'LVB / lagere intelligentie', 'Gezins- en opvoedproblematiek', 'Verslaving'];
const REFERRERS = ['Lokale toegang/wijkteam', 'Gecertificeerde instelling (GI)', 'Huisarts', 'Zorgaanbieder', 'Ouders/jeugdige zelf'];
const QUESTIONS = ['Zoeken naar aanbod: behandeling', 'Zoeken naar aanbod: verblijf', 'Meedenken over maatwerk', 'Coördinatie'];
const LIVING = ['Thuis', 'Pleeggezin', 'Gezinshuis', 'Residentieel'];
const DISRUPTIONS = ['Organisatorisch', 'Wettelijk', 'Inhoudelijk (geen passend aanbod)', 'Verstoorde werkrelaties'];
const ACTIVITIES = ['Consultatie', 'Advies', 'Partijen bij elkaar brengen', 'Procesregie', 'Maatwerk organiseren'];
const PLACES = ['Zuiderdam', 'Oosterveld', 'Noordhaven', 'Westerbroek', 'Middelwijk'];
const KNELPUNTEN: [string, string][] = [
  ['Gevraagd aanbod ontbreekt', 'Wachtlijst'],
  ['Visieverschil tussen betrokkenen', ''],
  ['Financiering', ''],
  ['Gevraagd aanbod ontbreekt', 'Aanbod bestaat niet'],
  ['Samenwerking', ''],
];

/** 1,000 fictional rows, deterministic: every fourth open, the rest discussed, advised and most closed. */
export function benchRows(n = ROWS): Record<string, string>[] {
  return Array.from({ length: n }, (_, i) => {
    const year = 2021 + (i % 4);
    const month = 1 + (i % 9);
    const day = 1 + (i % 20);
    const stage = i % 4; // 0 open, 1 advised, 2-3 closed
    const [knelpunt, sub] = pick(KNELPUNTEN, i);
    return {
      aanmelddatum: dd(year, month, day),
      geboortedatum: dd(year - 6 - (i % 12), 1 + (i % 12), 1 + (i % 27)),
      gemeente: pick(PLACES, i),
      'aanmelder type': pick(REFERRERS, i),
      'type hulpvraag': pick(QUESTIONS, i),
      probleemgebieden: [pick(AREAS, i), pick(AREAS, i + 3)].join('|'),
      verblijfssituatie: pick(LIVING, i),
      verstoringen: stage === 0 ? '' : [pick(DISRUPTIONS, i), pick(DISRUPTIONS, i + 1)].join('|'),
      'datum bespreking': stage === 0 ? '' : dd(year, month + 1, day),
      'datum advies': stage === 0 ? '' : dd(year, month + 1, day + 5),
      'gewicht advies': stage === 0 ? '' : pick(['Advies', 'Zwaarwegend advies', 'Bindend advies'], i),
      'wat het team deed': stage === 0 ? '' : [pick(ACTIVITIES, i), pick(ACTIVITIES, i + 2)].join('|'),
      afsluitdatum: stage < 2 ? '' : dd(year, month + 3, day),
      'reden afsluiting': stage < 2 ? '' : pick(['Passende plek bereikt', 'Teruggelegd bij lokale toegang', 'Doorgeleid'], i),
      uitkomst: stage < 2 ? '' : pick(['Ja', 'Deels', 'Nee'], i),
      'verblijfssituatie na afsluiting': stage < 2 ? '' : pick(LIVING, i + 1),
      'meest bepalende knelpunt': stage < 2 ? '' : knelpunt,
      'achterliggend knelpunt': stage < 2 ? '' : sub,
      initialen: `${pick(['A', 'B', 'D', 'F', 'J', 'L', 'N', 'S'], i)}.${pick(['K', 'V', 'Z', 'H', 'B'], i + 1)}.`,
    };
  });
}

const header = IMPORT_COLUMNS.filter((c) => c !== 'naam' && c !== 'voornaam' && c !== 'achternaam');

export function benchCsv(rows = benchRows()): string {
  const cell = (v: string) => (/[;"\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  return `\uFEFF${[header.join(';'), ...rows.map((r) => header.map((h) => cell(r[h] ?? '')).join(';'))].join('\r\n')}\r\n`;
}

export async function benchXlsx(rows = benchRows()): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Registratie');
  ws.addRow(header);
  for (const r of rows) ws.addRow(header.map((h) => r[h] ?? ''));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function benchImport(progress: (msg: string) => void): Promise<Metric[]> {
  progress(`import: ${ROWS} rijen (CSV en XLSX) in een eigen kluis...`);
  const dir = mkdtempSync(join(tmpdir(), 'adviestafel-bench-import-'));
  const b = createBackend({ dataDir: dir, logN: 10, device: 'bench' });
  try {
    await b.dispatcher.call('vault.create', { teamName: 'Benchmark', userName: 'Beheerder Bench', passphrase: PASSPHRASE });
    const csv = { format: 'csv' as const, data: Buffer.from(benchCsv(), 'utf8').toString('base64') };
    const xlsx = { format: 'xlsx' as const, data: (await benchXlsx()).toString('base64') };
    const first = await b.dispatcher.call('import.check', csv);
    if (!first.ok || first.preview.length !== ROWS) throw new Error(`bench file has problems: ${JSON.stringify(first.problems.slice(0, 3))}`);
    const checks: number[] = [];
    for (let i = 0; i < 3; i++) checks.push(await timed(() => b.dispatcher.call('import.check', csv)));
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) runs.push(await timed(() => b.dispatcher.call('import.run', csv)));
    const xlsxMs = await timed(() => b.dispatcher.call('import.run', xlsx));
    const cases = b.vault.requireSession().db.prepare('SELECT count(*) FROM cases').pluck().get() as number;
    if (cases !== 4 * ROWS) throw new Error(`expected ${4 * ROWS} cases, found ${cases}`);
    return [
      { metric: 'import_1k_rows_ms', value: median(runs), unit: 'ms', budget: 2000, note: `import.run CSV via dispatcher, ${ROWS} cases written, median of 3` },
      { metric: 'import_check_1k_rows_ms', value: median(checks), unit: 'ms', note: 'import.check (dry run) of the same file, median of 3' },
      { metric: 'import_1k_rows_xlsx_ms', value: xlsxMs, unit: 'ms', note: 'import.run of the same rows as XLSX (first XLSX read)' },
    ];
  } finally {
    b.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

// Standalone: `npx tsx tests/bench/import.ts` prints the figures.
if (process.argv[1]?.endsWith('import.ts')) {
  void benchImport((m) => process.stderr.write(`[bench] ${m}\n`)).then((ms) => {
    for (const m of ms) process.stdout.write(`${m.metric} ${m.value.toFixed(0)} ${m.unit}${m.budget ? ` (budget ${m.budget})` : ''} ${m.note ?? ''}\n`);
  });
}
