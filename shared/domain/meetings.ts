/**
 * Meeting rules that run anywhere: phases, note fields, series dates, the
 * schedule of an agenda (start times, overrun) and the agenda proposal.
 */
import { URGENCIES } from './taxonomies.js';

export const MEETING_STATUSES = ['gepland', 'bezig', 'afgerond', 'geannuleerd'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** The phases of one agenda item, in order. */
export const ITEM_PHASES = ['voorbereiding', 'deel1', 'deel2', 'advies', 'afgerond'] as const;
export type ItemPhase = (typeof ITEM_PHASES)[number];
/** Phases with a timer. */
export const TIMED_PHASES = ['deel1', 'deel2', 'advies'] as const;
export type TimedPhase = (typeof TIMED_PHASES)[number];

export const DEFAULT_MINUTES_DEEL1 = 30;
export const DEFAULT_MINUTES_DEEL2 = 20;
export const MAX_SLOT_MINUTES = 240;

export const DEEL1_FIELDS = ['hulpvraagVerhelderd', 'watGaatGoed', 'watIsNodig', 'afspraken'] as const;
export const DEEL2_FIELDS = ['analyse', 'overwegingen', 'financiering', 'verstoringen', 'signalen'] as const;
export const NOTE_FIELDS = [...DEEL1_FIELDS, ...DEEL2_FIELDS] as const;
export type NoteField = (typeof NOTE_FIELDS)[number];
export const MAX_NOTE_CHARS = 50_000;

export const GUEST_KINDS = ['verwijzer', 'jeugdige', 'ouder', 'voogd', 'deskundige'] as const;
export type GuestKind = (typeof GUEST_KINDS)[number];

/** By default the family and the referrer attend deel 1 only; an expert on call may stay for deel 2. */
export function defaultGuestPhases(kind: GuestKind): { deel1: boolean; deel2: boolean } {
  return kind === 'deskundige' ? { deel1: true, deel2: true } : { deel1: true, deel2: false };
}

export const ATTENDANCE_STATUSES = ['aanwezig', 'afwezig', 'vervangen'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const DECISIONS = ['advies_gegeven', 'opnieuw_bespreken', 'elders_belegd'] as const;
export type Decision = (typeof DECISIONS)[number];

export const DECISION_LIST_STATUSES = ['concept', 'vastgesteld'] as const;

/** Case timeline (case_events.kind) entries written by the meetings feature. */
export const MEETING_EVENT_KINDS = [
  'geagendeerd',
  'van_agenda',
  'overleg_geannuleerd',
  'doorgeschoven',
  'besproken_in_overleg',
  'belangenconflict',
  'belangenconflict_ingetrokken',
  'besluit',
] as const;

// --- times ---------------------------------------------------------------------

export const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;

export function toMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

export function fromMinutes(total: number): string {
  const t = ((total % 1440) + 1440) % 1440;
  return `${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
}

/** ISO date plus `days` (UTC arithmetic on the calendar date). */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** ISO weekday of a date: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const wd = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return wd === 0 ? 7 : wd;
}

/** The dates of a series: the first `weekday` on or after `from`, then every `intervalWeeks` weeks up to `until`. */
export function seriesDates(from: string, until: string, weekday: number, intervalWeeks: number): string[] {
  let date = addDays(from, (weekday - isoWeekday(from) + 7) % 7);
  const out: string[] = [];
  while (date <= until && out.length < 520) {
    out.push(date);
    date = addDays(date, intervalWeeks * 7);
  }
  return out;
}

// --- schedule --------------------------------------------------------------------

export interface SlotLike {
  minutesDeel1: number;
  minutesDeel2: number;
}

export interface ScheduledSlot {
  /** 'HH:MM' */
  start: string;
  /** When the family leaves and deel 2 starts. */
  deel2Start: string;
  end: string;
}

export interface Schedule {
  slots: ScheduledSlot[];
  plannedMinutes: number;
  availableMinutes: number;
  /** Minutes the agenda runs past the meeting's end; 0 when it fits. */
  overrunMinutes: number;
}

/** Start times computed from the order: each item starts when the previous one ends. */
export function computeSchedule(items: readonly SlotLike[], startTime: string, endTime: string): Schedule {
  let t = toMinutes(startTime);
  const slots = items.map((it) => {
    const start = t;
    t += it.minutesDeel1 + it.minutesDeel2;
    return { start: fromMinutes(start), deel2Start: fromMinutes(start + it.minutesDeel1), end: fromMinutes(t) };
  });
  const available = toMinutes(endTime) - toMinutes(startTime);
  const planned = t - toMinutes(startTime);
  return { slots, plannedMinutes: planned, availableMinutes: available, overrunMinutes: Math.max(0, planned - available) };
}

// --- proposal --------------------------------------------------------------------

export interface WaitingLike {
  caseId: number;
  urgency: (typeof URGENCIES)[number];
  /** ISO date/time since when the case waits (its status change to wacht_op_bespreking). */
  waitingSince: string;
  /** Carried over from an earlier meeting: goes before others of the same urgency. */
  carriedOver?: boolean;
}

/** Higher urgency first; within one urgency carried-over cases, then the longest waiting; ties by case id. */
export function orderWaiting<T extends WaitingLike>(cases: readonly T[]): T[] {
  const rank = (u: WaitingLike['urgency']) => URGENCIES.length - 1 - URGENCIES.indexOf(u);
  return [...cases].sort(
    (a, b) =>
      rank(a.urgency) - rank(b.urgency) ||
      Number(!!b.carriedOver) - Number(!!a.carriedOver) ||
      a.waitingSince.localeCompare(b.waitingSince) ||
      a.caseId - b.caseId,
  );
}

/**
 * Fill the meeting: take waiting cases in proposal order while a default slot
 * still fits the minutes left, up to `capacity` cases on the agenda in all.
 */
export function proposeAgenda<T extends WaitingLike>(
  waiting: readonly T[],
  opts: { capacity: number; alreadyPlanned: number; minutesLeft: number; slotMinutes: number },
): T[] {
  const out: T[] = [];
  let left = opts.minutesLeft;
  for (const c of orderWaiting(waiting)) {
    if (opts.alreadyPlanned + out.length >= opts.capacity) break;
    if (opts.slotMinutes > left) break;
    out.push(c);
    left -= opts.slotMinutes;
  }
  return out;
}

// --- live phases ---------------------------------------------------------------------

/**
 * Allowed phase changes through `setPhase`. Leaving deel 1 for deel 2 is not here:
 * it takes the explicit "family left" action. Going back to deel 1 is allowed
 * (the family is called back in).
 */
export const PHASE_STEPS: Record<ItemPhase, readonly ItemPhase[]> = {
  voorbereiding: ['deel1', 'deel2', 'afgerond'],
  deel1: ['voorbereiding'],
  deel2: ['deel1', 'advies'],
  advies: ['deel2', 'afgerond'],
  afgerond: ['advies'],
};

export function canSetPhase(from: ItemPhase, to: ItemPhase): boolean {
  return PHASE_STEPS[from].includes(to);
}

/** The family is in the room (family-safe mode) only in deel 1. */
export function familyPresent(phase: ItemPhase): boolean {
  return phase === 'deel1';
}
