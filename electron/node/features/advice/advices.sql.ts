/** The advices, advice_versions and advice_items tables: rows, reads and writes. */
import type { AdviceItem, AdviceVersion } from '../../../../shared/api/index.js';
import type { AdviceContent } from '../../../../shared/api/advice-inputs.js';
import type { VersionStatus } from '../../../../shared/domain/advice.js';
import type { z } from '../../../../shared/zod.js';
import type { Db, ReadDb } from '../../db/database.js';

export type Content = z.output<typeof AdviceContent>;

export interface AdviceRow {
  id: number;
  case_id: number;
  approved_version: number | null;
  approved_on: string;
  review_date: string;
  next_item_key: number;
}

interface VersionRow {
  id: number;
  version: number;
  status: VersionStatus;
  advice_date: string;
  question_summary: string;
  analysis: string;
  team_activities: string;
  director_kind: AdviceVersion['director']['kind'];
  director_user_id: number | null;
  director_name: string;
  director_user_name: string | null;
  weight: AdviceVersion['weight'];
  weight_basis: string;
  weight_basis_date: string;
  reason: string;
  meeting_id: number | null;
  agenda_item_id: number | null;
  drafted_by_name: string;
  drafted_at: string;
  updated_at: string;
  approved_by: number | null;
  approved_by_name: string | null;
  approved_at: string | null;
  approved_session_name: string | null;
}

interface ItemRow {
  version_id: number;
  item_key: number;
  position: number;
  category: AdviceItem['category'];
  financing_route: AdviceItem['financingRoute'];
  text: string;
  addressee_kind: AdviceItem['addresseeKind'];
  addressee_name: string;
  deadline: string;
}

export function getAdviceRow(db: ReadDb, caseId: number): AdviceRow | null {
  return (db.prepare('SELECT * FROM advices WHERE case_id = ?').get(caseId) as AdviceRow | undefined) ?? null;
}

const toItem = (r: ItemRow): AdviceItem => ({
  key: r.item_key,
  position: r.position,
  category: r.category,
  financingRoute: r.financing_route,
  text: r.text,
  addresseeKind: r.addressee_kind,
  addresseeName: r.addressee_name,
  deadline: r.deadline,
});

/** Every version with its items, newest first. */
export function loadVersions(db: ReadDb, adviceId: number): AdviceVersion[] {
  const rows = db
    .prepare(
      `SELECT v.*, du.name AS drafted_by_name, au.name AS approved_by_name, su.name AS approved_session_name,
              dir.name AS director_user_name
         FROM advice_versions v
         JOIN users du ON du.id = v.drafted_by
         LEFT JOIN users au ON au.id = v.approved_by
         LEFT JOIN users su ON su.id = v.approved_session
         LEFT JOIN users dir ON dir.id = v.director_user_id
        WHERE v.advice_id = ? ORDER BY v.version DESC`,
    )
    .all(adviceId) as VersionRow[];
  const items = db
    .prepare(
      `SELECT i.* FROM advice_items i WHERE i.advice_id = ? ORDER BY i.version_id, i.position`,
    )
    .all(adviceId) as ItemRow[];
  const byVersion = new Map<number, AdviceItem[]>();
  for (const i of items) {
    const list = byVersion.get(i.version_id) ?? [];
    list.push(toItem(i));
    byVersion.set(i.version_id, list);
  }
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    status: r.status,
    adviceDate: r.advice_date,
    questionSummary: r.question_summary,
    analysis: r.analysis,
    items: byVersion.get(r.id) ?? [],
    teamActivities: JSON.parse(r.team_activities) as AdviceVersion['teamActivities'],
    director: {
      kind: r.director_kind,
      userId: r.director_user_id,
      name: r.director_user_id !== null ? (r.director_user_name ?? r.director_name) : r.director_name,
    },
    weight: r.weight,
    weightBasis: r.weight_basis,
    weightBasisDate: r.weight_basis_date,
    reason: r.reason,
    meetingId: r.meeting_id,
    agendaItemId: r.agenda_item_id,
    draftedBy: r.drafted_by_name,
    draftedAt: r.drafted_at,
    updatedAt: r.updated_at,
    approvedBy: r.approved_by_name ?? '',
    approvedById: r.approved_by,
    approvedAt: r.approved_at,
    approvedInSessionOf: r.approved_session_name ?? '',
  }));
}

export function insertAdvice(db: Db, caseId: number, userId: number, now: string): AdviceRow {
  db.prepare('INSERT INTO advices (case_id, created_by, created_at) VALUES (?, ?, ?)').run(caseId, userId, now);
  return getAdviceRow(db, caseId)!;
}

export interface VersionMeta {
  reason: string;
  meetingId: number | null;
  agendaItemId: number | null;
  userId: number;
  now: string;
}

/** A new concept version with its items; returns its id. */
export function insertVersion(db: Db, advice: AdviceRow, version: number, c: Content, m: VersionMeta): number {
  const id = Number(
    db
      .prepare(
        `INSERT INTO advice_versions (advice_id, version, status, advice_date, question_summary, analysis, team_activities,
           director_kind, director_user_id, director_name, weight, weight_basis, weight_basis_date, reason,
           meeting_id, agenda_item_id, drafted_by, drafted_at, updated_at)
         VALUES (?, ?, 'concept', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        advice.id,
        version,
        c.adviceDate,
        c.questionSummary,
        c.analysis,
        JSON.stringify([...new Set(c.teamActivities)]),
        c.director.kind,
        c.director.kind === 'teamlid' ? c.director.userId : null,
        c.director.name,
        c.weight,
        c.weightBasis,
        c.weightBasisDate,
        m.reason,
        m.meetingId,
        m.agendaItemId,
        m.userId,
        m.now,
        m.now,
      ).lastInsertRowid,
  );
  writeItems(db, advice, id, c.items);
  return id;
}

/** Overwrite a concept version's content (the caller checked it is a concept). */
export function updateVersion(db: Db, advice: AdviceRow, versionId: number, c: Content, m: Omit<VersionMeta, 'reason'>): void {
  db.prepare(
    `UPDATE advice_versions SET advice_date = ?, question_summary = ?, analysis = ?, team_activities = ?, director_kind = ?,
       director_user_id = ?, director_name = ?, weight = ?, weight_basis = ?, weight_basis_date = ?,
       meeting_id = coalesce(?, meeting_id), agenda_item_id = coalesce(?, agenda_item_id), updated_at = ?
     WHERE id = ? AND status = 'concept'`,
  ).run(
    c.adviceDate,
    c.questionSummary,
    c.analysis,
    JSON.stringify([...new Set(c.teamActivities)]),
    c.director.kind,
    c.director.kind === 'teamlid' ? c.director.userId : null,
    c.director.name,
    c.weight,
    c.weightBasis,
    c.weightBasisDate,
    m.meetingId,
    m.agendaItemId,
    m.now,
    versionId,
  );
  db.prepare('DELETE FROM advice_items WHERE version_id = ?').run(versionId);
  writeItems(db, advice, versionId, c.items);
}

/**
 * Items keep their key when they continue an item of this advice (an unknown key
 * is treated as new); new items get the advice's next key.
 */
function writeItems(db: Db, advice: AdviceRow, versionId: number, items: Content['items']): void {
  let next = (db.prepare('SELECT next_item_key FROM advices WHERE id = ?').pluck().get(advice.id) as number) ?? 1;
  const used = new Set<number>();
  const insert = db.prepare(
    `INSERT INTO advice_items (version_id, advice_id, case_id, item_key, position, category, financing_route, text,
       addressee_kind, addressee_name, deadline)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  items.forEach((item, position) => {
    let key = item.key;
    if (key === undefined || key >= next || used.has(key)) key = next++;
    used.add(key);
    insert.run(versionId, advice.id, advice.case_id, key, position, item.category, item.financingRoute, item.text, item.addresseeKind, item.addresseeName, item.deadline);
  });
  db.prepare('UPDATE advices SET next_item_key = ? WHERE id = ?').run(next, advice.id);
}

/**
 * Approve `versionId`: it becomes the version in force (its items in_force), the
 * previous approved version becomes 'vervangen'.
 */
export function approveVersion(
  db: Db,
  advice: AdviceRow,
  v: { id: number; version: number },
  a: { approverId: number; sessionUserId: number; now: string; reviewDate: string },
): void {
  db.prepare(`UPDATE advice_versions SET status = 'vervangen' WHERE advice_id = ? AND status = 'vastgesteld'`).run(advice.id);
  db.prepare(
    `UPDATE advice_versions SET status = 'vastgesteld', approved_by = ?, approved_at = ?, approved_session = ? WHERE id = ?`,
  ).run(a.approverId, a.now, a.sessionUserId, v.id);
  db.prepare('UPDATE advice_items SET in_force = (version_id = ?), awaiting = 0 WHERE advice_id = ?').run(v.id, advice.id);
  refreshAwaiting(db, advice.id);
  db.prepare(
    `UPDATE advices SET approved_version = ?, approved_on = CASE WHEN approved_on = '' THEN ? ELSE approved_on END,
       review_date = CASE WHEN review_date = '' THEN ? ELSE review_date END WHERE id = ?`,
  ).run(v.version, a.now.slice(0, 10), a.reviewDate, advice.id);
}

export function setReviewDate(db: Db, adviceId: number, date: string): void {
  db.prepare('UPDATE advices SET review_date = ? WHERE id = ?').run(date, adviceId);
}

/** Does the case have an approved advice? (The closing rule asks.) */
export function hasApprovedAdvice(db: ReadDb, caseId: number): boolean {
  return !!db.prepare('SELECT 1 FROM advices WHERE case_id = ? AND approved_version IS NOT NULL').get(caseId);
}

/** Recompute `awaiting` for the items in force: no response yet (or 'geen_reactie'). */
export function refreshAwaiting(db: Db, adviceId: number): void {
  db.prepare(
    `UPDATE advice_items SET awaiting = NOT EXISTS (
       SELECT 1 FROM advice_responses r WHERE r.advice_id = advice_items.advice_id AND r.item_key = advice_items.item_key
          AND r.state <> 'geen_reactie')
     WHERE advice_id = ? AND in_force = 1`,
  ).run(adviceId);
}

/** A closed case waits for nobody: its items leave the overdue list. */
export function stopAwaiting(db: Db, adviceId: number): void {
  db.prepare('UPDATE advice_items SET awaiting = 0 WHERE advice_id = ? AND awaiting = 1').run(adviceId);
}
