/** Follow-up writes: responses, actions, the review, feedback and closing with an outcome. */
import { AppError, type FieldIssue } from '../../../../shared/api/errors.js';
import type { CloseInput, ReviewInput } from '../../../../shared/api/advice-inputs.js';
import { addDays } from '../../../../shared/domain/meetings.js';
import { REVIEW_WEEKS } from '../../../../shared/domain/advice.js';
import type { z } from '../../../../shared/zod.js';
import type { ReadDb } from '../../db/database.js';
import type { Ctx } from '../../dispatch/types.js';
import { caseEvent, changeStatus } from '../cases/case-writes.js';
import { getCaseRow, touchCase } from '../cases/cases.sql.js';
import { requireApproved, startFollowUp } from './advice-writes.js';
import { getAdviceRow, setReviewDate, stopAwaiting } from './advices.sql.js';
import { insertReview, upsertOutcome } from './evaluation.sql.js';
import { getActionCase, insertAction, setActionStatus, updateAction, upsertResponse, type ActionValues, type ResponseValues } from './responses.sql.js';

const CLOSED = ['afgesloten', 'niet_in_behandeling'];

function invalid(fields: Record<string, FieldIssue>): never {
  throw new AppError('VALIDATION', {}, fields);
}

export function recordResponse(ctx: Ctx, r: ResponseValues): void {
  const { advice, itemKeys } = requireApproved(ctx.db, r.caseId);
  if (!itemKeys.has(r.itemKey)) throw new AppError('NOT_FOUND');
  upsertResponse(ctx.db, advice.id, r, ctx.session.user.id, ctx.now);
  caseEvent(ctx, r.caseId, 'reactie', `${r.itemKey}:${r.state}`);
  startFollowUp(ctx, r.caseId);
  touchCase(ctx.db, r.caseId, ctx.now);
}

function activeUser(db: ReadDb, id: number): boolean {
  return !!db.prepare('SELECT 1 FROM users WHERE id = ? AND active = 1').get(id);
}

export function saveAction(ctx: Ctx, a: ActionValues): void {
  const status = getCaseRow(ctx.db, a.caseId).status;
  if (CLOSED.includes(status)) throw new AppError('STATUS_TRANSITION', { from: status, to: 'in_opvolging' });
  const advice = getAdviceRow(ctx.db, a.caseId);
  const fields: Record<string, FieldIssue> = {};
  if (a.whoUserId !== null && !activeUser(ctx.db, a.whoUserId)) fields['whoUserId'] = { key: 'v.action_who_required', params: {} };
  if (a.itemKey !== null) {
    const known = advice && ctx.db.prepare('SELECT 1 FROM advice_items WHERE advice_id = ? AND item_key = ?').get(advice.id, a.itemKey);
    if (!known) fields['itemKey'] = { key: 'v.invalid', params: {} };
  }
  if (Object.keys(fields).length) invalid(fields);
  if (a.actionId !== undefined) {
    if (getActionCase(ctx.db, a.actionId) !== a.caseId) throw new AppError('NOT_FOUND');
    updateAction(ctx.db, { ...a, actionId: a.actionId });
  } else {
    const id = insertAction(ctx.db, advice?.id ?? null, a, ctx.session.user.id, ctx.now);
    caseEvent(ctx, a.caseId, 'actie', String(id));
  }
  if (advice?.approved_version != null) startFollowUp(ctx, a.caseId);
  touchCase(ctx.db, a.caseId, ctx.now);
}

export function changeActionStatus(ctx: Ctx, caseId: number, actionId: number, status: 'open' | 'gedaan' | 'vervallen'): void {
  if (getActionCase(ctx.db, actionId) !== caseId) throw new AppError('NOT_FOUND');
  setActionStatus(ctx.db, actionId, status, ctx.now);
  caseEvent(ctx, caseId, 'actie', `${actionId}:${status}`);
  touchCase(ctx.db, caseId, ctx.now);
}

export function changeReviewDate(ctx: Ctx, caseId: number, date: string): void {
  const { advice } = requireApproved(ctx.db, caseId);
  setReviewDate(ctx.db, advice.id, date);
  touchCase(ctx.db, caseId, ctx.now);
}

/**
 * The review. Afterwards the review date is cleared (afsluiten, opnieuw_bespreken:
 * a new approval sets a new one) or moved 8 weeks on (escaleren).
 * opnieuw_bespreken puts the case back on the waiting list with the reason.
 */
export function recordReview(ctx: Ctx, r: z.output<typeof ReviewInput>): void {
  const { advice, itemKeys } = requireApproved(ctx.db, r.caseId);
  const status = getCaseRow(ctx.db, r.caseId).status;
  if (CLOSED.includes(status)) throw new AppError('STATUS_TRANSITION', { from: status, to: 'in_opvolging' });
  const fields: Record<string, FieldIssue> = {};
  r.items.forEach((i, n) => {
    if (!itemKeys.has(i.itemKey)) fields[`items.${n}.itemKey`] = { key: 'v.invalid', params: {} };
  });
  if (Object.keys(fields).length) invalid(fields);
  insertReview(ctx.db, advice.id, r, ctx.session.user.id, ctx.now);
  caseEvent(ctx, r.caseId, 'evaluatie', r.decision);
  if (r.decision === 'opnieuw_bespreken') {
    setReviewDate(ctx.db, advice.id, '');
    changeStatus(ctx, r.caseId, 'wacht_op_bespreking', r.reason);
  } else {
    startFollowUp(ctx, r.caseId);
    if (r.decision === 'escaleren') {
      caseEvent(ctx, r.caseId, 'escalatie', r.escalatedTo);
      setReviewDate(ctx.db, advice.id, addDays(r.heldOn, REVIEW_WEEKS * 7));
    } else {
      setReviewDate(ctx.db, advice.id, '');
    }
  }
  touchCase(ctx.db, r.caseId, ctx.now);
}

/** Closing with an outcome; the status change itself goes through the cases workflow. */
export function closeWithOutcome(ctx: Ctx, c: z.output<typeof CloseInput>): void {
  const status = getCaseRow(ctx.db, c.caseId).status;
  if (status === 'afgesloten') throw new AppError('STATUS_TRANSITION', { from: status, to: 'afgesloten' });
  upsertOutcome(ctx.db, c, ctx.session.user.id, ctx.now);
  caseEvent(ctx, c.caseId, 'afgesloten_met_uitkomst', [c.fittingPlace, c.placeType, c.knelpunt, c.achterliggend].filter(Boolean).join(':'));
  const advice = getAdviceRow(ctx.db, c.caseId);
  if (advice) {
    setReviewDate(ctx.db, advice.id, '');
    stopAwaiting(ctx.db, advice.id);
  }
  changeStatus(ctx, c.caseId, 'afgesloten', c.note, c.closureReason);
}
