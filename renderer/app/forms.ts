/** Glue between zod schemas, Mantine forms and translated field messages. */
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { fieldIssues, type FieldIssue } from '../../shared/api/errors';
import { ApiError } from '../api/client';

/** Translate a field issue from the shared schemas or the dispatcher. */
export const issueText = (t: TFunction, issue: FieldIssue | string): string =>
  typeof issue === 'string' ? t(`msg:${issue}`, { defaultValue: issue }) : t(`msg:${issue.key}`, issue.params);

/**
 * A Mantine `validate` function from a shared zod schema. `prepare` maps form
 * values to what the schema expects (e.g. 'dd-mm-jjjj' -> ISO) without touching
 * what the user typed.
 */
export function schemaValidator<V>(schema: z.ZodType, t: TFunction, prepare: (values: V) => unknown = (v) => v) {
  return (values: V) => {
    const parsed = schema.safeParse(prepare(values));
    if (parsed.success) return {};
    // fieldIssues keeps each message's parameters ({{minimum}}, {{maximum}}).
    return Object.fromEntries(
      Object.entries(fieldIssues(parsed.error.issues)).map(([path, issue]) => [path, issueText(t, issue)]),
    );
  };
}

/**
 * Put a failed call's field messages on the form. `prefix` strips the input
 * wrapper (e.g. 'referral.' for cases.create). Returns true when it set any.
 */
export function applyServerErrors(
  form: { setErrors(errors: Record<string, string>): void },
  err: unknown,
  t: TFunction,
  prefix = '',
): boolean {
  if (!(err instanceof ApiError) || Object.keys(err.fields).length === 0) return false;
  const errors: Record<string, string> = {};
  for (const [path, issue] of Object.entries(err.fields)) {
    errors[prefix && path.startsWith(prefix) ? path.slice(prefix.length) : path] = issueText(t, issue);
  }
  form.setErrors(errors);
  return true;
}

/** The user-facing message for any failure, in the current language. */
export function errorText(t: TFunction, err: unknown): string {
  if (err instanceof ApiError) return t(`msg:e.${err.code}`, err.params);
  return t('msg:e.INTERNAL');
}
