/** The advice_responses and advice_actions tables. */
import type { AdviceAction, ItemResponse } from '../../../../shared/api/index.js';
import type { ActionInput, ResponseInput } from '../../../../shared/api/advice-inputs.js';
import { isActionOverdue, type ActionStatus } from '../../../../shared/domain/advice.js';
import type { z } from '../../../../shared/zod.js';
import type { Db, ReadDb } from '../../db/database.js';

interface ResponseRow {
  item_key: number;
  state: ItemResponse['state'];
  changes: string;
  reason: string;
  escalated_to: ItemResponse['escalatedTo'];
  escalated_on: string;
  escalated_whom: string;
  responded_on: string;
  recorded_by_name: string;
  recorded_at: string;
}

export function noResponse(itemKey: number): ItemResponse {
  return {
    itemKey,
    state: 'geen_reactie',
    changes: '',
    reason: '',
    escalatedTo: '',
    escalatedOn: '',
    escalatedWhom: '',
    respondedOn: '',
    recordedBy: '',
    recordedAt: null,
  };
}

/** The current response per item key. */
export function loadResponses(db: ReadDb, adviceId: number): Map<number, ItemResponse> {
  const rows = db
    .prepare(
      `SELECT r.*, u.name AS recorded_by_name FROM advice_responses r JOIN users u ON u.id = r.recorded_by
        WHERE r.advice_id = ?`,
    )
    .all(adviceId) as ResponseRow[];
  return new Map(
    rows.map((r) => [
      r.item_key,
      {
        itemKey: r.item_key,
        state: r.state,
        changes: r.changes,
        reason: r.reason,
        escalatedTo: r.escalated_to,
        escalatedOn: r.escalated_on,
        escalatedWhom: r.escalated_whom,
        respondedOn: r.responded_on,
        recordedBy: r.recorded_by_name,
        recordedAt: r.recorded_at,
      },
    ]),
  );
}

export type ResponseValues = z.output<typeof ResponseInput>;

/** Record (replace) the response to one item. Fields that do not belong to the state are stored empty. */
export function upsertResponse(db: Db, adviceId: number, r: ResponseValues, by: number, now: string): void {
  const s = r.state;
  db.prepare(
    `INSERT INTO advice_responses (advice_id, item_key, state, changes, reason, escalated_to, escalated_on, escalated_whom,
       responded_on, recorded_by, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (advice_id, item_key) DO UPDATE SET state = excluded.state, changes = excluded.changes,
       reason = excluded.reason, escalated_to = excluded.escalated_to, escalated_on = excluded.escalated_on,
       escalated_whom = excluded.escalated_whom, responded_on = excluded.responded_on,
       recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at`,
  ).run(
    adviceId,
    r.itemKey,
    s,
    s === 'akkoord_met_wijzigingen' ? r.changes : '',
    s === 'geweigerd' ? r.reason : '',
    s === 'geescaleerd' ? r.escalatedTo : '',
    s === 'geescaleerd' ? r.escalatedOn : '',
    s === 'geescaleerd' ? r.escalatedWhom : '',
    r.respondedOn || now.slice(0, 10),
    by,
    now,
  );
  db.prepare('UPDATE advice_items SET awaiting = ? WHERE advice_id = ? AND item_key = ? AND in_force = 1').run(
    s === 'geen_reactie' ? 1 : 0,
    adviceId,
    r.itemKey,
  );
}

export interface ActionDbRow {
  id: number;
  case_id: number;
  item_key: number | null;
  who_user_id: number | null;
  who_name: string;
  who_user_name: string | null;
  what: string;
  due: string;
  status: ActionStatus;
  created_by_name: string;
  created_at: string;
  closed_at: string | null;
}

export const ACTION_SELECT = `SELECT a.*, wu.name AS who_user_name, cu.name AS created_by_name
   FROM advice_actions a
   LEFT JOIN users wu ON wu.id = a.who_user_id
   JOIN users cu ON cu.id = a.created_by`;

export function toAction(r: ActionDbRow, today: string): AdviceAction {
  return {
    id: r.id,
    caseId: r.case_id,
    itemKey: r.item_key,
    whoUserId: r.who_user_id,
    whoName: r.who_user_id !== null ? (r.who_user_name ?? r.who_name) : r.who_name,
    what: r.what,
    due: r.due,
    status: r.status,
    overdue: isActionOverdue(r.due, r.status, today),
    createdBy: r.created_by_name,
    createdAt: r.created_at,
    closedAt: r.closed_at,
  };
}

export function loadActions(db: ReadDb, caseId: number, today: string): AdviceAction[] {
  const rows = db.prepare(`${ACTION_SELECT} WHERE a.case_id = ? ORDER BY a.status = 'open' DESC, a.due = '', a.due, a.id`).all(caseId) as ActionDbRow[];
  return rows.map((r) => toAction(r, today));
}

export type ActionValues = z.output<typeof ActionInput>;

export function getActionCase(db: ReadDb, actionId: number): number | null {
  return (db.prepare('SELECT case_id FROM advice_actions WHERE id = ?').pluck().get(actionId) as number | undefined) ?? null;
}

export function insertAction(db: Db, adviceId: number | null, a: ActionValues, by: number, now: string): number {
  return Number(
    db
      .prepare(
        `INSERT INTO advice_actions (case_id, advice_id, item_key, who_user_id, who_name, what, due, created_by, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(a.caseId, adviceId, a.itemKey, a.whoUserId, a.whoUserId === null ? a.whoName : '', a.what, a.due, by, now).lastInsertRowid,
  );
}

export function updateAction(db: Db, a: ActionValues & { actionId: number }): void {
  db.prepare('UPDATE advice_actions SET item_key = ?, who_user_id = ?, who_name = ?, what = ?, due = ? WHERE id = ?').run(
    a.itemKey,
    a.whoUserId,
    a.whoUserId === null ? a.whoName : '',
    a.what,
    a.due,
    a.actionId,
  );
}

export function setActionStatus(db: Db, actionId: number, status: ActionStatus, now: string): void {
  db.prepare('UPDATE advice_actions SET status = ?, closed_at = ? WHERE id = ?').run(status, status === 'open' ? null : now, actionId);
}
