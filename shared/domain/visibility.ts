/**
 * FIELD SAFETY, declared once. Per entity, the fields that may be shown while the
 * family is in the room (deel 1) and on the presentation screen. Every field not
 * listed here is internal: a new field stays off those screens until someone
 * declares it here on purpose.
 *
 * Internal by default, so never listed: screening, internal notes, every deel 2
 * field, financing, other cases, other families' names, names of the youth or
 * parents taken from the referral.
 */
import { INTERNAL_ADVICE_CATEGORIES } from './advice.js';

export const FAMILY_SAFE = {
  /** The case on screen: its code and the question in the family's own words. */
  case: ['code', 'questionFamily'],
  /** The agenda item on screen: phase and timer. */
  agendaItem: ['caseCode', 'phase', 'plannedStart', 'minutesDeel1', 'minutesDeel2', 'phaseStartedAt', 'phaseSeconds'],
  /** Deel 1 notes: what was clarified, what goes well, what the family says is needed, what was agreed. */
  itemNote: ['hulpvraagVerhelderd', 'watGaatGoed', 'watIsNodig', 'afspraken'],
  /** A guest of this case (the family, the referrer, an expert): how they are addressed in the room. */
  guest: ['name', 'kind', 'role'],
  /** A team member present at the table. */
  member: ['name', 'sector'],
  /** The meeting itself. */
  meeting: ['date', 'startTime', 'endTime', 'status', 'delaySeconds'],
  /**
   * The approved advice in a family letter (issue 10) or on a shared screen: the question as
   * summarised, the date, the weight and its basis. Internal: the team's analysis, what the team
   * did, the procesregisseur details, the correction reason, approval metadata.
   */
  advice: ['questionSummary', 'adviceDate', 'weight', 'weightBasis', 'weightBasisDate'],
  /**
   * An advice item: its text, to whom, by when. Items of an internal category (financieringsroute,
   * INTERNAL_ADVICE_CATEGORIES) are left out entirely: use familySafeItems(). Responses
   * (refusals, escalations, changes), actions, reviews, feedback and outcomes are internal.
   */
  adviceItem: ['category', 'text', 'addresseeKind', 'addresseeName', 'deadline'],
} as const satisfies Record<string, readonly string[]>;

export type SafeEntity = keyof typeof FAMILY_SAFE;
export type FamilySafeField<E extends SafeEntity> = (typeof FAMILY_SAFE)[E][number];
export type FamilySafe<E extends SafeEntity, T> = { [K in Extract<keyof T, FamilySafeField<E>>]: T[K] };

export function isFamilySafe(entity: SafeEntity, field: string): boolean {
  return (FAMILY_SAFE[entity] as readonly string[]).includes(field);
}

/**
 * A new object holding only the declared family-safe fields of `obj` (own
 * properties only; values are copied as they are, so declare only fields whose
 * value is itself safe: plain text, numbers, codes).
 */
export function pickFamilySafe<E extends SafeEntity, T extends object>(entity: E, obj: T): FamilySafe<E, T> {
  const out: Record<string, unknown> = {};
  for (const field of FAMILY_SAFE[entity] as readonly string[]) {
    if (Object.hasOwn(obj, field)) out[field] = (obj as Record<string, unknown>)[field];
  }
  return out as FamilySafe<E, T>;
}

/** The advice items a family may see: without internal categories, each reduced to its safe fields. */
export function familySafeItems<T extends { category: string }>(items: readonly T[]): FamilySafe<'adviceItem', T>[] {
  return items
    .filter((i) => !(INTERNAL_ADVICE_CATEGORIES as readonly string[]).includes(i.category))
    .map((i) => pickFamilySafe('adviceItem', i));
}
