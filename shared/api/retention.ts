/**
 * Retention and erasure (issue 13, points 4-6) and the data-subject export (point 7).
 *
 * - The beheerder sets the retention policy once, at first use: there is no silent default. Three
 *   periods: after closure (afgesloten), for cases not taken on (niet_in_behandeling with consent or
 *   a legal ground) and for referrals without consent (niet_in_behandeling without either). The
 *   team's own privacy protocol decides the periods; the Jeugdwet's 20 years applies to the files
 *   of youth-care providers.
 * - `retention.due` lists for the voorzitter the cases past their period ("Te vernietigen"), with
 *   postponements (a reason and a date, e.g. a pending complaint).
 * - `retention.erase` erases one due case for good: every table, the search index, notes, advice,
 *   letters, drafts and the case code in the audit log (a documented redaction, see
 *   electron/node/features/retention/erase.ts); the statistical facts are archived first (reports).
 *   The audit log keeps "case N erased, by whom, when"; the policy applied is in `retention.erasures`.
 * - `subject.export` gives the voorzitter everything the vault holds about one youth, as a PDF for the
 *   family in plain Dutch or plain English (`lang`, as the letters; Dutch by default) and as a
 *   JSON bundle, the same in both (AVG art. 15). Audited.
 *
 * Errors besides VALIDATION / FORBIDDEN / NOT_FOUND:
 * - CONFLICT { reason: 'policy_not_set' | 'not_due' | 'postponed' }: erase refused.
 * - CONFLICT { reason: 'no_backup_folder' | 'nothing_erased' | 'no_backup_after_erasure' }: purge refused.
 * - VALIDATION field 'confirmCode' (v.confirm_code_mismatch): the typed code is not the case's code.
 */
import { z } from '../zod.js';
import { isoDate } from '../domain/referral.js';
import type { CaseStatus } from '../domain/status.js';
import { LETTER_LANGS } from './letters.js';
import { id, method, none } from './method.js';

export const RETENTION_CATEGORIES = ['closed', 'notTakenOn', 'withoutConsent'] as const;
export type RetentionCategory = (typeof RETENTION_CATEGORIES)[number];

export const PERIOD_UNITS = ['maanden', 'jaren'] as const;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];

/** A period as the beheerder typed it; at most 30 years (the Jeugdwet's term is 20). */
export const periodSchema = z
  .object({
    amount: z.number().int().min(1, { error: 'v.too_small' }).max(360, { error: 'v.too_big' }),
    unit: z.enum(PERIOD_UNITS),
  })
  .strict()
  .refine((p) => (p.unit === 'jaren' ? p.amount <= 30 : true), { error: 'v.too_big', path: ['amount'] });
export type RetentionPeriod = z.infer<typeof periodSchema>;

export const policySchema = z
  .object({ closed: periodSchema, notTakenOn: periodSchema, withoutConsent: periodSchema })
  .strict();
export type RetentionPolicyInput = z.infer<typeof policySchema>;

export interface RetentionPolicy extends RetentionPolicyInput {
  setBy: string;
  /** ISO time. */
  setAt: string;
}

export interface RetentionPolicyState {
  /** null until the beheerder has set it: nothing is ever listed or erased before. */
  policy: RetentionPolicy | null;
}

/** One case whose period has ended (or is postponed). Codes and initials only. */
export interface DueCase {
  caseId: number;
  code: string;
  initials: string;
  status: CaseStatus;
  category: RetentionCategory;
  /** ISO date the period started: the day the case was closed or declined. */
  endedOn: string;
  /** ISO date the period ended. */
  deadline: string;
  /** ISO date, when postponed (and the postponement still runs). */
  postponedUntil: string | null;
  postponeReason: string;
}

export interface DueList {
  policySet: boolean;
  today: string;
  cases: DueCase[];
}

/** What the audit log and this table keep of an erased case: no personal data. */
export interface ErasureRecord {
  /** The case's internal number N (its row id), not its code. */
  caseNumber: number;
  erasedAt: string;
  erasedBy: string;
  category: RetentionCategory;
  period: RetentionPeriod;
  deadline: string;
}

export interface EraseResult {
  record: ErasureRecord;
  /** Audit entries whose case code was redacted (the entries themselves stay). */
  auditEntriesRedacted: number;
  /** Stored besluitenlijst PDFs that listed the case and were removed (record them again if needed). */
  besluitenlijstLettersRemoved: number;
  /** The backup folder exists: the screen offers to purge backups made before the erasure. */
  backupsMayHoldCase: boolean;
}

/** Backups of this vault made before the latest erasure, removed from the backup folder. */
export interface PurgeResult {
  removed: number;
  /** Backups left: all made after the latest erasure. */
  kept: number;
}

export interface SubjectExport {
  /** The JSON bundle, pretty-printed. Plain text: it leaves the vault's protection. */
  json: string;
  /** The family's PDF (plain Dutch at B1, or plain English: the input's `lang`). */
  pdfBase64: string;
  /** Case code and date, never a name: '<code>_inzage_<date>'. */
  fileBase: string;
}

export const retentionApi = {
  'retention.policy': method<RetentionPolicyState>()({ input: none, access: 'session', audit: null }),
  'retention.setPolicy': method<RetentionPolicyState>()({
    input: policySchema,
    access: 'settings.manage',
    audit: { action: 'retention.setPolicy' },
  }),
  'retention.due': method<DueList>()({ input: none, access: 'retention.erase', audit: { action: 'retention.due' } }),
  'retention.postpone': method<DueCase>()({
    input: z
      .object({
        caseId: id,
        until: isoDate,
        reason: z.string().trim().min(3, { error: 'v.reason_required' }).max(1000, { error: 'v.too_long' }),
      })
      .strict(),
    access: 'retention.erase',
    audit: { action: 'retention.postpone', cases: 'input' },
  }),
  'retention.erase': method<EraseResult>()({
    input: z.object({ caseId: id, confirmCode: z.string().trim().max(20) }).strict(),
    access: 'retention.erase',
    audit: { action: 'retention.erase', cases: 'input' },
  }),
  'retention.erasures': method<ErasureRecord[]>()({ input: none, access: 'retention.erase', audit: null }),
  /**
   * Remove this vault's backups made before the latest erasure from the backup folder, once a
   * complete backup made after it exists (so a usable backup always stays). CONFLICT reasons:
   * 'no_backup_folder', 'nothing_erased', 'no_backup_after_erasure'.
   */
  'retention.purgeBackups': method<PurgeResult>()({
    input: none,
    access: 'retention.erase',
    audit: { action: 'retention.purgeBackups' },
  }),
  'subject.export': method<SubjectExport>()({
    input: z.object({ caseId: id, lang: z.enum(LETTER_LANGS).default('nl') }).strict(),
    access: 'subject.export',
    audit: { action: 'subject.export', cases: 'input', reads: true },
  }),
} as const;
