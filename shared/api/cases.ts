/** Cases: referral, list and search, consent, screening and the status workflow. */
import { crossField, z } from '../zod.js';
import { CASE_STATUSES } from '../domain/status.js';
import { ReferralSchema, pastDate, type Referral } from '../domain/referral.js';
import type { ConsentScope, ConsentSubject, ConsentState } from '../domain/consent.js';
import {
  AGE_GROUP_KEYS,
  CLOSURE_REASONS,
  CONSENT_METHODS,
  CONSENT_SCOPES,
  CONSENT_SUBJECTS,
  ROUTED_TO,
  SCREENING_OUTCOMES,
  URGENCIES,
  type AgeGroup,
} from '../domain/taxonomies.js';
import type { CaseStatus } from '../domain/status.js';
import { caseRef, id, method, none } from './method.js';

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
  /**
   * A search matched more cases than are looked at (1,000, the newest): total,
   * counts and pages cover those only; the user should refine the search.
   */
  capped: boolean;
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

/** A case that may be the same youth as a new referral (open or closed). */
export interface DuplicateMatch {
  /** For the link; the form shows it only to users who may read cases. */
  id: number;
  code: string;
  initials: string;
  status: CaseStatus;
  /** 'bsn': the same BSN; 'name': the same first name, last name and birth date. */
  matchedOn: 'bsn' | 'name';
}

/** What a referral form knows so far; incomplete or invalid parts are simply not used (no validation messages). */
export const DuplicateQuery = z
  .object({
    bsn: z.string().trim().max(20).default(''),
    firstName: z.string().trim().max(100).default(''),
    lastName: z.string().trim().max(100).default(''),
    /** ISO date. */
    birthDate: z.string().trim().max(10).default(''),
    /** When editing: the case itself is no duplicate. */
    excludeCaseId: id.optional(),
  })
  .strict();

export const CaseListQuery = z
  .object({
    query: z.string().trim().max(200).default(''),
    statuses: z.array(z.enum(CASE_STATUSES)).default([]),
    ageGroups: z.array(z.enum(AGE_GROUP_KEYS as [string, ...string[]])).default([]),
    municipalities: z.array(z.string().max(100)).default([]),
    problemAreas: z.array(z.string().max(60)).default([]),
    urgencies: z.array(z.enum(URGENCIES)).default([]),
    sort: z.enum(['code', 'referredOn', 'updatedAt', 'urgency', 'age', 'status']).default('referredOn'),
    direction: z.enum(['asc', 'desc']).default('desc'),
    page: z.number().int().min(1).default(1),
    pageSize: z.number().int().min(10).max(200).default(50),
  })
  .strict();

export const ConsentInput = z
  .object({
    caseId: id,
    subject: z.enum(CONSENT_SUBJECTS),
    personName: z.string().trim().min(1).max(200),
    scope: z.enum(CONSENT_SCOPES),
    givenOn: pastDate,
    method: z.enum(CONSENT_METHODS),
  })
  .strict();

export const WithdrawConsentInput = z
  .object({
    caseId: id,
    consentId: id,
    withdrawnOn: pastDate,
    reason: z.string().trim().max(2000).default(''),
  })
  .strict();

export const ScreeningInput = z
  .object({
    caseId: id,
    outcome: z.enum(SCREENING_OUTCOMES),
    reasons: z.string().trim().min(1, { error: 'v.reason_required' }).max(8000),
    requestedInfo: z.string().trim().max(4000).default(''),
    routedTo: z.union([z.enum(ROUTED_TO), z.literal('')]).default(''),
    routedNote: z.string().trim().max(2000).default(''),
  })
  .strict()
  // Cross-field rules run also when a field failed: every message at the first save.
  .check(
    crossField((s, ctx) => {
      if (s.outcome === 'niet_geschikt' && s.routedTo === '')
        ctx.addIssue({ code: 'custom', path: ['routedTo'], message: 'v.routed_to_required' });
      if (s.outcome === 'meer_informatie' && s.requestedInfo === '')
        ctx.addIssue({ code: 'custom', path: ['requestedInfo'], message: 'v.requested_info_required' });
    }),
  );

export const StatusInput = z
  .object({
    caseId: id,
    to: z.enum(CASE_STATUSES),
    note: z.string().trim().max(2000).default(''),
    closureReason: z.union([z.enum(CLOSURE_REASONS), z.literal('')]).default(''),
  })
  .strict()
  .check(
    crossField((s, ctx) => {
      if (s.to === 'afgesloten' && s.closureReason === '')
        ctx.addIssue({ code: 'custom', path: ['closureReason'], message: 'v.closure_reason_required' });
    }),
  );

export const LegalGroundInput = z
  .object({
    caseId: id,
    ground: z.string().trim().min(1).max(200),
    reason: z.string().trim().min(1, { error: 'v.reason_required' }).max(4000),
  })
  .strict();

export const casesApi = {
  'cases.create': method<CreatedCase>()({
    input: z.object({ referral: ReferralSchema }).strict(),
    access: 'case.create',
    audit: { action: 'case.create', cases: 'result' },
  }),
  'cases.list': method<CaseList>()({
    input: CaseListQuery,
    access: 'case.read',
    audit: { action: 'case.list' },
  }),
  'cases.municipalities': method<string[]>()({ input: none, access: 'case.read', audit: null }),
  // Every case shown as a possible duplicate is logged as seen by the user.
  'cases.findDuplicates': method<DuplicateMatch[]>()({
    input: DuplicateQuery,
    access: 'case.create',
    audit: { action: 'case.duplicates', cases: (_input: unknown, r: DuplicateMatch[] | null) => r?.map((m) => m.id) ?? [] },
  }),
  'cases.get': method<CaseFile>()({
    input: caseRef,
    access: 'case.read',
    audit: { action: 'case.read', cases: 'input' },
  }),
  'cases.updateReferral': method<CaseFile>()({
    input: z.object({ caseId: id, referral: ReferralSchema }).strict(),
    access: 'case.edit',
    audit: { action: 'case.update', cases: 'input' },
  }),
  'cases.setStatus': method<CaseFile>()({
    input: StatusInput,
    access: 'case.status',
    audit: { action: 'case.status', cases: 'input' },
  }),
  'cases.setLegalGround': method<CaseFile>()({
    input: LegalGroundInput,
    access: 'case.legalGround',
    audit: { action: 'case.legal_ground', cases: 'input' },
  }),
  'consent.add': method<CaseFile>()({
    input: ConsentInput,
    access: 'consent.write',
    audit: { action: 'consent.add', cases: 'input' },
  }),
  'consent.withdraw': method<CaseFile>()({
    input: WithdrawConsentInput,
    access: 'consent.write',
    audit: { action: 'consent.withdraw', cases: 'input' },
  }),
  'screening.record': method<CaseFile>()({
    input: ScreeningInput,
    access: 'screening.write',
    audit: { action: 'screening.record', cases: 'input' },
  }),
};
