/**
 * A vault exactly as the previous released version (format-1 keyring) left it,
 * written here with that version's algorithm re-implemented from scratch: the
 * data key wrapped with AES-256-GCM per user under scrypt(passphrase) and once
 * under HKDF(recovery key); the database keyed the old way (the 32 key bytes as
 * an SQLCipher passphrase, `hexkey`) at schema version 3. Fictional names only.
 */
import { createCipheriv, hkdfSync, randomBytes, randomUUID, scryptSync } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { MIGRATIONS } from '../../../electron/node/db/migrations/index.js';

/** The released version's schema: migrations 1 to 3. */
const OLD_SCHEMA = 3;
/** A fictional recovery key in the old version's format (32 base32 characters in groups of four). */
export const OLD_RECOVERY_KEY = 'KLMN-OPQR-STUV-WXYZ-2345-67AB-CDEF-GHIJ';

export interface OldUser {
  name: string;
  passphrase: string;
  roles: string[];
}

function gcm(kek: Buffer, plain: Buffer, aad: string) {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', kek, iv);
  c.setAAD(Buffer.from(aad));
  const ct = Buffer.concat([c.update(plain), c.final()]);
  return { alg: 'aes-256-gcm', iv: iv.toString('base64'), ct: ct.toString('base64'), tag: c.getAuthTag().toString('base64') };
}

/** Writes adviestafel.db and a format-1 keyring.json into `dataDir`. Users get ids 1, 2, ... */
export function writeFormat1Vault(dataDir: string, teamName: string, users: OldUser[]): void {
  mkdirSync(dataDir, { recursive: true });
  const dataKey = randomBytes(32);
  const vaultId = randomUUID();
  const at = '2026-10-01T09:00:00.000Z';

  const db = new Database(join(dataDir, 'adviestafel.db'));
  db.pragma(`cipher='sqlcipher'`);
  db.pragma('legacy=4');
  db.pragma(`hexkey='${dataKey.toString('hex')}'`);
  db.pragma('journal_mode = WAL');
  db.transaction(() => {
    for (const m of MIGRATIONS.filter((m) => m.version <= OLD_SCHEMA)) m.up(db);
    db.pragma(`user_version = ${OLD_SCHEMA}`);
    const meta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
    meta.run('team_name', teamName);
    meta.run('vault_id', vaultId);
    meta.run('created_at', at);
    db.prepare(`INSERT INTO settings (key, value) VALUES ('auto_lock_minutes', '10')`).run();
    users.forEach((u, i) =>
      db.prepare('INSERT INTO users (id, name, roles, active, created_at) VALUES (?, ?, ?, 1, ?)').run(i + 1, u.name, JSON.stringify(u.roles), at),
    );
  })();
  db.close();

  const keyringUsers = users.map((u, i) => {
    const salt = randomBytes(16);
    const kek = scryptSync(u.passphrase.normalize('NFC'), salt, 32, { N: 2 ** 10, r: 8, p: 1 });
    return {
      userId: i + 1,
      name: u.name,
      kdf: { alg: 'scrypt', logN: 10, r: 8, p: 1, salt: salt.toString('base64') },
      wrap: gcm(kek, dataKey, `adviestafel:${vaultId}:user:${i + 1}`),
    };
  });
  const recSalt = randomBytes(16);
  const recKek = Buffer.from(hkdfSync('sha256', OLD_RECOVERY_KEY.replace(/-/g, ''), recSalt, 'adviestafel recovery wrap', 32));
  const keyring = {
    format: 1,
    vaultId,
    teamName,
    createdAt: at,
    users: keyringUsers,
    recovery: { kdf: { alg: 'hkdf-sha256', salt: recSalt.toString('base64') }, wrap: gcm(recKek, dataKey, `adviestafel:${vaultId}:recovery`) },
  };
  writeFileSync(join(dataDir, 'keyring.json'), JSON.stringify(keyring, null, 2), { mode: 0o600 });
}
