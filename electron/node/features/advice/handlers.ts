/** Advice, mandate and follow-up (shared/api/advice.ts): one handler per method. */
import type { MethodName } from '../../../../shared/api/index.js';
import type { Role } from '../../../../shared/domain/roles.js';
import { read, type HandlerGroup, type PreparedHandler } from '../../dispatch/types.js';
import { loadCase } from '../cases/case-file.js';
import { caseEvent } from '../cases/case-writes.js';
import { touchCase } from '../cases/cases.sql.js';
import { putSetting } from '../settings/settings.sql.js';
import { ADVICE_SETTINGS_KEY, adviceSettings, dayOf, loadAdviceFile } from './advice-file.js';
import { approvable, approve, correct, requireApproved, saveDraft } from './advice-writes.js';
import { followupOverview, myActions, overdueActions } from './followup.sql.js';
import { changeActionStatus, changeReviewDate, closeWithOutcome, recordResponse, recordReview, saveAction } from './followup-writes.js';
import { insertFeedback } from './evaluation.sql.js';
import { recordStepUp, requireChair, verifyApprover, type Approver } from './step-up.js';

type AdviceMethods = Extract<MethodName, `advice.${string}` | `actions.${string}` | `followup.${string}`>;

/**
 * Vaststellen with step-up: cheap checks (approver is a voorzitter, the version is
 * the newest concept) and the slow passphrase check before the transaction; the
 * approval, both audit records and the status change inside it.
 */
const approveHandler: PreparedHandler<'advice.approve', Approver> = {
  async prepare(ctx, { caseId, version, approverId, passphrase }) {
    const approver = requireChair(ctx.db, approverId);
    approvable(ctx.db, caseId, version);
    await verifyApprover(ctx, approver, passphrase, caseId);
    return approver;
  },
  run(ctx, { caseId, version }, approver) {
    // Re-checked inside the transaction: the approver may have been deactivated meanwhile.
    requireChair(ctx.db, approver.id);
    approve(ctx, caseId, version, approver.id);
    recordStepUp(ctx.db, ctx, approver, caseId, 'ok', ctx.now);
    return loadAdviceFile(ctx.db, caseId, ctx.now);
  },
};

export const adviceHandlers: HandlerGroup<AdviceMethods> = {
  'advice.settings': read(({ db }) => adviceSettings(db)),
  'advice.updateSettings': ({ db }, s) => {
    putSetting(db, ADVICE_SETTINGS_KEY, s);
    return adviceSettings(db);
  },

  'advice.team': read(({ db }) =>
    (db.prepare('SELECT id, name, roles FROM users WHERE active = 1 ORDER BY name').all() as { id: number; name: string; roles: string }[])
      .map((u) => ({ id: u.id, name: u.name, roles: JSON.parse(u.roles) as Role[] }))
      .filter((u) => u.roles.some((r) => r !== 'beheerder'))
      .map((u) => ({ id: u.id, name: u.name, chair: u.roles.includes('voorzitter') })),
  ),

  'advice.get': read(({ db, now }, { caseId }) => loadAdviceFile(db, caseId, now)),

  'advice.saveDraft': (ctx, d) => {
    saveDraft(ctx, d);
    return loadAdviceFile(ctx.db, d.caseId, ctx.now);
  },

  'advice.approve': approveHandler,

  'advice.correct': (ctx, { caseId, reason, content }) => {
    correct(ctx, caseId, reason, content);
    return loadAdviceFile(ctx.db, caseId, ctx.now);
  },

  'advice.recordResponse': (ctx, r) => {
    recordResponse(ctx, r);
    return loadAdviceFile(ctx.db, r.caseId, ctx.now);
  },

  'actions.save': (ctx, a) => {
    saveAction(ctx, a);
    return loadAdviceFile(ctx.db, a.caseId, ctx.now);
  },
  'actions.setStatus': (ctx, { caseId, actionId, status }) => {
    changeActionStatus(ctx, caseId, actionId, status);
    return loadAdviceFile(ctx.db, caseId, ctx.now);
  },
  'actions.mine': read(({ db, session, now }, { includeClosed }) => myActions(db, session.user.id, dayOf(now), includeClosed)),
  'actions.overdue': read(({ db, now }, { limit }) => overdueActions(db, dayOf(now)).slice(0, limit)),

  'advice.setReviewDate': (ctx, { caseId, reviewDate }) => {
    changeReviewDate(ctx, caseId, reviewDate);
    return loadAdviceFile(ctx.db, caseId, ctx.now);
  },
  'advice.recordReview': (ctx, r) => {
    recordReview(ctx, r);
    return loadAdviceFile(ctx.db, r.caseId, ctx.now);
  },
  'advice.recordFeedback': (ctx, f) => {
    const { advice } = requireApproved(ctx.db, f.caseId);
    insertFeedback(ctx.db, advice.id, f, ctx.session.user.id, ctx.now);
    caseEvent(ctx, f.caseId, 'terugkoppeling', f.source);
    touchCase(ctx.db, f.caseId, ctx.now);
    return loadAdviceFile(ctx.db, f.caseId, ctx.now);
  },
  'advice.close': (ctx, c) => {
    closeWithOutcome(ctx, c);
    return loadCase(ctx.db, c.caseId);
  },

  'followup.overview': read(({ db, now }, { limit }) => followupOverview(db, dayOf(now), limit)),
};
