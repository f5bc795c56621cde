import { DEFAULT_PROBLEM_AREAS } from '../../../../shared/domain/taxonomies.js';
import type { Migration } from './types.js';

/** The full referral: problem areas, consent, screening, legal ground, search index. */
export const m0002: Migration = {
  version: 2,
  name: 'referral, consent, screening, search',
  up(db) {
    db.exec(`
      ALTER TABLE cases ADD COLUMN transition18 INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE cases ADD COLUMN other_tables INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE cases ADD COLUMN closure_reason TEXT NOT NULL DEFAULT '';
      ALTER TABLE cases ADD COLUMN legal_ground TEXT;
      ALTER TABLE cases ADD COLUMN legal_ground_reason TEXT;
      ALTER TABLE cases ADD COLUMN legal_ground_by INTEGER REFERENCES users(id);
      ALTER TABLE cases ADD COLUMN legal_ground_at TEXT;
      CREATE INDEX cases_municipality ON cases(municipality);
      CREATE INDEX cases_birth_date ON cases(birth_date);
      CREATE INDEX cases_updated_at ON cases(updated_at);

      CREATE TABLE problem_areas (
        id     TEXT PRIMARY KEY,
        nl     TEXT NOT NULL,
        en     TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1,
        sort   INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE case_problem_areas (
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        area_id TEXT NOT NULL REFERENCES problem_areas(id),
        PRIMARY KEY (case_id, area_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX case_problem_areas_area ON case_problem_areas(area_id, case_id);

      CREATE TABLE consents (
        id               INTEGER PRIMARY KEY,
        case_id          INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        subject          TEXT NOT NULL,        -- jeugdige | ouder
        person_name      TEXT NOT NULL,
        scope            TEXT NOT NULL,        -- registratie | deelname_overleg
        given_on         TEXT NOT NULL,
        method           TEXT NOT NULL,        -- schriftelijk | mondeling
        recorded_by      INTEGER NOT NULL REFERENCES users(id),
        recorded_at      TEXT NOT NULL,
        withdrawn_on     TEXT,
        withdrawn_reason TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX consents_case ON consents(case_id);

      -- Screening notes are internal to the team: 'internal' is part of the data model
      -- so that any screen shown while a family is present can filter on it.
      CREATE TABLE screenings (
        id             INTEGER PRIMARY KEY,
        case_id        INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        outcome        TEXT NOT NULL,
        reasons        TEXT NOT NULL,
        requested_info TEXT NOT NULL DEFAULT '',
        routed_to      TEXT NOT NULL DEFAULT '',
        routed_note    TEXT NOT NULL DEFAULT '',
        internal       INTEGER NOT NULL DEFAULT 1 CHECK (internal = 1),
        screened_by    INTEGER NOT NULL REFERENCES users(id),
        screened_at    TEXT NOT NULL
      ) STRICT;
      CREATE INDEX screenings_case ON screenings(case_id, screened_at);

      -- Full-text search inside the encrypted file. rowid = cases.id.
      CREATE VIRTUAL TABLE case_search USING fts5(
        code, names, municipality, questions,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3 4'
      );
      -- Deleted or replaced index entries (an old name after an edit) are removed from the
      -- index itself, not only marked deleted.
      INSERT INTO case_search (case_search, rank) VALUES ('secure-delete', 1);
    `);
    const insert = db.prepare('INSERT INTO problem_areas (id, nl, en, active, sort) VALUES (?, ?, ?, 1, ?)');
    DEFAULT_PROBLEM_AREAS.forEach((a, i) => insert.run(a.id, a.nl, a.en, i));
  },
};
