/** Reading the audit_log table (appending and verifying live in electron/node/audit/audit.ts). */
import type { AuditEntry } from '../../../../shared/api/index.js';
import type { ReadDb } from '../../db/database.js';

interface AuditListRow {
  id: number;
  at: string;
  user_name: string;
  role: string;
  action: string;
  case_code: string | null;
  outcome: string;
  device: string;
}

const toAuditEntry = (r: AuditListRow): AuditEntry => ({
  id: r.id,
  at: r.at,
  userName: r.user_name,
  role: r.role,
  action: r.action,
  caseCode: r.case_code,
  outcome: r.outcome,
  device: r.device,
});

/** The newest entries first. */
export const listAuditEntries = (db: ReadDb, limit: number): AuditEntry[] =>
  (
    db
      .prepare(
        `SELECT id, at, user_name, role, action, case_code, outcome, device
         FROM audit_log ORDER BY id DESC LIMIT ?`,
      )
      .all(limit) as AuditListRow[]
  ).map(toAuditEntry);

/** Actions whose consecutive repeats by one user are shown as one row: list views, one per search keystroke. */
export const GROUPED_ACTIONS: ReadonlySet<string> = new Set(['case.list']);
/** A pause longer than this starts a new row. */
export const GROUP_GAP_MS = 10 * 60 * 1000;

/**
 * The newest `limit` rows, with consecutive list views by the same user, on the
 * same device and with the same outcome, folded into one row (count, firstAt..at).
 * Reads newest first and stops as soon as it has `limit` rows; the log is not changed.
 */
export function listAuditGrouped(db: ReadDb, limit: number): AuditEntry[] {
  const out: (AuditEntry & { userId: number | null })[] = [];
  const rows = db
    .prepare(
      `SELECT id, at, user_id, user_name, role, action, case_code, outcome, device
       FROM audit_log ORDER BY id DESC`,
    )
    .iterate() as IterableIterator<AuditListRow & { user_id: number | null }>;
  for (const r of rows) {
    const last = out[out.length - 1];
    if (
      last &&
      GROUPED_ACTIONS.has(r.action) &&
      last.action === r.action &&
      last.userId === r.user_id &&
      last.device === r.device &&
      last.outcome === r.outcome &&
      Date.parse(last.firstAt ?? last.at) - Date.parse(r.at) <= GROUP_GAP_MS
    ) {
      last.count = (last.count ?? 1) + 1;
      last.firstAt = r.at;
      continue;
    }
    // The row before this one is complete: stop once `limit` rows are complete and this one starts a new row.
    if (out.length === limit) break;
    out.push({ ...toAuditEntry(r), userId: r.user_id });
  }
  return out.map(({ userId: _userId, ...e }) => e);
}
