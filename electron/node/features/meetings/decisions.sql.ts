/** The meeting_decisions (the draft besluitenlijst) and decision_versions tables. */
import type { Attendee, DecisionRow, DecisionVersion, DecisionVersionInfo } from '../../../../shared/api/index.js';
import type { Decision } from '../../../../shared/domain/meetings.js';
import type { Db, ReadDb } from '../../db/database.js';

/** One row per agenda item of the meeting, with the decision recorded so far ('' when none). */
export const listDecisionRows = (db: ReadDb, meetingId: number): DecisionRow[] =>
  db
    .prepare(
      `SELECT a.id AS itemId, a.case_id AS caseId, c.code AS caseCode,
              coalesce(d.decision, '') AS decision, coalesce(d.summary, '') AS summary
       FROM agenda_items a JOIN cases c ON c.id = a.case_id
       LEFT JOIN meeting_decisions d ON d.meeting_id = a.meeting_id AND d.case_id = a.case_id
       WHERE a.meeting_id = ? ORDER BY a.position, a.id`,
    )
    .all(meetingId) as DecisionRow[];

export function upsertDecision(
  db: Db,
  d: { meetingId: number; caseId: number; decision: Decision | ''; summary: string },
  by: number,
  now: string,
): void {
  db.prepare(
    `INSERT INTO meeting_decisions (meeting_id, case_id, decision, summary, updated_by, updated_at)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (meeting_id, case_id) DO UPDATE SET decision = excluded.decision, summary = excluded.summary,
       updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
  ).run(d.meetingId, d.caseId, d.decision, d.summary, by, now);
}

export function insertVersion(
  db: Db,
  v: { meetingId: number; version: number; items: DecisionRow[]; attendance: Attendee[]; reason: string },
  by: number,
  now: string,
): void {
  db.prepare(
    'INSERT INTO decision_versions (meeting_id, version, content, reason, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(v.meetingId, v.version, JSON.stringify({ items: v.items, attendance: v.attendance }), v.reason, by, now);
}

export const listVersions = (db: ReadDb, meetingId: number): DecisionVersionInfo[] =>
  db
    .prepare(
      `SELECT v.version, v.reason, v.created_at AS at, u.name AS by FROM decision_versions v
       JOIN users u ON u.id = v.created_by WHERE v.meeting_id = ? ORDER BY v.version DESC`,
    )
    .all(meetingId) as DecisionVersionInfo[];

export function getVersion(db: ReadDb, meetingId: number, version: number): DecisionVersion | undefined {
  const r = db
    .prepare(
      `SELECT v.version, v.reason, v.created_at AS at, u.name AS by, v.content FROM decision_versions v
       JOIN users u ON u.id = v.created_by WHERE v.meeting_id = ? AND v.version = ?`,
    )
    .get(meetingId, version) as (DecisionVersionInfo & { content: string }) | undefined;
  if (!r) return undefined;
  const { content, ...info } = r;
  return { ...info, ...(JSON.parse(content) as { items: DecisionRow[]; attendance: Attendee[] }) };
}
