/**
 * The one zod instance every schema in Adviestafel uses.
 *
 * Messages are translation keys (see shared/i18n/messages.ts), never prose, so
 * the same schema yields Dutch in the dispatcher and nl/en in the renderer.
 */
import { z } from 'zod';

z.config({
  customError: (issue) => {
    switch (issue.code) {
      case 'invalid_type':
        return issue.input === undefined || issue.input === null || issue.input === ''
          ? 'v.required'
          : 'v.invalid_type';
      case 'too_small':
        if (issue.origin === 'string') return issue.minimum === 1 ? 'v.required' : 'v.too_short';
        if (issue.origin === 'array' || issue.origin === 'set') return 'v.too_few';
        return 'v.too_small';
      case 'too_big':
        if (issue.origin === 'string') return 'v.too_long';
        if (issue.origin === 'array' || issue.origin === 'set') return 'v.too_many';
        return 'v.too_big';
      case 'invalid_value':
        return 'v.invalid_option';
      case 'invalid_format':
        return issue.format === 'email' ? 'v.email' : 'v.invalid_format';
      case 'unrecognized_keys':
        return 'v.unknown_field';
      default:
        return 'v.invalid';
    }
  },
});

export { z };

/** What a cross-field rule sees: the object as far as it parsed; a field that failed keeps what was typed. */
export type Unchecked<T> = { readonly [K in keyof T]?: unknown };

/**
 * A cross-field rule that runs even when field rules failed, so one save reports
 * every message at once (zod skips refinements after a failed field by default).
 * Because a failed field keeps its raw input, the rule gets `Unchecked` values
 * and must test types itself. Use with `.check(crossField(...))`.
 */
export function crossField<T extends object>(rule: (value: Unchecked<T>, ctx: z.RefinementCtx<T>) => void) {
  return z.superRefine<T>((value, ctx) => rule(value as Unchecked<T>, ctx), {
    when: (payload) => typeof payload.value === 'object' && payload.value !== null && !Array.isArray(payload.value),
  });
}
