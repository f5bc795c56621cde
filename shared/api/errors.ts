/**
 * Typed errors that cross the API boundary. Every failure the user can meet has
 * a code, a Dutch message and, for validation, a message per field.
 */
import type { z } from 'zod';
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
  'DB_NEWER',
  'DB_CORRUPT',
  'LAST_ADMIN',
  'DENIED_ORIGIN',
  'WORKER_DIED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A field-level message: a translation key plus its parameters. */
export interface FieldIssue {
  key: string;
  params: Record<string, unknown>;
}

/** What the UI receives when a call fails. Plain data: it crosses IPC and HTTP. */
export interface ApiErrorData {
  code: ErrorCode;
  /** Dutch, ready to show. */
  message: string;
  params: Record<string, unknown>;
  /** Dotted field path -> issue, for forms. */
  fields?: Record<string, FieldIssue>;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, unknown> = {},
    readonly fields?: Record<string, FieldIssue>,
  ) {
    super(formatMessage('nl', `e.${code}`, params));
    this.name = 'AppError';
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
