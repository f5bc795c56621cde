/**
 * Small-cell suppression for the public report (every export, and the dashboard unless a team
 * member chose 'voor intern gebruik').
 *
 * THE RULE
 * 1. Primary: a count of 1–4 is shown as "<5". Zero is shown as 0 (an empty category reveals
 *    nobody) and every count of 5 or more as itself.
 * 2. Secondary: in a table whose rows add up to a total that the reader knows (1 antwoord
 *    mogelijk: the rows add up to N; the achterliggend sub-table adds up to its parent row),
 *    a reader could subtract the visible rows from the total and recover a hidden count. So,
 *    while any "<5" cell can still be pinned to one value, the smallest visible count of 5 or
 *    more is hidden too (shown as "x"), smallest first, ties in row order. "Pinned" is tested
 *    exactly (ambiguous()): a "<5" cell is safe when at least two of its possible values (1–4)
 *    fit the hidden total together with some possible values of the other hidden cells (1–4 for
 *    "<5", 0 or 5 and more for "x").
 * 3. If hiding every visible count of 5 or more still pins a "<5" cell (tiny tables such as
 *    1 and 5 of N=6), the whole table is withheld: every row, zeros included, shows "x".
 * 4. Tables with several answers per case have no such total (their rows add up to more than N),
 *    so only rule 1 applies. Where another total is printed (the total number of verstoringen
 *    mentioned), that total is hidden as soon as a cell it sums is hidden (figures.ts).
 * 5. A sub-table (achterliggend knelpunt) is withheld whenever its parent row is hidden: its
 *    rows add up to that row.
 * 6. N itself follows rule 1 ("N=<5"); a percentage is never shown for a hidden count.
 * Lead times are withheld when they are over fewer than 5 cases.
 */
import { SUPPRESS_BELOW, type Cell } from '../../../../shared/api/reports.js';

export type Hidden = Cell['hidden'];

const pct = (n: number, of: number) => (of > 0 ? Math.round((n / of) * 1000) / 10 : null);

/** A shown count with its percentage of `of` (null: no percentage). */
export function visible(n: number, of: number | null): Cell {
  return { n, display: String(n), pct: of === null ? null : pct(n, of), hidden: 'none' };
}

export function hiddenCell(kind: Exclude<Hidden, 'none'>): Cell {
  return { n: null, display: kind === 'small' ? `<${SUPPRESS_BELOW}` : 'x', pct: null, hidden: kind };
}

export const isSmall = (n: number) => n > 0 && n < SUPPRESS_BELOW;

/** One count under rule 1 (public) or exact (internal). */
export function countCell(n: number, of: number | null, suppress: boolean): Cell {
  return suppress && isSmall(n) ? hiddenCell('small') : visible(n, of);
}

/**
 * The sums the hidden cells can reach together (bitset over 0..max), as a reader sees them:
 * a "<5" cell is 1–4, an "x" cell is 0 or 5 and more.
 */
function reach(kinds: ('small' | 'secondary')[], max: number): Uint8Array {
  let cur = new Uint8Array(max + 1);
  cur[0] = 1;
  for (const k of kinds) {
    const next = new Uint8Array(max + 1);
    if (k === 'small') {
      for (let s = 0; s <= max; s++) if (cur[s]) for (let v = 1; v < SUPPRESS_BELOW && s + v <= max; v++) next[s + v] = 1;
    } else {
      // t is reachable with 0 (cur[t]) or with v >= 5 from any reachable s <= t - 5: a running OR.
      let any = 0;
      for (let t = 0; t <= max; t++) {
        if (t - SUPPRESS_BELOW >= 0 && cur[t - SUPPRESS_BELOW]) any = 1;
        next[t] = cur[t] || any ? 1 : 0;
      }
    }
    cur = next;
  }
  return cur;
}

/** True when every "<5" cell keeps at least two possible values given that the hidden cells add up to `rest`. */
export function ambiguous(kinds: ('small' | 'secondary')[], rest: number): boolean {
  const smalls = kinds.filter((k) => k === 'small').length;
  const xs = kinds.length - smalls;
  for (let i = 0; i < kinds.length; i++) {
    if (kinds[i] !== 'small') continue;
    const otherSmalls = smalls - 1;
    if (xs === 0) {
      // Only "<5" cells: the others add up to anything from 1 to 4 each, a contiguous range.
      const possible = [1, 2, 3, 4].filter((v) => rest - v >= otherSmalls && rest - v <= 4 * otherSmalls);
      if (possible.length < 2) return false;
      continue;
    }
    // An "x" cell takes any 0 or 5+: values 1 and 2 both fit when it can take the rest of either.
    if (rest - 2 - otherSmalls >= SUPPRESS_BELOW) continue;
    const others = reach(
      kinds.filter((_, j) => j !== i),
      rest,
    );
    const possible = [1, 2, 3, 4].filter((v) => v <= rest && others[rest - v] === 1);
    if (possible.length < 2) return false;
  }
  return true;
}

/**
 * Which cells of a table to hide. `total` is the number the rows add up to when the reader knows
 * it (single answer), else null. Returns one mark per count.
 */
export function suppressCounts(counts: readonly number[], total: number | null): Hidden[] {
  const marks: Hidden[] = counts.map((n) => (isSmall(n) ? 'small' : 'none'));
  if (total === null || !marks.includes('small')) return marks;
  for (;;) {
    const hidden = marks.flatMap((m, i) => (m === 'none' ? [] : [i]));
    const rest = total - counts.reduce((s, n, i) => (marks[i] === 'none' ? s + n : s), 0);
    if (ambiguous(hidden.map((i) => marks[i] as 'small' | 'secondary'), rest)) return marks;
    let pick = -1;
    counts.forEach((n, i) => {
      if (marks[i] === 'none' && n >= SUPPRESS_BELOW && (pick < 0 || n < counts[pick]!)) pick = i;
    });
    if (pick < 0) return counts.map(() => 'withheld');
    marks[pick] = 'secondary';
  }
}

/** The cells of a table: exact in internal mode, else suppressed after the rule above. */
export function tableCells(counts: readonly number[], of: number, total: number | null, suppress: boolean): Cell[] {
  if (!suppress) return counts.map((n) => visible(n, of));
  const marks = suppressCounts(counts, total);
  return counts.map((n, i) => (marks[i] === 'none' ? visible(n, of) : hiddenCell(marks[i] as Exclude<Hidden, 'none'>)));
}
