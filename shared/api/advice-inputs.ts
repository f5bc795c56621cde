/**
 * Advice contract, part two: the zod inputs of shared/api/advice.ts (field-level
 * messages are v.* keys in shared/i18n/messages.ts). Result types: advice-types.ts.
 */
import { crossField, z } from '../zod.js';
import { isoDate, pastDate } from '../domain/referral.js';
import {
  ACHTERLIGGENDE_KNELPUNTEN,
  ACTION_STATUSES,
  ADDRESSEE_KINDS,
  ADVICE_CATEGORIES,
  ADVICE_WEIGHTS,
  DIRECTOR_KINDS,
  ESCALATION_TARGETS,
  FEEDBACK_SOURCES,
  FINANCING_ROUTES,
  FITTING_PLACE,
  ITEM_RESULTS,
  KNELPUNTEN,
  KNELPUNT_WITH_SUB,
  RESPONSE_STATES,
  REVIEW_DECISIONS,
  TEAM_ACTIVITIES,
} from '../domain/advice.js';
import { CLOSURE_REASONS, DISRUPTIONS, LIVING_SITUATIONS } from '../domain/taxonomies.js';
import { id } from './method.js';
import type { AdviceVersion } from './advice-types.js';

// --- inputs --------------------------------------------------------------------------

const text = (max: number) => z.string().trim().max(max).default('');
const optDate = z.union([isoDate, z.literal('')]).default('');
const optEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.union([z.enum(values), z.literal('')]).default('');
/** For cross-field rules (crossField: they also run when a field failed): a value that is absent or only spaces. */
const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

export const AdviceItemInput = z
  .object({
    /** The item's key when it continues an item of an earlier version; absent for a new item. */
    key: z.number().int().positive().optional(),
    /** Accepted and ignored (an AdviceItem can be sent back as it is): the order is the array's. */
    position: z.number().int().min(0).optional(),
    category: z.enum(ADVICE_CATEGORIES, { error: 'v.category_required' }),
    financingRoute: optEnum(FINANCING_ROUTES),
    text: z.string().trim().min(1, { error: 'v.item_text_required' }).max(8000),
    addresseeKind: z.enum(ADDRESSEE_KINDS, { error: 'v.addressee_required' }),
    addresseeName: text(200),
    deadline: optDate,
  })
  .strict();

export const AdviceContent = z
  .object({
    adviceDate: isoDate,
    questionSummary: text(4000),
    analysis: text(20000),
    items: z.array(AdviceItemInput).max(40).default([]),
    teamActivities: z.array(z.enum(TEAM_ACTIVITIES)).max(TEAM_ACTIVITIES.length).default([]),
    director: z
      .object({ kind: optEnum(DIRECTOR_KINDS), userId: id.nullable().default(null), name: text(200) })
      .strict()
      .default({ kind: '', userId: null, name: '' }),
    weight: z.enum(ADVICE_WEIGHTS).default('advies'),
    /** '' = the team default (AdviceSettings) is filled in. */
    weightBasis: text(2000),
    weightBasisDate: optDate,
  })
  .strict()
  .check(
    crossField((c, ctx) => {
      const adviceDate = typeof c.adviceDate === 'string' ? c.adviceDate : '';
      (Array.isArray(c.items) ? c.items : []).forEach((raw: unknown, i) => {
        if (typeof raw !== 'object' || raw === null) return;
        const item = raw as { category?: unknown; financingRoute?: unknown; deadline?: unknown };
        if (typeof item.deadline === 'string' && item.deadline && adviceDate && item.deadline < adviceDate)
          ctx.addIssue({ code: 'custom', path: ['items', i, 'deadline'], message: 'v.deadline_before_advice' });
        if (item.category !== 'financieringsroute' && typeof item.financingRoute === 'string' && item.financingRoute !== '')
          ctx.addIssue({ code: 'custom', path: ['items', i, 'financingRoute'], message: 'v.financing_route_only' });
      });
      const director = typeof c.director === 'object' && c.director !== null ? (c.director as { kind?: unknown; userId?: unknown; name?: unknown }) : {};
      if (director.kind === 'teamlid' && (director.userId === null || director.userId === undefined))
        ctx.addIssue({ code: 'custom', path: ['director', 'userId'], message: 'v.director_member_required' });
      if ((director.kind === 'verwijzer' || director.kind === 'andere_professional') && blank(director.name))
        ctx.addIssue({ code: 'custom', path: ['director', 'name'], message: 'v.director_name_required' });
    }),
  );
export type AdviceContentInput = z.input<typeof AdviceContent>;

export const DraftInput = z
  .object({
    caseId: id,
    /** Drafted in a meeting's Advies phase: the meeting and agenda item; null outside a meeting. */
    meetingId: id.nullable().default(null),
    agendaItemId: id.nullable().default(null),
    /** The version the writer started from (null for a first draft); a newer one answers CONFLICT. */
    baseVersion: z.number().int().min(1).nullable().default(null),
    content: AdviceContent,
  })
  .strict();

export const ApproveInput = z
  .object({
    caseId: id,
    /** The concept version being approved (must be the newest). */
    version: z.number().int().min(1),
    /** The approving voorzitter (step-up: their passphrase, typed in place, even in another user's session). */
    approverId: id,
    passphrase: z.string().min(1, { error: 'v.required' }).max(1000),
  })
  .strict();

export const CorrectInput = z
  .object({
    caseId: id,
    reason: z.string().trim().min(1, { error: 'v.correction_reason_required' }).max(4000),
    content: AdviceContent,
  })
  .strict();

export const ResponseInput = z
  .object({
    caseId: id,
    itemKey: z.number().int().positive(),
    state: z.enum(RESPONSE_STATES),
    changes: text(4000),
    reason: text(4000),
    escalatedTo: optEnum(ESCALATION_TARGETS),
    escalatedOn: optDate,
    escalatedWhom: text(200),
    /** '' = today. */
    respondedOn: z.union([pastDate, z.literal('')]).default(''),
  })
  .strict()
  .check(
    crossField((r, ctx) => {
      const need = (field: string, key: string) => ctx.addIssue({ code: 'custom', path: [field], message: key });
      if (r.state === 'akkoord_met_wijzigingen' && blank(r.changes)) need('changes', 'v.changes_required');
      if (r.state === 'geweigerd' && blank(r.reason)) need('reason', 'v.refusal_reason_required');
      if (r.state === 'geescaleerd') {
        if (blank(r.escalatedTo)) need('escalatedTo', 'v.escalation_target_required');
        if (blank(r.escalatedOn)) need('escalatedOn', 'v.escalation_date_required');
        if (blank(r.escalatedWhom)) need('escalatedWhom', 'v.escalated_whom_required');
      }
    }),
  );

export const ActionInput = z
  .object({
    caseId: id,
    /** Absent: a new action. */
    actionId: id.optional(),
    itemKey: z.number().int().positive().nullable().default(null),
    /** A team member, or null with a free name in whoName. */
    whoUserId: id.nullable().default(null),
    whoName: text(200),
    what: z.string().trim().min(1, { error: 'v.action_what_required' }).max(4000),
    due: optDate,
  })
  .strict()
  .check(
    crossField((a, ctx) => {
      if ((a.whoUserId === null || a.whoUserId === undefined) && blank(a.whoName))
        ctx.addIssue({ code: 'custom', path: ['whoName'], message: 'v.action_who_required' });
    }),
  );

export const ActionStatusInput = z.object({ caseId: id, actionId: id, status: z.enum(ACTION_STATUSES) }).strict();

export const ReviewInput = z
  .object({
    caseId: id,
    heldOn: pastDate,
    items: z
      .array(
        z
          .object({ itemKey: z.number().int().positive(), result: z.enum(ITEM_RESULTS), disruption: optEnum(DISRUPTIONS) })
          .strict(),
      )
      .max(40)
      .default([]),
    decision: z.enum(REVIEW_DECISIONS, { error: 'v.decision_required' }),
    /** Required for 'opnieuw_bespreken' (why it goes back on the waiting list). */
    reason: text(4000),
    escalatedTo: optEnum(ESCALATION_TARGETS),
    note: text(4000),
  })
  .strict()
  .check(
    crossField((r, ctx) => {
      if (r.decision === 'opnieuw_bespreken' && blank(r.reason))
        ctx.addIssue({ code: 'custom', path: ['reason'], message: 'v.reason_required' });
      if (r.decision === 'escaleren' && blank(r.escalatedTo))
        ctx.addIssue({ code: 'custom', path: ['escalatedTo'], message: 'v.escalation_target_required' });
    }),
  );

export const FeedbackInput = z
  .object({
    caseId: id,
    source: z.enum(FEEDBACK_SOURCES),
    score: z.number().int().min(1, { error: 'v.score_range' }).max(5, { error: 'v.score_range' }),
    text: text(4000),
    givenBy: z.string().trim().min(1, { error: 'v.given_by_required' }).max(200),
  })
  .strict();

export const CloseInput = z
  .object({
    caseId: id,
    fittingPlace: z.enum(FITTING_PLACE, { error: 'v.outcome_required' }),
    placeType: z.enum(LIVING_SITUATIONS, { error: 'v.place_type_required' }),
    knelpunt: z.enum(KNELPUNTEN, { error: 'v.knelpunt_required' }),
    achterliggend: optEnum(ACHTERLIGGENDE_KNELPUNTEN),
    closureReason: z.enum(CLOSURE_REASONS).default('passende_plek'),
    note: text(2000),
  })
  .strict()
  .check(
    crossField((c, ctx) => {
      if (c.knelpunt === KNELPUNT_WITH_SUB && blank(c.achterliggend))
        ctx.addIssue({ code: 'custom', path: ['achterliggend'], message: 'v.achterliggend_required' });
      // Only when the knelpunt itself is valid: with none chosen yet its own message says what to do.
      if (typeof c.knelpunt === 'string' && (KNELPUNTEN as readonly string[]).includes(c.knelpunt) && c.knelpunt !== KNELPUNT_WITH_SUB && !blank(c.achterliggend))
        ctx.addIssue({ code: 'custom', path: ['achterliggend'], message: 'v.achterliggend_not_applicable' });
    }),
  );

export const AdviceSettingsInput = z
  .object({
    defaultWeight: z.enum(ADVICE_WEIGHTS),
    weightBasisText: text(2000),
    weightBasisDate: optDate,
  })
  .strict();

/** The editable content of a version, e.g. to start a correction from the approved version. */
export function contentOf(v: AdviceVersion): AdviceContentInput {
  return {
    adviceDate: v.adviceDate,
    questionSummary: v.questionSummary,
    analysis: v.analysis,
    items: v.items.map(({ key, category, financingRoute, text, addresseeKind, addresseeName, deadline }) => ({
      key,
      category,
      financingRoute,
      text,
      addresseeKind,
      addresseeName,
      deadline,
    })),
    teamActivities: [...v.teamActivities],
    director: { ...v.director },
    weight: v.weight,
    weightBasis: v.weightBasis,
    weightBasisDate: v.weightBasisDate,
  };
}
