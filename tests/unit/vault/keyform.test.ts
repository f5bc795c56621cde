/**
 * The database is keyed with the raw data key (SQLCipher's x'…' form, no PBKDF2
 * at open). Vaults keyed the old way (the key bytes as an SQLCipher passphrase)
 * are moved to the raw form by a re-key at their first unlock.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { applyKey, openDatabase, type KeyForm } from '../../../electron/node/db/database.js';
import { readKeyring } from '../../../electron/node/vault/keyring.js';
import { openAsUser } from '../../../electron/node/vault/keyset.js';
import { backend, PASS, referral, tempDir, unlockedBackend } from '../helpers.js';

function opens(file: string, key: Buffer, form: KeyForm): boolean {
  try {
    openDatabase(file, key, { keyForm: form }).close();
    return true;
  } catch {
    return false;
  }
}

describe('key form', () => {
  it('a raw-keyed file does not open with the old passphrase form, nor the other way round', () => {
    const dir = tempDir();
    const key = randomBytes(32);
    const raw = join(dir, 'raw.db');
    const old = join(dir, 'old.db');
    openDatabase(raw, key, { create: true }).close();
    openDatabase(old, key, { create: true, keyForm: 'hexkey' }).close();
    expect([opens(raw, key, 'raw'), opens(raw, key, 'hexkey')]).toEqual([true, false]);
    expect([opens(old, key, 'hexkey'), opens(old, key, 'raw')]).toEqual([true, false]);
  });

  it('a new vault is keyed raw and says so in its keyring', async () => {
    const b = await unlockedBackend();
    b.vault.lock();
    const k = readKeyring(b.dataDir);
    expect(k.keyForm).toBe('raw');
    const opened = await openAsUser(k, 1, PASS);
    expect(opens(join(b.dataDir, 'adviestafel.db'), opened!.keys[0]!.key, 'raw')).toBe(true);
  });

  it('a vault keyed the old way is re-keyed to the raw form at the first unlock, its data intact', async () => {
    const b = await unlockedBackend();
    const created = await b.dispatcher.call('cases.create', { referral: referral() });
    b.vault.lock();
    const file = join(b.dataDir, 'adviestafel.db');
    const k = readKeyring(b.dataDir);
    const key = (await openAsUser(k, 1, PASS))!.keys[0]!.key;
    // Turn it into what the build before the raw form wrote: same key, passphrase form, no keyForm in the keyring.
    const db = new Database(file);
    applyKey(db, key, 'raw');
    db.pragma('journal_mode = DELETE');
    db.pragma(`hexrekey='${key.toString('hex')}'`);
    db.close();
    const { keyForm: _raw, ...old } = JSON.parse(readFileSync(join(b.dataDir, 'keyring.json'), 'utf8'));
    writeFileSync(join(b.dataDir, 'keyring.json'), JSON.stringify(old));
    expect([opens(file, key, 'hexkey'), opens(file, key, 'raw')]).toEqual([true, false]);

    await b.dispatcher.call('vault.unlock', { userId: 1, passphrase: PASS });
    const after = readKeyring(b.dataDir);
    expect(after.keyForm).toBe('raw');
    expect(after.generation).toBe(k.generation + 1);
    expect((await b.dispatcher.call('cases.get', { caseId: created.id })).id).toBe(created.id);
    b.close();
    const fresh = backend(b.dataDir);
    await fresh.dispatcher.call('vault.unlock', { userId: 1, passphrase: PASS });
    expect(readKeyring(b.dataDir).generation).toBe(k.generation + 1); // once, not at every unlock
    const newKey = (await openAsUser(readKeyring(b.dataDir), 1, PASS))!.keys[0]!.key;
    fresh.vault.lock();
    expect([opens(file, newKey, 'raw'), opens(file, newKey, 'hexkey')]).toEqual([true, false]);
  });
});
