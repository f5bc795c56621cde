/**
 * Typed errors that cross the API boundary. Every failure the user can meet has
 * a code, a Dutch message and, for validation, a message per field.
 */
import type { z } from 'zod';
import type { ConsentSubject } from '../domain/consent.js';
import type { CaseStatus } from '../domain/status.js';
import { formatMessage } from '../i18n/messages.js';

export const ERROR_CODES = [
  'VALIDATION',
  'FORBIDDEN',
  'LOCKED',
  'NO_VAULT',
  'VAULT_EXISTS',
  'WRONG_PASSPHRASE',
  'WRONG_RECOVERY_KEY',
  'THROTTLED',
  'USER_INACTIVE',
  'NOT_FOUND',
  'CONFLICT',
  'STATUS_TRANSITION',
  'CONSENT_REQUIRED',
  'NOTE_CONFLICT',
  'MEETING_CLOSED',
  'MEETING_NOT_RUNNING',
  'CASE_NOT_WAITING',
  'CASE_ALREADY_PLANNED',
  'PHASE_TRANSITION',
  'ADVICE_LOCKED',
  'ADVICE_NOT_CONCEPT',
  'APPROVER_NOT_CHAIR',
  'NO_APPROVED_ADVICE',
  'LETTERHEAD_INCOMPLETE',
  'OUTCOME_REQUIRED',
  'CONSENT_ALREADY_WITHDRAWN',
  'USER_NAME_TAKEN',
  'USER_NOT_REACTIVATABLE',
  'BACKUP_TARGET_EXISTS',
  'BACKUP_DIR_MISSING',
  'BACKUP_WRITE_FAILED',
  'BACKUP_DIR_NOT_WRITABLE',
  'BACKUP_DISK_FULL',
  'BACKUP_NOT_CONFIGURED',
  'BACKUP_NOT_FOUND',
  'BACKUP_KEYRING_MISSING',
  'BACKUP_INVALID',
  'DB_NEWER',
  'DB_CORRUPT',
  'KEYRING_DAMAGED',
  'UPGRADE_INCOMPLETE',
  'VAULT_BUSY',
  'CONFIRMATION_REQUIRED',
  'WRONG_CONFIRMER',
  'LAST_ADMIN',
  'IMPORT_INVALID',
  'DENIED_ORIGIN',
  'WORKER_DIED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * The parameters each code carries: values and codes only, never sentences
 * (the UI translates the code and fills these in). Codes listed here must carry
 * exactly these; others carry plain values (names, numbers, codes).
 */
export interface ErrorParamMap {
  THROTTLED: { seconds: number; retryAfterMs: number };
  WRONG_PASSPHRASE: { failures: number; retryAfterMs: number };
  WRONG_RECOVERY_KEY: { failures: number; retryAfterMs: number };
  /** A re-key while the upgrade from a format-1 keyring is unfinished (vault/legacy.ts): active members still on an old wrap, and whether the old recovery key is still the only one. */
  UPGRADE_INCOMPLETE: { legacyUsers: number; legacyRecovery: boolean };
  STATUS_TRANSITION: { from: CaseStatus; to: CaseStatus };
  CONSENT_REQUIRED: { missing: ConsentSubject[] };
  /** The operating system's error code, e.g. 'ENOSPC'. */
  BACKUP_WRITE_FAILED: { errno: string };
  DB_NEWER: { version: number };
  /** A stale autosave: nothing was written; both texts travel so the UI can show both. */
  NOTE_CONFLICT: {
    itemId: number;
    field: string;
    baseVersion: number;
    currentVersion: number;
    currentText: string;
    yourText: string;
    savedBy: string;
    savedAt: string;
  };
  /** `status`: the meeting's status (geannuleerd | afgerond | gepland | bezig). */
  MEETING_CLOSED: { status: string };
  MEETING_NOT_RUNNING: { status: string };
  CASE_NOT_WAITING: { status: CaseStatus };
  CASE_ALREADY_PLANNED: { meetingId: number; date: string };
  /** Item phases (shared/domain/meetings.ts ITEM_PHASES). */
  PHASE_TRANSITION: { from: string; to: string };
  /** Advice version numbers (shared/api/advice.ts). */
  ADVICE_LOCKED: { version: number };
  ADVICE_NOT_CONCEPT: { version: number };
  /** `reason` (vault/keyring.ts KeyringDamage): missing | empty | not_json | unknown_algorithm | kdf_out_of_range | invalid; `previous`: keyring.json.prev is usable. A format-1 keyring is no damage: it is upgraded (vault/legacy.ts). */
  KEYRING_DAMAGED: { file: string; reason: string; previous: boolean };
  /** How many problems a dry run of the same file lists (import.check). */
  IMPORT_INVALID: { problems: number };
}
type ParamValue = string | number | boolean | null | readonly string[] | readonly number[];
/** Params for code C; for a code only known as `ErrorCode` (rebuilt from data), anything that crossed as data. */
export type ErrorParams<C extends ErrorCode> = [ErrorCode] extends [C]
  ? Record<string, unknown>
  : C extends keyof ErrorParamMap
    ? ErrorParamMap[C]
    : Record<string, ParamValue>;

/** A field-level message: a translation key plus its parameters. */
export interface FieldIssue {
  key: string;
  params: Record<string, unknown>;
}

/** What the UI receives when a call fails. Plain data: it crosses IPC and HTTP. */
export interface ApiErrorData {
  code: ErrorCode;
  /** Dutch fallback for logs and the CLI; the UI shows `msg:e.<code>` with `params` in its own language. */
  message: string;
  /** See ErrorParamMap. */
  params: Record<string, unknown>;
  /** Dotted field path -> issue, for forms. */
  fields?: Record<string, FieldIssue>;
}

export class AppError<C extends ErrorCode = ErrorCode> extends Error {
  readonly params: Record<string, unknown>;

  constructor(
    readonly code: C,
    params: ErrorParams<C> = {} as ErrorParams<C>,
    readonly fields?: Record<string, FieldIssue>,
  ) {
    super(formatMessage('nl', `e.${code}`, params));
    this.name = 'AppError';
    this.params = params;
  }

  /** Rebuild an error that crossed a boundary as data. */
  static fromData(data: ApiErrorData): AppError {
    return new AppError(data.code, data.params, data.fields);
  }

  toData(): ApiErrorData {
    return {
      code: this.code,
      message: this.message,
      params: this.params,
      ...(this.fields ? { fields: this.fields } : {}),
    };
  }
}

/** zod issues -> one issue per dotted field path (the first one wins). */
export function fieldIssues(issues: readonly z.core.$ZodIssue[]): Record<string, FieldIssue> {
  const out: Record<string, FieldIssue> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    if (out[path]) continue;
    const params: Record<string, unknown> = {};
    for (const k of ['minimum', 'maximum'] as const) {
      if (k in issue) params[k] = Number((issue as unknown as Record<string, unknown>)[k]);
    }
    out[path] = { key: issue.message, params };
  }
  return out;
}

export function validationError(issues: readonly z.core.$ZodIssue[]): AppError {
  return new AppError('VALIDATION', {}, fieldIssues(issues));
}
