import type { Migration } from './types.js';

/**
 * Import of earlier registrations (issue 11): verstoringen recorded for a discussion that is
 * not an agenda item of a meeting held in this app. The app records verstoringen per agenda
 * item (item_disruptions); a case imported from a team's spreadsheet was discussed before the
 * app existed, so its verstoringen are kept per case on the date of that discussion (the case's
 * status change to 'besproken' that day). The reports read them beside item_disruptions
 * (features/reports/facts.ts), and are told of a change like for every other such table.
 */
export const m0011: Migration = {
  version: 11,
  name: 'import: verstoringen outside a meeting',
  up(db) {
    db.exec(`
      CREATE TABLE case_disruptions (
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        on_date TEXT NOT NULL,
        code    TEXT NOT NULL,
        PRIMARY KEY (case_id, on_date, code)
      ) STRICT, WITHOUT ROWID;
    `);
    // Like every table the report facts come from (migration 0009): a change raises report_state
    // and marks the case for its stored facts to be worked out again (no OR IGNORE: a trigger run
    // by a foreign-key action would turn it into ABORT).
    for (const [event, row] of [['INSERT', 'NEW'], ['DELETE', 'OLD']] as const) {
      db.exec(`
        CREATE TRIGGER report_watch_case_disruptions_${event.toLowerCase()} AFTER ${event} ON case_disruptions BEGIN
          UPDATE report_state SET version = version + 1;
          INSERT INTO report_dirty (case_id) SELECT id FROM cases WHERE id = ${row}.case_id AND id NOT IN (SELECT case_id FROM report_dirty);
        END;
      `);
    }
  },
};
