import type { Migration } from './types.js';

/**
 * Reports (issue 11):
 * - report_archive: the statistical facts of an erased case (features/reports/facts.ts,
 *   archiveCaseFacts), so that the reports keep counting it after the case itself is gone. A row
 *   holds no personal data: no name, case code, case id, birth date or free text; only category
 *   codes, the age group and the 16+ / 18-/18+ flags, the municipality and the dates the periods
 *   and lead times need. Its id is random, so the row order says nothing about when (or in which
 *   order) cases were erased, and nothing links a row to the audit log.
 * - report_signals: the voorzitter's judgement of a meeting signaal (deel 2, field 'signalen'):
 *   fit for the report or not, with the wording the report shows.
 * - report_summaries: the written summary section of a report, per period and municipality.
 * - report_referral_facts: the four referral fields the reports count (referrer type, living
 *   situation, question types, 18-/18+ override), kept beside the referral JSON by triggers, so a
 *   report over 10,000 cases does not decrypt and parse every full referral. Categories only.
 * - case_events_report: a small partial index for the dates a case was discussed and closed.
 * - report_case_facts / report_dirty: each case's facts as facts.ts derives them, stored so a
 *   report over 10,000 cases reads 10,000 small rows instead of every table; triggers on the
 *   tables the facts come from mark the changed cases dirty, and the next report works those out
 *   again first (features/reports/store.ts).
 * - report_state: a counter the same triggers raise, so the backend may keep the facts of the
 *   open session in memory until something changes.
 */
/**
 * The tables the report facts come from, with the case(s) a changed row R (NEW or OLD) belongs
 * to. A change raises report_state.version and marks those cases in report_dirty, so their
 * stored facts (report_case_facts) are worked out again before the next report.
 */
const viaAdvice = (r: string) => `SELECT case_id FROM advices WHERE id = ${r}.advice_id`;
const WATCHED: [table: string, cases: (r: string) => string, when?: (r: string) => string][] = [
  ['cases', (r) => `SELECT ${r}.id`],
  ['case_referrals', (r) => `SELECT ${r}.case_id`],
  ['case_problem_areas', (r) => `SELECT ${r}.case_id`],
  ['case_events', (r) => `SELECT ${r}.case_id`, (r) => `WHEN ${r}.to_status IN ('besproken', 'afgesloten')`],
  ['meetings', (r) => `SELECT case_id FROM agenda_items WHERE meeting_id = ${r}.id`],
  ['agenda_items', (r) => `SELECT ${r}.case_id`],
  ['item_disruptions', (r) => `SELECT case_id FROM agenda_items WHERE id = ${r}.item_id`],
  ['advices', (r) => `SELECT ${r}.case_id`],
  ['advice_versions', viaAdvice],
  ['advice_items', (r) => `SELECT ${r}.case_id`],
  ['advice_responses', viaAdvice],
  ['advice_feedback', viaAdvice],
  ['case_outcomes', (r) => `SELECT ${r}.case_id`],
];

const BUMP = 'UPDATE report_state SET version = version + 1;';

// Only a case that still exists is marked: a deleted (erased) case leaves no id behind, whatever
// order its rows are deleted in (its own row's delete also removes its mark). No OR IGNORE: the
// outer statement's conflict policy overrides a trigger's (an upsert or a foreign-key action makes
// it ABORT), so an already marked case is left out by the query itself.
const mark = (cases: string) =>
  `INSERT INTO report_dirty (case_id) SELECT id FROM cases WHERE id IN (${cases}) AND id NOT IN (SELECT case_id FROM report_dirty);`;

const WATCH_SQL = [
  ...WATCHED.flatMap(([table, cases, when]) =>
    (['INSERT', 'UPDATE', 'DELETE'] as const).map((event) => {
      const r = event === 'DELETE' ? 'OLD' : 'NEW';
      const body = table === 'cases' && event === 'DELETE' ? 'DELETE FROM report_dirty WHERE case_id = OLD.id;' : mark(cases(r));
      return `CREATE TRIGGER report_watch_${table}_${event.toLowerCase()} AFTER ${event} ON ${table} ${when?.(r) ?? ''}
        BEGIN ${BUMP} ${body} END;`;
    }),
  ),
  ...(['INSERT', 'DELETE'] as const).map((e) => `CREATE TRIGGER report_watch_archive_${e.toLowerCase()} AFTER ${e} ON report_archive BEGIN ${BUMP} END;`),
].join('\n');

/** The referral fields the reports count, from a referral JSON expression. */
const FIELDS = (json: string) =>
  [
    `coalesce(json_extract(${json}, '$.referrer.type'), '')`,
    `coalesce(json_extract(${json}, '$.youth.livingSituation'), '')`,
    `coalesce(json_extract(${json}, '$.questionTypes'), '[]')`,
    `coalesce(json_extract(${json}, '$.transitionOverride'), 'auto')`,
  ].join(', ');

export const m0009: Migration = {
  version: 9,
  name: 'reports: archived facts, signalen marks, summaries',
  up(db) {
    db.exec(`
      CREATE TABLE report_archive (
        id           TEXT PRIMARY KEY,
        referred_on  TEXT NOT NULL,
        municipality TEXT NOT NULL,
        facts        TEXT NOT NULL                 -- JSON CaseFacts (facts.ts): codes, dates, age group
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX report_archive_referred ON report_archive(referred_on);

      CREATE TABLE report_signals (
        item_id    INTEGER PRIMARY KEY REFERENCES agenda_items(id) ON DELETE CASCADE,
        fit        INTEGER NOT NULL CHECK (fit IN (0, 1)),
        text       TEXT NOT NULL DEFAULT '',       -- the wording the report prints (stored when marked)
        marked_by  INTEGER NOT NULL REFERENCES users(id),
        marked_at  TEXT NOT NULL
      ) STRICT;

      CREATE TABLE report_summaries (
        period_from  TEXT NOT NULL,
        period_to    TEXT NOT NULL,
        municipality TEXT NOT NULL,                -- '' = all municipalities
        text         TEXT NOT NULL,
        updated_by   INTEGER NOT NULL REFERENCES users(id),
        updated_at   TEXT NOT NULL,
        PRIMARY KEY (period_from, period_to, municipality)
      ) STRICT;

      CREATE TABLE report_referral_facts (
        case_id        INTEGER PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
        referrer_type  TEXT NOT NULL,
        living         TEXT NOT NULL,
        question_types TEXT NOT NULL,              -- JSON array of codes
        override       TEXT NOT NULL
      ) STRICT;
      INSERT INTO report_referral_facts (case_id, referrer_type, living, question_types, override)
        SELECT case_id, ${FIELDS('referral')} FROM case_referrals;
      -- No OR REPLACE in these triggers: the outer statement's conflict policy overrides a trigger's
      -- (an upsert of case_referrals would make it ABORT), so the old row is deleted first.
      CREATE TRIGGER report_referral_facts_insert AFTER INSERT ON case_referrals BEGIN
        DELETE FROM report_referral_facts WHERE case_id = NEW.case_id;
        INSERT INTO report_referral_facts (case_id, referrer_type, living, question_types, override)
        VALUES (NEW.case_id, ${FIELDS('NEW.referral')});
      END;
      CREATE TRIGGER report_referral_facts_update AFTER UPDATE OF referral ON case_referrals BEGIN
        DELETE FROM report_referral_facts WHERE case_id = NEW.case_id;
        INSERT INTO report_referral_facts (case_id, referrer_type, living, question_types, override)
        VALUES (NEW.case_id, ${FIELDS('NEW.referral')});
      END;
      CREATE TRIGGER report_referral_facts_delete AFTER DELETE ON case_referrals BEGIN
        DELETE FROM report_referral_facts WHERE case_id = OLD.case_id;
      END;

      CREATE INDEX case_events_report ON case_events(case_id, to_status, at)
        WHERE to_status IN ('besproken', 'afgesloten');

      CREATE TABLE report_state (
        id        INTEGER PRIMARY KEY CHECK (id = 1),
        version   INTEGER NOT NULL,
        refreshes INTEGER NOT NULL DEFAULT 0      -- raised by each refresh of report_case_facts (store.ts)
      ) STRICT;
      INSERT INTO report_state (id, version) VALUES (1, 0);

      CREATE TABLE report_case_facts (
        case_id INTEGER PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
        facts   TEXT NOT NULL                       -- JSON CaseFacts with caseId, as facts.ts derives them
      ) STRICT;
      CREATE TABLE report_dirty (
        case_id INTEGER PRIMARY KEY
      ) STRICT;
      INSERT INTO report_dirty (case_id) SELECT id FROM cases;
    `);
    db.exec(WATCH_SQL);
  },
};
