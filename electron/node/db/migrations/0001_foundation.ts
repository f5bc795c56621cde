import type { Migration } from './types.js';

/** Team metadata, users, settings, the append-only audit log and the core case row. */
export const m0001: Migration = {
  version: 1,
  name: 'foundation',
  up(db) {
    db.exec(`
      CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE users (
        id         INTEGER PRIMARY KEY,
        name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
        roles      TEXT NOT NULL,              -- JSON array of role codes
        active     INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL                    -- JSON
      ) STRICT;

      -- NEN 7513: who, in which role, about whom, what, when, from which device.
      -- Each row carries the hash of the previous one, so an edit or a deletion breaks the chain.
      CREATE TABLE audit_log (
        id        INTEGER PRIMARY KEY,
        at        TEXT NOT NULL,
        user_id   INTEGER,
        user_name TEXT NOT NULL,
        role      TEXT NOT NULL,
        action    TEXT NOT NULL,
        case_id   INTEGER,
        case_code TEXT,
        outcome   TEXT NOT NULL,
        device    TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash      TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_log_case ON audit_log(case_id);
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;

      CREATE TABLE cases (
        id               INTEGER PRIMARY KEY,
        code             TEXT NOT NULL UNIQUE,
        year             INTEGER NOT NULL,
        seq              INTEGER NOT NULL,
        status           TEXT NOT NULL,
        youth_first_name TEXT NOT NULL,
        youth_last_name  TEXT NOT NULL,
        birth_date       TEXT NOT NULL,
        municipality     TEXT NOT NULL,
        referrer_org     TEXT NOT NULL,
        urgency          TEXT NOT NULL DEFAULT 'normaal',
        referred_on      TEXT NOT NULL,
        created_by       INTEGER NOT NULL REFERENCES users(id),
        created_at       TEXT NOT NULL,
        updated_at       TEXT NOT NULL,
        UNIQUE (year, seq)
      ) STRICT;
      CREATE INDEX cases_status ON cases(status);

      -- The full referral lives apart from the narrow, frequently scanned case row.
      CREATE TABLE case_referrals (
        case_id  INTEGER PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
        referral TEXT NOT NULL                 -- JSON, validated by shared/domain/referral.ts
      ) STRICT;
      CREATE INDEX cases_referred_on ON cases(referred_on);

      CREATE TABLE case_events (
        id          INTEGER PRIMARY KEY,
        case_id     INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        at          TEXT NOT NULL,
        user_id     INTEGER NOT NULL REFERENCES users(id),
        kind        TEXT NOT NULL,
        from_status TEXT,
        to_status   TEXT,
        detail      TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX case_events_case ON case_events(case_id, at);
    `);
  },
};
