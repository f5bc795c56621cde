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
