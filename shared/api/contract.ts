/**
 * The API contract: the single list of everything the UI can ask the backend.
 *
 * Each method names its zod input schema, its result type, the permission it
 * needs and the audit action it records. The dispatcher (electron/node/dispatch)
 * enforces all of it; the preload, the test bridge and the renderer's client are
 * typed from this file, so a method exists everywhere or nowhere.
 */
import { z } from '../zod.js';
import { ROLES, type Permission } from '../domain/roles.js';
import { CASE_STATUSES } from '../domain/status.js';
import { ReferralSchema, pastDate } from '../domain/referral.js';
import {
  AGE_GROUP_KEYS,
  CLOSURE_REASONS,
  CONSENT_METHODS,
  CONSENT_SCOPES,
  CONSENT_SUBJECTS,
  ROUTED_TO,
  SCREENING_OUTCOMES,
  URGENCIES,
} from '../domain/taxonomies.js';
import type * as T from './types.js';

/** Who may call: nobody needs to be unlocked ('public'), any unlocked user ('session'), or a permission. */
export type Access = 'public' | 'session' | Permission;

export interface AuditSpec {
  /** Stable action name as logged, e.g. 'case.read'. */
  action: string;
  /** Where the case id comes from: the input's caseId, or the result's id. */
  caseFrom?: 'input' | 'result';
  /** Public methods that end the session (lock) record before they run, while the log is still open. */
  before?: true;
}

export interface MethodDef<I extends z.ZodType = z.ZodType, R = unknown> {
  input: I;
  access: Access;
  /** null: the call touches no personal data and is not logged. */
  audit: AuditSpec | null;
  /** Phantom field carrying the result type; never set at run time. */
  readonly result?: R;
}

function method<R>() {
  return <I extends z.ZodType, A extends Access>(
    def: Omit<MethodDef<I, R>, 'result' | 'access'> & { access: A },
  ): MethodDef<I, R> & { access: A } => def;
}

const none = z.object({}).strict();
const id = z.number().int().positive();
const caseRef = z.object({ caseId: id }).strict();

export const passphrase = z.string().min(12, { error: 'v.passphrase_short' }).max(1024);
const userName = z.string().trim().min(1).max(80);
const roles = z.array(z.enum(ROLES)).min(1, { error: 'v.roles_required' });
export const recoveryKey = z
  .string()
  .trim()
  .toUpperCase()
  .transform((s) => s.replace(/[\s-]/g, ''))
  .refine((s) => /^[A-Z2-7]{32}$/.test(s), { error: 'v.recovery_key_format' });

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
  .superRefine((s, ctx) => {
    if (s.outcome === 'niet_geschikt' && s.routedTo === '')
      ctx.addIssue({ code: 'custom', path: ['routedTo'], message: 'v.routed_to_required' });
    if (s.outcome === 'meer_informatie' && s.requestedInfo === '')
      ctx.addIssue({ code: 'custom', path: ['requestedInfo'], message: 'v.requested_info_required' });
  });

export const StatusInput = z
  .object({
    caseId: id,
    to: z.enum(CASE_STATUSES),
    note: z.string().trim().max(2000).default(''),
    closureReason: z.union([z.enum(CLOSURE_REASONS), z.literal('')]).default(''),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.to === 'afgesloten' && s.closureReason === '')
      ctx.addIssue({ code: 'custom', path: ['closureReason'], message: 'v.closure_reason_required' });
  });

export const LegalGroundInput = z
  .object({
    caseId: id,
    ground: z.string().trim().min(1).max(200),
    reason: z.string().trim().min(1, { error: 'v.reason_required' }).max(4000),
  })
  .strict();

export const api = {
  // --- vault and session -----------------------------------------------------
  'vault.status': method<T.VaultStatus>()({ input: none, access: 'public', audit: null }),
  'vault.create': method<T.CreatedVault>()({
    input: z.object({ teamName: z.string().trim().min(1).max(120), userName, passphrase }).strict(),
    access: 'public',
    audit: { action: 'vault.create' },
  }),
  'vault.unlock': method<T.SessionInfo>()({
    input: z.object({ userId: id, passphrase: z.string().min(1).max(1024) }).strict(),
    access: 'public',
    audit: { action: 'session.login' },
  }),
  'vault.recover': method<T.CreatedVault>()({
    input: z.object({ userId: id, recoveryKey, newPassphrase: passphrase }).strict(),
    access: 'public',
    audit: { action: 'session.login_recovery' },
  }),
  'session.lock': method<null>()({ input: none, access: 'public', audit: { action: 'session.logout', before: true } }),
  'session.activity': method<null>()({ input: none, access: 'session', audit: null }),
  'account.changePassphrase': method<null>()({
    input: z.object({ current: z.string().min(1).max(1024), next: passphrase }).strict(),
    access: 'session',
    audit: { action: 'account.passphrase' },
  }),

  // --- users, settings, taxonomies -------------------------------------------
  'users.list': method<T.User[]>()({ input: none, access: 'users.manage', audit: null }),
  'users.create': method<T.User>()({
    input: z.object({ name: userName, roles, passphrase }).strict(),
    access: 'users.manage',
    audit: { action: 'users.create' },
  }),
  'users.update': method<T.User>()({
    input: z.object({ id, roles, active: z.boolean() }).strict(),
    access: 'users.manage',
    audit: { action: 'users.update' },
  }),
  'settings.get': method<T.Settings>()({ input: none, access: 'session', audit: null }),
  'settings.update': method<T.Settings>()({
    input: z.object({ autoLockMinutes: z.number().int().min(1).max(120) }).strict(),
    access: 'settings.manage',
    audit: { action: 'settings.update' },
  }),
  'taxonomy.problemAreas': method<T.ProblemArea[]>()({ input: none, access: 'session', audit: null }),
  'taxonomy.saveProblemArea': method<T.ProblemArea>()({
    input: z
      .object({
        id: z.string().trim().regex(/^[a-z0-9_]{2,60}$/, { error: 'v.invalid_format' }),
        nl: z.string().trim().min(1).max(100),
        en: z.string().trim().min(1).max(100),
        active: z.boolean(),
      })
      .strict(),
    access: 'taxonomy.manage',
    audit: { action: 'taxonomy.update' },
  }),
  'audit.list': method<T.AuditEntry[]>()({
    input: z.object({ limit: z.number().int().min(1).max(1000).default(200) }).strict(),
    access: 'audit.read',
    audit: { action: 'audit.read' },
  }),
  'audit.verify': method<T.AuditVerification>()({ input: none, access: 'audit.read', audit: null }),

  // --- cases -----------------------------------------------------------------
  'cases.create': method<T.CreatedCase>()({
    input: z.object({ referral: ReferralSchema }).strict(),
    access: 'case.create',
    audit: { action: 'case.create', caseFrom: 'result' },
  }),
  'cases.list': method<T.CaseList>()({
    input: CaseListQuery,
    access: 'case.read',
    audit: { action: 'case.list' },
  }),
  'cases.municipalities': method<string[]>()({ input: none, access: 'case.read', audit: null }),
  'cases.get': method<T.CaseFile>()({
    input: caseRef,
    access: 'case.read',
    audit: { action: 'case.read', caseFrom: 'input' },
  }),
  'cases.updateReferral': method<T.CaseFile>()({
    input: z.object({ caseId: id, referral: ReferralSchema }).strict(),
    access: 'case.edit',
    audit: { action: 'case.update', caseFrom: 'input' },
  }),
  'cases.setStatus': method<T.CaseFile>()({
    input: StatusInput,
    access: 'case.status',
    audit: { action: 'case.status', caseFrom: 'input' },
  }),
  'cases.setLegalGround': method<T.CaseFile>()({
    input: LegalGroundInput,
    access: 'case.legalGround',
    audit: { action: 'case.legal_ground', caseFrom: 'input' },
  }),
  'consent.add': method<T.CaseFile>()({
    input: ConsentInput,
    access: 'consent.write',
    audit: { action: 'consent.add', caseFrom: 'input' },
  }),
  'consent.withdraw': method<T.CaseFile>()({
    input: WithdrawConsentInput,
    access: 'consent.write',
    audit: { action: 'consent.withdraw', caseFrom: 'input' },
  }),
  'screening.record': method<T.CaseFile>()({
    input: ScreeningInput,
    access: 'screening.write',
    audit: { action: 'screening.record', caseFrom: 'input' },
  }),
} as const satisfies Record<string, MethodDef>;

export type Api = typeof api;
export type MethodName = keyof Api;
export type Input<M extends MethodName> = z.input<Api[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Api[M]['input']>;
export type Result<M extends MethodName> = Api[M] extends MethodDef<z.ZodType, infer R> ? R : never;

export const METHOD_NAMES = Object.keys(api) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(api, name);
}

/** The envelope every transport returns. */
export type Envelope<R> = { ok: true; result: R } | { ok: false; error: import('./errors.js').ApiErrorData };

/** What the preload exposes as `window.adviestafel` and the bridge client mimics. */
export interface Transport {
  call(method: string, input: unknown): Promise<Envelope<unknown>>;
}
