/**
 * A team that used the previous version (format-1 keyring, database keyed the
 * old way) opens its vault with this one: each member is upgraded to key pairs
 * at their first unlock, the old recovery key still works, and the data key is
 * replaced (and the database moved to the raw key form) once nothing depends on
 * an old wrap any more.
 */
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupVault } from '../../../electron/node/vault/backup.js';
import { openDatabase } from '../../../electron/node/db/database.js';
import { bodyOf, readKeyring, type Keyring } from '../../../electron/node/vault/keyring.js';
import { openAsUser } from '../../../electron/node/vault/keyset.js';
import { backend, referral, tempDir } from '../helpers.js';
import { OLD_RECOVERY_KEY, writeFormat1Vault } from './format1-fixture.js';

const CHAIR = { name: 'Voorzitter Oudenhove', passphrase: 'lange wachtzin van de voorzitter', roles: ['voorzitter', 'beheerder'] };
const MEMBER = { name: 'Teamlid Beukema', passphrase: 'lange wachtzin van het teamlid', roles: ['teamlid'] };
const LEAVER = { name: 'Teamlid Vertrekkers', passphrase: 'lange wachtzin van wie vertrekt', roles: ['teamlid'] };

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (e) {
    return (e as { code: string }).code;
  }
}

const keyringText = (dir: string) => readFileSync(join(dir, 'keyring.json'), 'utf8');

describe('upgrading a vault of the previous version', () => {
  it('opens it, upgrades each member at their first unlock, and the old recovery key still works', async () => {
    const dir = tempDir();
    writeFormat1Vault(dir, 'Expertteam Oudland', [CHAIR, MEMBER]);
    const format1 = keyringText(dir);
    const b = backend(dir);

    const status = await b.dispatcher.call('vault.status', {});
    expect(status.teamName).toBe('Expertteam Oudland');
    expect(status.users).toEqual([
      { id: 1, name: CHAIR.name },
      { id: 2, name: MEMBER.name },
    ]);
    expect(await code(b.dispatcher.call('vault.unlock', { userId: 1, passphrase: MEMBER.passphrase }))).toBe('WRONG_PASSPHRASE');
    expect(keyringText(dir)).toBe(format1); // a wrong passphrase changes no file

    // First unlock of the chair: key pairs made, data key sealed to them, their old wrap gone; the member's stays.
    await b.dispatcher.call('vault.unlock', { userId: 1, passphrase: CHAIR.passphrase });
    let k = readKeyring(dir);
    expect(k.users.map((u) => u.userId)).toEqual([1]);
    expect(k.legacy?.users.map((u) => u.userId)).toEqual([2]);
    expect(k.legacy?.recovery).toBeDefined();
    expect(k.generation).toBe(1); // the data key cannot be replaced yet: the member and the recovery key depend on it
    expect(JSON.parse(keyringText(dir)).format).toBe(2);
    // The upgrade is in the audit log, once, for the chair.
    const upgrades = b.vault.requireSession().db.prepare(`SELECT user_name, action, outcome FROM audit_log WHERE action = 'vault.key_upgrade'`).all();
    expect(upgrades).toEqual([{ user_name: CHAIR.name, action: 'vault.key_upgrade', outcome: 'ok' }]);
    const created = await b.dispatcher.call('cases.create', { referral: referral() });
    const backup = join(tempDir(), 'kopie-oud.db');
    backupVault(b.vault, backup, 'testapparaat');
    b.vault.lock();

    // The chair's passphrase now opens the new entry; the member upgrades at their own first unlock.
    await b.dispatcher.call('vault.unlock', { userId: 1, passphrase: CHAIR.passphrase });
    b.vault.lock();
    await b.dispatcher.call('vault.unlock', { userId: 2, passphrase: MEMBER.passphrase });
    k = readKeyring(dir);
    expect(k.users.map((u) => u.userId)).toEqual([1, 2]);
    expect(k.legacy?.users ?? []).toEqual([]);
    expect(k.generation).toBe(1); // still waiting for the recovery key
    b.vault.lock();

    // A recovery with the old recovery key works, issues a new one and, being the last old wrap, replaces the data key.
    const recovered = await b.dispatcher.call('vault.recover', { userId: 2, recoveryKey: OLD_RECOVERY_KEY, newPassphrase: 'nieuwe wachtzin van het teamlid' });
    expect(recovered.recoveryKey).not.toBe(OLD_RECOVERY_KEY);
    k = readKeyring(dir);
    expect(k.legacy).toBeUndefined();
    expect(k.generation).toBe(2);
    expect(b.vault.sessionInfo().keyUpgrade).toBeNull();
    expect(k.keyForm).toBe('raw');
    b.vault.lock();

    // Both members and the new recovery key open the current vault; the old recovery key no longer does.
    await b.dispatcher.call('vault.unlock', { userId: 1, passphrase: CHAIR.passphrase });
    expect((await b.dispatcher.call('cases.get', { caseId: created.id })).id).toBe(created.id);
    const verified = await b.dispatcher.call('audit.verify', {});
    expect([verified.ok, verified.problems]).toEqual([true, []]);
    b.vault.lock();
    await b.dispatcher.call('vault.unlock', { userId: 2, passphrase: 'nieuwe wachtzin van het teamlid' });
    b.vault.lock();
    expect(await code(b.dispatcher.call('vault.recover', { userId: 1, recoveryKey: OLD_RECOVERY_KEY, newPassphrase: 'nog een lange wachtzin' }))).toBe(
      'WRONG_RECOVERY_KEY',
    );
    b.close();

    // The old keyring and an old passphrase open nothing current (the key was replaced and the file re-keyed).
    const attacker = tempDir();
    copyFileSync(join(dir, 'adviestafel.db'), join(attacker, 'adviestafel.db'));
    writeFileSync(join(attacker, 'keyring.json'), format1);
    const a = backend(attacker);
    expect(await code(a.dispatcher.call('vault.unlock', { userId: 1, passphrase: CHAIR.passphrase }))).not.toBe('ok');

    // The backup made mid-upgrade still opens with the keyring written beside it (old key form, old wraps).
    const restored = tempDir();
    copyFileSync(backup, join(restored, 'adviestafel.db'));
    copyFileSync(`${backup}.keyring.json`, join(restored, 'keyring.json'));
    expect(readKeyring(restored).keyForm).toBeUndefined();
    const r = backend(restored);
    await r.dispatcher.call('vault.unlock', { userId: 1, passphrase: CHAIR.passphrase });
    expect((await r.dispatcher.call('cases.get', { caseId: created.id })).id).toBe(created.id);
  });

  it('deactivating a member who never upgraded refuses them at once; the key is replaced once no old wrap is needed', async () => {
    const dir = tempDir();
    writeFormat1Vault(dir, 'Expertteam Oudland', [CHAIR, MEMBER, LEAVER]);
    const format1 = keyringText(dir);
    const b = backend(dir);
    const session = await b.dispatcher.call('vault.unlock', { userId: 1, passphrase: CHAIR.passphrase });
    // The session says what the upgrade still waits for (the deactivation dialog tells the truth from it).
    expect(session.keyUpgrade).toEqual({ userIds: [2, 3], recovery: true });
    await b.dispatcher.call('users.update', { id: 3, roles: ['teamlid'], active: false });
    expect(b.vault.sessionInfo().keyUpgrade).toEqual({ userIds: [2], recovery: true });
    let k = readKeyring(dir);
    expect(k.legacy?.users.map((u) => u.userId)).toEqual([2]);
    expect(k.rekeyDue).toBe(true);
    expect(k.generation).toBe(1);
    // A re-key now would lock out the member (and the recovery key): refused, and says why.
    const res = await b.dispatcher.dispatch('vault.rekey', {});
    expect(res.ok ? 'ok' : [res.error.code, res.error.params]).toEqual(['UPGRADE_INCOMPLETE', { legacyUsers: 1, legacyRecovery: true }]);
    b.vault.lock();
    expect(await code(b.dispatcher.call('vault.unlock', { userId: 3, passphrase: LEAVER.passphrase }))).toBe('USER_INACTIVE');

    await b.dispatcher.call('vault.unlock', { userId: 2, passphrase: MEMBER.passphrase });
    b.vault.lock();
    expect(readKeyring(dir).generation).toBe(1);
    await b.dispatcher.call('vault.recover', { userId: 1, recoveryKey: OLD_RECOVERY_KEY, newPassphrase: 'nieuwe wachtzin van de voorzitter' });
    k = readKeyring(dir);
    expect(k.generation).toBe(2);
    expect(k.rekeyDue).toBeUndefined();
    expect(k.users.map((u) => u.userId)).toEqual([1, 2]);
    b.vault.lock();
    await b.dispatcher.call('vault.unlock', { userId: 2, passphrase: MEMBER.passphrase });
    b.close();

    // The departed member's old keyring and passphrase open nothing current.
    const attacker = tempDir();
    copyFileSync(join(dir, 'adviestafel.db'), join(attacker, 'adviestafel.db'));
    writeFileSync(join(attacker, 'keyring.json'), format1);
    const a = backend(attacker);
    expect(await code(a.dispatcher.call('vault.unlock', { userId: 3, passphrase: LEAVER.passphrase }))).not.toBe('ok');
  });

  it('a kill during a member\'s upgrade, before or after its commit: the same passphrase opens the vault', async () => {
    const dir = tempDir();
    writeFormat1Vault(dir, 'Expertteam Oudland', [CHAIR, MEMBER]);
    const before = readKeyring(dir); // the format-1 keyring as read
    const savedDb = join(tempDir(), 'voor-de-upgrade.db');
    copyFileSync(join(dir, 'adviestafel.db'), savedDb);
    const b = backend(dir);
    await b.dispatcher.call('vault.unlock', { userId: 1, passphrase: CHAIR.passphrase });
    b.vault.lock();
    const upgraded = readKeyring(dir);
    const opened = (await openAsUser(upgraded, 1, CHAIR.passphrase))!;
    const db = openDatabase(join(dir, 'adviestafel.db'), opened.keys[0]!.key, { keyForm: opened.keys[0]!.form });
    const txid = db.prepare('SELECT txid FROM keyring_txn ORDER BY rowid DESC LIMIT 1').pluck().get() as string;
    db.close();
    // The keyring as the kill left it: the old wraps, with the upgrade pending.
    const killed: Keyring = { ...before, pending: { txid, next: bodyOf(upgraded) } };

    // After the commit: the database knows the change, it is promoted.
    writeFileSync(join(dir, 'keyring.json'), JSON.stringify(killed));
    await b.dispatcher.call('vault.unlock', { userId: 1, passphrase: CHAIR.passphrase });
    expect(readKeyring(dir).users.map((u) => u.userId)).toEqual([1]);
    b.vault.lock();

    // Before the commit: the database does not know it, it is dropped and the member upgrades again.
    b.close();
    for (const f of ['adviestafel.db-wal', 'adviestafel.db-shm']) rmSync(join(dir, f), { force: true });
    copyFileSync(savedDb, join(dir, 'adviestafel.db'));
    writeFileSync(join(dir, 'keyring.json'), JSON.stringify(killed));
    const again = backend(dir);
    await again.dispatcher.call('vault.unlock', { userId: 1, passphrase: CHAIR.passphrase });
    const k = readKeyring(dir);
    expect(k.users.map((u) => u.userId)).toEqual([1]);
    expect(k.legacy?.users.map((u) => u.userId)).toEqual([2]);
    again.vault.lock();
    await again.dispatcher.call('vault.unlock', { userId: 2, passphrase: MEMBER.passphrase });
  });
});
