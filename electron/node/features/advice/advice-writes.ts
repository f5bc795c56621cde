/**
 * Drafting, approving and correcting an advice, and the case status steps the
 * advice drives. Handlers (handlers.ts) call these inside the dispatcher's
 * transaction; demo data and benchmarks go through the same functions.
 */
import { AppError } from '../../../../shared/api/errors.js';
import type { AdviceVersion } from '../../../../shared/api/index.js';
import { defaultReviewDate } from '../../../../shared/domain/advice.js';
import type { CaseStatus } from '../../../../shared/domain/status.js';
import type { ReadDb } from '../../db/database.js';
import type { Ctx } from '../../dispatch/types.js';
import { caseEvent, changeStatus } from '../cases/case-writes.js';
import { getCaseRow, touchCase } from '../cases/cases.sql.js';
import { adviceSettings, dayOf } from './advice-file.js';
import { approveVersion, getAdviceRow, insertAdvice, insertVersion, updateVersion, type AdviceRow, type Content } from './advices.sql.js';

const CLOSED: readonly CaseStatus[] = ['afgesloten', 'niet_in_behandeling'];

/** The newest version row of an advice (status and number only). */
export function newestVersion(db: ReadDb, adviceId: number): { id: number; version: number; status: AdviceVersion['status'] } | null {
  return (
    (db
      .prepare('SELECT id, version, status FROM advice_versions WHERE advice_id = ? ORDER BY version DESC LIMIT 1')
      .get(adviceId) as { id: number; version: number; status: AdviceVersion['status'] } | undefined) ?? null
  );
}

function requireOpenCase(db: ReadDb, caseId: number): CaseStatus {
  const row = getCaseRow(db, caseId);
  if (CLOSED.includes(row.status)) throw new AppError('STATUS_TRANSITION', { from: row.status, to: 'advies_vastgesteld' });
  return row.status;
}

/** Field-level checks the schema cannot do: the team member exists, the meeting link fits the case. */
function checkReferences(db: ReadDb, caseId: number, c: Content, link: { meetingId: number | null; agendaItemId: number | null }): void {
  const fields: Record<string, { key: string; params: Record<string, unknown> }> = {};
  if (c.director.kind === 'teamlid' && c.director.userId !== null) {
    if (!db.prepare('SELECT 1 FROM users WHERE id = ? AND active = 1').get(c.director.userId))
      fields['content.director.userId'] = { key: 'v.director_member_required', params: {} };
  }
  if (link.agendaItemId !== null) {
    const item = db.prepare('SELECT meeting_id, case_id FROM agenda_items WHERE id = ?').get(link.agendaItemId) as
      | { meeting_id: number; case_id: number }
      | undefined;
    if (!item || item.case_id !== caseId || (link.meetingId !== null && item.meeting_id !== link.meetingId))
      fields['agendaItemId'] = { key: 'v.invalid', params: {} };
  } else if (link.meetingId !== null && !db.prepare('SELECT 1 FROM meetings WHERE id = ?').get(link.meetingId)) {
    fields['meetingId'] = { key: 'v.invalid', params: {} };
  }
  if (Object.keys(fields).length) throw new AppError('VALIDATION', {}, fields);
}

/** An empty basis takes the team default (text and date). */
function withBasis(db: ReadDb, c: Content): Content {
  if (c.weightBasis !== '') return c;
  const s = adviceSettings(db);
  return { ...c, weightBasis: s.weightBasisText, weightBasisDate: c.weightBasisDate || s.weightBasisDate };
}

export interface DraftArgs {
  caseId: number;
  meetingId: number | null;
  agendaItemId: number | null;
  baseVersion: number | null;
  content: Content;
}

/** Create the advice's first concept, or overwrite the newest version while it is a concept. */
export function saveDraft(ctx: Ctx, a: DraftArgs): void {
  requireOpenCase(ctx.db, a.caseId);
  checkReferences(ctx.db, a.caseId, a.content, a);
  const content = withBasis(ctx.db, a.content);
  const meta = { meetingId: a.meetingId, agendaItemId: a.agendaItemId, userId: ctx.session.user.id, now: ctx.now };
  let advice = getAdviceRow(ctx.db, a.caseId);
  const newest = advice ? newestVersion(ctx.db, advice.id) : null;
  if (!advice || !newest) {
    advice ??= insertAdvice(ctx.db, a.caseId, ctx.session.user.id, ctx.now);
    insertVersion(ctx.db, advice, 1, content, { ...meta, reason: '' });
    caseEvent(ctx, a.caseId, 'advies_concept', 'v1');
  } else {
    if (newest.status !== 'concept') throw new AppError('ADVICE_LOCKED', { version: newest.version });
    if (a.baseVersion !== null && a.baseVersion !== newest.version) throw new AppError('CONFLICT');
    updateVersion(ctx.db, advice, newest.id, content, meta);
  }
  touchCase(ctx.db, a.caseId, ctx.now);
  if (a.meetingId !== null) ctx.emit({ type: 'meeting.changed', meetingId: a.meetingId });
}

/**
 * A correction: a new concept version with a reason, starting from `content`.
 * While a correction concept is open it is overwritten (reason included).
 */
export function correct(ctx: Ctx, caseId: number, reason: string, content: Content): void {
  requireOpenCase(ctx.db, caseId);
  const advice = getAdviceRow(ctx.db, caseId);
  if (!advice || advice.approved_version === null) throw new AppError('NO_APPROVED_ADVICE');
  checkReferences(ctx.db, caseId, content, { meetingId: null, agendaItemId: null });
  const c = withBasis(ctx.db, content);
  const newest = newestVersion(ctx.db, advice.id)!;
  const meta = { meetingId: null, agendaItemId: null, userId: ctx.session.user.id, now: ctx.now };
  if (newest.status === 'concept') {
    updateVersion(ctx.db, advice, newest.id, c, meta);
    ctx.db.prepare('UPDATE advice_versions SET reason = ? WHERE id = ?').run(reason, newest.id);
  } else {
    insertVersion(ctx.db, advice, newest.version + 1, c, { ...meta, reason });
    caseEvent(ctx, caseId, 'advies_correctie', `v${newest.version + 1}`);
  }
  touchCase(ctx.db, caseId, ctx.now);
}

/** Before the passphrase check: the version to approve must be the newest concept. */
export function approvable(db: ReadDb, caseId: number, version: number): { advice: AdviceRow; id: number; version: number } {
  requireOpenCase(db, caseId);
  const advice = getAdviceRow(db, caseId);
  if (!advice) throw new AppError('NOT_FOUND');
  const newest = newestVersion(db, advice.id);
  if (!newest || newest.version !== version || newest.status !== 'concept') throw new AppError('ADVICE_NOT_CONCEPT', { version });
  return { advice, id: newest.id, version };
}

/** Vaststellen (after the step-up check): lock the version, set the review date, move the case on. */
export function approve(ctx: Ctx, caseId: number, version: number, approverId: number): void {
  const v = approvable(ctx.db, caseId, version);
  const today = dayOf(ctx.now);
  approveVersion(ctx.db, v.advice, v, { approverId, sessionUserId: ctx.session.user.id, now: ctx.now, reviewDate: defaultReviewDate(today) });
  caseEvent(ctx, caseId, 'advies_vastgesteld', `v${version}`);
  const status = getCaseRow(ctx.db, caseId).status;
  if (status === 'wacht_op_bespreking') changeStatus(ctx, caseId, 'besproken');
  if (status === 'wacht_op_bespreking' || status === 'besproken') changeStatus(ctx, caseId, 'advies_vastgesteld');
  else if (status !== 'advies_vastgesteld' && status !== 'in_opvolging') {
    throw new AppError('STATUS_TRANSITION', { from: status, to: 'advies_vastgesteld' });
  }
  touchCase(ctx.db, caseId, ctx.now);
}

/** The approved advice (NO_APPROVED_ADVICE otherwise) with its item keys in force. */
export function requireApproved(db: ReadDb, caseId: number): { advice: AdviceRow; itemKeys: Set<number> } {
  getCaseRow(db, caseId);
  const advice = getAdviceRow(db, caseId);
  if (!advice || advice.approved_version === null) throw new AppError('NO_APPROVED_ADVICE');
  const keys = db.prepare('SELECT item_key FROM advice_items WHERE advice_id = ? AND in_force = 1').pluck().all(advice.id) as number[];
  return { advice, itemKeys: new Set(keys) };
}

/** The first follow-up step (response, action, review) moves an approved case into 'in_opvolging'. */
export function startFollowUp(ctx: Ctx, caseId: number): void {
  if (getCaseRow(ctx.db, caseId).status === 'advies_vastgesteld') changeStatus(ctx, caseId, 'in_opvolging');
}
