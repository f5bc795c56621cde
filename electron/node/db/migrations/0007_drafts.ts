import type { Migration } from './types.js';

/**
 * Drafts: a form's typed values kept when the vault locked before they were
 * saved, one per user and form key (shared/api/drafts.ts). Encrypted with the
 * rest of the database; secure_delete overwrites a discarded draft.
 */
export const m0007: Migration = {
  version: 7,
  name: 'drafts',
  up(db) {
    db.exec(`
      CREATE TABLE drafts (
        user_id  INTEGER NOT NULL REFERENCES users(id),
        form_key TEXT NOT NULL,
        case_id  INTEGER REFERENCES cases(id),
        path     TEXT NOT NULL,
        payload  TEXT NOT NULL,
        saved_at TEXT NOT NULL,
        PRIMARY KEY (user_id, form_key)
      ) STRICT;
    `);
  },
};
