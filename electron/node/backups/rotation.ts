/**
 * Rotation of automatic backups: which to keep, as a pure function of the
 * backups' moments, the policy and nothing else. Like restic's keep-daily /
 * keep-weekly / keep-monthly: for each of the newest N days (weeks, months)
 * that have a backup, the newest backup of that period is kept; a backup kept
 * for any reason stays. The newest backup always stays. Days, weeks (ISO,
 * Monday first) and months are those of the local calendar.
 */
export interface RotationPolicy {
  daily: number;
  weekly: number;
  monthly: number;
}

export const DEFAULT_ROTATION: RotationPolicy = { daily: 7, weekly: 4, monthly: 12 };

export interface Dated {
  name: string;
  at: Date;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function dayKey(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** ISO week, e.g. '2026-W48' (the year the week's Thursday falls in). */
export function weekKey(d: Date): string {
  // Computed on the local calendar date, in UTC arithmetic (no daylight-saving hour in the way).
  const t = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
  const dow = (t.getUTCDay() + 6) % 7; // Monday 0
  t.setUTCDate(t.getUTCDate() - dow + 3); // the Thursday of this week decides its year
  const jan4 = new Date(Date.UTC(t.getUTCFullYear(), 0, 4));
  const week = 1 + Math.round(((t.getTime() - jan4.getTime()) / 86_400_000 - 3 + ((jan4.getUTCDay() + 6) % 7)) / 7);
  return `${t.getUTCFullYear()}-W${pad(week)}`;
}

export function monthKey(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}`;
}

/** The names to keep and to remove (newest first in both). */
export function rotate<T extends Dated>(backups: readonly T[], policy: RotationPolicy): { keep: T[]; remove: T[] } {
  const sorted = [...backups].sort((a, b) => b.at.getTime() - a.at.getTime() || b.name.localeCompare(a.name));
  const kept = new Set<string>();
  if (sorted[0]) kept.add(sorted[0].name);
  const pass = (count: number, key: (d: Date) => string) => {
    const seen = new Set<string>();
    for (const b of sorted) {
      if (seen.size >= count) break;
      const k = key(b.at);
      if (seen.has(k)) continue;
      seen.add(k);
      kept.add(b.name);
    }
  };
  pass(policy.daily, dayKey);
  pass(policy.weekly, weekKey);
  pass(policy.monthly, monthKey);
  return { keep: sorted.filter((b) => kept.has(b.name)), remove: sorted.filter((b) => !kept.has(b.name)) };
}
