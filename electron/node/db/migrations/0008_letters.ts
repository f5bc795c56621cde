import type { Migration } from './types.js';

/**
 * Letters (shared/api/letters.ts): the letterhead (one row), every recorded letter with its
 * exact PDF bytes and SHA-256 (never updated: a later advice version makes a new letter), and
 * the "verzonden" records. A letter belongs to a case (adviesbrief, gezinsbrief) or to a
 * meeting (besluitenlijst). Encrypted with the rest of the database.
 */
export const m0008: Migration = {
  version: 8,
  name: 'letters',
  up(db) {
    db.exec(`
      CREATE TABLE letterhead (
        id                 INTEGER PRIMARY KEY CHECK (id = 1),
        team_name          TEXT NOT NULL DEFAULT '',
        address            TEXT NOT NULL DEFAULT '',
        signature_name     TEXT NOT NULL DEFAULT '',
        signature_function TEXT NOT NULL DEFAULT '',
        footer_text        TEXT NOT NULL DEFAULT '',
        logo               BLOB,
        logo_type          TEXT,
        updated_by         INTEGER REFERENCES users(id),
        updated_at         TEXT
      ) STRICT;

      CREATE TABLE letters (
        id                INTEGER PRIMARY KEY,
        kind              TEXT NOT NULL CHECK (kind IN ('professional', 'family', 'besluitenlijst')),
        lang              TEXT NOT NULL CHECK (lang IN ('nl', 'en')),
        case_id           INTEGER REFERENCES cases(id),
        meeting_id        INTEGER REFERENCES meetings(id),
        number            INTEGER NOT NULL,
        title             TEXT NOT NULL,
        file_name         TEXT NOT NULL,
        advice_version_id INTEGER REFERENCES advice_versions(id),
        advice_version    INTEGER,
        pdf               BLOB NOT NULL,
        sha256            TEXT NOT NULL,
        pages             INTEGER NOT NULL,
        created_by        INTEGER NOT NULL REFERENCES users(id),
        created_at        TEXT NOT NULL,
        CHECK ((case_id IS NULL) <> (meeting_id IS NULL))
      ) STRICT;
      CREATE UNIQUE INDEX letters_case_number ON letters (case_id, number) WHERE case_id IS NOT NULL;
      CREATE UNIQUE INDEX letters_meeting_number ON letters (meeting_id, number) WHERE meeting_id IS NOT NULL;

      CREATE TABLE letter_sends (
        id          INTEGER PRIMARY KEY,
        letter_id   INTEGER NOT NULL REFERENCES letters(id),
        recipient   TEXT NOT NULL,
        channel     TEXT NOT NULL,
        sent_on     TEXT NOT NULL,
        note        TEXT NOT NULL DEFAULT '',
        recorded_by INTEGER NOT NULL REFERENCES users(id),
        recorded_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX letter_sends_letter ON letter_sends (letter_id);

      -- A stored letter is what was sent: its bytes never change.
      CREATE TRIGGER letters_immutable BEFORE UPDATE OF pdf, sha256, advice_version_id, advice_version ON letters
      BEGIN
        SELECT RAISE(ABORT, 'letters are immutable');
      END;
    `);
  },
};
