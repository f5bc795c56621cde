/** The screenings table: row type, row -> Screening, and its statements. Screening notes are internal. */
import type { ParsedInput, Screening } from '../../../../shared/api/index.js';
import type { Db, ReadDb } from '../../db/database.js';

interface ScreeningRow {
  id: number;
  outcome: Screening['outcome'];
  reasons: string;
  requested_info: string;
  routed_to: Screening['routedTo'];
  routed_note: string;
  /** Joined from users. */
  screened_by_name: string;
  screened_at: string;
}

const toScreening = (s: ScreeningRow): Screening => ({
  id: s.id,
  outcome: s.outcome,
  reasons: s.reasons,
  requestedInfo: s.requested_info,
  routedTo: s.routed_to,
  routedNote: s.routed_note,
  screenedBy: s.screened_by_name,
  screenedAt: s.screened_at,
  internal: true,
});

/** Newest first. */
export const listScreenings = (db: ReadDb, caseId: number): Screening[] =>
  (
    db
      .prepare(
        `SELECT s.*, coalesce(u.name, '') AS screened_by_name
         FROM screenings s LEFT JOIN users u ON u.id = s.screened_by
         WHERE s.case_id = ? ORDER BY s.screened_at DESC, s.id DESC`,
      )
      .all(caseId) as ScreeningRow[]
  ).map(toScreening);

export function insertScreening(db: Db, s: ParsedInput<'screening.record'>, screenedBy: number, now: string): void {
  db.prepare(
    `INSERT INTO screenings (case_id, outcome, reasons, requested_info, routed_to, routed_note, screened_by, screened_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(s.caseId, s.outcome, s.reasons, s.requestedInfo, s.routedTo, s.routedNote, screenedBy, now);
}
