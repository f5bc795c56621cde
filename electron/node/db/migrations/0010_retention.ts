import type { Migration } from './types.js';

/**
 * Retention and erasure (issue 13; electron/node/features/retention).
 *
 * - retention_postponements: the voorzitter's "not yet" for a case past its period, with a reason
 *   and a date. Erased with the case (cascade).
 * - case_erasures: what stays of an erased case: its internal number N, when, by whom, under which
 *   policy (category, period, deadline). No personal data: no code, no name, no text.
 * - audit_redactions: the audit entries of an erased case whose case code was removed. The entry's
 *   hash and place in the chain stay (the signed checkpoints cover them); `seal` is the SHA-256 of
 *   the entry's hash and its remaining fields, which the chain verification checks instead of
 *   the entry hash (electron/node/audit/audit.ts).
 * - The audit log stays append-only: the no-update trigger now lets exactly one change through,
 *   setting case_code to NULL on an entry listed in audit_redactions, every other column unchanged.
 *   Deleting entries stays refused.
 */
export const m0010: Migration = {
  version: 10,
  name: 'retention, erasure, audit redaction',
  up(db) {
    db.exec(`
      CREATE TABLE retention_postponements (
        id           INTEGER PRIMARY KEY,
        case_id      INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        until        TEXT NOT NULL,
        reason       TEXT NOT NULL,
        postponed_by INTEGER NOT NULL REFERENCES users(id),
        postponed_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX retention_postponements_case ON retention_postponements(case_id, until);

      CREATE TABLE case_erasures (
        id              INTEGER PRIMARY KEY,
        case_number     INTEGER NOT NULL UNIQUE,
        erased_at       TEXT NOT NULL,
        erased_by       INTEGER NOT NULL REFERENCES users(id),
        category        TEXT NOT NULL,
        period          TEXT NOT NULL,            -- JSON {amount, unit}
        deadline        TEXT NOT NULL,
        redacted        INTEGER NOT NULL DEFAULT 0
      ) STRICT;

      CREATE TABLE audit_redactions (
        audit_id   INTEGER PRIMARY KEY,
        erasure_id INTEGER NOT NULL REFERENCES case_erasures(id),
        seal       TEXT NOT NULL
      ) STRICT;
      CREATE TRIGGER audit_redactions_no_update BEFORE UPDATE ON audit_redactions
        BEGIN SELECT RAISE(ABORT, 'redactions are kept as they were'); END;
      CREATE TRIGGER audit_redactions_no_delete BEFORE DELETE ON audit_redactions
        BEGIN SELECT RAISE(ABORT, 'redactions are kept as they were'); END;

      DROP TRIGGER audit_log_no_update;
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        WHEN NOT (
          OLD.case_code IS NOT NULL AND NEW.case_code IS NULL
          AND NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.user_id IS OLD.user_id
          AND NEW.user_name = OLD.user_name AND NEW.role = OLD.role AND NEW.action = OLD.action
          AND NEW.case_id IS OLD.case_id AND NEW.outcome = OLD.outcome AND NEW.device = OLD.device
          AND NEW.prev_hash = OLD.prev_hash AND NEW.hash = OLD.hash
          AND EXISTS (SELECT 1 FROM audit_redactions WHERE audit_id = OLD.id)
        )
        BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
    `);
  },
};
