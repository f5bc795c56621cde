import type { Migration } from './types.js';

/**
 * Vault hardening: each user's public keys (kept for good, so old checkpoints
 * stay verifiable after a key is replaced), the signed audit checkpoints, and
 * the ids of keyring changes committed together with the database.
 */
export const m0004: Migration = {
  version: 4,
  name: 'vault_keys',
  up(db) {
    db.exec(`
      CREATE TABLE user_keys (
        id         INTEGER PRIMARY KEY,
        user_id    INTEGER NOT NULL REFERENCES users(id),
        box_pub    TEXT NOT NULL,              -- X25519, raw, base64
        sign_pub   TEXT NOT NULL UNIQUE,       -- Ed25519, raw, base64
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX user_keys_user ON user_keys(user_id);

      -- A signed statement "the log had \`count\` entries ending in \`head_hash\`", with the
      -- hashes of the entries since the previous checkpoint (32 bytes each) so a changed entry can be named.
      CREATE TABLE audit_checkpoints (
        id         INTEGER PRIMARY KEY,
        at         TEXT NOT NULL,
        user_id    INTEGER NOT NULL,
        sign_pub   TEXT NOT NULL,
        from_pos   INTEGER NOT NULL,
        count      INTEGER NOT NULL,
        head_hash  TEXT NOT NULL,
        seg_hashes BLOB NOT NULL,
        sig        TEXT NOT NULL
      ) STRICT;
      CREATE TRIGGER audit_checkpoints_no_update BEFORE UPDATE ON audit_checkpoints
        BEGIN SELECT RAISE(ABORT, 'checkpoints are append-only'); END;
      CREATE TRIGGER audit_checkpoints_no_delete BEFORE DELETE ON audit_checkpoints
        BEGIN SELECT RAISE(ABORT, 'checkpoints are append-only'); END;

      -- Keyring changes that must land with a commit: the keyring names the id, this table proves the commit.
      CREATE TABLE keyring_txn (
        txid TEXT PRIMARY KEY,
        at   TEXT NOT NULL
      ) STRICT;
    `);
  },
};
