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
