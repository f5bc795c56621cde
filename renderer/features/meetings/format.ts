/** Small formatting helpers for the meeting screens (dates dd-mm-jjjj, timers mm:ss). */
import { isoToDutch } from '../../../shared/domain/dates';
import type { ItemPhase, TimedPhase } from '../../../shared/domain/meetings';

export const formatDate = (iso: string): string => isoToDutch(iso.slice(0, 10));

/** 'ma 03-02-2026'-style weekday + date, in the current language. */
export function formatDay(iso: string, lang: string): string {
  const d = new Date(`${iso.slice(0, 10)}T12:00:00`);
  const wd = d.toLocaleDateString(lang === 'en' ? 'en-GB' : 'nl-NL', { weekday: 'short' });
  return `${wd} ${formatDate(iso)}`;
}

/** Seconds as 'm:ss' (or 'h:mm:ss'); negative values get a minus sign. */
export function formatSeconds(total: number): string {
  const sign = total < 0 ? '-' : '';
  const s = Math.abs(Math.round(total));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${sign}${h}:${String(m).padStart(2, '0')}:${sec}` : `${sign}${m}:${sec}`;
}

export const isTimed = (phase: ItemPhase): phase is TimedPhase => phase === 'deel1' || phase === 'deel2' || phase === 'advies';

/** Seconds spent in the item's current phase, counting a running stretch up to `nowMs`. */
export function phaseElapsed(
  item: { phase: ItemPhase; phaseStartedAt: string | null; phaseSeconds: Record<TimedPhase, number> },
  nowMs: number,
): number {
  if (!isTimed(item.phase)) return 0;
  const base = item.phaseSeconds[item.phase] ?? 0;
  const running = item.phaseStartedAt ? Math.max(0, (nowMs - Date.parse(item.phaseStartedAt)) / 1000) : 0;
  return base + running;
}

/** Planned minutes for a phase (advies has no slot of its own: 0 = no planned time). */
export function plannedSeconds(item: { phase: ItemPhase; minutesDeel1: number; minutesDeel2: number }): number {
  if (item.phase === 'deel1') return item.minutesDeel1 * 60;
  if (item.phase === 'deel2') return item.minutesDeel2 * 60;
  return 0;
}

/** Seconds before the planned time at which the timer turns amber. */
export const AMBER_BEFORE_SECONDS = 120;

/** Green well within the planned time, amber as it reaches the planned time, red once past it. */
export function timerColor(elapsed: number, planned: number): 'teal' | 'yellow' | 'red' | 'gray' {
  if (planned <= 0) return 'gray';
  if (elapsed > planned) return 'red';
  if (elapsed >= planned - Math.min(AMBER_BEFORE_SECONDS, planned / 4)) return 'yellow';
  return 'teal';
}
