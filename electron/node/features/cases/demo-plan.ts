/**
 * Demo cases, part two: the plan of each case (its referral plus the steps
 * that walk it through consent, screening and the status workflow to a final
 * status). A pure function of (count, seed, the date of `now`, the problem
 * areas): the same inputs give the same plans.
 */
import { requiredConsentSubjects, type ConsentSubject } from '../../../../shared/domain/consent.js';
import type { ReferralInput } from '../../../../shared/domain/referral.js';
import { canTransition, type CaseStatus } from '../../../../shared/domain/status.js';
import { CLOSURE_REASONS, DEFAULT_PROBLEM_AREAS, ROUTED_TO } from '../../../../shared/domain/taxonomies.js';
import { DAY, personName, Rng } from '../../demo/corpus.js';
import {
  ADVICE,
  CLOSURE_NOTES,
  LEGAL_GROUNDS,
  REQUESTED_INFO,
  ROUTED_NOTES,
  SCREEN_MORE,
  SCREEN_NOT,
  SCREEN_OK,
} from '../../demo/corpus-texts.js';
import { planReferral } from './demo-referral.js';

export type DemoStep =
  | {
      op: 'consent';
      at: string;
      subject: ConsentSubject;
      personName: string;
      scope: 'registratie' | 'deelname_overleg';
      method: 'schriftelijk' | 'mondeling';
      givenOn: string;
    }
  | { op: 'legalGround'; at: string; ground: string; reason: string }
  | {
      op: 'screening';
      at: string;
      outcome: 'geschikt' | 'niet_geschikt' | 'meer_informatie';
      reasons: string;
      requestedInfo: string;
      routedTo: (typeof ROUTED_TO)[number] | '';
      routedNote: string;
    }
  | { op: 'status'; at: string; to: CaseStatus; note: string; closureReason: (typeof CLOSURE_REASONS)[number] | '' }
  /** Withdraw the n-th consent recorded for this case (0-based). */
  | { op: 'withdrawConsent'; at: string; consentIndex: number; withdrawnOn: string; reason: string };

export interface DemoCasePlan {
  referredAt: string;
  referral: ReferralInput;
  steps: DemoStep[];
  /** The status the steps end in. */
  finalStatus: CaseStatus;
}


/** The status a case ends in, by how long ago it was referred. */
function targetStatus(rng: Rng, ageDays: number): CaseStatus {
  if (ageDays < 10)
    return rng.weighted<CaseStatus>([
      ['aangemeld', 5],
      ['in_screening', 4],
      ['niet_in_behandeling', 1],
    ]);
  if (ageDays < 45)
    return rng.weighted<CaseStatus>([
      ['aangemeld', 1.5],
      ['in_screening', 3],
      ['wacht_op_bespreking', 4],
      ['besproken', 1],
      ['niet_in_behandeling', 1.5],
    ]);
  if (ageDays < 120)
    return rng.weighted<CaseStatus>([
      ['aangemeld', 0.3],
      ['in_screening', 1],
      ['wacht_op_bespreking', 2],
      ['besproken', 2],
      ['advies_vastgesteld', 3],
      ['in_opvolging', 2],
      ['afgesloten', 1],
      ['niet_in_behandeling', 1.5],
    ]);
  return rng.weighted<CaseStatus>([
    ['aangemeld', 0.3],
    ['in_screening', 0.4],
    ['wacht_op_bespreking', 0.4],
    ['besproken', 0.4],
    ['advies_vastgesteld', 0.8],
    ['in_opvolging', 2],
    ['afgesloten', 6],
    ['niet_in_behandeling', 1.5],
  ]);
}

const RANK: Partial<Record<CaseStatus, number>> = {
  aangemeld: 0,
  in_screening: 1,
  wacht_op_bespreking: 2,
  besproken: 3,
  advies_vastgesteld: 4,
  in_opvolging: 5,
  afgesloten: 6,
};


/** One case: a referral plus the steps that walk it to its final status. */
function planCase(rng: Rng, referredMs: number, endMs: number, todayIso: string, areas: readonly string[]): DemoCasePlan {
  const { referral, youth, age, ageAtReferral, hasMeasure } = planReferral(rng, referredMs, todayIso, areas);
  const guardians = referral.guardians ?? [];

  // -- the steps, walking TRANSITIONS from 'aangemeld' to the target
  const ageDays = (endMs - referredMs) / DAY;
  const target = targetStatus(rng, ageDays);
  const steps: DemoStep[] = [];
  let t = referredMs;
  let status = 'aangemeld' as CaseStatus;
  /** A moment minDays..maxDays after the previous step, moved into office hours on a weekday. */
  const later = (minDays: number, maxDays: number): string => {
    let next = t + rng.int(minDays * 24, maxDays * 24) * 3_600_000 + rng.int(0, 3_599_999);
    const hour = new Date(next).getUTCHours();
    if (hour < 7 || hour >= 16) {
      // 07:00-16:00 UTC is roughly office hours in the Netherlands.
      next = Math.floor(next / DAY) * DAY + (hour >= 16 ? DAY : 0) + rng.int(7 * 60, 15 * 60) * 60_000;
    }
    const weekday = new Date(next).getUTCDay();
    if (weekday === 6) next += 2 * DAY;
    if (weekday === 0) next += DAY;
    t = Math.min(endMs, Math.max(t, next));
    return new Date(t).toISOString();
  };
  const to = (next: CaseStatus, note = '', closureReason: (typeof CLOSURE_REASONS)[number] | '' = '') => {
    if (!canTransition(status, next)) throw new Error(`demo plan: ${status} -> ${next} is not a transition`);
    steps.push({ op: 'status', at: later(1, 10), to: next, note, closureReason });
    status = next;
  };
  const screening = (outcome: 'geschikt' | 'niet_geschikt' | 'meer_informatie') => {
    const routedTo =
      outcome === 'niet_geschikt'
        ? rng.weighted<(typeof ROUTED_TO)[number]>([
            ['lokale_toegang', 45],
            ['andere_tafel', 20],
            ['bovenregionaal_netwerk', 20],
            ['landelijk_expertisecentrum', 8],
            ['anders', 7],
          ])
        : '';
    steps.push({
      op: 'screening',
      at: later(2, 14),
      outcome,
      reasons: rng.pick(outcome === 'geschikt' ? SCREEN_OK : outcome === 'niet_geschikt' ? SCREEN_NOT : SCREEN_MORE),
      requestedInfo: outcome === 'meer_informatie' ? rng.sample(REQUESTED_INFO, rng.int(1, 2)).join(' ') : '',
      routedTo,
      routedNote: routedTo ? ROUTED_NOTES[routedTo] : '',
    });
    // Mirror what the screening handler does to the status.
    if (status === 'aangemeld') status = 'in_screening';
    if (outcome === 'geschikt') status = 'wacht_op_bespreking';
    if (outcome === 'niet_geschikt') status = 'niet_in_behandeling';
  };

  // Consent to registration: who must give it follows the age, at referral and now.
  const authority = guardians.filter((g) => g.hasAuthority);
  const subjects = new Set([...requiredConsentSubjects(ageAtReferral), ...requiredConsentSubjects(age)]);
  const consentFor = (subject: ConsentSubject, scope: 'registratie' | 'deelname_overleg'): DemoStep[] => {
    const at = later(0, 3);
    const people = subject === 'jeugdige' ? [personName(youth)] : authority.map((g) => g.name).slice(0, 2);
    return people.map((name) => ({
      op: 'consent' as const,
      at,
      subject,
      personName: name,
      scope,
      method: rng.chance(0.7) ? ('schriftelijk' as const) : ('mondeling' as const),
      givenOn: at.slice(0, 10),
    }));
  };
  const passesScreening = (RANK[target] ?? -1) >= RANK.wacht_op_bespreking!;
  const useLegalGround = passesScreening && (hasMeasure ? rng.chance(0.25) : rng.chance(0.04));
  const consentComplete = passesScreening ? !useLegalGround || rng.chance(0.5) : rng.chance(0.7);
  const subjectsToAsk = [...subjects].filter((s) => s === 'jeugdige' || authority.length > 0);
  const given = consentComplete ? subjectsToAsk : subjectsToAsk.slice(0, Math.max(0, subjectsToAsk.length - 1));
  for (const s of given) steps.push(...consentFor(s, 'registratie'));
  if (useLegalGround) steps.push({ op: 'legalGround', at: later(0, 2), ...rng.pick(LEGAL_GROUNDS) });

  // An occasional earlier rejection and re-referral.
  if ((target === 'aangemeld' || target === 'in_screening') && rng.chance(0.05)) {
    to('niet_in_behandeling', 'Gezin wilde op dat moment (nog) niet meewerken.');
    to('aangemeld', 'Opnieuw aangemeld door de verwijzer.');
  }

  switch (target) {
    case 'aangemeld':
      break;
    case 'in_screening':
      if (rng.chance(0.5)) screening('meer_informatie');
      else to('in_screening', rng.chance(0.5) ? 'Screening gestart.' : '');
      break;
    case 'niet_in_behandeling':
      if (rng.chance(0.25)) to('niet_in_behandeling', 'Aanmelding ingetrokken voordat de screening begon.');
      else {
        if (rng.chance(0.2)) screening('meer_informatie');
        screening('niet_geschikt');
      }
      break;
    default: {
      // Through screening to the meeting, and onwards.
      if (rng.chance(0.05)) {
        to('in_screening');
        to('aangemeld', 'Aanmelding onvolledig; terug naar de verwijzer.');
      }
      if (rng.chance(0.25)) screening('meer_informatie');
      screening('geschikt');
      if (rng.chance(0.03)) {
        to('in_screening', 'Nieuwe informatie ontvangen; screening heropend.');
        screening('geschikt');
      }
      if (target === 'wacht_op_bespreking') break;
      if (rng.chance(0.3)) steps.push(...[...subjects].flatMap((s) => consentFor(s, 'deelname_overleg')));
      to('besproken', 'Besproken in het overleg van de adviestafel.');
      if (rng.chance(0.06)) {
        to('wacht_op_bespreking', 'Aanvullende informatie nodig; opnieuw geagendeerd.');
        to('besproken', 'Opnieuw besproken met aanvullende informatie.');
      }
      if (target === 'besproken') break;
      const closeFrom = target === 'afgesloten' ? rng.weighted([
        ['besproken', 15],
        ['advies_vastgesteld', 25],
        ['in_opvolging', 60],
      ] as const) : null;
      if (closeFrom !== 'besproken') {
        to('advies_vastgesteld', `Advies: ${rng.pick(ADVICE)}.`);
        if (target === 'advies_vastgesteld') break;
        if (closeFrom !== 'advies_vastgesteld') {
          to('in_opvolging', `Terugkoppeling over ${rng.int(4, 12)} weken.`);
          if (target === 'in_opvolging') break;
        }
      }
      const reason = rng.weighted<(typeof CLOSURE_REASONS)[number]>(
        closeFrom === 'besproken'
          ? [
              ['doorgeleid', 40],
              ['ingetrokken', 30],
              ['teruggelegd_lokale_toegang', 20],
              ['anders', 10],
            ]
          : [
              ['passende_plek', 45],
              ['teruggelegd_lokale_toegang', 20],
              ['doorgeleid', 15],
              ['ingetrokken', 8],
              ['anders', 12],
            ],
      );
      to('afgesloten', CLOSURE_NOTES[reason], reason);
    }
  }

  // Now and then a consent is withdrawn once the case has ended.
  const consentCount = steps.filter((s) => s.op === 'consent').length;
  if ((status === 'afgesloten' || status === 'niet_in_behandeling') && consentCount > 0 && rng.chance(0.05)) {
    const at = later(1, 30);
    steps.push({
      op: 'withdrawConsent',
      at,
      consentIndex: rng.int(0, consentCount - 1),
      withdrawnOn: at.slice(0, 10),
      reason: 'Toestemming ingetrokken na afsluiting.',
    });
  }

  return { referredAt: new Date(referredMs).toISOString(), referral, steps, finalStatus: status };
}
/**
 * The plans for `count` cases, lazily. Referral dates run up to the day before
 * `now` (so no date is ever "in the future" in any time zone) over a span that
 * grows with the count, at most two years; case codes therefore follow the
 * referral order.
 */
export function* demoCasePlans(
  count: number,
  seed: number,
  now: string,
  areas: readonly string[] = DEFAULT_PROBLEM_AREAS.map((a) => a.id),
): Generator<DemoCasePlan> {
  const rng = new Rng(seed);
  const todayIso = now.slice(0, 10);
  const endMs = Date.parse(`${todayIso}T00:00:00Z`) - 1000;
  const spanDays = Math.min(730, Math.max(60, count * 2));
  const offsets = Array.from({ length: count }, () => rng.float()).sort((a, b) => a - b);
  for (const f of offsets) {
    const day = Math.floor(f * spanDays);
    const dayStart = Date.parse(`${todayIso}T00:00:00Z`) - (spanDays - day) * DAY;
    const referredMs = Math.min(endMs, dayStart + rng.int(7 * 60, 17 * 60) * 60_000 + rng.int(0, 59_999));
    yield planCase(rng, referredMs, endMs, todayIso, areas);
  }
}

export function planDemoCases(count: number, seed: number, now: string, areas?: readonly string[]): DemoCasePlan[] {
  return [...demoCasePlans(count, seed, now, areas)];
}
