/** import.check (dry run) and import.run through the dispatcher: good and bad files, CSV and XLSX, all or nothing, audit, permission. */
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors.js';
import type { Backend } from '../../../electron/node/app.js';
import { PASS, unlockedBackend } from '../helpers.js';
import { CLOSED, OPEN, csvBase64, xlsxBase64, type Row } from './files.js';

const db = (b: Backend) => b.vault.requireSession().db;
const count = (b: Backend, sql: string, ...params: unknown[]) => db(b).prepare(sql).pluck().get(...params) as number;

async function failure(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected the call to fail');
}

const BAD: Row[] = [CLOSED, { ...OPEN, 'aanmelder type': 'Buurtteam' }, { ...CLOSED, afsluitdatum: '31-06-2024' }];

describe('dry run (import.check)', () => {
  it('shows per row what would be created and writes no case', async () => {
    const b = await unlockedBackend();
    const check = await b.dispatcher.call('import.check', { format: 'csv', data: csvBase64([CLOSED, OPEN]) });
    expect(check).toMatchObject({ format: 'csv', rows: 2, ok: true, problems: [] });
    expect(check.preview).toEqual([
      {
        row: 2,
        code: '2024-001',
        initials: 'F.Z.',
        referredOn: '2024-02-03',
        municipality: 'Zuiderdam',
        status: 'afgesloten',
        problemAreas: 3,
        disruptions: 2,
        discussedOn: '2024-03-12',
        adviceOn: '2024-03-12',
        closedOn: '2024-07-15',
      },
      expect.objectContaining({ row: 3, code: '2025-001', initials: '', status: 'aangemeld', adviceOn: '', closedOn: '' }),
    ]);
    expect(count(b, 'SELECT count(*) FROM cases')).toBe(0);
    expect(count(b, `SELECT count(*) FROM audit_log WHERE action = 'import.check' AND outcome = 'ok'`)).toBe(1);
  });

  it('lists every problem of a bad file by row and column, in CSV and XLSX alike', async () => {
    const b = await unlockedBackend();
    const expected = [
      { row: 3, column: 'aanmelder type', code: 'label_unknown', params: { value: 'Buurtteam' } },
      { row: 4, column: 'afsluitdatum', code: 'date_invalid', params: { value: '31-06-2024' } },
    ];
    const fromCsv = await b.dispatcher.call('import.check', { format: 'csv', data: csvBase64(BAD, { sep: ',', bom: false }) });
    expect(fromCsv.ok).toBe(false);
    expect(fromCsv.problems).toEqual(expected);
    expect(fromCsv.preview.map((p) => p.row)).toEqual([2]);
    const fromXlsx = await b.dispatcher.call('import.check', { format: 'xlsx', data: await xlsxBase64(BAD) });
    expect(fromXlsx.problems).toEqual(expected);
  });

  it('says which file problem stops it: wrong encoding, no rows, unreadable workbook', async () => {
    const b = await unlockedBackend();
    const latin1 = Buffer.from('aanmelddatum;gemeente\n03-02-2024;G\xf6rinchem\n', 'latin1').toString('base64');
    const checks = await Promise.all([
      b.dispatcher.call('import.check', { format: 'csv', data: latin1 }),
      b.dispatcher.call('import.check', { format: 'csv', data: csvBase64([]) }),
      b.dispatcher.call('import.check', { format: 'xlsx', data: csvBase64([OPEN]) }),
    ]);
    expect(checks.map((c) => c.problems.map((p) => `${p.row}:${p.code}`))).toEqual([['0:file_encoding'], ['0:file_empty'], ['0:file_unreadable']]);
  });
});

describe('real run (import.run)', () => {
  it('creates real cases in the app’s tables, marked as imported, with every column where the app keeps it', async () => {
    const b = await unlockedBackend();
    const result = await b.dispatcher.call('import.run', { format: 'csv', data: csvBase64([CLOSED, OPEN]) });
    expect(result).toMatchObject({ created: 2, firstCode: '2024-001', lastCode: '2025-001' });
    const [closedId, openId] = result.caseIds as [number, number];

    const file = await b.dispatcher.call('cases.get', { caseId: closedId });
    expect(file).toMatchObject({ code: '2024-001', status: 'afgesloten', referredOn: '2024-02-03' });
    expect(file.referral.youth).toMatchObject({ firstName: 'F.', lastName: 'Z.', birthDate: '2010-03-14', municipality: 'Zuiderdam', livingSituation: 'thuis' });
    expect(file.referral).toMatchObject({ referrer: { type: 'lokale_toegang' }, questionTypes: ['aanbod_verblijf'], problemAreas: ['autisme', 'trauma', 'agressie'] });
    expect(file.events.map((e) => [e.kind, e.at.slice(0, 10), e.toStatus])).toEqual([
      ['geimporteerd', result.at.slice(0, 10), null],
      ['status', '2024-07-15', 'afgesloten'],
      ['afgesloten_met_uitkomst', '2024-07-15', null],
      ['status', '2024-03-12', 'advies_vastgesteld'],
      ['advies_vastgesteld', '2024-03-12', null],
      ['status', '2024-03-12', 'besproken'],
      ['aangemeld', '2024-02-03', 'aangemeld'],
    ]);

    const advice = await b.dispatcher.call('advice.get', { caseId: closedId });
    expect(advice.approved).toMatchObject({ version: 1, adviceDate: '2024-03-12', teamActivities: ['advies', 'procesregie'], weight: 'advies', items: [] });
    expect(advice.outcome).toMatchObject({ fittingPlace: 'ja', knelpunt: 'gevraagd_aanbod_ontbreekt', achterliggend: 'wachtlijst' });
    expect(db(b).prepare('SELECT on_date, code FROM case_disruptions WHERE case_id = ? ORDER BY code').all(closedId)).toEqual([
      { on_date: '2024-03-12', code: 'organisatorisch' },
      { on_date: '2024-03-12', code: 'wettelijk' },
    ]);

    const open = await b.dispatcher.call('cases.get', { caseId: openId });
    expect(open).toMatchObject({ status: 'aangemeld', referral: { youth: { firstName: '', lastName: '' }, problemAreas: ['depressie'] } });
    const list = await b.dispatcher.call('cases.list', {});
    expect(list.rows.map((r) => [r.code, r.initials])).toEqual(expect.arrayContaining([['2024-001', 'F.Z.'], ['2025-001', '']]));
  });

  it('gives the same cases from an XLSX file with date cells', async () => {
    const b = await unlockedBackend();
    const result = await b.dispatcher.call('import.run', { format: 'xlsx', data: await xlsxBase64([CLOSED, OPEN]) });
    expect(result.created).toBe(2);
    const file = await b.dispatcher.call('cases.get', { caseId: result.caseIds[0]! });
    expect(file).toMatchObject({ status: 'afgesloten', referredOn: '2024-02-03', referral: { youth: { birthDate: '2010-03-14' } } });
  });

  it('numbers on from the cases already in the vault', async () => {
    const b = await unlockedBackend();
    await b.dispatcher.call('import.run', { format: 'csv', data: csvBase64([CLOSED]) });
    const check = await b.dispatcher.call('import.check', { format: 'csv', data: csvBase64([CLOSED, CLOSED]) });
    expect(check.preview.map((p) => p.code)).toEqual(['2024-002', '2024-003']);
  });

  it('is all or nothing: one unknown label stops the whole file and nothing is written', async () => {
    const b = await unlockedBackend();
    const csvErr = await failure(b.dispatcher.call('import.run', { format: 'csv', data: csvBase64(BAD) }));
    expect(csvErr.code).toBe('IMPORT_INVALID');
    expect(csvErr.params).toEqual({ problems: 2 });
    const xlsxErr = await failure(b.dispatcher.call('import.run', { format: 'xlsx', data: await xlsxBase64([CLOSED, { ...OPEN, probleemgebieden: 'Autisme|Hoogbegaafd' }]) }));
    expect(xlsxErr.params).toEqual({ problems: 1 });
    expect(count(b, 'SELECT count(*) FROM cases')).toBe(0);
    expect(count(b, 'SELECT count(*) FROM case_events')).toBe(0);
    expect(count(b, `SELECT count(*) FROM audit_log WHERE action IN ('import.case', 'import.run') AND outcome LIKE 'ok%'`)).toBe(0);
    expect(count(b, `SELECT count(*) FROM audit_log WHERE action = 'import.case' AND outcome = 'import_invalid'`)).toBe(2);
  });

  it('is audited: one record for the import with its counts, one per created case', async () => {
    const b = await unlockedBackend();
    const result = await b.dispatcher.call('import.run', { format: 'csv', data: csvBase64([CLOSED, OPEN, OPEN]) });
    const rows = db(b)
      .prepare(`SELECT action, case_id AS caseId, outcome, role, at FROM audit_log WHERE action LIKE 'import.%' ORDER BY id`)
      .all() as { action: string; caseId: number | null; outcome: string; role: string; at: string }[];
    expect(rows.filter((r) => r.action === 'import.run')).toEqual([
      { action: 'import.run', caseId: null, outcome: 'ok:rows:3:created:3', role: 'beheerder', at: result.at },
    ]);
    expect(rows.filter((r) => r.action === 'import.case').map((r) => r.caseId)).toEqual(result.caseIds);
  });
});

describe('permission', () => {
  it('only a beheerder may check or import', async () => {
    const b = await unlockedBackend();
    const chair = await b.dispatcher.call('users.create', { name: 'Vera Voorzitter', roles: ['voorzitter'], passphrase: PASS });
    await b.dispatcher.call('vault.unlock', { userId: chair.id, passphrase: PASS });
    for (const method of ['import.check', 'import.run'] as const) {
      expect((await failure(b.dispatcher.call(method, { format: 'csv', data: csvBase64([OPEN]) }))).code).toBe('FORBIDDEN');
    }
    expect(count(b, 'SELECT count(*) FROM cases')).toBe(0);
  });
});
