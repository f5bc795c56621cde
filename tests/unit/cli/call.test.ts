/** `methods` and `call`: the contract as a table, and one method through the dispatcher with JSON in and out. */
import { beforeAll, describe, expect, it } from 'vitest';
import { api, METHOD_NAMES } from '../../../shared/api/index.js';
import { PASS, referral } from '../helpers.js';
import { cli, expectOneLineFailure, init, inProcess, vaultDir } from './run.js';

/** The typed error a failed call writes: one JSON object on stderr, exit status 1. */
function errorOf(r: { status: number | null; stdout: string; stderr: string }) {
  expect(r.status, r.stderr).toBe(1);
  expect(r.stdout).toBe('');
  return JSON.parse(r.stderr) as { code: string; params: Record<string, unknown>; fields?: Record<string, { key: string }> };
}

describe('cli methods', { timeout: 120_000 }, () => {
  it('lists every method with its permission and audit action', () => {
    const r = cli(['methods', '--json']);
    expect(r.status, r.stderr).toBe(0);
    const rows = JSON.parse(r.stdout) as { method: string; access: string; audited: boolean; auditAction: string | null }[];
    expect(rows.map((x) => x.method).sort()).toEqual([...METHOD_NAMES].sort());
    expect(rows.find((x) => x.method === 'cases.get')).toEqual({
      method: 'cases.get',
      access: 'case.read',
      audited: true,
      auditAction: 'case.read',
    });
    expect(rows.find((x) => x.method === 'vault.status')).toMatchObject({ access: 'public', audited: false, auditAction: null });

    const table = cli(['methods']);
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/^cases\.get\s+case\.read\s+ja \(case\.read\)$/m);
    expect(table.stdout.trim().split('\n')).toHaveLength(METHOD_NAMES.length + 1);
    expect(Object.keys(api)).toHaveLength(METHOD_NAMES.length);
  });
});

describe('cli call', { timeout: 120_000 }, () => {
  let dir = '';
  beforeAll(async () => {
    // The temp root exists only once the run has started (run.ts), so the folder is named here.
    dir = vaultDir('call');
    expect(init(dir).status).toBe(0);
    await inProcess(dir, (b) =>
      b.dispatcher.call('users.create', { name: 'Alleen Beheer', roles: ['beheerder'], passphrase: PASS }),
    );
    // A CLI subprocess (init) on a loaded machine takes longer than the 10 s hook default.
  }, 120_000);

  it('runs a method as the user and prints the result as JSON, with the audit record the app writes', async () => {
    const created = cli(['call', 'cases.create', JSON.stringify({ referral: referral({ first: 'Kiezel', last: 'Lijsterbes' }) }), '--data-dir', dir]);
    expect(created.status, created.stderr).toBe(0);
    expect(created.stderr).toBe('');
    const { id, code } = JSON.parse(created.stdout) as { id: number; code: string };
    expect(code).toMatch(/^\d{4}-\d+/);

    const got = cli(['call', 'cases.get', `{"caseId": ${id}}`, '--data-dir', dir, '--user', 'Beheerder Test']);
    expect(got.status, got.stderr).toBe(0);
    const file = JSON.parse(got.stdout) as { id: number; code: string; referral: { youth: { firstName: string } } };
    expect(file).toMatchObject({ id, code });
    expect(file.referral.youth.firstName).toBe('Kiezel');

    const log = await inProcess(dir, (b) => b.dispatcher.call('audit.list', { limit: 50 }));
    const read = log.filter((e) => e.action === 'case.read' && e.caseCode === code);
    expect(read).toHaveLength(1);
    expect(read[0]).toMatchObject({ outcome: 'ok', userName: 'Beheerder Test', device: expect.stringMatching(/\(cli\)$/) });
    expect(log.some((e) => e.action === 'case.create' && e.caseCode === code && e.outcome === 'ok')).toBe(true);
  });

  it('refuses a method the role does not allow: FORBIDDEN as JSON on stderr, logged as denied', async () => {
    const r = cli(['call', 'cases.list', '{}', '--data-dir', dir, '--user', 'Alleen Beheer']);
    expect(errorOf(r)).toEqual({ code: 'FORBIDDEN', params: {} });
    const log = await inProcess(dir, (b) => b.dispatcher.call('audit.list', { limit: 50 }));
    expect(log.some((e) => e.action === 'case.list' && e.outcome === 'denied' && e.userName === 'Alleen Beheer')).toBe(true);
  });

  it('reports invalid input as VALIDATION with the field that is wrong', () => {
    const err = errorOf(cli(['call', 'cases.get', '{"caseId": "een"}', '--data-dir', dir]));
    expect(err.code).toBe('VALIDATION');
    expect(Object.keys(err.fields ?? {})).toEqual(['caseId']);
  });

  it('reports a wrong passphrase and an unknown method as typed errors; input that is not JSON is a usage error', () => {
    expect(errorOf(cli(['call', 'cases.list', '{}', '--data-dir', dir], { ADVIESTAFEL_PASSPHRASE: 'niet de wachtzin!' })).code).toBe(
      'WRONG_PASSPHRASE',
    );
    expect(errorOf(cli(['call', 'cases.bestaatniet', '{}', '--data-dir', dir])).code).toBe('NOT_FOUND');
    const usage = cli(['call', 'cases.list', '{kapot', '--data-dir', dir]);
    expectOneLineFailure(usage, /geen geldige JSON/);
    expect(usage.status).toBe(2);
  });
});
