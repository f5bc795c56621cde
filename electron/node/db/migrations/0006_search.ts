import type { Migration } from './types.js';

/**
 * Search and list at scale (issue 7, points 9 and 10).
 *
 * - The search index holds only what a user expects to find: the case code, the
 *   names of the youth and the guardians, the municipality and the two question
 *   texts. The region, the referrer and the "already tried" text are no longer in
 *   it (a region name matched three quarters of all cases). The old index is
 *   dropped: with secure_delete on, its pages are overwritten.
 * - The youth's BSN gets its own column with an index: a search for all nine
 *   digits finds the case exactly, and a new referral is checked against it for a
 *   possible duplicate. It is no token of the full-text index, so no prefix of a
 *   BSN finds anything.
 * - Covering indexes for the list: counts per status within an age range
 *   (status, birth date), and the default sort (referral date) with the status
 *   and age filters. They replace the single-column status and date indexes.
 */
export const m0006: Migration = {
  version: 6,
  name: 'search index contents, BSN, list indexes',
  up(db) {
    db.exec(`
      ALTER TABLE cases ADD COLUMN youth_bsn TEXT NOT NULL DEFAULT '';
      UPDATE cases SET youth_bsn = coalesce(
        (SELECT json_extract(r.referral, '$.youth.bsn') FROM case_referrals r WHERE r.case_id = cases.id), '');
      CREATE INDEX cases_youth_bsn ON cases(youth_bsn);

      DROP INDEX cases_status;
      DROP INDEX cases_referred_on;
      CREATE INDEX cases_status_birth ON cases(status, birth_date);
      CREATE INDEX cases_referred_list ON cases(referred_on, status, birth_date);

      DROP TABLE case_search;
      CREATE VIRTUAL TABLE case_search USING fts5(
        code, names, municipality, questions,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3 4'
      );
      INSERT INTO case_search (case_search, rank) VALUES ('secure-delete', 1);
      INSERT INTO case_search (rowid, code, names, municipality, questions)
      SELECT c.id, c.code,
             trim(c.youth_first_name || ' ' || c.youth_last_name || ' ' || coalesce(
               (SELECT group_concat(json_extract(g.value, '$.name'), ' ') FROM json_each(r.referral, '$.guardians') g), '')),
             c.municipality,
             coalesce(json_extract(r.referral, '$.questionReferrer'), '') || char(10) ||
             coalesce(json_extract(r.referral, '$.questionFamily'), '')
      FROM cases c LEFT JOIN case_referrals r ON r.case_id = c.id;
    `);
  },
};
