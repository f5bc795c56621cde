import type { Migration } from './types.js';

/**
 * Import of earlier registrations (issue 11): verstoringen recorded for a discussion that is
 * not an agenda item of a meeting held in this app. The app records verstoringen per agenda
 * item (item_disruptions); a case imported from a team's spreadsheet was discussed before the
 * app existed, so its verstoringen are kept per case on the date of that discussion (the case's
 * status change to 'besproken' that day). The reports read them beside item_disruptions.
 */
export const m0012: Migration = {
  version: 12,
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
  },
};
