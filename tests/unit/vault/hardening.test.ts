/** The attacks of the vault review (issue 12), each tried as the review did it. */
import { copyFileSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/node/db/database.js';
import { readKeyring, type Keyring } from '../../../electron/node/vault/keyring.js';
import { openAsRecovery, openAsUser } from '../../../electron/node/vault/keyset.js';
import { PASS, referral, unlockedBackend } from '../helpers.js';

const PASS_B = 'wachtzin van de tweede gebruiker';

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (e) {
    return (e as { code: string }).code;
  }
}

/** What an attacker holding a keyring file and a passphrase gets: does the current database open? */
async function opensWith(dataDir: string, keyring: Keyring, userId: number, passphrase: string): Promise<boolean> {
  const opened = await openAsUser(keyring, userId, passphrase);
  if (!opened) return false;
  return opensWithKeys(dataDir, opened.keys.map((k) => k.key));
}

function opensWithKeys(dataDir: string, keys: Buffer[]): boolean {
  for (const key of keys) {
    try {
      openDatabase(join(dataDir, 'adviestafel.db'), key).close();
      return true;
    } catch {
      // try the next
    }
  }
  return false;
}

describe('deactivation revokes access for real', () => {
  it('an old keyring plus the old passphrase no longer opens the current database; the others still unlock', async () => {
    const b = await unlockedBackend();
    const user = await b.dispatcher.call('users.create', { name: 'Teamlid Vertrekt', roles: ['teamlid'], passphrase: PASS_B });
    await b.dispatcher.call('cases.create', { referral: referral() });
    const oldKeyring = readKeyring(b.dataDir);
    // Before: the copy works, as the review found.
    expect(await opensWith(b.dataDir, oldKeyring, user.id, PASS_B)).toBe(true);

    await b.dispatcher.call('users.update', { id: user.id, roles: ['teamlid'], active: false });
    expect(readKeyring(b.dataDir).users.map((u) => u.userId)).toEqual([1]);
    expect(readKeyring(b.dataDir).generation).toBe(oldKeyring.generation + 1);

    // After: the old keyring and the old passphrase open nothing current, and neither does the old recovery key.
    b.vault.lock();
    expect(await opensWith(b.dataDir, oldKeyring, user.id, PASS_B)).toBe(false);
    expect(opensWithKeys(b.dataDir, (openAsRecovery(oldKeyring, b.recoveryKey) ?? []).map((k) => k.key))).toBe(false);
    expect(await code(b.dispatcher.call('vault.unlock', { userId: user.id, passphrase: PASS_B }))).toBe('USER_INACTIVE');
    // The remaining user and the (unchanged) recovery key still work with the current keyring, without their passphrase having been asked.
    expect(opensWithKeys(b.dataDir, (openAsRecovery(readKeyring(b.dataDir), b.recoveryKey) ?? []).map((k) => k.key))).toBe(true);
    await b.dispatcher.call('vault.unlock', { userId: 1, passphrase: PASS });
    expect((await b.dispatcher.call('cases.list', {})).total).toBe(1);
  });

  it('an old backup stays readable with the keyring written beside it', async () => {
    const b = await unlockedBackend();
    const user = await b.dispatcher.call('users.create', { name: 'Teamlid B', roles: ['teamlid'], passphrase: PASS_B });
    const backupKeyring = readKeyring(b.dataDir);
    copyFileSync(join(b.dataDir, 'keyring.json'), join(b.dataDir, 'kopie.keyring.json'));
    b.vault.lock();
    copyFileSync(join(b.dataDir, 'adviestafel.db'), join(b.dataDir, 'kopie.db'));
    await b.dispatcher.call('vault.unlock', { userId: 1, passphrase: PASS });
    await b.dispatcher.call('users.update', { id: user.id, roles: ['teamlid'], active: false });
    const opened = await openAsUser(backupKeyring, 1, PASS);
    const db = openDatabase(join(b.dataDir, 'kopie.db'), opened!.keys[0]!.key);
    expect(db.prepare('SELECT count(*) FROM users').pluck().get()).toBe(2);
    db.close();
  });

  it('recovery replaces the recovery key and the data key: the old recovery key opens nothing current', async () => {
    const b = await unlockedBackend();
    const old = readKeyring(b.dataDir);
    b.vault.lock();
    const res = await b.dispatcher.call('vault.recover', { userId: 1, recoveryKey: b.recoveryKey, newPassphrase: 'nieuwe wachtzin na herstel' });
    expect(opensWithKeys(b.dataDir, (openAsRecovery(old, b.recoveryKey) ?? []).map((k) => k.key))).toBe(false);
    expect(opensWithKeys(b.dataDir, (openAsRecovery(readKeyring(b.dataDir), res.recoveryKey) ?? []).map((k) => k.key))).toBe(true);
  });
});

describe('files', () => {
  it('creates the database files with mode 0600 and rotates keyring.json.prev', async () => {
    const b = await unlockedBackend();
    await b.dispatcher.call('cases.create', { referral: referral() });
    for (const f of ['adviestafel.db', 'adviestafel.db-wal', 'keyring.json']) {
      if (existsSync(join(b.dataDir, f))) expect(statSync(join(b.dataDir, f)).mode & 0o777, f).toBe(0o600);
    }
    await b.dispatcher.call('account.changePassphrase', { current: PASS, next: 'een andere lange wachtzin' });
    expect(existsSync(join(b.dataDir, 'keyring.json.prev'))).toBe(true);
    expect(readFileSync(join(b.dataDir, 'keyring.json.prev'), 'utf8')).not.toEqual(readFileSync(join(b.dataDir, 'keyring.json'), 'utf8'));
  });
});

describe('failed unlock attempts', () => {
  it('are logged at the next successful unlock and reported to the user', async () => {
    const b = await unlockedBackend();
    b.vault.lock();
    for (let i = 0; i < 2; i++) {
      expect(await code(b.dispatcher.call('vault.unlock', { userId: 1, passphrase: 'dit is fout' }))).toBe('WRONG_PASSPHRASE');
    }
    const session = await b.dispatcher.call('vault.unlock', { userId: 1, passphrase: PASS });
    expect(session.failedAttempts?.count).toBe(2);
    const log = await b.dispatcher.call('audit.list', { limit: 50 });
    expect(log.filter((e) => e.action === 'session.login_failed')).toHaveLength(2);
    // Reported once: the next unlock without failures has nothing to say.
    await b.dispatcher.call('session.lock', {});
    expect((await b.dispatcher.call('vault.unlock', { userId: 1, passphrase: PASS })).failedAttempts).toBeNull();
  });

  it('logs a log-out for the idle lock and for another user unlocking over a session', async () => {
    const b = await unlockedBackend();
    await b.dispatcher.call('users.create', { name: 'Screener S', roles: ['screener'], passphrase: PASS_B });
    await b.dispatcher.call('vault.unlock', { userId: 2, passphrase: PASS_B });
    await b.dispatcher.call('vault.unlock', { userId: 1, passphrase: PASS });
    const log = await b.dispatcher.call('audit.list', { limit: 50 });
    expect(log.some((e) => e.action === 'session.logout' && e.outcome === 'replaced' && e.userName === 'Screener S')).toBe(true);
    b.vault.lock('idle');
    await b.dispatcher.call('vault.unlock', { userId: 1, passphrase: PASS });
    const after = await b.dispatcher.call('audit.list', { limit: 50 });
    expect(after.some((e) => e.action === 'session.logout' && e.outcome === 'idle')).toBe(true);
  });
});

