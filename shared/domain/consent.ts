/**
 * Who must consent to registration, by the youth's age (as in the Dutch WGBO and
 * Jeugdwet practice): under 12 a parent/guardian; 12 to 15 both the youth and a
 * parent/guardian; 16 and older the youth.
 */
import type { CONSENT_SCOPES, CONSENT_SUBJECTS } from './taxonomies.js';
import { todayIso } from './dates.js';

export type ConsentSubject = (typeof CONSENT_SUBJECTS)[number];
export type ConsentScope = (typeof CONSENT_SCOPES)[number];

export interface ConsentLike {
  subject: ConsentSubject;
  scope: ConsentScope;
  givenOn: string;
  withdrawnOn: string | null;
}

export function requiredConsentSubjects(age: number): ConsentSubject[] {
  if (age < 12) return ['ouder'];
  if (age < 16) return ['jeugdige', 'ouder'];
  return ['jeugdige'];
}

export function isActive(c: ConsentLike, on: string = todayIso()): boolean {
  return c.givenOn <= on && (c.withdrawnOn === null || c.withdrawnOn > on);
}

export interface ConsentState {
  sufficient: boolean;
  /** Subjects whose consent to `scope` is still missing. */
  missing: ConsentSubject[];
}

export function consentState(
  age: number,
  consents: readonly ConsentLike[],
  scope: ConsentScope = 'registratie',
  on: string = todayIso(),
): ConsentState {
  const missing = requiredConsentSubjects(age).filter(
    (subject) => !consents.some((c) => c.subject === subject && c.scope === scope && isActive(c, on)),
  );
  return { sufficient: missing.length === 0, missing };
}
