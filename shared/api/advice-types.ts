/**
 * Advice contract, part one: the result types and zod inputs of shared/api/advice.ts.
 * Dates are ISO 'YYYY-MM-DD' ('' = none); timestamps ISO. Names shown are user
 * display names; cases are shown by code and initials in cross-case lists.
 */
import { z } from '../zod.js';
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
  type AchterliggendKnelpunt,
  type ActionStatus,
  type AddresseeKind,
  type AdviceCategory,
  type AdviceWeight,
  type Commitment,
  type DirectorKind,
  type EscalationTarget,
  type FeedbackSource,
  type FinancingRoute,
  type FittingPlace,
  type ItemResult,
  type Knelpunt,
  type ResponseState,
  type ReviewDecision,
  type TeamActivity,
  type VersionStatus,
} from '../domain/advice.js';
import type { CaseStatus } from '../domain/status.js';
import { CLOSURE_REASONS, DISRUPTIONS, LIVING_SITUATIONS } from '../domain/taxonomies.js';
import { id } from './method.js';

type Disruption = (typeof DISRUPTIONS)[number];
type LivingSituation = (typeof LIVING_SITUATIONS)[number];

// --- result types ------------------------------------------------------------------

export interface AdviceSettings {
  defaultWeight: AdviceWeight;
  /** The regional agreement the weight rests on (team default, set by the beheerder). */
  weightBasisText: string;
  weightBasisDate: string;
}

export interface AdviceItem {
  /** Stable across versions: responses, actions and reviews refer to it. */
  key: number;
  position: number;
  category: AdviceCategory;
  /** Only for category 'financieringsroute', else ''. */
  financingRoute: FinancingRoute | '';
  text: string;
  addresseeKind: AddresseeKind;
  addresseeName: string;
  deadline: string;
}

export interface ProcessDirector {
  kind: DirectorKind | '';
  /** A team member (kind 'teamlid'). */
  userId: number | null;
  /** The referrer's or the other professional's name; for a team member their display name. */
  name: string;
}

export interface AdviceVersion {
  id: number;
  version: number;
  status: VersionStatus;
  adviceDate: string;
  questionSummary: string;
  analysis: string;
  items: AdviceItem[];
  teamActivities: TeamActivity[];
  director: ProcessDirector;
  weight: AdviceWeight;
  weightBasis: string;
  weightBasisDate: string;
  /** Why this version corrects the previous one ('' for version 1). */
  reason: string;
  meetingId: number | null;
  agendaItemId: number | null;
  draftedBy: string;
  draftedAt: string;
  updatedAt: string;
  /** Approval (vaststellen): the approving voorzitter and, when another user's session was open, that user. */
  approvedBy: string;
  approvedById: number | null;
  approvedAt: string | null;
  approvedInSessionOf: string;
}

export interface ItemResponse {
  itemKey: number;
  state: ResponseState;
  /** akkoord_met_wijzigingen: what changes ("in de geest van het advies"). */
  changes: string;
  /** geweigerd: why (internal). */
  reason: string;
  escalatedTo: EscalationTarget | '';
  escalatedOn: string;
  escalatedWhom: string;
  respondedOn: string;
  recordedBy: string;
  recordedAt: string | null;
}

/** An item of the approved version with its response. */
export interface ItemStatus {
  item: AdviceItem;
  response: ItemResponse;
  overdue: boolean;
}

/** Per addressed party: did they commit? 'gemengd' = some items accepted, some refused. */
export interface PartyCommitment {
  addresseeKind: AddresseeKind;
  addresseeName: string;
  itemKeys: number[];
  commitment: Commitment | 'gemengd';
  overdue: number;
}

export interface AdviceAction {
  id: number;
  caseId: number;
  itemKey: number | null;
  whoUserId: number | null;
  whoName: string;
  what: string;
  due: string;
  status: ActionStatus;
  overdue: boolean;
  createdBy: string;
  createdAt: string;
  closedAt: string | null;
}

/** An action in a cross-case list. */
export interface ActionRow extends AdviceAction {
  caseCode: string;
  initials: string;
}

export interface ReviewItem {
  itemKey: number;
  result: ItemResult;
  /** The verstoring that blocked it ('' = none). */
  disruption: Disruption | '';
}

export interface Review {
  id: number;
  heldOn: string;
  items: ReviewItem[];
  decision: ReviewDecision;
  reason: string;
  escalatedTo: EscalationTarget | '';
  note: string;
  recordedBy: string;
  recordedAt: string;
}

export interface Feedback {
  id: number;
  source: FeedbackSource;
  score: number;
  text: string;
  /** Who gave it (the referrer's or the parent's name as given). */
  givenBy: string;
  recordedBy: string;
  recordedAt: string;
}

export interface Outcome {
  fittingPlace: FittingPlace;
  placeType: LivingSituation;
  knelpunt: Knelpunt;
  achterliggend: AchterliggendKnelpunt | '';
  note: string;
  recordedBy: string;
  recordedAt: string;
}

export interface AdviceFile {
  caseId: number;
  caseCode: string;
  caseStatus: CaseStatus;
  /** null while no advice was drafted. */
  adviceId: number | null;
  /** The newest version (a concept being drafted or corrected, or the approved one). */
  current: AdviceVersion | null;
  /** The version in force (what letters print), or null before the first approval. */
  approved: AdviceVersion | null;
  /** Every version, newest first (diff two with diffAdviceVersions). */
  versions: AdviceVersion[];
  /** The approved version's items with their responses. */
  items: ItemStatus[];
  commitments: PartyCommitment[];
  actions: AdviceAction[];
  reviewDate: string;
  reviewDue: boolean;
  reviews: Review[];
  feedback: Feedback[];
  outcome: Outcome | null;
  settings: AdviceSettings;
  today: string;
}

export interface OverdueResponseRow {
  caseId: number;
  caseCode: string;
  initials: string;
  itemKey: number;
  category: AdviceCategory;
  addresseeKind: AddresseeKind;
  addresseeName: string;
  deadline: string;
  daysOverdue: number;
}

export interface ReviewDueRow {
  caseId: number;
  caseCode: string;
  initials: string;
  reviewDate: string;
  approvedOn: string;
  overdue: boolean;
}

export interface FollowupOverview {
  today: string;
  overdueResponses: OverdueResponseRow[];
  overdueActions: ActionRow[];
  /** Reviews due within REVIEW_HORIZON_DAYS (or past), open cases only. */
  reviewsDue: ReviewDueRow[];
  /** Totals (the lists are capped at `limit`). */
  totals: { overdueResponses: number; overdueActions: number; reviewsDue: number };
}

// --- inputs --------------------------------------------------------------------------

const text = (max: number) => z.string().trim().max(max).default('');
const optDate = z.union([isoDate, z.literal('')]).default('');
const optEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.union([z.enum(values), z.literal('')]).default('');

export const AdviceItemInput = z
  .object({
    /** The item's key when it continues an item of an earlier version; absent for a new item. */
    key: z.number().int().positive().optional(),
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
  .superRefine((c, ctx) => {
    c.items.forEach((item, i) => {
      if (item.deadline && c.adviceDate && item.deadline < c.adviceDate)
        ctx.addIssue({ code: 'custom', path: ['items', i, 'deadline'], message: 'v.deadline_before_advice' });
      if (item.category !== 'financieringsroute' && item.financingRoute !== '')
        ctx.addIssue({ code: 'custom', path: ['items', i, 'financingRoute'], message: 'v.financing_route_only' });
    });
    if (c.director.kind === 'teamlid' && c.director.userId === null)
      ctx.addIssue({ code: 'custom', path: ['director', 'userId'], message: 'v.director_member_required' });
    if ((c.director.kind === 'verwijzer' || c.director.kind === 'andere_professional') && c.director.name === '')
      ctx.addIssue({ code: 'custom', path: ['director', 'name'], message: 'v.director_name_required' });
  });
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
  .superRefine((r, ctx) => {
    const need = (field: string, key: string) => ctx.addIssue({ code: 'custom', path: [field], message: key });
    if (r.state === 'akkoord_met_wijzigingen' && r.changes === '') need('changes', 'v.changes_required');
    if (r.state === 'geweigerd' && r.reason === '') need('reason', 'v.refusal_reason_required');
    if (r.state === 'geescaleerd') {
      if (r.escalatedTo === '') need('escalatedTo', 'v.escalation_target_required');
      if (r.escalatedOn === '') need('escalatedOn', 'v.escalation_date_required');
      if (r.escalatedWhom === '') need('escalatedWhom', 'v.escalated_whom_required');
    }
  });

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
  .superRefine((a, ctx) => {
    if (a.whoUserId === null && a.whoName === '')
      ctx.addIssue({ code: 'custom', path: ['whoName'], message: 'v.action_who_required' });
  });

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
  .superRefine((r, ctx) => {
    if (r.decision === 'opnieuw_bespreken' && r.reason === '')
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'v.reason_required' });
    if (r.decision === 'escaleren' && r.escalatedTo === '')
      ctx.addIssue({ code: 'custom', path: ['escalatedTo'], message: 'v.escalation_target_required' });
  });

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
  .superRefine((c, ctx) => {
    if (c.knelpunt === KNELPUNT_WITH_SUB && c.achterliggend === '')
      ctx.addIssue({ code: 'custom', path: ['achterliggend'], message: 'v.achterliggend_required' });
    if (c.knelpunt !== KNELPUNT_WITH_SUB && c.achterliggend !== '')
      ctx.addIssue({ code: 'custom', path: ['achterliggend'], message: 'v.achterliggend_not_applicable' });
  });

export const AdviceSettingsInput = z
  .object({
    defaultWeight: z.enum(ADVICE_WEIGHTS),
    weightBasisText: text(2000),
    weightBasisDate: optDate,
  })
  .strict();
