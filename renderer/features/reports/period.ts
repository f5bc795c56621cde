/**
 * The dashboard's period and municipality, kept in the URL (?from=…&to=…&mun=…) so that Back
 * from a case opened through a figure returns to the same figures. Nothing in it identifies
 * anyone: two dates and a municipality name.
 *
 * Quick choices: the last four half-years and the last two calendar years, counted from
 * today; anything else is a custom period typed as dd-mm-jjjj.
 */
import { isIsoDate, todayIso } from '../../../shared/domain/dates';

export interface Period {
  from: string;
  to: string;
}

export interface PeriodState extends Period {
  /** The municipality to count ('' = all). */
  municipality: string;
}

/** A quick choice: 'h2026-1' (first half of 2026), 'y2025' (calendar year 2025). */
export interface QuickChoice {
  id: string;
  kind: 'half' | 'year';
  year: number;
  /** 1 or 2 for a half-year. */
  half?: 1 | 2;
  period: Period;
}

const halfYear = (year: number, half: 1 | 2): QuickChoice => ({
  id: `h${year}-${half}`,
  kind: 'half',
  year,
  half,
  period: half === 1 ? { from: `${year}-01-01`, to: `${year}-06-30` } : { from: `${year}-07-01`, to: `${year}-12-31` },
});

const calendarYear = (year: number): QuickChoice => ({
  id: `y${year}`,
  kind: 'year',
  year,
  period: { from: `${year}-01-01`, to: `${year}-12-31` },
});

/** The current half-year and the three before it, then this year and last year (newest first). */
export function quickChoices(today: string = todayIso()): QuickChoice[] {
  const year = Number(today.slice(0, 4));
  const half: 1 | 2 = Number(today.slice(5, 7)) <= 6 ? 1 : 2;
  const halves: QuickChoice[] = [];
  let [y, h] = [year, half];
  for (let i = 0; i < 4; i++) {
    halves.push(halfYear(y, h));
    [y, h] = h === 2 ? [y, 1] : [y - 1, 2];
  }
  return [...halves, calendarYear(year), calendarYear(year - 1)];
}

/** The default: the last complete half-year (the one a half-year report is about). */
export function defaultPeriod(today: string = todayIso()): Period {
  return quickChoices(today)[1]!.period;
}

/** The quick choice that covers exactly this period, or null (a custom period). */
export function matchingChoice(period: Period, today: string = todayIso()): QuickChoice | null {
  return quickChoices(today).find((c) => c.period.from === period.from && c.period.to === period.to) ?? null;
}

/**
 * A municipality name in the URL in letters, digits, '-' and '.' only, every other byte as '_hh':
 * a form's draft records its path, and draft paths allow no spaces, '%' or accents
 * ('Súdwest-Fryslân' -> 'S_c3_badwest-Frysl_c3_a2n').
 */
export function encodeName(name: string): string {
  let out = '';
  for (const b of new TextEncoder().encode(name)) {
    const c = String.fromCharCode(b);
    out += /[A-Za-z0-9.-]/.test(c) ? c : `_${b.toString(16).padStart(2, '0')}`;
  }
  return out;
}

export function decodeName(token: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < token.length; i++) {
    const hex = token[i] === '_' ? /^[0-9a-f]{2}$/.exec(token.slice(i + 1, i + 3)) : null;
    if (hex) {
      bytes.push(parseInt(hex[0], 16));
      i += 2;
    } else bytes.push(token.charCodeAt(i) & 0xff);
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

export function readPeriodState(p: URLSearchParams, today: string = todayIso()): PeriodState {
  const from = p.get('from') ?? '';
  const to = p.get('to') ?? '';
  const valid = isIsoDate(from) && isIsoDate(to) && from <= to;
  return { ...(valid ? { from, to } : defaultPeriod(today)), municipality: decodeName(p.get('mun') ?? '').trim() };
}

export function writePeriodState(s: PeriodState): URLSearchParams {
  const p = new URLSearchParams();
  p.set('from', s.from);
  p.set('to', s.to);
  if (s.municipality) p.set('mun', encodeName(s.municipality));
  return p;
}

/** The summary form's draft key (lower-case words and ':'), e.g. 'report-summary:2026-01-01:2026-06-30:den-haag'. */
export function summaryDraftKey(s: PeriodState): string {
  const slug = s.municipality
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50);
  return `report-summary:${s.from}:${s.to}${s.municipality ? `:m-${slug || 'x'}` : ''}`;
}

/** File names for exports: the period only, never a name (e.g. 'rapportage_2026-01-01_2026-06-30.csv'). */
export function exportFileName(period: Period, ext: string): string {
  return `rapportage_${period.from}_${period.to}.${ext}`;
}
