/** The meeting_attendance and case_conflicts tables. */
import type { Attendee, Conflict } from '../../../../shared/api/index.js';
import type { Sector } from '../../../../shared/domain/sectors.js';
import type { AttendanceStatus } from '../../../../shared/domain/meetings.js';
import type { Db, ReadDb } from '../../db/database.js';

interface AttendanceRow {
  id: number;
  user_id: number | null;
  name: string;
  sector: Sector;
  status: AttendanceStatus;
  replaced_by: string;
}

const toAttendee = (r: AttendanceRow): Attendee => ({
  id: r.id,
  userId: r.user_id,
  name: r.name,
  sector: r.sector,
  status: r.status,
  replacedBy: r.replaced_by,
});

export const listAttendance = (db: ReadDb, meetingId: number): Attendee[] =>
  (
    db
      .prepare('SELECT id, user_id, name, sector, status, replaced_by FROM meeting_attendance WHERE meeting_id = ? ORDER BY position, id')
      .all(meetingId) as AttendanceRow[]
  ).map(toAttendee);

export function replaceAttendance(db: Db, meetingId: number, members: readonly Omit<Attendee, 'id'>[]): void {
  db.prepare('DELETE FROM meeting_attendance WHERE meeting_id = ?').run(meetingId);
  const insert = db.prepare(
    `INSERT INTO meeting_attendance (meeting_id, user_id, name, sector, status, replaced_by, position)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  members.forEach((m, i) =>
    insert.run(meetingId, m.userId, m.name, m.sector, m.status, m.status === 'vervangen' ? m.replacedBy : '', i + 1),
  );
}

/**
 * What to show before attendance is recorded: the members of the latest meeting
 * that has attendance, else the active team members; everyone 'aanwezig'.
 */
export function suggestAttendance(db: ReadDb): Attendee[] {
  const last = db
    .prepare(
      `SELECT meeting_id FROM meeting_attendance a JOIN meetings m ON m.id = a.meeting_id
       ORDER BY m.date DESC, m.id DESC LIMIT 1`,
    )
    .pluck()
    .get() as number | undefined;
  if (last !== undefined) {
    return listAttendance(db, last).map((a) => ({ ...a, id: 0, status: 'aanwezig', replacedBy: '' }));
  }
  const users = db.prepare('SELECT id, name, roles FROM users WHERE active = 1 ORDER BY name').all() as {
    id: number;
    name: string;
    roles: string;
  }[];
  return users
    .filter((u) => (JSON.parse(u.roles) as string[]).some((r) => r !== 'beheerder'))
    .map((u) => ({ id: 0, userId: u.id, name: u.name, sector: 'anders', status: 'aanwezig', replacedBy: '' }));
}

// --- conflicts of interest ----------------------------------------------------------------

export const listConflicts = (db: ReadDb, caseId: number): Conflict[] =>
  (
    db
      .prepare(
        `SELECT k.id, k.case_id AS caseId, k.user_id AS userId, k.member_name AS memberName, k.reason,
                u.name AS recordedBy, k.recorded_at AS recordedAt,
                (k.user_id IS NULL OR k.user_id <> k.recorded_by) AS byChair
         FROM case_conflicts k JOIN users u ON u.id = k.recorded_by
         WHERE k.case_id = ? AND k.withdrawn_at IS NULL ORDER BY k.recorded_at, k.id`,
      )
      .all(caseId) as (Omit<Conflict, 'byChair'> & { byChair: number })[]
  ).map((c) => ({ ...c, byChair: c.byChair === 1 }));

/** Whose conflict it is (null: a non-user, declared by the chair), or undefined when there is no open one. */
export const conflictOwner = (db: ReadDb, id: number): { userId: number | null } | undefined =>
  db.prepare('SELECT user_id AS userId FROM case_conflicts WHERE id = ? AND withdrawn_at IS NULL').get(id) as
    | { userId: number | null }
    | undefined;

export function insertConflict(
  db: Db,
  c: { caseId: number; meetingId: number; userId: number | null; memberName: string; reason: string },
  by: number,
  now: string,
): void {
  db.prepare(
    `INSERT INTO case_conflicts (case_id, meeting_id, user_id, member_name, reason, recorded_by, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(c.caseId, c.meetingId, c.userId, c.memberName, c.reason, by, now);
}

/** Withdrawn conflicts stay recorded; returns the case, or undefined when there was no open one. */
export function withdrawConflict(db: Db, id: number, now: string): number | undefined {
  const caseId = db.prepare('SELECT case_id FROM case_conflicts WHERE id = ? AND withdrawn_at IS NULL').pluck().get(id) as
    | number
    | undefined;
  if (caseId !== undefined) db.prepare('UPDATE case_conflicts SET withdrawn_at = ? WHERE id = ?').run(now, id);
  return caseId;
}
