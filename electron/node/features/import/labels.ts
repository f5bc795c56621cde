/**
 * The labels an import file may use: the app's own Dutch labels of its
 * taxonomies, read from the very translations the screens show (so the file and
 * the app can never disagree), and the problem areas from the database (the
 * beheerder edits those; only active ones count, as in the referral form).
 */
import adviceNl from '../../../../renderer/i18n/locales/nl/advice.json';
import casesNl from '../../../../renderer/i18n/locales/nl/cases.json';
import {
  ACHTERLIGGENDE_KNELPUNTEN,
  ADVICE_WEIGHTS,
  FITTING_PLACE,
  KNELPUNTEN,
  TEAM_ACTIVITIES,
} from '../../../../shared/domain/advice.js';
import {
  CLOSURE_REASONS,
  DISRUPTIONS,
  LIVING_SITUATIONS,
  QUESTION_TYPES,
  REFERRER_TYPES,
} from '../../../../shared/domain/taxonomies.js';
import type { ReadDb } from '../../db/database.js';

export type TaxonomyKey =
  | 'referrerType'
  | 'questionType'
  | 'living'
  | 'closure'
  | 'activity'
  | 'disruption'
  | 'knelpunt'
  | 'achterliggend'
  | 'fitting'
  | 'weight'
  | 'problemArea';

export interface Label {
  code: string;
  nl: string;
}

const FIXED: Record<Exclude<TaxonomyKey, 'problemArea'>, { codes: readonly string[]; prefix: string; dict: Record<string, string> }> = {
  referrerType: { codes: REFERRER_TYPES, prefix: 'referrerType', dict: casesNl },
  questionType: { codes: QUESTION_TYPES, prefix: 'questionType', dict: casesNl },
  living: { codes: LIVING_SITUATIONS, prefix: 'living', dict: casesNl },
  closure: { codes: CLOSURE_REASONS, prefix: 'closure', dict: casesNl },
  activity: { codes: TEAM_ACTIVITIES, prefix: 'activity', dict: adviceNl },
  disruption: { codes: DISRUPTIONS, prefix: 'disruption', dict: adviceNl },
  knelpunt: { codes: KNELPUNTEN, prefix: 'knelpunt', dict: adviceNl },
  achterliggend: { codes: ACHTERLIGGENDE_KNELPUNTEN, prefix: 'achterliggend', dict: adviceNl },
  fitting: { codes: FITTING_PLACE, prefix: 'fitting', dict: adviceNl },
  weight: { codes: ADVICE_WEIGHTS, prefix: 'weight', dict: adviceNl },
};

/** The fixed taxonomies' Dutch labels, in the app's order. */
export function fixedLabels(key: Exclude<TaxonomyKey, 'problemArea'>): Label[] {
  const { codes, prefix, dict } = FIXED[key];
  return codes.map((code) => {
    const nl = dict[`${prefix}.${code}`];
    if (typeof nl !== 'string') throw new Error(`missing Dutch label ${prefix}.${code}`);
    return { code, nl };
  });
}

export const problemAreaLabels = (db: ReadDb): Label[] =>
  db.prepare('SELECT id AS code, nl FROM problem_areas WHERE active = 1 ORDER BY sort, id').all() as Label[];

/**
 * Case- and accent-insensitive form of a label: no diacritics, lower case, one
 * space for any run of white space, none around '/'. Nothing else is forgiven:
 * a label that differs in a letter is unknown, never guessed.
 */
export function normaliseLabel(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/ ?\/ ?/g, '/')
    .trim();
}

export type Taxonomies = Record<TaxonomyKey, Map<string, string>>;

/** Normalised label -> code, per taxonomy. */
export function loadTaxonomies(db: ReadDb): Taxonomies {
  const index = (list: Label[]) => new Map(list.map((l) => [normaliseLabel(l.nl), l.code]));
  const out = {} as Taxonomies;
  for (const key of Object.keys(FIXED) as (keyof typeof FIXED)[]) out[key] = index(fixedLabels(key));
  out.problemArea = index(problemAreaLabels(db));
  return out;
}
