import { describe, expect, it } from 'vitest';
import { api, METHOD_NAMES } from '../../../shared/api/index.js';
import { handlers } from '../../../electron/node/features/index.js';
import { PASS, referral, unlockedBackend } from '../helpers.js';

describe('dispatcher', () => {
  it('has exactly one handler per contract method', () => {
    expect(Object.keys(handlers).sort()).toEqual([...METHOD_NAMES].sort());
  });

  it('rejects unknown methods and invalid input with typed, Dutch, field-level errors', async () => {
    const b = await unlockedBackend();
    const unknown = await b.dispatcher.dispatch('cases.dropAll', {});
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    const bad = referral();
    bad.youth.birthDate = '2012-02-31';
    bad.youth.bsn = '123456789';
    bad.referrer.email = 'geen-email';
    const res = await b.dispatcher.dispatch('cases.create', { referral: bad });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.code).toBe('VALIDATION');
    expect(res.error.message).toMatch(/Niet alle velden/);
    expect(res.error.fields?.['referral.youth.birthDate']?.key).toBe('v.date_invalid');
    expect(res.error.fields?.['referral.youth.bsn']?.key).toBe('v.bsn_invalid');
    expect(res.error.fields?.['referral.referrer.email']?.key).toBe('v.email');
  });

  it('refuses calls while locked', async () => {
    const b = await unlockedBackend();
    b.vault.lock();
    const res = await b.dispatcher.dispatch('cases.list', {});
    expect(res).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    if (!res.ok) expect(res.error.message).toMatch(/vergrendeld/);
  });

  it('enforces permissions per method, whatever the UI shows, and logs the refusal', async () => {
    const b = await unlockedBackend();
    const { id } = await b.dispatcher.call('cases.create', { referral: referral() });
    const noteTaker = await b.dispatcher.call('users.create', {
      name: 'Nora Notulist',
      roles: ['notulist'],
      passphrase: 'notulist wachtzin 1',
    });
    b.vault.lock();
    await b.dispatcher.call('vault.unlock', { userId: noteTaker.id, passphrase: 'notulist wachtzin 1' });
    // A note-taker may read cases ...
    expect((await b.dispatcher.call('cases.get', { caseId: id })).id).toBe(id);
    // ... but not screen them, manage users or read the audit log.
    for (const [method, input] of [
      ['screening.record', { caseId: id, outcome: 'geschikt', reasons: 'x' }],
      ['users.list', {}],
      ['audit.list', {}],
      ['cases.create', { referral: referral() }],
    ] as const) {
      const res = await b.dispatcher.dispatch(method, input);
      expect(res, method).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    await b.dispatcher.call('session.lock', {});
    await b.dispatcher.call('vault.unlock', { userId: 1, passphrase: PASS });
    const log = await b.dispatcher.call('audit.list', { limit: 100 });
    // Log-ins and log-outs are recorded too (NEN 7513).
    expect(log.filter((e) => e.userName === 'Nora Notulist').map((e) => e.action)).toEqual(
      expect.arrayContaining(['session.login', 'session.logout']),
    );
    const denied = log.filter((e) => e.outcome === 'denied');
    expect(denied.map((e) => e.action).sort()).toEqual(['audit.read', 'case.create', 'screening.record']);
    expect(denied.find((e) => e.action === 'screening.record')?.caseCode).toMatch(/^\d{4}-001$/);
  });

  it('writes a NEN 7513 audit entry for every call that touches personal data, chained by hash', async () => {
    const b = await unlockedBackend();
    const { id, code } = await b.dispatcher.call('cases.create', { referral: referral() });
    await b.dispatcher.call('cases.get', { caseId: id });
    await b.dispatcher.call('cases.list', {});
    await b.dispatcher.call('settings.get', {}); // no personal data: not logged
    const log = await b.dispatcher.call('audit.list', { limit: 10 });
    expect(log.map((e) => e.action)).toEqual(['case.list', 'case.read', 'case.create', 'vault.create']);
    const read = log.find((e) => e.action === 'case.read')!;
    expect(read).toMatchObject({ userName: 'Voorzitter Test', role: 'voorzitter', caseCode: code, outcome: 'ok', device: 'testapparaat' });
    expect(Date.parse(read.at)).not.toBeNaN();
    expect(await b.dispatcher.call('audit.verify', {})).toMatchObject({ ok: true, entries: 5 });
  });

  it('the audit log cannot be edited or deleted through SQL', async () => {
    const b = await unlockedBackend();
    const db = b.vault.session!.db;
    expect(() => db.prepare(`UPDATE audit_log SET user_name = 'x'`).run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  });

  it('rolls back the service and its audit record together when a service fails half-way', async () => {
    const b = await unlockedBackend();
    const { id } = await b.dispatcher.call('cases.create', { referral: referral() });
    // screening.record first moves the case to in_screening and stores the screening, then
    // finds no consent: all of it must be undone, and only the failure is logged.
    const res = await b.dispatcher.dispatch('screening.record', { caseId: id, outcome: 'geschikt', reasons: 'Past.' });
    expect(res).toMatchObject({ ok: false, error: { code: 'CONSENT_REQUIRED' } });
    const file = await b.dispatcher.call('cases.get', { caseId: id });
    expect(file.status).toBe('aangemeld');
    expect(file.screenings).toEqual([]);
    expect(file.events.map((e) => e.kind)).toEqual(['aangemeld']);
    const log = await b.dispatcher.call('audit.list', { limit: 1000 });
    expect(log.filter((e) => e.action === 'screening.record').map((e) => e.outcome)).toEqual(['consent_required']);
    expect((await b.dispatcher.call('audit.verify', {})).ok).toBe(true);
  });

  it('checks the permission before the input, so a refused caller learns nothing about field rules', async () => {
    const b = await unlockedBackend();
    const other = await b.dispatcher.call('users.create', { name: 'Teun Teamlid', roles: ['teamlid'], passphrase: 'teamlid wachtzin 12' });
    await b.dispatcher.call('session.lock', {});
    await b.dispatcher.call('vault.unlock', { userId: other.id, passphrase: 'teamlid wachtzin 12' });
    const res = await b.dispatcher.dispatch('cases.create', { referral: { youth: {} } });
    expect(res).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    if (!res.ok) expect(res.error.fields).toBeUndefined();
  });

  it('audits a passphrase change, and a refused one with a wrong current passphrase', async () => {
    const b = await unlockedBackend();
    const wrong = await b.dispatcher.dispatch('account.changePassphrase', { current: 'niet de goede wachtzin', next: 'nieuwe wachtzin 2026' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    await b.dispatcher.call('account.changePassphrase', { current: PASS, next: 'nieuwe wachtzin 2026' });
    const log = await b.dispatcher.call('audit.list', { limit: 50 });
    expect(log.filter((e) => e.action === 'account.passphrase').map((e) => e.outcome)).toEqual(['ok', 'wrong_passphrase']);
  });

  it('declares a permission and audit action for every method that touches case data', () => {
    for (const name of METHOD_NAMES) {
      const def = api[name];
      if (name.startsWith('cases.') || name.startsWith('consent.') || name.startsWith('screening.')) {
        expect(def.access, name).not.toBe('public');
        if (name !== 'cases.municipalities') expect(def.audit, name).not.toBeNull();
      }
    }
  });
});
