/**
 * Restoring a backup made by the previous version (before per-user key pairs):
 * the database keyed the old way ('hexkey') at schema version 3, with a
 * format-1 keyring beside it. Restore reads such a keyring as format 2 with
 * every wrap under `legacy` (vault/keyring.ts fromFormat1), opens the copy with
 * the old passphrase or the old recovery key, and the unlock after the swap
 * upgrades the user who restored (vault/legacy.ts). Fictional data, temp dirs.
 */
import { copyFileSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetBackupThrottle } from '../../../electron/node/backups/inspect.js';
import { applyKey } from '../../../electron/node/db/database.js';
import { parseKeyring, readKeyring } from '../../../electron/node/vault/keyring.js';
import { openLegacyUser } from '../../../electron/node/vault/legacy.js';
import { backend, referral, tempDir, unlockedBackend } from '../helpers.js';
import { OLD_RECOVERY_KEY, writeFormat1Vault } from '../vault/format1-fixture.js';

const CHAIR = { name: 'Voorzitter Oudenhove', passphrase: 'lange wachtzin van de voorzitter', roles: ['voorzitter', 'beheerder'] };
const MEMBER = { name: 'Teamlid Beukema', passphrase: 'lange wachtzin van het teamlid', roles: ['teamlid'] };
const TEAM = 'Expertteam Oudland';
const YOUTH = { first: 'Jorinde', last: 'Klaverweide' };

const code = async (p: Promise<unknown>) => {
  try {
    await p;
    return 'ok';
  } catch (err) {
    return (err as { code: string }).code;
  }
};

/**
 * A backup as the previous version made it: its vault (format-1 keyring,
 * 'hexkey' database at schema 3) with one case entered the old way, copied
 * with VACUUM INTO to `<file>` with the keyring beside it as `<file>.keyring.json`.
 */
async function format1Backup(): Promise<{ file: string; keyringText: string }> {
  const old = tempDir();
  writeFormat1Vault(old, TEAM, [CHAIR, MEMBER]);
  const parsed = parseKeyring(readFileSync(join(old, 'keyring.json'), 'utf8'));
  if (!parsed.ok) throw new Error('fixture keyring does not parse');
  const opened = await openLegacyUser(parsed.keyring, 1, CHAIR.passphrase);
  if (!opened) throw new Error('fixture wrap does not open');
  expect(opened.form).toBe('hexkey');

  const db = new Database(join(old, 'adviestafel.db'));
  applyKey(db, opened.key, 'hexkey');
  opened.key.fill(0);
  const r = referral({ first: YOUTH.first, last: YOUTH.last });
  const at = '2026-10-02T10:00:00.000Z';
  db.transaction(() => {
    // The schema-3 case row and its referral JSON, as the previous version wrote them.
    const id = db
      .prepare(
        `INSERT INTO cases (code, year, seq, status, youth_first_name, youth_last_name, birth_date, municipality,
           referrer_org, urgency, referred_on, created_by, created_at, updated_at)
         VALUES ('2026-001', 2026, 1, 'aangemeld', ?, ?, ?, ?, ?, 'normaal', '2026-10-02', 1, ?, ?)`,
      )
      .run(r.youth.firstName, r.youth.lastName, r.youth.birthDate, r.youth.municipality, r.referrer.organisation, at, at).lastInsertRowid;
    db.prepare('INSERT INTO case_referrals (case_id, referral) VALUES (?, ?)').run(id, JSON.stringify(r));
  })();
  expect(db.pragma('user_version', { simple: true })).toBe(3);
  // The previous version's backup (CLI `backup`, vault/backup.ts then): a VACUUM INTO copy and the keyring beside it.
  const folder = tempDir();
  const file = join(folder, 'kopie-vorige-versie.db');
  db.prepare('VACUUM INTO ?').run(file);
  db.close();
  copyFileSync(join(old, 'keyring.json'), `${file}.keyring.json`);
  return { file, keyringText: readFileSync(`${file}.keyring.json`, 'utf8') };
}

beforeEach(() => resetBackupThrottle());

describe('restore of a backup with a format-1 keyring (previous version)', () => {
  it('shows, opens and restores it with the old passphrase; the user unlocks again with it and sees the case', async () => {
    const { file, keyringText } = await format1Backup();
    expect(JSON.parse(keyringText).format).toBe(1);
    const b = await unlockedBackend(); // the current vault (another team's, here), kept aside by the restore

    const info = await b.dispatcher.call('backups.inspect', { file });
    expect(info).toMatchObject({ teamName: TEAM, sameVault: false, users: [{ id: 1, name: CHAIR.name }, { id: 2, name: MEMBER.name }] });
    expect(await code(b.dispatcher.call('backups.open', { file, userId: 1, passphrase: MEMBER.passphrase }))).toBe('WRONG_PASSPHRASE');
    const opened = await b.dispatcher.call('backups.open', { file, userId: 1, passphrase: CHAIR.passphrase });
    expect(opened).toMatchObject({ teamName: TEAM, cases: 1, newestAudit: null });

    const restored = await b.dispatcher.call('backups.restore', { file, userId: 1, passphrase: CHAIR.passphrase });
    expect(restored.session).toMatchObject({ userId: 1, userName: CHAIR.name });
    expect(restored.asideDir).toMatch(/^voor-terugzetten-/);
    // The restoring user was upgraded at that unlock; the member keeps their old wrap until their own first unlock.
    const k = readKeyring(b.dataDir);
    expect(JSON.parse(readFileSync(join(b.dataDir, 'keyring.json'), 'utf8')).format).toBe(2);
    expect(k.users.map((u) => u.userId)).toEqual([1]);
    expect(k.legacy?.users.map((u) => u.userId)).toEqual([2]);
    b.vault.lock();

    // Afterwards: the old passphrase unlocks, and the case is there.
    expect(await code(b.dispatcher.call('vault.unlock', { userId: 1, passphrase: MEMBER.passphrase }))).toBe('WRONG_PASSPHRASE');
    await b.dispatcher.call('vault.unlock', { userId: 1, passphrase: CHAIR.passphrase });
    const list = await b.dispatcher.call('cases.list', {});
    expect(list.total).toBe(1);
    expect(list.rows[0]).toMatchObject({ code: '2026-001', initials: 'J.K.', status: 'aangemeld' });
    const caseFile = await b.dispatcher.call('cases.get', { caseId: list.rows[0]!.id });
    expect(caseFile.referral.youth).toMatchObject({ firstName: YOUTH.first, lastName: YOUTH.last });
    b.vault.lock();
    // The member who did not restore opens it with their own old passphrase too.
    await b.dispatcher.call('vault.unlock', { userId: 2, passphrase: MEMBER.passphrase });
    expect((await b.dispatcher.call('cases.list', {})).total).toBe(1);

    // The backup itself is only read: its keyring is still format 1, byte for byte.
    expect(readFileSync(`${file}.keyring.json`, 'utf8')).toBe(keyringText);
    expect(readdirSync(join(file, '..')).sort()).toEqual(['kopie-vorige-versie.db', 'kopie-vorige-versie.db.keyring.json']);
  });

  it('restores it with the old recovery key into an empty data folder, issuing a new recovery key', async () => {
    const { file } = await format1Backup();
    const fresh = backend(tempDir());
    expect((await fresh.dispatcher.call('backups.inspect', { file })).sameVault).toBeNull();
    const res = await fresh.dispatcher.call('backups.restore', { file, userId: 2, recoveryKey: OLD_RECOVERY_KEY, newPassphrase: 'nieuwe wachtzin van het teamlid' });
    expect(res.asideDir).toBeNull();
    expect(res.recoveryKey).toMatch(/^[A-Z2-7-]+$/);
    expect(res.recoveryKey).not.toBe(OLD_RECOVERY_KEY);
    fresh.vault.lock();
    await fresh.dispatcher.call('vault.unlock', { userId: 2, passphrase: 'nieuwe wachtzin van het teamlid' });
    expect((await fresh.dispatcher.call('cases.list', {})).rows.map((r) => r.code)).toEqual(['2026-001']);
    fresh.vault.lock();
    // The chair, who did not take part, still opens it with their old passphrase.
    await fresh.dispatcher.call('vault.unlock', { userId: 1, passphrase: CHAIR.passphrase });
    expect((await fresh.dispatcher.call('cases.list', {})).total).toBe(1);
  });
});
