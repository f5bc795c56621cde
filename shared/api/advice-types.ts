/**
 * Advice contract, part one: the result types of shared/api/advice.ts. Dates are
 * ISO 'YYYY-MM-DD' ('' = none); timestamps ISO. Names shown are user display
 * names; cross-case lists show cases by code and initials. Inputs: advice-inputs.ts.
 */
import type {
  AchterliggendKnelpunt,
  ActionStatus,
  AddresseeKind,
  AdviceCategory,
  AdviceWeight,
  Commitment,
  DirectorKind,
  EscalationTarget,
  FeedbackSource,
  FinancingRoute,
  FittingPlace,
  ItemResult,
  Knelpunt,
  ResponseState,
  ReviewDecision,
  TeamActivity,
  VersionStatus,
} from '../domain/advice.js';
import type { CaseStatus } from '../domain/status.js';
import type { DISRUPTIONS, LIVING_SITUATIONS } from '../domain/taxonomies.js';

type Disruption = (typeof DISRUPTIONS)[number];
type LivingSituation = (typeof LIVING_SITUATIONS)[number];

// --- result types ------------------------------------------------------------------

export interface AdviceSettings {
  defaultWeight: AdviceWeight;
  /** The regional agreement the weight rests on (team default, set by the beheerder). */
  weightBasisText: string;
  weightBasisDate: string;
}

/** An active team member, for choosing the approving voorzitter, the procesregisseur or who does an action. */
export interface TeamMember {
  id: number;
  name: string;
  /** Holds the voorzitter role (may approve). */
  chair: boolean;
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

/** The domain's code types, re-exported so screens can import everything advice from the contract. */
export type {
  AchterliggendKnelpunt,
  ActionStatus,
  AddresseeKind,
  AdviceCategory,
  AdviceWeight,
  Commitment,
  DirectorKind,
  EscalationTarget,
  FeedbackSource,
  FinancingRoute,
  FittingPlace,
  ItemResult,
  Knelpunt,
  ResponseState,
  ReviewDecision,
  TeamActivity,
  VersionStatus,
} from '../domain/advice.js';
