/**
 * Advice, mandate and follow-up (issue 9): the advice with versions and step-up
 * approval (vaststellen), responses of the addressed parties, actions
 * (procesregie), the evaluation and closing at a fitting place.
 * Result types: advice-types.ts; input schemas: advice-inputs.ts. Rules: shared/domain/advice.ts.
 * Readable difference between versions: shared/domain/advice-diff.ts.
 *
 * Flow: `advice.saveDraft` (notulist; in a meeting's Advies phase or in the case
 * file) -> `advice.approve` (the voorzitter's id + passphrase, step-up, even in the
 * notulist's session) -> locked. A change after approval: `advice.correct` (new
 * concept version with a reason) -> `advice.approve` again; the previous approved
 * version stays in force until then, and becomes 'vervangen' after.
 * Approving moves the case to 'advies_vastgesteld' (from 'wacht_op_bespreking'
 * or 'besproken'); the first response, action or review moves it on to
 * 'in_opvolging'. `advice.close` closes a case that had an advice (outcome
 * required); `cases.setStatus` to 'afgesloten' on such a case without an outcome
 * answers OUTCOME_REQUIRED.
 *
 * Audit: every method that concerns one case records 'advice.*' for it. Approval
 * records two entries: the session user's ('advice.approve', by the dispatcher)
 * and the approver's ('advice.approve.stepup', role voorzitter). A wrong approver
 * passphrase records 'advice.approve' outcome 'wrong_passphrase' (session user)
 * and 'advice.approve.stepup' outcome 'wrong_passphrase' (the named approver).
 *
 * Errors besides VALIDATION / FORBIDDEN / NOT_FOUND:
 * - ADVICE_LOCKED { version }: saveDraft on an approved version (use correct).
 * - ADVICE_NOT_CONCEPT { version }: approve a version that is not the newest concept;
 *   correct while a concept is still open (finish or approve that one first).
 * - CONFLICT: saveDraft with a stale baseVersion.
 * - WRONG_PASSPHRASE { failures, retryAfterMs } + field 'passphrase' (v.approver_passphrase_wrong).
 * - THROTTLED { seconds, retryAfterMs }: too many wrong approver passphrases.
 * - APPROVER_NOT_CHAIR {}: the approver is not an active voorzitter (field 'approverId').
 * - NO_APPROVED_ADVICE {}: responses, reviews or the review date before approval.
 * - STATUS_TRANSITION { from, to }: the case's status does not allow the step.
 * - OUTCOME_REQUIRED {}: cases.setStatus -> 'afgesloten' on a case with an approved advice.
 */
import { z } from '../zod.js';
import { isoDate } from '../domain/referral.js';
import {
  ActionInput,
  ActionStatusInput,
  AdviceSettingsInput,
  ApproveInput,
  CloseInput,
  CorrectInput,
  DraftInput,
  FeedbackInput,
  ResponseInput,
  ReviewInput,
} from './advice-inputs.js';
import type {
  ActionRow,
  AdviceFile,
  AdviceSettings,
  FollowupOverview,
  TeamMember,
} from './advice-types.js';
import { caseRef, id, method, none } from './method.js';
import type { CaseFile } from './cases.js';

export * from './advice-types.js';
export * from './advice-inputs.js';

export const adviceApi = {
  // Team default for the mandate (beheerder).
  'advice.settings': method<AdviceSettings>()({ input: none, access: 'advice.read', audit: null }),
  'advice.updateSettings': method<AdviceSettings>()({
    input: AdviceSettingsInput,
    access: 'settings.manage',
    audit: { action: 'settings.update' },
  }),

  /** Active team members (names and whether they chair): approver, procesregisseur, action owner. */
  'advice.team': method<TeamMember[]>()({ input: none, access: 'advice.read', audit: null }),

  // The advice of one case: versions, items with responses, commitments, actions, evaluation, outcome.
  'advice.get': method<AdviceFile>()({
    input: caseRef,
    access: 'advice.read',
    audit: { action: 'advice.read', cases: 'input' },
  }),
  'advice.saveDraft': method<AdviceFile>()({
    input: DraftInput,
    access: 'advice.draft',
    audit: { action: 'advice.draft', cases: 'input' },
  }),
  /** Step-up: PreparedHandler; the slow passphrase check runs before the transaction. */
  'advice.approve': method<AdviceFile>()({
    input: ApproveInput,
    access: 'advice.approve',
    audit: { action: 'advice.approve', cases: 'input' },
  }),
  'advice.correct': method<AdviceFile>()({
    input: CorrectInput,
    access: 'advice.correct',
    audit: { action: 'advice.correct', cases: 'input' },
  }),

  // Mandate: responses per addressed party per item of the approved version.
  'advice.recordResponse': method<AdviceFile>()({
    input: ResponseInput,
    access: 'advice.follow',
    audit: { action: 'advice.response', cases: 'input' },
  }),

  // Actions (procesregie).
  'actions.save': method<AdviceFile>()({
    input: ActionInput,
    access: 'advice.follow',
    audit: { action: 'advice.action.save', cases: 'input' },
  }),
  'actions.setStatus': method<AdviceFile>()({
    input: ActionStatusInput,
    access: 'advice.follow',
    audit: { action: 'advice.action.status', cases: 'input' },
  }),
  /** The signed-in user's open actions across cases (codes and initials), overdue first. */
  'actions.mine': method<ActionRow[]>()({
    input: z.object({ includeClosed: z.boolean().default(false) }).strict(),
    access: 'advice.read',
    audit: { action: 'advice.action.mine', cases: (_i, r: ActionRow[] | null) => r?.map((a) => a.caseId) ?? [] },
  }),
  /** Every overdue open action across all cases (codes and initials). One record for the list. */
  'actions.overdue': method<ActionRow[]>()({
    input: z.object({ limit: z.number().int().min(1).max(2000).default(100) }).strict(),
    access: 'advice.read',
    audit: { action: 'advice.action.overdue' },
  }),

  // Evaluation and follow-up.
  'advice.setReviewDate': method<AdviceFile>()({
    input: z.object({ caseId: id, reviewDate: isoDate }).strict(),
    access: 'advice.follow',
    audit: { action: 'advice.review_date', cases: 'input' },
  }),
  /**
   * The review: per item carried out / partly / not, and the decision. 'opnieuw_bespreken'
   * puts the case back on the waiting list ('wacht_op_bespreking', timeline event with the
   * reason); 'escaleren' records the escalation; 'afsluiten' only records (close with advice.close).
   */
  'advice.recordReview': method<AdviceFile>()({
    input: ReviewInput,
    access: 'advice.follow',
    audit: { action: 'advice.review', cases: 'input' },
  }),
  'advice.recordFeedback': method<AdviceFile>()({
    input: FeedbackInput,
    access: 'advice.follow',
    audit: { action: 'advice.feedback', cases: 'input' },
  }),
  /** Close a case that had an advice: outcome, knelpunt (+ achterliggend), then status 'afgesloten'. */
  'advice.close': method<CaseFile>()({
    input: CloseInput,
    access: 'case.status',
    audit: { action: 'advice.close', cases: 'input' },
  }),
  /**
   * Overdue responses, overdue actions and reviews due within 14 days, across open cases
   * (codes and initials only, like the case list): one audit record for the overview.
   */
  'followup.overview': method<FollowupOverview>()({
    input: z.object({ limit: z.number().int().min(1).max(2000).default(100) }).strict(),
    access: 'advice.read',
    audit: { action: 'followup.overview' },
  }),
};
