/**
 * What every figure counts, defined once. A figure turns each case's facts (facts.ts) into
 * "units": one unit per thing counted (a case, or an advice item, a discussion, a score), each
 * holding the row keys it falls in. A table counts, per row, the units in it; its N is the
 * number of units. The drill-down (reports.cases) lists the cases with a unit in the row, so the
 * dashboard, the exports and the list of cases can never disagree.
 *
 * Periods: a case counts as referred when its referral date falls in the period; discussed
 * when a discussion does (the verstoringen of those discussions count); advised when its advice
 * was first approved in the period (with the items of the version in force); closed when its
 * closing date does. Feedback counts by the date it was recorded.
 */
import type { AnswerMode, ChartHint, FigureKey, ReportBase, ReportSection } from '../../../../shared/api/reports.js';
import {
  ACHTERLIGGENDE_KNELPUNTEN,
  ADVICE_WEIGHTS,
  FITTING_PLACE,
  KNELPUNTEN,
  KNELPUNT_WITH_SUB,
  RESPONSE_STATES,
  TEAM_ACTIVITIES,
} from '../../../../shared/domain/advice.js';
import { AGE_GROUP_KEYS, DISRUPTIONS, LIVING_SITUATIONS, NO_PROBLEM_AREA, QUESTION_TYPES, REFERRER_TYPES } from '../../../../shared/domain/taxonomies.js';
import type { DiscussionFact, FactRow } from './facts.js';
import { monthLabel, rt, taxLabel, type AreaLabel, type Taxonomy } from './labels.js';
import { inPeriod, monthsOf, type Scope, type View } from './period.js';

export { inPeriod, viewOf, type Scope, type View } from './period.js';
export { LEAD_TIME_KEYS, addLeadTimes, leadTimeKeysOf, type LeadTimeKey } from './lead-times.js';

export interface RowDef {
  key: string;
  label: string;
}

export interface FigureDef {
  key: Exclude<FigureKey, 'lead_times'>;
  section: ReportSection;
  base: ReportBase;
  answerMode: AnswerMode;
  chart: ChartHint;
  /**
   * How a case counts (`v` = viewOf(f, s)); null: the case is not in this figure's base.
   * - 'single': one unit, in the one row pick() names (1 antwoord mogelijk);
   * - 'multi': one unit, in every row pick() names (meerdere antwoorden; none is allowed);
   * - 'items': one unit per key pick() names (advice items, discussions, scores).
   * Lists never name a row twice.
   */
  kind: 'single' | 'multi' | 'items';
  pick(f: FactRow, s: Scope, v: View): string | readonly string[] | null;
  /** The rows, in order, given the counts (rows for "not filled in" appear only when non-zero). */
  rows(s: Scope, counts: ReadonlyMap<string, number>): RowDef[];
}

const ONBEKEND: readonly string[] = ['onbekend'];
const NONE: readonly string[] = [];

/** The distinct verstoringen over a case's discussions in the period. */
function disruptionsOf(d: readonly DiscussionFact[]): readonly string[] {
  if (d.length === 1) return d[0]!.disruptions;
  const all = new Set<string>();
  for (const x of d) for (const c of x.disruptions) all.add(c);
  return all.size ? [...all] : NONE;
}

/** Taxonomy rows, then extra rows (e.g. 'onbekend') only when they have a count. */
function taxRows(tax: Taxonomy, codes: readonly string[], extra: string[] = ['onbekend']) {
  return (s: Scope, counts: ReadonlyMap<string, number>): RowDef[] => [
    ...codes.map((c) => ({ key: c, label: taxLabel(s.lang, tax, c) })),
    ...extraRows(s, counts, extra),
  ];
}

function extraRows(s: Scope, counts: ReadonlyMap<string, number>, extra: string[]): RowDef[] {
  return extra
    .filter((k) => (counts.get(k) ?? 0) > 0)
    .map((k) => ({ key: k, label: rt(s.lang, k === 'onbekend' ? 'row.onbekend' : 'row.niet_vastgelegd') }));
}

const NO_AREA: string = NO_PROBLEM_AREA.id;

export const AREA_COUNT_BUCKETS = ['geen', '1', '2', '3', '4', '5', '6_of_meer', 'onduidelijk'] as const;

/**
 * Problem areas per case. The referral form cannot say "none", so an empty list means "not
 * determined": 'onduidelijk'. 'geen' counts a case whose only problem area is 'Geen
 * probleemgebied' (NO_PROBLEM_AREA, which goes with no other area).
 */
export function areaBucket(f: FactRow): string {
  const areas = f.problemAreas.filter((a) => a !== NO_AREA);
  if (areas.length === 0) return f.problemAreas.length ? 'geen' : 'onduidelijk';
  return areas.length >= 6 ? '6_of_meer' : String(areas.length);
}

const pairMemo = new WeakMap<readonly string[], readonly string[]>();
/** Every pair of a case's problem areas ('a+b', in taxonomy order); 'geen' takes no part. */
function pairs(all: readonly string[], order: Map<string, number>): readonly string[] {
  if (all.length < 2) return NONE;
  const memo = pairMemo.get(all);
  if (memo) return memo;
  const ids = all.filter((a) => a !== NO_AREA);
  const sorted = [...ids].sort((a, b) => (order.get(a) ?? 999) - (order.get(b) ?? 999) || a.localeCompare(b));
  const out: string[] = [];
  for (let i = 0; i < sorted.length; i++) for (let j = i + 1; j < sorted.length; j++) out.push(`${sorted[i]}+${sorted[j]}`);
  pairMemo.set(all, out);
  return out;
}

const areaOrder = new WeakMap<AreaLabel[], Map<string, number>>();
function orderOf(s: Scope): Map<string, number> {
  let m = areaOrder.get(s.areas);
  if (!m) {
    m = new Map(s.areas.map((a, i) => [a.id, i]));
    areaOrder.set(s.areas, m);
  }
  return m;
}
const areaLabel = (s: Scope, id: string) => s.areas.find((a) => a.id === id)?.label ?? id;

/** The top 10 pairs, and every pair tied with the tenth. */
export const TOP_COMBINATIONS = 10;

export const FIGURES: FigureDef[] = [
  {
    key: 'totals',
    section: 'overzicht',
    base: 'mixed',
    answerMode: 'multiple',
    chart: 'table',
    kind: 'items',
    pick: (f, s, v) => {
      const u: string[] = [];
      if (v.referred) u.push('aanmeldingen');
      for (let i = 0; i < v.discussed.length; i++) u.push('besprekingen');
      if (v.discussed.length) u.push('besproken_casussen');
      if (v.advised) u.push('adviezen');
      if (v.closed) u.push('afgesloten');
      return u.length ? u : null;
    },
    rows: (s) =>
      (['aanmeldingen', 'besprekingen', 'besproken_casussen', 'adviezen', 'afgesloten'] as const).map((k) => ({
        key: k,
        label: rt(s.lang, `row.${k}`),
      })),
  },
  {
    key: 'referrals_per_month',
    section: 'aanmeldingen',
    base: 'referred_cases',
    answerMode: 'single',
    chart: 'column',
    kind: 'single',
    pick: (f, s, v) => (v.referred ? f.referredOn.slice(0, 7) : null),
    rows: (s) => monthsOf(s.from, s.to).map((ym) => ({ key: ym, label: monthLabel(s.lang, ym) })),
  },
  {
    key: 'referrer_type',
    section: 'aanmeldingen',
    base: 'referred_cases',
    answerMode: 'single',
    chart: 'bar',
    kind: 'single',
    pick: (f, s, v) => (v.referred ? f.referrerType || 'onbekend' : null),
    rows: taxRows('referrerType', REFERRER_TYPES),
  },
  {
    key: 'age_group',
    section: 'aanmeldingen',
    base: 'referred_cases',
    answerMode: 'single',
    chart: 'column',
    kind: 'single',
    pick: (f, s, v) => (v.referred ? f.ageGroup || 'onbekend' : null),
    rows: taxRows('ageGroup', AGE_GROUP_KEYS),
  },
  {
    key: 'age_16_plus',
    section: 'aanmeldingen',
    base: 'referred_cases',
    answerMode: 'single',
    chart: 'bar',
    kind: 'single',
    pick: (f, s, v) => (v.referred ? f.age16plus === null ? 'onbekend' : f.age16plus ? 'ja' : 'nee' : null),
    rows: (s, counts) => [
      { key: 'ja', label: rt(s.lang, 'row.ja16') },
      { key: 'nee', label: rt(s.lang, 'row.nee16') },
      ...extraRows(s, counts, ['onbekend']),
    ],
  },
  {
    key: 'transition_18',
    section: 'aanmeldingen',
    base: 'referred_cases',
    answerMode: 'single',
    chart: 'bar',
    kind: 'single',
    pick: (f, s, v) => (v.referred ? f.transition18 ? 'ja' : 'nee' : null),
    rows: (s) => [
      { key: 'ja', label: rt(s.lang, 'row.ja18') },
      { key: 'nee', label: rt(s.lang, 'row.nee18') },
    ],
  },
  {
    key: 'question_type',
    section: 'aanmeldingen',
    base: 'referred_cases',
    answerMode: 'multiple',
    chart: 'bar',
    kind: 'multi',
    pick: (f, s, v) => (v.referred ? (f.questionTypes.length ? f.questionTypes : ONBEKEND) : null),
    rows: taxRows('questionType', QUESTION_TYPES),
  },
  {
    key: 'problem_area_count',
    section: 'aanmeldingen',
    base: 'referred_cases',
    answerMode: 'single',
    chart: 'column',
    kind: 'single',
    pick: (f, s, v) => (v.referred ? areaBucket(f) : null),
    rows: (s) =>
      AREA_COUNT_BUCKETS.map((k) => ({
        key: k,
        label: k === 'geen' || k === '6_of_meer' || k === 'onduidelijk' ? rt(s.lang, `row.${k}`) : k,
      })),
  },
  {
    key: 'problem_area',
    section: 'aanmeldingen',
    base: 'referred_cases',
    answerMode: 'multiple',
    chart: 'bar',
    kind: 'multi',
    // 'Geen probleemgebied' is no problem area: it is counted in problem_area_count as Geen.
    pick: (f, s, v) => (v.referred ? f.problemAreas.filter((a) => a !== NO_AREA) : null),
    rows: (s, counts) => {
      const known = new Set(s.areas.map((a) => a.id));
      return [
        ...s.areas.filter((a) => a.id !== NO_AREA && (a.active || (counts.get(a.id) ?? 0) > 0)).map((a) => ({ key: a.id, label: a.label })),
        ...[...counts.keys()].filter((k) => !known.has(k)).sort().map((k) => ({ key: k, label: k })),
      ];
    },
  },
  {
    key: 'problem_combination',
    section: 'aanmeldingen',
    base: 'referred_cases',
    answerMode: 'multiple',
    chart: 'bar',
    kind: 'multi',
    pick: (f, s, v) => (v.referred ? pairs(f.problemAreas, orderOf(s)) : null),
    rows: (s, counts) => {
      const order = orderOf(s);
      const rank = (k: string) => k.split('+').map((id) => order.get(id) ?? 999);
      const sorted = [...counts.entries()]
        .filter(([, n]) => n > 0)
        .sort(([a, x], [b, y]) => y - x || rank(a)[0]! - rank(b)[0]! || rank(a)[1]! - rank(b)[1]! || a.localeCompare(b));
      const cut = sorted[TOP_COMBINATIONS - 1]?.[1] ?? 0;
      return sorted
        .filter(([, n], i) => i < TOP_COMBINATIONS || n === cut)
        .map(([k]) => ({ key: k, label: k.split('+').map((id) => areaLabel(s, id)).join(' + ') }));
    },
  },
  {
    key: 'living_situation',
    section: 'aanmeldingen',
    base: 'referred_cases',
    answerMode: 'single',
    chart: 'bar',
    kind: 'single',
    pick: (f, s, v) => (v.referred ? f.livingSituation || 'onbekend' : null),
    rows: taxRows('living', LIVING_SITUATIONS),
  },
  {
    key: 'disruption_type',
    section: 'bespreking',
    base: 'discussed_cases',
    answerMode: 'multiple',
    chart: 'bar',
    kind: 'multi',
    pick: (f, s, v) => (v.discussed.length ? disruptionsOf(v.discussed) : null),
    rows: taxRows('disruption', DISRUPTIONS, []),
  },
  {
    key: 'disruption_count',
    section: 'bespreking',
    base: 'discussed_cases',
    answerMode: 'single',
    chart: 'column',
    kind: 'single',
    pick: (f, s, v) => (v.discussed.length ? String(disruptionsOf(v.discussed).length) : null),
    rows: (s) =>
      Array.from({ length: DISRUPTIONS.length + 1 }, (_, k) => ({ key: String(k), label: k === 0 ? rt(s.lang, 'row.geen') : String(k) })),
  },
  {
    key: 'knelpunt',
    section: 'afsluiting',
    base: 'closed_cases',
    answerMode: 'single',
    chart: 'bar',
    kind: 'single',
    pick: (f, s, v) => (v.closed ? f.outcome?.knelpunt || 'niet_vastgelegd' : null),
    rows: taxRows('knelpunt', KNELPUNTEN, ['niet_vastgelegd']),
  },
  {
    key: 'achterliggend',
    section: 'afsluiting',
    base: 'knelpunt_sub',
    answerMode: 'single',
    chart: 'bar',
    kind: 'single',
    pick: (f, s, v) => (v.closed && f.outcome?.knelpunt === KNELPUNT_WITH_SUB ? f.outcome.achterliggend || 'niet_vastgelegd' : null),
    rows: taxRows('achterliggend', ACHTERLIGGENDE_KNELPUNTEN, ['niet_vastgelegd']),
  },
  {
    key: 'fitting_place',
    section: 'afsluiting',
    base: 'closed_cases',
    answerMode: 'single',
    chart: 'bar',
    kind: 'single',
    pick: (f, s, v) => (v.closed ? f.outcome?.fittingPlace || 'niet_vastgelegd' : null),
    rows: taxRows('fitting', FITTING_PLACE, ['niet_vastgelegd']),
  },
  {
    key: 'team_activity',
    section: 'advies',
    base: 'advised_cases',
    answerMode: 'multiple',
    chart: 'bar',
    kind: 'multi',
    pick: (f, s, v) => (v.advised ? f.advice!.activities : null),
    rows: taxRows('activity', TEAM_ACTIVITIES, []),
  },
  {
    key: 'advice_weight',
    section: 'advies',
    base: 'advised_cases',
    answerMode: 'single',
    chart: 'bar',
    kind: 'single',
    pick: (f, s, v) => (v.advised ? f.advice!.weight : null),
    rows: taxRows('weight', ADVICE_WEIGHTS, []),
  },
  {
    key: 'response_state',
    section: 'advies',
    base: 'advice_items',
    answerMode: 'single',
    chart: 'bar',
    kind: 'items',
    pick: (f, s, v) => (v.advised ? f.advice!.responses : null),
    rows: taxRows('response', RESPONSE_STATES, []),
  },
  ...(['verwijzer', 'gezin'] as const).map(
    (source): FigureDef => ({
      key: `feedback_${source}`,
      section: 'advies',
      base: `feedback_${source}`,
      answerMode: 'single',
      chart: 'column',
      kind: 'items',
      pick: (f, s) => (f.feedback.length ? f.feedback.filter((x) => x.source === source && inPeriod(x.on, s)).map((x) => String(x.score)) : null),
      rows: (s) => ['1', '2', '3', '4', '5'].map((k) => ({ key: k, label: rt(s.lang, 'row.score', { n: k }) })),
    }),
  ),
];

/** The figure that 'achterliggend' breaks down, and its row. */
export const SUB_TABLES: Partial<Record<FigureKey, { figure: FigureKey; row: string }>> = {
  achterliggend: { figure: 'knelpunt', row: KNELPUNT_WITH_SUB },
};
