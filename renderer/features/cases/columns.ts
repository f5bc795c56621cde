/**
 * The case list's columns, each with a priority and an estimated width. When the
 * list is narrower than all columns together, the columns with the lowest priority
 * (highest number) go first; what they showed moves to a second line under the
 * code, so nothing is lost. Code, status and "wacht sinds" (days since referral)
 * have priority 1 and are shown at every width.
 */
export type ColumnId = 'code' | 'initials' | 'age' | 'municipality' | 'status' | 'urgency' | 'problemAreas' | 'markers' | 'waiting';

export interface Column {
  id: ColumnId;
  priority: 1 | 2 | 3 | 4 | 5 | 6;
  /** Estimated width in px, cell padding included. */
  width: number;
}

/** In display order. */
export const COLUMNS: readonly Column[] = [
  { id: 'code', priority: 1, width: 140 },
  { id: 'initials', priority: 2, width: 90 },
  { id: 'age', priority: 4, width: 80 },
  { id: 'municipality', priority: 6, width: 140 },
  { id: 'status', priority: 1, width: 220 },
  { id: 'urgency', priority: 2, width: 120 },
  { id: 'problemAreas', priority: 3, width: 230 },
  { id: 'markers', priority: 5, width: 110 },
  { id: 'waiting', priority: 1, width: 130 },
];

/** The columns that fit in `available` px, by priority; 0 (not measured yet) shows priorities 1–3. */
export function visibleColumns(available: number): Set<ColumnId> {
  if (available <= 0) return new Set(COLUMNS.filter((c) => c.priority <= 3).map((c) => c.id));
  const shown = new Set<ColumnId>();
  let used = 0;
  for (const c of [...COLUMNS].sort((a, b) => a.priority - b.priority)) {
    if (c.priority > 1 && used + c.width > available) break;
    shown.add(c.id);
    used += c.width;
  }
  return shown;
}

/** Whole days from the referral date to today (local time); never negative. */
export function daysSince(isoDate: string, today: Date = new Date()): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!m) return 0;
  const from = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const to = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return Math.max(0, Math.round((to - from) / 86_400_000));
}
