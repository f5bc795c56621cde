import type { Migration } from './types.js';

/**
 * Advice, mandate and follow-up: one advice per case with its versions (concept,
 * vastgesteld, vervangen) and their items, the responses of the addressed
 * parties per item, actions (procesregie), reviews, feedback and the outcome at
 * closing. Items of the version in force carry `in_force = 1`; those still
 * waiting for a response in an open case also `awaiting = 1`, so the follow-up
 * overview reads overdue deadlines from one small partial index.
 */
export const m0005: Migration = {
  version: 5,
  name: 'advice',
  up(db) {
    db.exec(`
      CREATE TABLE advices (
        id                INTEGER PRIMARY KEY,
        case_id           INTEGER NOT NULL UNIQUE REFERENCES cases(id) ON DELETE CASCADE,
        approved_version  INTEGER,                      -- the version in force, NULL before the first approval
        approved_on       TEXT NOT NULL DEFAULT '',     -- date of the first approval
        review_date       TEXT NOT NULL DEFAULT '',
        next_item_key     INTEGER NOT NULL DEFAULT 1,
        created_by        INTEGER NOT NULL REFERENCES users(id),
        created_at        TEXT NOT NULL
      ) STRICT;
      CREATE INDEX advices_review ON advices(review_date, case_id, approved_on) WHERE review_date <> '';

      CREATE TABLE advice_versions (
        id                 INTEGER PRIMARY KEY,
        advice_id          INTEGER NOT NULL REFERENCES advices(id) ON DELETE CASCADE,
        version            INTEGER NOT NULL,
        status             TEXT NOT NULL CHECK (status IN ('concept', 'vastgesteld', 'vervangen')),
        advice_date        TEXT NOT NULL,
        question_summary   TEXT NOT NULL DEFAULT '',
        analysis           TEXT NOT NULL DEFAULT '',
        team_activities    TEXT NOT NULL DEFAULT '[]',  -- JSON array of codes
        director_kind      TEXT NOT NULL DEFAULT '',
        director_user_id   INTEGER REFERENCES users(id),
        director_name      TEXT NOT NULL DEFAULT '',
        weight             TEXT NOT NULL,
        weight_basis       TEXT NOT NULL DEFAULT '',
        weight_basis_date  TEXT NOT NULL DEFAULT '',
        reason             TEXT NOT NULL DEFAULT '',
        meeting_id         INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
        agenda_item_id     INTEGER REFERENCES agenda_items(id) ON DELETE SET NULL,
        drafted_by         INTEGER NOT NULL REFERENCES users(id),
        drafted_at         TEXT NOT NULL,
        updated_at         TEXT NOT NULL,
        approved_by        INTEGER REFERENCES users(id),
        approved_at        TEXT,
        approved_session   INTEGER REFERENCES users(id),  -- whose session was open at the approval
        UNIQUE (advice_id, version)
      ) STRICT;

      CREATE TABLE advice_items (
        id               INTEGER PRIMARY KEY,
        version_id       INTEGER NOT NULL REFERENCES advice_versions(id) ON DELETE CASCADE,
        advice_id        INTEGER NOT NULL REFERENCES advices(id) ON DELETE CASCADE,
        case_id          INTEGER NOT NULL,             -- = the advice's case (the overview reads it from the index)
        item_key         INTEGER NOT NULL,
        position         INTEGER NOT NULL,
        category         TEXT NOT NULL,
        financing_route  TEXT NOT NULL DEFAULT '',
        text             TEXT NOT NULL,
        addressee_kind   TEXT NOT NULL,
        addressee_name   TEXT NOT NULL DEFAULT '',
        deadline         TEXT NOT NULL DEFAULT '',
        in_force         INTEGER NOT NULL DEFAULT 0,
        awaiting         INTEGER NOT NULL DEFAULT 0,   -- in force, the party has not responded, the case is open
        UNIQUE (version_id, item_key)
      ) STRICT;
      CREATE INDEX advice_items_advice ON advice_items(advice_id, in_force);
      -- Covering for the follow-up overview's overdue responses.
      CREATE INDEX advice_items_awaiting ON advice_items(deadline, case_id, item_key, category, addressee_kind, addressee_name)
        WHERE awaiting = 1 AND deadline <> '';

      -- The current response of the party an item is addressed to; earlier ones are on the timeline.
      CREATE TABLE advice_responses (
        advice_id       INTEGER NOT NULL REFERENCES advices(id) ON DELETE CASCADE,
        item_key        INTEGER NOT NULL,
        state           TEXT NOT NULL,
        changes         TEXT NOT NULL DEFAULT '',
        reason          TEXT NOT NULL DEFAULT '',
        escalated_to    TEXT NOT NULL DEFAULT '',
        escalated_on    TEXT NOT NULL DEFAULT '',
        escalated_whom  TEXT NOT NULL DEFAULT '',
        responded_on    TEXT NOT NULL,
        recorded_by     INTEGER NOT NULL REFERENCES users(id),
        recorded_at     TEXT NOT NULL,
        PRIMARY KEY (advice_id, item_key)
      ) STRICT;

      CREATE TABLE advice_actions (
        id           INTEGER PRIMARY KEY,
        case_id      INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        advice_id    INTEGER REFERENCES advices(id) ON DELETE CASCADE,
        item_key     INTEGER,
        who_user_id  INTEGER REFERENCES users(id),
        who_name     TEXT NOT NULL DEFAULT '',
        what         TEXT NOT NULL,
        due          TEXT NOT NULL DEFAULT '',
        status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'gedaan', 'vervallen')),
        created_by   INTEGER NOT NULL REFERENCES users(id),
        created_at   TEXT NOT NULL,
        closed_at    TEXT
      ) STRICT;
      CREATE INDEX advice_actions_case ON advice_actions(case_id);
      CREATE INDEX advice_actions_open_due ON advice_actions(due) WHERE status = 'open' AND due <> '';
      CREATE INDEX advice_actions_who ON advice_actions(who_user_id, status);

      CREATE TABLE advice_reviews (
        id            INTEGER PRIMARY KEY,
        advice_id     INTEGER NOT NULL REFERENCES advices(id) ON DELETE CASCADE,
        held_on       TEXT NOT NULL,
        items         TEXT NOT NULL DEFAULT '[]',     -- JSON [{itemKey, result, disruption}]
        decision      TEXT NOT NULL,
        reason        TEXT NOT NULL DEFAULT '',
        escalated_to  TEXT NOT NULL DEFAULT '',
        note          TEXT NOT NULL DEFAULT '',
        recorded_by   INTEGER NOT NULL REFERENCES users(id),
        recorded_at   TEXT NOT NULL
      ) STRICT;
      CREATE INDEX advice_reviews_advice ON advice_reviews(advice_id);

      CREATE TABLE advice_feedback (
        id           INTEGER PRIMARY KEY,
        advice_id    INTEGER NOT NULL REFERENCES advices(id) ON DELETE CASCADE,
        source       TEXT NOT NULL,
        score        INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
        text         TEXT NOT NULL DEFAULT '',
        given_by     TEXT NOT NULL,
        recorded_by  INTEGER NOT NULL REFERENCES users(id),
        recorded_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX advice_feedback_advice ON advice_feedback(advice_id);

      -- Recorded when a case that had an advice is closed; feeds the reports.
      CREATE TABLE case_outcomes (
        case_id        INTEGER PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
        fitting_place  TEXT NOT NULL,
        place_type     TEXT NOT NULL,
        knelpunt       TEXT NOT NULL,
        achterliggend  TEXT NOT NULL DEFAULT '',
        note           TEXT NOT NULL DEFAULT '',
        recorded_by    INTEGER NOT NULL REFERENCES users(id),
        recorded_at    TEXT NOT NULL
      ) STRICT;
      CREATE INDEX case_outcomes_knelpunt ON case_outcomes(knelpunt);
    `);
  },
};
