/**
 * Real erasure of one case (issue 13, point 5). Runs inside the dispatcher's transaction; the
 * WAL is checkpointed (TRUNCATE) right after the commit (`truncateWal`). With secure_delete on
 * (database.ts sets it; `assertSecureDelete` checks it) SQLite overwrites every deleted cell and
 * freed page, so nothing of the case stays in the decrypted file; tests/unit/retention scan the
 * decrypted pages (sqlite_dbpage) and the WAL for the erased values.
 *
 * What is removed, table by table, is ERASE_PLAN below: every table with a case_id column (or a
 * foreign key to cases) must be named there, or the coverage test fails.
 *
 * The audit log is append-only and hash-chained, and its entries hold no free text: who, role,
 * action, case id, case code, outcome (a code), device. Of these only the case code points to the
 * youth outside the vault (it is on the letters the family received). Erasure removes it from
 * every entry of the case (a redaction the trigger of migration 0010 allows and nothing else):
 * the entry's hash stays, so the chain and the signed checkpoints still verify, and a seal over
 * the hash and the remaining fields (audit.ts `redactionSeal`) is what the verification checks
 * for such an entry. What this cannot hide: the stored hash was computed over the code, so someone
 * holding the decrypted file could confirm a guessed code (there are few possible codes). The
 * entries keep the case's internal number N: the log still shows who opened case N and when, and
 * that N was erased, by whom and when; case_erasures adds under which policy.
 *
 * Stored besluitenlijst PDFs of meetings where the case was discussed list its code and decision:
 * they are removed (and counted); the besluitenlijst itself stays without the case and can be
 * recorded again. Free text about this case written in another case's record is not searched.
 */
import { redactionSeal } from '../../audit/audit.js';
import type { Db } from '../../db/database.js';
import type { RetentionCategory, RetentionPeriod } from '../../../../shared/api/retention.js';
import { insertErasure } from './retention.sql.js';

/**
 * How each table that can hold a case's data is emptied of it:
 * - delete: `DELETE FROM <table> WHERE case_id = ?` (in this order, before the case row);
 * - cascade: removed by a foreign key's ON DELETE CASCADE (from the named parent);
 * - custom: handled by code below;
 * - keep: stays, for the stated reason (never personal data).
 */
export type EraseRule =
  | { how: 'delete' }
  | { how: 'cascade'; from: string }
  | { how: 'custom'; what: string }
  | { how: 'keep'; why: string };

export const ERASE_PLAN: Record<string, EraseRule> = {
  letters: { how: 'custom', what: "the case's letters (PDF bytes) and their sends; besluitenlijst PDFs listing the case" },
  letter_sends: { how: 'custom', what: 'with their letter' },
  drafts: { how: 'custom', what: 'by case_id and by the form path /cases/N' },
  meeting_decisions: { how: 'delete' },
  decision_versions: { how: 'custom', what: "the case's row removed from each established version" },
  agenda_items: { how: 'delete' },
  agenda_guests: { how: 'cascade', from: 'agenda_items' },
  item_notes: { how: 'cascade', from: 'agenda_items' },
  item_disruptions: { how: 'cascade', from: 'agenda_items' },
  advice_actions: { how: 'delete' },
  advices: { how: 'delete' },
  advice_items: { how: 'cascade', from: 'advices' },
  advice_responses: { how: 'cascade', from: 'advices' },
  advice_reviews: { how: 'cascade', from: 'advices' },
  advice_feedback: { how: 'cascade', from: 'advices' },
  // After its items (advice_items.version_id cascades from it).
  advice_versions: { how: 'cascade', from: 'advices' },
  case_referrals: { how: 'cascade', from: 'cases' },
  case_events: { how: 'cascade', from: 'cases' },
  case_problem_areas: { how: 'cascade', from: 'cases' },
  consents: { how: 'cascade', from: 'cases' },
  screenings: { how: 'cascade', from: 'cases' },
  case_conflicts: { how: 'cascade', from: 'cases' },
  case_outcomes: { how: 'cascade', from: 'cases' },
  retention_postponements: { how: 'cascade', from: 'cases' },
  report_referral_facts: { how: 'cascade', from: 'cases' },
  report_case_facts: { how: 'cascade', from: 'cases' },
  report_dirty: { how: 'custom', what: "the case's mark, removed by a trigger when the case row is deleted (migration 0009)" },
  case_disruptions: { how: 'cascade', from: 'cases' },
  report_signals: { how: 'cascade', from: 'agenda_items' },
  case_search: { how: 'custom', what: 'the search index row (rowid = case id), FTS5 secure-delete' },
  cases: { how: 'custom', what: 'the case row itself, last' },
  audit_log: { how: 'keep', why: 'NEN 7513: who accessed case N and when; the case code is redacted (see above)' },
};

/** The rows of a cascade child that belong to the case, by the parent the plan names (`?` = the case id). */
export const CASCADE_ROWS: Record<string, string> = {
  cases: 'case_id = ?',
  advices: 'advice_id IN (SELECT id FROM advices WHERE case_id = ?)',
  agenda_items: 'item_id IN (SELECT id FROM agenda_items WHERE case_id = ?)',
};

export interface EraseOutcome {
  erasureId: number;
  auditEntriesRedacted: number;
  besluitenlijstLettersRemoved: number;
}

export interface ErasePolicy {
  category: RetentionCategory;
  period: RetentionPeriod;
  deadline: string;
}

const ids = (db: Db, sql: string, ...params: unknown[]) => db.prepare(sql).pluck().all(...params) as number[];

function deleteLetters(db: Db, letterIds: readonly number[]): void {
  const sends = db.prepare('DELETE FROM letter_sends WHERE letter_id = ?');
  const letter = db.prepare('DELETE FROM letters WHERE id = ?');
  for (const id of letterIds) {
    sends.run(id);
    letter.run(id);
  }
}

/** Remove the case's row from each established besluitenlijst version (kept rows are never updated: replaced). */
function redactDecisionVersions(db: Db, meetingIds: readonly number[], caseId: number): void {
  const versions = db.prepare('SELECT * FROM decision_versions WHERE meeting_id = ?');
  const del = db.prepare('DELETE FROM decision_versions WHERE meeting_id = ? AND version = ?');
  const ins = db.prepare(
    `INSERT INTO decision_versions (meeting_id, version, content, reason, created_by, created_at)
     VALUES (@meeting_id, @version, @content, @reason, @created_by, @created_at)`,
  );
  for (const meetingId of meetingIds) {
    for (const v of versions.all(meetingId) as { meeting_id: number; version: number; content: string }[]) {
      const content = JSON.parse(v.content) as { items?: { caseId?: number }[] };
      const items = content.items ?? [];
      const kept = items.filter((i) => i.caseId !== caseId);
      if (kept.length === items.length) continue;
      del.run(meetingId, v.version);
      ins.run({ ...v, content: JSON.stringify({ ...content, items: kept }) });
    }
  }
}

function redactAudit(db: Db, caseId: number, erasureId: number): number {
  type Row = Parameters<typeof redactionSeal>[0] & { id: number };
  const rows = db.prepare('SELECT * FROM audit_log WHERE case_id = ? AND case_code IS NOT NULL').all(caseId) as Row[];
  const seal = db.prepare('INSERT INTO audit_redactions (audit_id, erasure_id, seal) VALUES (?, ?, ?)');
  const clear = db.prepare('UPDATE audit_log SET case_code = NULL WHERE id = ?');
  for (const r of rows) {
    seal.run(r.id, erasureId, redactionSeal(r));
    clear.run(r.id);
  }
  db.prepare('UPDATE case_erasures SET redacted = ? WHERE id = ?').run(rows.length, erasureId);
  return rows.length;
}

/**
 * Erase case `caseId` from every table. The caller has checked the policy and archived the
 * statistical facts (reports) first, in the same transaction.
 */
export function eraseCase(db: Db, caseId: number, by: number, now: string, policy: ErasePolicy): EraseOutcome {
  const erasureId = insertErasure(db, { caseNumber: caseId, at: now, by, ...policy });

  const meetingIds = [
    ...new Set([
      ...ids(db, 'SELECT meeting_id FROM agenda_items WHERE case_id = ?', caseId),
      ...ids(db, 'SELECT meeting_id FROM meeting_decisions WHERE case_id = ?', caseId),
    ]),
  ];
  deleteLetters(db, ids(db, 'SELECT id FROM letters WHERE case_id = ?', caseId));
  const meetingLetters = meetingIds.flatMap((m) =>
    ids(db, `SELECT id FROM letters WHERE meeting_id = ? AND kind = 'besluitenlijst'`, m),
  );
  deleteLetters(db, meetingLetters);
  redactDecisionVersions(db, meetingIds, caseId);

  const itemIds = ids(db, 'SELECT id FROM agenda_items WHERE case_id = ?', caseId);
  const unsetCurrent = db.prepare('UPDATE meetings SET current_item_id = NULL WHERE current_item_id = ?');
  for (const item of itemIds) unsetCurrent.run(item);

  db.prepare(
    `DELETE FROM drafts WHERE case_id = ? OR path = ? OR path LIKE ? OR path LIKE ?`,
  ).run(caseId, `/cases/${caseId}`, `/cases/${caseId}/%`, `/cases/${caseId}?%`);

  // Deepest first, each table by a statement of its own: the rows a cascade would remove are
  // deleted explicitly, because triggers fired by a foreign-key action run with ABORT as their
  // conflict policy (an INSERT OR IGNORE in such a trigger, e.g. the reports' dirty marks, fails).
  const rules = Object.entries(ERASE_PLAN);
  for (const parent of ['advices', 'agenda_items']) {
    for (const [table, rule] of rules) {
      if (rule.how === 'cascade' && rule.from === parent) db.prepare(`DELETE FROM "${table}" WHERE ${CASCADE_ROWS[parent]}`).run(caseId);
    }
  }
  for (const [table, rule] of rules) {
    if (rule.how === 'delete') db.prepare(`DELETE FROM "${table}" WHERE case_id = ?`).run(caseId);
  }
  for (const [table, rule] of rules) {
    if (rule.how === 'cascade' && rule.from === 'cases') db.prepare(`DELETE FROM "${table}" WHERE ${CASCADE_ROWS.cases}`).run(caseId);
  }
  db.prepare('DELETE FROM case_search WHERE rowid = ?').run(caseId);
  db.prepare('DELETE FROM cases WHERE id = ?').run(caseId);

  const auditEntriesRedacted = redactAudit(db, caseId, erasureId);
  return { erasureId, auditEntriesRedacted, besluitenlijstLettersRemoved: meetingLetters.length };
}

/** secure_delete must be on for erasure to mean "gone from the file" (database.ts sets it at open). */
export function assertSecureDelete(db: Db): void {
  const v = db.pragma('secure_delete', { simple: true });
  if (v !== 1) throw new Error('secure_delete is off');
}

/**
 * After the erasure committed: copy the WAL into the database and truncate it to zero bytes, so no
 * frame with the case's old pages stays in the -wal file. Returns false when a reader kept it busy.
 */
export function truncateWal(db: Db): boolean {
  const [r] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number; checkpointed: number }[];
  return !!r && r.busy === 0;
}
