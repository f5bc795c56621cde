/**
 * Cross-case follow-up reads: overdue responses, overdue actions, reviews due and
 * the signed-in user's actions. Open cases only; codes and initials, never names.
 * Each list is driven by a partial index (advice_items_awaiting,
 * advice_actions_open_due, advices_review), so it reads only live rows.
 */
import type { ActionRow, FollowupOverview, OverdueResponseRow, ReviewDueRow } from '../../../../shared/api/index.js';
import { REVIEW_HORIZON_DAYS } from '../../../../shared/domain/advice.js';
import { addDays } from '../../../../shared/domain/meetings.js';
import { initials } from '../../../../shared/domain/names.js';
import type { ReadDb } from '../../db/database.js';
import { ACTION_SELECT, toAction, type ActionDbRow } from './responses.sql.js';

const OPEN_CASE = `c.status NOT IN ('afgesloten', 'niet_in_behandeling')`;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

interface OverdueDb {
  case_id: number;
  code: string;
  first: string;
  last: string;
  item_key: number;
  category: OverdueResponseRow['category'];
  addressee_kind: OverdueResponseRow['addresseeKind'];
  addressee_name: string;
  deadline: string;
}

/**
 * `awaiting` is only ever set on items in force of an approved advice and cleared
 * when such a case closes (advice.close is the only way to close it), so the
 * partial index alone answers "overdue in an open case".
 */
const OVERDUE_RESPONSES = `FROM advice_items i INDEXED BY advice_items_awaiting
        WHERE i.awaiting = 1 AND i.deadline <> '' AND i.deadline < ?`;

export function overdueResponses(db: ReadDb, today: string, limit = -1): OverdueResponseRow[] {
  const rows = db
    .prepare(
      `SELECT i.case_id, c.code, c.youth_first_name AS first, c.youth_last_name AS last, i.item_key, i.category,
              i.addressee_kind, i.addressee_name, i.deadline
         ${OVERDUE_RESPONSES.replace('INDEXED BY advice_items_awaiting', 'INDEXED BY advice_items_awaiting CROSS JOIN cases c ON c.id = i.case_id')}
        ORDER BY i.deadline LIMIT ?`,
    )
    .all(today, limit) as OverdueDb[];
  return rows.map((r) => ({
    caseId: r.case_id,
    caseCode: r.code,
    initials: initials(r.first, r.last),
    itemKey: r.item_key,
    category: r.category,
    addresseeKind: r.addressee_kind,
    addresseeName: r.addressee_name,
    deadline: r.deadline,
    daysOverdue: daysBetween(r.deadline, today),
  }));
}

type ActionCaseRow = ActionDbRow & { code: string; first: string; last: string };

const ACTION_CASE_SELECT = ACTION_SELECT.replace(
  'FROM advice_actions a',
  ', c.code, c.youth_first_name AS first, c.youth_last_name AS last FROM advice_actions a JOIN cases c ON c.id = a.case_id',
);

const toRow = (r: ActionCaseRow, today: string): ActionRow => ({
  ...toAction(r, today),
  caseCode: r.code,
  initials: initials(r.first, r.last),
});

const OVERDUE_ACTIONS = `WHERE a.status = 'open' AND a.due <> '' AND a.due < ? AND ${OPEN_CASE}`;

export function overdueActions(db: ReadDb, today: string, limit = -1): ActionRow[] {
  const rows = db
    .prepare(
      `${ACTION_CASE_SELECT.replace('FROM advice_actions a JOIN', 'FROM advice_actions a INDEXED BY advice_actions_open_due CROSS JOIN')}
        ${OVERDUE_ACTIONS} ORDER BY a.due LIMIT ?`,
    )
    .all(today, limit) as ActionCaseRow[];
  return rows.map((r) => toRow(r, today));
}

/** The user's actions, overdue first, then by date (no date last). */
export function myActions(db: ReadDb, userId: number, today: string, includeClosed: boolean): ActionRow[] {
  const rows = db
    .prepare(
      `${ACTION_CASE_SELECT} WHERE a.who_user_id = ? ${includeClosed ? '' : `AND a.status = 'open'`} AND ${OPEN_CASE}
        ORDER BY a.status <> 'open', a.due = '', a.due, c.code, a.id`,
    )
    .all(userId) as ActionCaseRow[];
  return rows.map((r) => toRow(r, today));
}

interface ReviewDb {
  case_id: number;
  code: string;
  first: string;
  last: string;
  review_date: string;
  approved_on: string;
}

/** A review date exists only once an advice is approved and is cleared when such a case closes. */
const REVIEWS_DUE = `FROM advices a INDEXED BY advices_review WHERE a.review_date <> '' AND a.review_date <= ?`;

export function reviewsDue(db: ReadDb, today: string, limit = -1): ReviewDueRow[] {
  const rows = db
    .prepare(
      `SELECT a.case_id, c.code, c.youth_first_name AS first, c.youth_last_name AS last, a.review_date, a.approved_on
         ${REVIEWS_DUE.replace('INDEXED BY advices_review', 'INDEXED BY advices_review CROSS JOIN cases c ON c.id = a.case_id')}
         ORDER BY a.review_date LIMIT ?`,
    )
    .all(addDays(today, REVIEW_HORIZON_DAYS), limit) as ReviewDb[];
  return rows.map((r) => ({
    caseId: r.case_id,
    caseCode: r.code,
    initials: initials(r.first, r.last),
    reviewDate: r.review_date,
    approvedOn: r.approved_on,
    overdue: r.review_date < today,
  }));
}

const count = (db: ReadDb, sql: string, param: string): number => db.prepare(`SELECT count(*) ${sql}`).pluck().get(param) as number;

export function followupOverview(db: ReadDb, today: string, limit: number): FollowupOverview {
  return {
    today,
    overdueResponses: overdueResponses(db, today, limit),
    overdueActions: overdueActions(db, today, limit),
    reviewsDue: reviewsDue(db, today, limit),
    totals: {
      overdueResponses: count(db, OVERDUE_RESPONSES, today),
      overdueActions: count(db, `FROM advice_actions a INDEXED BY advice_actions_open_due JOIN cases c ON c.id = a.case_id ${OVERDUE_ACTIONS}`, today),
      reviewsDue: count(db, REVIEWS_DUE, addDays(today, REVIEW_HORIZON_DAYS)),
    },
  };
}
