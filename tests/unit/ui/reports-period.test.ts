/** The dashboard's period choices and URL state (renderer/features/reports/period.ts). */
import { describe, expect, it } from 'vitest';
import {
  decodeName,
  defaultPeriod,
  encodeName,
  matchingChoice,
  quickChoices,
  readPeriodState,
  summaryDraftKey,
  writePeriodState,
} from '../../../renderer/features/reports/period.js';
import { draftKey, draftPath } from '../../../shared/api/drafts.js';

describe('report periods', () => {
  it('offers the current half-year, the three before it, this year and last year', () => {
    expect(quickChoices('2026-11-26').map((c) => [c.id, c.period.from, c.period.to])).toEqual([
      ['h2026-2', '2026-07-01', '2026-12-31'],
      ['h2026-1', '2026-01-01', '2026-06-30'],
      ['h2025-2', '2025-07-01', '2025-12-31'],
      ['h2025-1', '2025-01-01', '2025-06-30'],
      ['y2026', '2026-01-01', '2026-12-31'],
      ['y2025', '2025-01-01', '2025-12-31'],
    ]);
    expect(quickChoices('2026-03-01')[1]!.id).toBe('h2025-2');
    expect(quickChoices('2026-06-30')[0]!.id).toBe('h2026-1');
    expect(quickChoices('2026-07-01')[0]!.id).toBe('h2026-2');
  });

  it('opens on the last complete half-year and recognises a quick choice by its dates', () => {
    expect(defaultPeriod('2026-11-26')).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(defaultPeriod('2026-02-10')).toEqual({ from: '2025-07-01', to: '2025-12-31' });
    expect(matchingChoice({ from: '2025-01-01', to: '2025-12-31' }, '2026-11-26')?.id).toBe('y2025');
    expect(matchingChoice({ from: '2026-01-01', to: '2026-05-31' }, '2026-11-26')).toBeNull();
  });

  it('reads the period from the URL, falling back to the default for impossible or reversed dates', () => {
    const p = (q: string) => readPeriodState(new URLSearchParams(q), '2026-11-26');
    expect(p('from=2026-02-01&to=2026-04-30')).toEqual({ from: '2026-02-01', to: '2026-04-30', municipality: '' });
    expect(p('from=2026-02-30&to=2026-04-30')).toEqual({ from: '2026-01-01', to: '2026-06-30', municipality: '' });
    expect(p('from=2026-05-01&to=2026-04-30')).toEqual({ from: '2026-01-01', to: '2026-06-30', municipality: '' });
  });

  it('round-trips a municipality through a URL that a draft path accepts', () => {
    for (const name of ['Súdwest-Fryslân', 'Den Haag', "'s-Hertogenbosch", 'Bergen (NH.)', 'a_b']) {
      const state = { from: '2026-01-01', to: '2026-06-30', municipality: name };
      const url = `/reports?${writePeriodState(state).toString()}`;
      expect(draftPath.safeParse(url).success, url).toBe(true);
      expect(decodeName(encodeName(name))).toBe(name);
      expect(readPeriodState(new URLSearchParams(url.split('?')[1]), '2026-11-26')).toEqual(state);
    }
  });

  it('names the summary draft per period and municipality with a valid draft key', () => {
    const key = (municipality: string) => summaryDraftKey({ from: '2026-01-01', to: '2026-06-30', municipality });
    expect(key('')).toBe('report-summary:2026-01-01:2026-06-30');
    expect(key('Súdwest-Fryslân')).toBe('report-summary:2026-01-01:2026-06-30:m-sudwest-fryslan');
    for (const m of ['', 'Den Haag', "'s-Hertogenbosch", '!!!']) expect(draftKey.safeParse(key(m)).success, m).toBe(true);
  });
});
