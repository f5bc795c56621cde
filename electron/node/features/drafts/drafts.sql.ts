/** The drafts table: one row per (user, form key); the values as JSON. */
import type { Db, ReadDb } from '../../db/database.js';
import type { Draft, DraftInfo } from '../../../../shared/api/drafts.js';

interface Row {
  form_key: string;
  case_id: number | null;
  path: string;
  saved_at: string;
  payload?: string;
}

const info = (r: Row): DraftInfo => ({ key: r.form_key, caseId: r.case_id, path: r.path, savedAt: r.saved_at });

export interface DraftWrite {
  key: string;
  caseId: number | null;
  path: string;
  values: unknown;
}

export function putDraft(db: Db, userId: number, d: DraftWrite, at: string): DraftInfo {
  db.prepare(
    `INSERT INTO drafts (user_id, form_key, case_id, path, payload, saved_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (user_id, form_key) DO UPDATE SET case_id = excluded.case_id, path = excluded.path,
       payload = excluded.payload, saved_at = excluded.saved_at`,
  ).run(userId, d.key, d.caseId, d.path, JSON.stringify(d.values), at);
  return { key: d.key, caseId: d.caseId, path: d.path, savedAt: at };
}

export function listDrafts(db: ReadDb, userId: number): DraftInfo[] {
  const rows = db
    .prepare('SELECT form_key, case_id, path, saved_at FROM drafts WHERE user_id = ? ORDER BY saved_at DESC, form_key')
    .all(userId) as Row[];
  return rows.map(info);
}

export function getDraft(db: ReadDb, userId: number, key: string): Draft | null {
  const row = db
    .prepare('SELECT form_key, case_id, path, saved_at, payload FROM drafts WHERE user_id = ? AND form_key = ?')
    .get(userId, key) as Row | undefined;
  return row ? { ...info(row), values: JSON.parse(row.payload!) as unknown } : null;
}

export function deleteDraft(db: Db, userId: number, key: string): boolean {
  return db.prepare('DELETE FROM drafts WHERE user_id = ? AND form_key = ?').run(userId, key).changes > 0;
}
