/** Result shapes returned by the API. Plain data only: they cross IPC and HTTP. */
import type { Role } from '../domain/roles.js';
import type { CaseStatus } from '../domain/status.js';
import type { Referral } from '../domain/referral.js';
import type { ConsentScope, ConsentSubject, ConsentState } from '../domain/consent.js';
import type {
  AgeGroup,
  CLOSURE_REASONS,
  CONSENT_METHODS,
  ROUTED_TO,
  SCREENING_OUTCOMES,
  URGENCIES,
} from '../domain/taxonomies.js';

export interface SessionInfo {
  userId: number;
  userName: string;
  roles: Role[];
  teamName: string;
  autoLockMinutes: number;
}

export interface VaultUser {
  id: number;
  name: string;
}

export interface VaultStatus {
  exists: boolean;
  teamName: string | null;
  users: VaultUser[];
  session: SessionInfo | null;
}

export interface CreatedVault {
  session: SessionInfo;
  /** Shown to the user exactly once. */
  recoveryKey: string;
}

export interface User {
  id: number;
  name: string;
  roles: Role[];
  active: boolean;
  createdAt: string;
}

export interface Settings {
  autoLockMinutes: number;
}

export interface ProblemArea {
  id: string;
  nl: string;
  en: string;
  active: boolean;
}

export type Urgency = (typeof URGENCIES)[number];

export interface CaseListRow {
  id: number;
  code: string;
  initials: string;
  age: number | null;
  ageGroup: AgeGroup | null;
  municipality: string;
  status: CaseStatus;
  urgency: Urgency;
  problemAreas: string[];
  transition18: boolean;
  otherTables: number;
  referredOn: string;
  updatedAt: string;
}

export interface CaseList {
  rows: CaseListRow[];
  /** Matches for query + filters, over all pages. */
  total: number;
  /** Matches per status for query + the other filters (for the status chips). */
  byStatus: Partial<Record<CaseStatus, number>>;
  page: number;
  pageSize: number;
}

export interface Consent {
  id: number;
  subject: ConsentSubject;
  personName: string;
  scope: ConsentScope;
  givenOn: string;
  method: (typeof CONSENT_METHODS)[number];
  recordedBy: string;
  recordedAt: string;
  withdrawnOn: string | null;
  withdrawnReason: string;
}

export interface Screening {
  id: number;
  outcome: (typeof SCREENING_OUTCOMES)[number];
  reasons: string;
  requestedInfo: string;
  routedTo: (typeof ROUTED_TO)[number] | '';
  routedNote: string;
  screenedBy: string;
  screenedAt: string;
  /** Screening notes are internal: never shown while the family is present. */
  internal: true;
}

export interface CaseEvent {
  id: number;
  at: string;
  userName: string;
  kind: string;
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus | null;
  detail: string;
}

export interface LegalGround {
  ground: string;
  reason: string;
  recordedBy: string;
  recordedAt: string;
}

export interface CaseFile {
  id: number;
  code: string;
  status: CaseStatus;
  closureReason: (typeof CLOSURE_REASONS)[number] | '';
  referral: Referral;
  age: number | null;
  transition18: boolean;
  referredOn: string;
  createdBy: string;
  updatedAt: string;
  consents: Consent[];
  consentState: ConsentState;
  legalGround: LegalGround | null;
  screenings: Screening[];
  events: CaseEvent[];
}

export interface CreatedCase {
  id: number;
  code: string;
}

export interface AuditEntry {
  id: number;
  at: string;
  userName: string;
  role: string;
  action: string;
  caseCode: string | null;
  outcome: string;
  device: string;
}

export interface AuditVerification {
  ok: boolean;
  entries: number;
  /** First entry whose hash does not match, when !ok. */
  brokenAt: number | null;
}
