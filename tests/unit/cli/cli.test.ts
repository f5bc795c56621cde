/**
 * The admin CLI, run as a real subprocess against temp vaults, with a low
 * scrypt cost (ADVIESTAFEL_TEST_LOGN=10). All names are fictional.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PASS, referral } from '../helpers.js';
import { cli, expectOneLineFailure, init, inProcess, RECOVERY_KEY, root, vaultDir } from './run.js';

describe('cli', { timeout: 120_000 }, () => {
  it('init creates a vault and prints the recovery key once, never the passphrase', () => {
    const dir = vaultDir('init');
    const r = init(dir);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(RECOVERY_KEY);
    expect(r.stdout.match(new RegExp(RECOVERY_KEY.source, 'g'))).toHaveLength(1);
    expect(r.stdout).toMatch(/bewaar/i);
    expect(r.stdout).not.toContain(PASS);
    expect(existsSync(join(dir, 'keyring.json'))).toBe(true);
    expect(existsSync(join(dir, 'adviestafel.db'))).toBe(true);
  });

  it('init refuses an existing vault and a short passphrase', () => {
    expectOneLineFailure(init(vaultDir('init')), /bestaat al een teamkluis/);
    const r = cli(['init', '--data-dir', vaultDir('kort'), '--team', 'T', '--user', 'U'], {
      ADVIESTAFEL_PASSPHRASE: 'te kort',
    });
    expectOneLineFailure(r, /12 tekens/);
    expect(existsSync(join(vaultDir('kort'), 'keyring.json'))).toBe(false);
  });

  it('verify passes and lists each check', () => {
    const dir = vaultDir('verify');
    expect(init(dir).status).toBe(0);
    const r = cli(['verify', '--data-dir', dir]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^wachtzin: ok/m);
    expect(r.stdout).toMatch(/^versleuteld bestand: ok$/m);
    expect(r.stdout).toMatch(/^integriteit \(integrity_check\): ok$/m);
    expect(r.stdout).toMatch(/^versleuteling \(cipher_integrity_check\): ok/m);
    expect(r.stdout).toMatch(/^schemaversie: \d+ \(deze app: \d+\)$/m);
    expect(r.stdout).toMatch(/^auditketen: ok \(\d+ regels\)$/m);
  });

  it('a wrong passphrase fails with one line and a non-zero exit', () => {
    const r = cli(['verify', '--data-dir', vaultDir('verify')], { ADVIESTAFEL_PASSPHRASE: 'dit is niet de wachtzin' });
    expectOneLineFailure(r, /wachtzin klopt niet/);
    expect(r.stdout).toBe('');
  });

  it('without a passphrase and without a terminal it fails with one clear line', () => {
    const r = cli(['verify', '--data-dir', vaultDir('verify')], { ADVIESTAFEL_PASSPHRASE: undefined });
    expectOneLineFailure(r, /ADVIESTAFEL_PASSPHRASE/);
  });

  it('usage errors fail with one line', () => {
    expectOneLineFailure(cli([]), /opdracht/);
    expectOneLineFailure(cli(['verify', '--bogus']), /onbekende optie --bogus/);
    expectOneLineFailure(cli(['backup', '--data-dir', vaultDir('verify')]), /--out/);
    expectOneLineFailure(cli(['verify', '--data-dir', vaultDir('bestaat-niet')]), /geen teamkluis/);
    expectOneLineFailure(cli(['verify', '--data-dir', vaultDir('verify'), '--user', 'Niemand']), /Niemand/);
  });

  it('backup writes an encrypted copy that opens with the same key, and never overwrites', async () => {
    const dir = vaultDir('backup');
    expect(init(dir).status).toBe(0);
    await inProcess(dir, (b) =>
      b.dispatcher.call('cases.create', { referral: referral({ first: 'Wolkewietje', last: 'Pimpernel' }) }),
    );
    const out = join(root, 'reservekopie.db');
    const r = cli(['backup', '--data-dir', dir, '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/1 casussen/);

    const bytes = readFileSync(out);
    expect(bytes.includes('Wolkewietje')).toBe(false);
    expect(bytes.includes('Pimpernel')).toBe(false);
    expect(bytes.includes('SQLite format 3')).toBe(false);

    // Restore from the backup alone (database + the keyring written beside it): same passphrase.
    const restored = vaultDir('hersteld');
    mkdirSync(restored);
    copyFileSync(`${out}.keyring.json`, join(restored, 'keyring.json'));
    copyFileSync(out, join(restored, 'adviestafel.db'));
    const v = cli(['verify', '--data-dir', restored]);
    expect(v.status, v.stderr).toBe(0);
    const found = await inProcess(restored, (b) => b.dispatcher.call('cases.list', { query: 'Wolkewietje' }));
    expect(found.total).toBe(1);

    // The backup is in the audit log.
    const audit = await inProcess(dir, (b) => b.dispatcher.call('audit.list', { limit: 50 }));
    expect(audit.some((e) => e.action === 'vault.backup' && e.outcome === 'ok')).toBe(true);

    // A second backup to the same file is refused, and the file is left alone.
    const before = statSync(out);
    expectOneLineFailure(cli(['backup', '--data-dir', dir, '--out', out]), /bestaat al/);
    const after = statSync(out);
    expect(after.size).toBe(before.size);
    expect(after.mtimeMs).toBe(before.mtimeMs);
  });

  it('demo-data adds fictional cases across several statuses', async () => {
    const dir = vaultDir('demo');
    expect(init(dir).status).toBe(0);
    const r = cli(['demo-data', '--data-dir', dir, '--cases', '50']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^50 fictieve casussen toegevoegd in [\d,]+ s/m);
    const list = await inProcess(dir, (b) => b.dispatcher.call('cases.list', { pageSize: 200 }));
    expect(list.total).toBe(50);
    expect(list.rows).toHaveLength(50);
    expect(Object.keys(list.byStatus).length).toBeGreaterThanOrEqual(4);
    // A second run adds to the demo vault.
    expect(cli(['demo-data', '--data-dir', dir, '--cases', '5']).status).toBe(0);
    expect((await inProcess(dir, (b) => b.dispatcher.call('cases.list', {}))).total).toBe(55);
  });

  it('demo-data refuses without case.create, and refuses a vault with real cases unless forced', async () => {
    const dir = vaultDir('demo-weigering');
    expect(init(dir).status).toBe(0);
    await inProcess(dir, async (b) => {
      await b.dispatcher.call('users.create', { name: 'Alleen Beheer', roles: ['beheerder'], passphrase: PASS });
      await b.dispatcher.call('cases.create', { referral: referral() });
    });
    expectOneLineFailure(cli(['demo-data', '--data-dir', dir, '--user', 'Alleen Beheer', '--cases', '5']), /case\.create/);
    expectOneLineFailure(cli(['demo-data', '--data-dir', dir, '--cases', '5']), /--force/);
    expect(cli(['demo-data', '--data-dir', dir, '--cases', '5', '--force']).status).toBe(0);
    expect((await inProcess(dir, (b) => b.dispatcher.call('cases.list', {}))).total).toBe(6);
    expectOneLineFailure(cli(['demo-data', '--data-dir', dir, '--cases', 'veel']), /--cases/);
  });

  it('verify detects a tampered audit chain', async () => {
    const dir = vaultDir('verify');
    await inProcess(dir, async (b) => {
      const db = b.vault.requireSession().db;
      db.exec('DROP TRIGGER audit_log_no_update');
      db.prepare(`UPDATE audit_log SET action = 'case.list' WHERE id = 2`).run();
    });
    const r = cli(['verify', '--data-dir', dir]);
    expect(r.stdout).toMatch(/^auditketen: GEBROKEN bij regel 2 /m);
    expect(r.stdout).toMatch(/^integriteit \(integrity_check\): ok$/m);
    expectOneLineFailure(r, /auditketen/);
  });
});
