/** Small helpers for the case forms. */
import type { TFunction } from 'i18next';
import { dutchToIso, isIsoDate, isoToDutch, todayIso } from '../../../shared/domain/dates';

/**
 * Typed 'dd-mm-jjjj' fields: an empty field says "required" rather than the
 * schema's "enter an existing date"; anything else keeps the schema's message.
 */
export function withDateFields<V>(
  validate: (values: V) => Record<string, string>,
  t: TFunction,
  fields: Record<string, (values: V) => string>,
) {
  return (values: V) => {
    const errors = validate(values);
    for (const [path, get] of Object.entries(fields)) {
      const typed = get(values).trim();
      if (typed === '') errors[path] = t('msg:v.required');
      else if (!isIsoDate(dutchToIso(typed))) errors[path] = t('msg:v.date_invalid');
    }
    return errors;
  };
}

export const todayDutch = (): string => isoToDutch(todayIso());
