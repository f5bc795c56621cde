/**
 * The statistical facts of cases: the ONE place the reports read the live tables. Every figure
 * (figures.ts) is computed from these facts only, so an archived case (erased, see
 * archiveCaseFacts) counts exactly like a live one.
 *
 * A fact holds no personal data: no name, case code, birth date or free text. Only category
 * codes, the age group and flags at the referral date, the municipality, and the dates the
 * periods and lead times need.
 *
 * How each fact is derived from the live tables:
 * - referredOn: cases.referred_on; municipality: cases.municipality.
 * - ageGroup / age16plus: age at the referral date from the birth date (0–4, 5–12, 13–17, 18–23;
 *   '' and null when there is no usable birth date or the age falls outside the groups).
 * - transition18: the referral's override ('ja' / 'nee'), else 17 or older at the referral date
 *   (the same rule as shared/domain/referral.ts transitionFlag, taken at the referral date).
 * - referrerType, livingSituation, questionTypes: the referral ('' = not filled in).
 * - problemAreas: case_problem_areas (ids of the problem_areas taxonomy).
 * - discussions: every agenda item of a held meeting (status 'afgerond' or 'bezig') that left
 *   'voorbereiding', with the verstoringen recorded for it (item_disruptions); a case without
 *   any that was set to 'besproken' by hand counts as discussed on those status changes.
 *   Verstoringen of a discussion outside a meeting held in the app (an imported registration,
 *   case_disruptions, migration 0011) count as a discussion on their date.
 * - advice: the first approval date (advices.approved_on) with the weight, the team activities
 *   (wat het team deed) and the response state of every item of the version in force
 *   ('geen_reactie' when the party has not responded).
 * - feedback: usefulness scores (1–5) per source with the date they were recorded.
 * - closedOn: for a case with status 'afgesloten', the date of its latest status change to
 *   'afgesloten' (case_events), or the date its outcome was recorded when that is later (a case
 *   with an advice closes with its outcome); outcome: case_outcomes (fitting place, place type,
 *   knelpunten).
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../../shared/api/errors.js';
import { ageOn, isIsoDate } from '../../../../shared/domain/dates.js';
import { ageGroupOf, type AgeGroup } from '../../../../shared/domain/taxonomies.js';
import type { Db, ReadDb } from '../../db/database.js';

export interface DiscussionFact {
  /** The meeting's date. */
  on: string;
  /** Verstoringen recorded for this discussion (codes, sorted). */
  disruptions: string[];
}

export interface AdviceFact {
  approvedOn: string;
  weight: string;
  activities: string[];
  /** One response state per advice item in force. */
  responses: string[];
}

export interface FeedbackFact {
  on: string;
  source: string;
  score: number;
}

export interface OutcomeFact {
  fittingPlace: string;
  placeType: string;
  knelpunt: string;
  achterliggend: string;
}

/** What the reports know of one case. JSON-safe; stored as such in report_archive. */
export interface CaseFacts {
  referredOn: string;
  municipality: string;
  ageGroup: AgeGroup | '';
  age16plus: boolean | null;
  transition18: boolean;
  referrerType: string;
  livingSituation: string;
  questionTypes: string[];
  problemAreas: string[];
  discussions: DiscussionFact[];
  advice: AdviceFact | null;
  feedback: FeedbackFact[];
  closedOn: string;
  outcome: OutcomeFact | null;
}

/** A live case's facts with its id (for the drill-down); archived facts have caseId null. */
export interface FactRow extends CaseFacts {
  caseId: number | null;
}

export interface FactFilter {
  /** Only cases referred on or before this date (a later referral has nothing in the period). */
  referredUntil?: string;
  /** Only this municipality ('' or absent: all). */
  municipality?: string;
  /** Only these cases (archiving). */
  caseIds?: readonly number[];
}


const day = (iso: string | null | undefined) => (iso ?? '').slice(0, 10);
const laterOf = (a: string, b: string) => (a >= b ? a : b);



function ageFacts(birth: string, referredOn: string): Pick<CaseFacts, 'ageGroup' | 'age16plus'> & { age: number | null } {
  if (!isIsoDate(birth) || !isIsoDate(referredOn)) return { ageGroup: '', age16plus: null, age: null };
  const age = ageOn(birth, referredOn);
  if (age < 0) return { ageGroup: '', age16plus: null, age: null };
  return { ageGroup: ageGroupOf(age) ?? '', age16plus: age >= 16, age };
}

/**
 * One row per case with everything the reports need: the small tables folded in with
 * group_concat (codes and dates contain no commas), so 10,000 cases cost 10,000 rows.
 */
const FACTS_SQL = `
  SELECT c.id, c.status, c.birth_date, c.municipality, c.referred_on, c.updated_at,
         r.referrer_type, r.living, r.question_types, r.override,
         (SELECT group_concat(pa.area_id) FROM case_problem_areas pa WHERE pa.case_id = c.id) AS areas,
         (SELECT group_concat(e.to_status || substr(e.at, 1, 10)) FROM case_events e
           WHERE e.case_id = c.id AND e.to_status IN ('besproken', 'afgesloten')) AS events,
         (SELECT group_concat(x) FROM (
            SELECT m.date || coalesce((SELECT ':' || group_concat(d.code, ':') FROM item_disruptions d WHERE d.item_id = ai.id), '') AS x
              FROM agenda_items ai JOIN meetings m ON m.id = ai.meeting_id
             WHERE ai.case_id = c.id AND m.status IN ('afgerond', 'bezig') AND ai.phase <> 'voorbereiding'
            UNION ALL -- verstoringen of a discussion outside a meeting held in the app (imported, migration 0011)
            SELECT cd.on_date || ':' || group_concat(cd.code, ':') FROM case_disruptions cd WHERE cd.case_id = c.id GROUP BY cd.on_date
          )) AS discussions,
         a.approved_on, v.weight, v.team_activities,
         (SELECT group_concat(coalesce(rs.state, 'geen_reactie')) FROM advice_items i
            LEFT JOIN advice_responses rs ON rs.advice_id = i.advice_id AND rs.item_key = i.item_key
           WHERE i.advice_id = a.id AND i.in_force = 1) AS responses,
         (SELECT group_concat(f.source || ':' || f.score || ':' || substr(f.recorded_at, 1, 10)) FROM advice_feedback f
           WHERE f.advice_id = a.id) AS feedback,
         o.fitting_place, o.place_type, o.knelpunt, o.achterliggend, substr(o.recorded_at, 1, 10) AS outcome_on
  FROM cases c
  LEFT JOIN report_referral_facts r ON r.case_id = c.id
  LEFT JOIN advices a ON a.case_id = c.id AND a.approved_version IS NOT NULL
  LEFT JOIN advice_versions v ON v.advice_id = a.id AND v.version = a.approved_version
  LEFT JOIN case_outcomes o ON o.case_id = c.id`;

type Raw = [
  id: number,
  status: string,
  birth: string,
  municipality: string,
  referredOn: string,
  updatedAt: string,
  referrerType: string | null,
  living: string | null,
  questionTypes: string | null,
  override: string | null,
  areas: string | null,
  events: string | null,
  discussions: string | null,
  approvedOn: string | null,
  weight: string | null,
  activities: string | null,
  responses: string | null,
  feedback: string | null,
  fittingPlace: string | null,
  placeType: string | null,
  knelpunt: string | null,
  achterliggend: string | null,
  outcomeOn: string | null,
];

const list = (s: string | null) => (s ? s.split(',') : []);
const sortedSet = (xs: string[]) => (xs.length > 1 ? [...new Set(xs)].sort() : xs);

function toFacts(r: Raw): FactRow {
  const [id, status, birth, municipality, referredOn, updatedAt] = r;
  const age = ageFacts(birth, referredOn);
  const override = r[9] ?? 'auto';
  const events = list(r[11]);
  const closedEvent = events.filter((e) => e.startsWith('afgesloten')).map((e) => e.slice(-10)).sort().at(-1);
  const held = list(r[12])
    .map((d) => {
      const [on, ...codes] = d.split(':');
      return { on: on!, disruptions: sortedSet(codes) };
    })
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  const besproken = events.filter((e) => e.startsWith('besproken')).map((e) => e.slice(-10));
  return {
    caseId: id,
    referredOn,
    municipality,
    ageGroup: age.ageGroup,
    age16plus: age.age16plus,
    transition18: override === 'ja' ? true : override === 'nee' ? false : age.age !== null && age.age >= 17,
    referrerType: r[6] ?? '',
    livingSituation: r[7] ?? '',
    questionTypes: r[8] ? sortedSet(JSON.parse(r[8]) as string[]) : [],
    problemAreas: sortedSet(list(r[10])),
    discussions: held.length ? held : sortedSet(besproken).map((on) => ({ on, disruptions: [] })),
    advice:
      r[13] !== null
        ? { approvedOn: day(r[13]), weight: r[14] ?? '', activities: sortedSet(JSON.parse(r[15] ?? '[]') as string[]), responses: list(r[16]) }
        : null,
    feedback: list(r[17]).map((x) => {
      const [source, score, on] = x.split(':');
      return { on: on!, source: source!, score: Number(score) };
    }),
    closedOn: status === 'afgesloten' ? laterOf(day(closedEvent ?? updatedAt), day(r[22])) : '',
    outcome:
      r[18] !== null ? { fittingPlace: r[18], placeType: r[19] ?? '', knelpunt: r[20] ?? '', achterliggend: r[21] ?? '' } : null,
  };
}

/** The facts of the live cases matching the filter, in bulk: one query, one row per case. */
export function liveFacts(db: ReadDb, f: FactFilter = {}): FactRow[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (f.referredUntil) {
    where.push('c.referred_on <= ?');
    params.push(f.referredUntil);
  }
  if (f.municipality) {
    where.push('c.municipality = ?');
    params.push(f.municipality);
  }
  if (f.caseIds) {
    where.push('c.id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(f.caseIds));
  }
  const rows = db
    .prepare(`${FACTS_SQL} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY c.id`)
    .raw(true)
    .all(...params) as Raw[];
  return rows.map(toFacts);
}

/** The archived facts (erased cases) matching the filter. */
export function archivedFacts(db: ReadDb, f: Omit<FactFilter, 'caseIds'> = {}): FactRow[] {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (f.referredUntil) {
    parts.push('referred_on <= ?');
    params.push(f.referredUntil);
  }
  if (f.municipality) {
    parts.push('municipality = ?');
    params.push(f.municipality);
  }
  const rows = db
    .prepare(`SELECT facts FROM report_archive ${parts.length ? `WHERE ${parts.join(' AND ')}` : ''} ORDER BY referred_on, id`)
    .pluck()
    .all(...params) as string[];
  return rows.map((json) => ({ ...(JSON.parse(json) as CaseFacts), caseId: null }));
}

/** Every fact the reports count: live cases and archived ones. */
export function allFacts(db: ReadDb, f: Omit<FactFilter, 'caseIds'> = {}): FactRow[] {
  return [...liveFacts(db, f), ...archivedFacts(db, f)];
}

/** Only the statistical fields, in a fixed order (what the archive stores; nothing else). */
export function toArchived(f: CaseFacts): CaseFacts {
  return {
    referredOn: f.referredOn,
    municipality: f.municipality,
    ageGroup: f.ageGroup,
    age16plus: f.age16plus,
    transition18: f.transition18,
    referrerType: f.referrerType,
    livingSituation: f.livingSituation,
    questionTypes: [...f.questionTypes],
    problemAreas: [...f.problemAreas],
    discussions: f.discussions.map((d) => ({ on: d.on, disruptions: [...d.disruptions] })),
    advice: f.advice
      ? { approvedOn: f.advice.approvedOn, weight: f.advice.weight, activities: [...f.advice.activities], responses: [...f.advice.responses] }
      : null,
    feedback: f.feedback.map((x) => ({ on: x.on, source: x.source, score: x.score })),
    closedOn: f.closedOn,
    outcome: f.outcome
      ? { fittingPlace: f.outcome.fittingPlace, placeType: f.outcome.placeType, knelpunt: f.outcome.knelpunt, achterliggend: f.outcome.achterliggend }
      : null,
  };
}

/**
 * THE API FOR ERASURE (issue 13): call this inside the erasing transaction, right before the
 * case's rows are deleted. It stores the case's statistical facts in report_archive (no personal
 * data, a random id, no link to the case) so the reports keep counting the case exactly as
 * before. NOT_FOUND when the case does not exist. Returns what was stored.
 */
export function archiveCaseFacts(db: Db, caseId: number): CaseFacts {
  const [live] = liveFacts(db, { caseIds: [caseId] });
  if (!live) throw new AppError('NOT_FOUND');
  const facts = toArchived(live);
  db.prepare('INSERT INTO report_archive (id, referred_on, municipality, facts) VALUES (?, ?, ?, ?)').run(
    randomUUID(),
    facts.referredOn,
    facts.municipality,
    JSON.stringify(facts),
  );
  return facts;
}
