/**
 * Retention deadlines, as pure functions of a case's end and the team's policy (no database, no
 * clock: `today` is passed in). A case counts only once it has ended:
 * - 'closed': status afgesloten; the period runs from the day it was closed.
 * - 'notTakenOn': status niet_in_behandeling, with consent to registration or a legal ground.
 * - 'withoutConsent': status niet_in_behandeling, with neither (the referral never got consent).
 * An open case never expires: the team ends it first.
 */
import type { DueCase, RetentionCategory, RetentionPeriod, RetentionPolicyInput } from '../../../../shared/api/retention.js';
import type { CaseStatus } from '../../../../shared/domain/status.js';

export interface CaseEnd {
  status: CaseStatus;
  /** ISO date the case reached its current status. */
  endedOn: string;
  /** Consent to registration was sufficient when it ended, or a legal ground was recorded. */
  consentOrGround: boolean;
}

export function categoryOf(c: Pick<CaseEnd, 'status' | 'consentOrGround'>): RetentionCategory | null {
  if (c.status === 'afgesloten') return 'closed';
  if (c.status === 'niet_in_behandeling') return c.consentOrGround ? 'notTakenOn' : 'withoutConsent';
  return null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `iso` plus the period, in calendar months; a day that does not exist becomes the month's last (29-02 + 1 jaar = 28-02). */
export function addPeriod(iso: string, p: RetentionPeriod): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  const months = p.unit === 'jaren' ? p.amount * 12 : p.amount;
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${ny}-${pad(nm)}-${pad(Math.min(d, last))}`;
}

export interface Deadline {
  category: RetentionCategory;
  deadline: string;
}

export function deadlineFor(policy: RetentionPolicyInput, c: CaseEnd): Deadline | null {
  const category = categoryOf(c);
  if (!category) return null;
  return { category, deadline: addPeriod(c.endedOn, policy[category]) };
}

/** Past its period on `today` (the deadline day itself included) and not postponed beyond today. */
export function isDue(deadline: string, today: string, postponedUntil: string | null): boolean {
  return deadline <= today && !(postponedUntil !== null && postponedUntil > today);
}

/** A postponement that still runs on `today`. */
export function isPostponed(c: Pick<DueCase, 'postponedUntil'>, today: string): boolean {
  return c.postponedUntil !== null && c.postponedUntil > today;
}
