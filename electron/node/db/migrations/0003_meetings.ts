import type { Migration } from './types.js';

/**
 * Meetings: series and dated meetings, the agenda with slots and guests,
 * attendance, conflicts of interest, live phase timers, notes per field (with a
 * version for optimistic concurrency) and the besluitenlijst with its versions.
 */
export const m0003: Migration = {
  version: 3,
  name: 'meetings',
  up(db) {
    db.exec(`
      CREATE TABLE meeting_series (
        id             INTEGER PRIMARY KEY,
        title          TEXT NOT NULL,
        interval_weeks INTEGER NOT NULL CHECK (interval_weeks BETWEEN 1 AND 8),
        weekday        INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
        start_time     TEXT NOT NULL,
        end_time       TEXT NOT NULL,
        location       TEXT NOT NULL DEFAULT '',
        video_link     TEXT NOT NULL DEFAULT '',
        capacity       INTEGER NOT NULL,
        first_date     TEXT NOT NULL,
        until_date     TEXT NOT NULL,
        active         INTEGER NOT NULL DEFAULT 1,
        created_by     INTEGER NOT NULL REFERENCES users(id),
        created_at     TEXT NOT NULL
      ) STRICT;

      CREATE TABLE meetings (
        id               INTEGER PRIMARY KEY,
        series_id        INTEGER REFERENCES meeting_series(id),
        date             TEXT NOT NULL,
        start_time       TEXT NOT NULL DEFAULT '',
        end_time         TEXT NOT NULL DEFAULT '',
        location         TEXT NOT NULL DEFAULT '',
        video_link       TEXT NOT NULL DEFAULT '',
        capacity         INTEGER NOT NULL,
        extra            INTEGER NOT NULL DEFAULT 0,
        status           TEXT NOT NULL DEFAULT 'gepland',   -- gepland | bezig | afgerond | geannuleerd
        cancel_reason    TEXT NOT NULL DEFAULT '',
        moved_from       TEXT NOT NULL DEFAULT '',
        current_item_id  INTEGER,
        started_at       TEXT,
        ended_at         TEXT,
        timer_running    INTEGER NOT NULL DEFAULT 0,
        decisions_status TEXT NOT NULL DEFAULT 'concept',   -- concept | vastgesteld
        decisions_version INTEGER NOT NULL DEFAULT 0,
        created_by       INTEGER NOT NULL REFERENCES users(id),
        created_at       TEXT NOT NULL,
        updated_at       TEXT NOT NULL
      ) STRICT;
      CREATE INDEX meetings_date ON meetings(date);
      CREATE INDEX meetings_series ON meetings(series_id, date);

      CREATE TABLE agenda_items (
        id                INTEGER PRIMARY KEY,
        meeting_id        INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        case_id           INTEGER NOT NULL REFERENCES cases(id),
        position          INTEGER NOT NULL,
        minutes_deel1     INTEGER NOT NULL CHECK (minutes_deel1 >= 0),
        minutes_deel2     INTEGER NOT NULL CHECK (minutes_deel2 >= 0),
        carried_from      INTEGER REFERENCES meetings(id),   -- doorgeschoven from that meeting
        phase             TEXT NOT NULL DEFAULT 'voorbereiding',
        phase_started_at  TEXT,
        seconds_deel1     INTEGER NOT NULL DEFAULT 0,
        seconds_deel2     INTEGER NOT NULL DEFAULT 0,
        seconds_advies    INTEGER NOT NULL DEFAULT 0,
        added_by          INTEGER NOT NULL REFERENCES users(id),
        added_at          TEXT NOT NULL,
        UNIQUE (meeting_id, case_id)
      ) STRICT;
      CREATE INDEX agenda_items_case ON agenda_items(case_id);
      CREATE INDEX agenda_items_meeting ON agenda_items(meeting_id, position);

      -- Guests are not users: a name and the phases they attend, per agenda item.
      CREATE TABLE agenda_guests (
        id      INTEGER PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
        kind    TEXT NOT NULL,
        name    TEXT NOT NULL,
        role    TEXT NOT NULL DEFAULT '',
        deel1   INTEGER NOT NULL DEFAULT 1,
        deel2   INTEGER NOT NULL DEFAULT 0
      ) STRICT;
      CREATE INDEX agenda_guests_item ON agenda_guests(item_id);

      CREATE TABLE meeting_attendance (
        id          INTEGER PRIMARY KEY,
        meeting_id  INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        user_id     INTEGER REFERENCES users(id),
        name        TEXT NOT NULL,
        sector      TEXT NOT NULL,
        status      TEXT NOT NULL,                           -- aanwezig | afwezig | vervangen
        replaced_by TEXT NOT NULL DEFAULT '',
        position    INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX meeting_attendance_meeting ON meeting_attendance(meeting_id, position);

      -- A member's conflict of interest per case, recorded where it was declared; withdrawn ones are kept.
      CREATE TABLE case_conflicts (
        id           INTEGER PRIMARY KEY,
        case_id      INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        meeting_id   INTEGER REFERENCES meetings(id),
        user_id      INTEGER REFERENCES users(id),
        member_name  TEXT NOT NULL,
        reason       TEXT NOT NULL,
        recorded_by  INTEGER NOT NULL REFERENCES users(id),
        recorded_at  TEXT NOT NULL,
        withdrawn_at TEXT
      ) STRICT;
      CREATE INDEX case_conflicts_case ON case_conflicts(case_id);

      -- One row per note field; version counts saves for optimistic concurrency.
      CREATE TABLE item_notes (
        item_id  INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
        field    TEXT NOT NULL,
        text     TEXT NOT NULL,
        version  INTEGER NOT NULL,
        saved_by INTEGER NOT NULL REFERENCES users(id),
        saved_at TEXT NOT NULL,
        PRIMARY KEY (item_id, field)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE item_disruptions (
        item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
        code    TEXT NOT NULL,
        PRIMARY KEY (item_id, code)
      ) STRICT, WITHOUT ROWID;

      -- The draft besluitenlijst: one row per case of the meeting.
      CREATE TABLE meeting_decisions (
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        case_id    INTEGER NOT NULL REFERENCES cases(id),
        decision   TEXT NOT NULL DEFAULT '',                 -- advies_gegeven | opnieuw_bespreken | elders_belegd
        summary    TEXT NOT NULL DEFAULT '',
        updated_by INTEGER NOT NULL REFERENCES users(id),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (meeting_id, case_id)
      ) STRICT;

      -- Each established (vastgesteld) version, kept as it was; later ones carry a reason.
      CREATE TABLE decision_versions (
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        version    INTEGER NOT NULL,
        content    TEXT NOT NULL,                            -- JSON: { items, attendance }
        reason     TEXT NOT NULL DEFAULT '',
        created_by INTEGER NOT NULL REFERENCES users(id),
        created_at TEXT NOT NULL,
        PRIMARY KEY (meeting_id, version)
      ) STRICT;
      CREATE TRIGGER decision_versions_no_update BEFORE UPDATE ON decision_versions
        BEGIN SELECT RAISE(ABORT, 'decision versions are kept as they were'); END;
    `);
  },
};
