/**
 * The writes several handlers share: creating a case and moving it through the
 * status workflow, each with its timeline event. Exported for demo data and
 * benchmarks, which go through the same path.
 */
import { AppError } from '../../../../shared/api/errors.js';
import type { CaseFile } from '../../../../shared/api/index.js';
import type { Referral } from '../../../../shared/domain/referral.js';
import { canTransition, type CaseStatus } from '../../../../shared/domain/status.js';
import type { ReadDb } from '../../db/database.js';
import type { Ctx } from '../../dispatch/types.js';
import { hasApprovedAdvice } from '../advice/advices.sql.js';
import { hasOutcome } from '../advice/evaluation.sql.js';
import { activeProblemAreaIds } from '../settings/problem-areas.sql.js';
import { loadCase } from './case-file.js';
import { insertCaseEvent } from './case-events.sql.js';
import { getCaseRow, insertCaseRow, nextCode, setCaseStatus, writeReferral } from './cases.sql.js';

/** A timeline event by the calling user at the call's time. */
export function caseEvent(
  ctx: Ctx,
  caseId: number,
  kind: string,
  detail = '',
  from: CaseStatus | null = null,
  to: CaseStatus | null = null,
): void {
  insertCaseEvent(ctx.db, { caseId, at: ctx.now, userId: ctx.session.user.id, kind, detail, from, to });
}

/** Every problem area must exist and be active; a field-level VALIDATION error names the first that is not. */
export function checkProblemAreas(db: ReadDb, ids: readonly string[]): void {
  const known = new Set(activeProblemAreaIds(db));
  const bad = ids.findIndex((id) => !known.has(id));
  if (bad >= 0) {
    throw new AppError('VALIDATION', {}, { [`referral.problemAreas.${bad}`]: { key: 'v.invalid_option', params: {} } });
  }
}

/** Insert a case with its referral. */
export function insertCase(ctx: Ctx, r: Referral, status: CaseStatus = 'aangemeld'): { id: number; code: string } {
  checkProblemAreas(ctx.db, r.problemAreas);
  const year = Number(ctx.now.slice(0, 4));
  const { seq, code } = nextCode(ctx.db, year);
  const id = insertCaseRow(ctx.db, { code, year, seq, status, createdBy: ctx.session.user.id, now: ctx.now });
  writeReferral(ctx.db, id, code, r, ctx.now);
  caseEvent(ctx, id, 'aangemeld', '', null, status);
  return { id, code };
}

/** Move a case to another status, enforcing the transition table and the consent rule. */
export function changeStatus(
  ctx: Ctx,
  caseId: number,
  to: CaseStatus,
  note = '',
  closureReason: CaseFile['closureReason'] = '',
): void {
  const row = getCaseRow(ctx.db, caseId);
  if (!canTransition(row.status, to)) {
    throw new AppError('STATUS_TRANSITION', { from: row.status, to });
  }
  // A case that had an advice closes only with its outcome (advice.close records it first).
  if (to === 'afgesloten' && hasApprovedAdvice(ctx.db, caseId) && !hasOutcome(ctx.db, caseId)) {
    throw new AppError('OUTCOME_REQUIRED');
  }
  if (to === 'wacht_op_bespreking' && !row.legal_ground) {
    const file = loadCase(ctx.db, caseId);
    if (!file.consentState.sufficient) throw new AppError('CONSENT_REQUIRED', { missing: file.consentState.missing });
  }
  setCaseStatus(ctx.db, caseId, to, to === 'afgesloten' ? closureReason : '', ctx.now);
  caseEvent(ctx, caseId, 'status', to === 'afgesloten' ? [closureReason, note].filter(Boolean).join(': ') : note, row.status, to);
}
