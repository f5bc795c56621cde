/** Lead times: referral -> first discussion -> approved advice -> closure, in days. */
import type { FactRow } from './facts.js';
import { inPeriod, viewOf, type Scope, type View } from './period.js';

export const LEAD_TIME_KEYS = ['aanmelding_bespreking', 'bespreking_advies', 'advies_afsluiting', 'aanmelding_afsluiting'] as const;
export type LeadTimeKey = (typeof LEAD_TIME_KEYS)[number];

const dayNumbers = new Map<string, number>();
/** Days since 1970 of an ISO date (memoised: a report meets the same dates again and again). */
function dayNumber(iso: string): number {
  let n = dayNumbers.get(iso);
  if (n === undefined) {
    n = Math.round(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000);
    if (dayNumbers.size > 50_000) dayNumbers.clear();
    dayNumbers.set(iso, n);
  }
  return n;
}
const days = (from: string, to: string) => dayNumber(to) - dayNumber(from);

/**
 * A case's lead times whose later step fell in the period, in days, added to `out` (one list per
 * LEAD_TIME_KEYS entry). Negative spans (dates out of order in the data) are left out.
 */
export function addLeadTimes(f: FactRow, s: Scope, v: View, out: number[][]): void {
  const first = f.discussions.length ? f.discussions[0]!.on : '';
  if (first !== '' && inPeriod(first, s)) put(out[0]!, f.referredOn, first);
  if (f.advice && v.advised && first !== '') put(out[1]!, first, f.advice.approvedOn);
  if (v.closed) {
    if (f.advice) put(out[2]!, f.advice.approvedOn, f.closedOn);
    put(out[3]!, f.referredOn, f.closedOn);
  }
}

function put(list: number[], a: string, b: string): void {
  if (a === '' || b === '') return;
  const d = days(a, b);
  if (d >= 0) list.push(d);
}

/** The lead time keys (LEAD_TIME_KEYS) a case counts in, for the drill-down. */
export function leadTimeKeysOf(f: FactRow, s: Scope): LeadTimeKey[] {
  const out: number[][] = LEAD_TIME_KEYS.map(() => []);
  addLeadTimes(f, s, viewOf(f, s), out);
  return LEAD_TIME_KEYS.filter((_, i) => out[i]!.length > 0);
}
