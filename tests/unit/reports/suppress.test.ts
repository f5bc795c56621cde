/** The suppression rule (suppress.ts): its exact "can a hidden count be pinned down" test, against brute force. */
import { describe, expect, it } from 'vitest';
import { ambiguous, suppressCounts } from '../../../electron/node/features/reports/suppress.js';

/** Every assignment a reader could think of, by enumeration: "<5" is 1–4, "x" is 0 or 5 and more. */
function bruteForce(kinds: ('small' | 'secondary')[], rest: number): boolean {
  const values = (k: 'small' | 'secondary') => (k === 'small' ? [1, 2, 3, 4] : [0, ...Array.from({ length: Math.max(0, rest - 4) }, (_, i) => i + 5)]);
  const possible = kinds.map(() => new Set<number>());
  const walk = (i: number, left: number, chosen: number[]) => {
    if (i === kinds.length) {
      if (left === 0) chosen.forEach((v, j) => possible[j]!.add(v));
      return;
    }
    for (const v of values(kinds[i]!)) if (v <= left) walk(i + 1, left - v, [...chosen, v]);
  };
  walk(0, rest, []);
  return kinds.every((k, i) => k !== 'small' || possible[i]!.size >= 2);
}

describe('small-cell suppression', () => {
  it('decides "pinned down" exactly as enumerating every possibility does', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let n = 0; n < 400; n++) {
      const kinds = Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => (rnd() < 0.6 ? 'small' : 'secondary') as 'small' | 'secondary');
      const rest = Math.floor(rnd() * 30);
      expect(ambiguous(kinds, rest), `${kinds.join(',')} rest ${rest}`).toBe(bruteForce(kinds, rest));
    }
  });

  it('hides 1–4, then the smallest count that a total would give them away by, or withholds the table', () => {
    expect(suppressCounts([3, 10, 0], 13)).toEqual(['small', 'secondary', 'none']);
    expect(suppressCounts([2, 2, 10], 14)).toEqual(['small', 'small', 'none']);
    expect(suppressCounts([1, 1, 5, 6], 13)).toEqual(['small', 'small', 'secondary', 'none']);
    expect(suppressCounts([1, 5], 6)).toEqual(['withheld', 'withheld']);
    expect(suppressCounts([1, 5, 0], null)).toEqual(['small', 'none', 'none']);
    expect(suppressCounts([0, 7, 9], 16)).toEqual(['none', 'none', 'none']);
  });
});
