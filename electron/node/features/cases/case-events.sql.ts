/** The case_events table: the case's timeline. */
import type { CaseEvent } from '../../../../shared/api/index.js';
import type { CaseStatus } from '../../../../shared/domain/status.js';
import type { Db, ReadDb } from '../../db/database.js';

export interface NewCaseEvent {
  caseId: number;
  at: string;
  userId: number;
  kind: string;
  detail?: string;
  from?: CaseStatus | null;
  to?: CaseStatus | null;
}

export function insertCaseEvent(db: Db, e: NewCaseEvent): void {
  db.prepare(
    'INSERT INTO case_events (case_id, at, user_id, kind, from_status, to_status, detail) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(e.caseId, e.at, e.userId, e.kind, e.from ?? null, e.to ?? null, e.detail ?? '');
}

/** Newest first, with the author's name. */
export const listCaseEvents = (db: ReadDb, caseId: number): CaseEvent[] =>
  db
    .prepare(
      `SELECT e.id, e.at, u.name AS userName, e.kind, e.from_status AS fromStatus, e.to_status AS toStatus, e.detail
       FROM case_events e JOIN users u ON u.id = e.user_id WHERE e.case_id = ? ORDER BY e.at DESC, e.id DESC`,
    )
    .all(caseId) as CaseEvent[];
