/** The period of a report and where each case stands in it. */
import type { ReportLang } from '../../../../shared/api/reports.js';
import type { DiscussionFact, FactRow } from './facts.js';
import type { AreaLabel } from './labels.js';

export interface Scope {
  from: string;
  to: string;
  lang: ReportLang;
  areas: AreaLabel[];
}

export const inPeriod = (d: string, s: Scope) => d !== '' && d >= s.from && d <= s.to;

/** Where a case stands in the period, worked out once per case and report. */
export interface View {
  referred: boolean;
  advised: boolean;
  closed: boolean;
  /** Its discussions in the period. */
  discussed: DiscussionFact[];
}

export function viewOf(f: FactRow, s: Scope): View {
  return {
    referred: inPeriod(f.referredOn, s),
    advised: f.advice !== null && inPeriod(f.advice.approvedOn, s),
    closed: inPeriod(f.closedOn, s),
    discussed: f.discussions.length ? f.discussions.filter((d) => inPeriod(d.on, s)) : f.discussions,
  };
}

/** Every month of the period, 'YYYY-MM'. */
export function monthsOf(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.slice(0, 7).split('-').map(Number) as [number, number];
  const end = to.slice(0, 7);
  for (;;) {
    const ym = `${y}-${String(m).padStart(2, '0')}`;
    if (ym > end || out.length > 600) break;
    out.push(ym);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}
