/**
 * Cross-case follow-up reads: overdue responses, overdue actions, reviews due and
 * the signed-in user's actions. Open cases only; codes and initials, never names.
 * Each list is driven by a partial index (advice_items_deadline,
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

export function overdueResponses(db: ReadDb, today: string): OverdueResponseRow[] {
  const rows = db
    .prepare(
      `SELECT a.case_id, c.code, c.youth_first_name AS first, c.youth_last_name AS last, i.item_key, i.category,
              i.addressee_kind, i.addressee_name, i.deadline
         FROM advice_items i INDEXED BY advice_items_deadline
         JOIN advices a ON a.id = i.advice_id
         JOIN cases c ON c.id = a.case_id
         LEFT JOIN advice_responses r ON r.advice_id = i.advice_id AND r.item_key = i.item_key
        WHERE i.in_force = 1 AND i.deadline <> '' AND i.deadline < ?
          AND (r.state IS NULL OR r.state = 'geen_reactie') AND ${OPEN_CASE}
        ORDER BY i.deadline, c.code, i.position`,
    )
    .all(today) as OverdueDb[];
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

export function overdueActions(db: ReadDb, today: string): ActionRow[] {
  const rows = db
    .prepare(
      `${ACTION_CASE_SELECT} WHERE a.status = 'open' AND a.due <> '' AND a.due < ? AND ${OPEN_CASE}
        ORDER BY a.due, c.code, a.id`,
    )
    .all(today) as ActionCaseRow[];
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

export function reviewsDue(db: ReadDb, today: string): ReviewDueRow[] {
  const rows = db
    .prepare(
      `SELECT a.case_id, c.code, c.youth_first_name AS first, c.youth_last_name AS last, a.review_date, a.approved_on
         FROM advices a INDEXED BY advices_review
         JOIN cases c ON c.id = a.case_id
        WHERE a.review_date <> '' AND a.review_date <= ? AND ${OPEN_CASE}
        ORDER BY a.review_date, c.code`,
    )
    .all(addDays(today, REVIEW_HORIZON_DAYS)) as ReviewDb[];
  return rows.map((r) => ({
    caseId: r.case_id,
    caseCode: r.code,
    initials: initials(r.first, r.last),
    reviewDate: r.review_date,
    approvedOn: r.approved_on,
    overdue: r.review_date < today,
  }));
}

export function followupOverview(db: ReadDb, today: string, limit: number): FollowupOverview {
  const responses = overdueResponses(db, today);
  const actions = overdueActions(db, today);
  const reviews = reviewsDue(db, today);
  return {
    today,
    overdueResponses: responses.slice(0, limit),
    overdueActions: actions.slice(0, limit),
    reviewsDue: reviews.slice(0, limit),
    totals: { overdueResponses: responses.length, overdueActions: actions.length, reviewsDue: reviews.length },
  };
}
