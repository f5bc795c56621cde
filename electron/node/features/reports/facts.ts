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

interface CaseRowFacts {
  id: number;
  status: string;
  birth_date: string;
  municipality: string;
  referred_on: string;
  updated_at: string;
  referrer_type: string | null;
  living: string | null;
  question_types: string | null;
  override: string | null;
}

const day = (iso: string | null | undefined) => (iso ?? '').slice(0, 10);
const laterOf = (a: string, b: string) => (a >= b ? a : b);

function groupBy<R extends { case_id: number }>(rows: R[]): Map<number, R[]> {
  const out = new Map<number, R[]>();
  for (const r of rows) {
    const list = out.get(r.case_id);
    if (list) list.push(r);
    else out.set(r.case_id, [r]);
  }
  return out;
}

/**
 * The discussions of a case: its agenda items in held meetings; a case with none that was set to
 * 'besproken' by hand (discussed outside a meeting recorded in the app) counts on those dates.
 */
function discussionsOf(items: { date: string; disruptions: string | null }[] | undefined, besproken: string[] | undefined): DiscussionFact[] {
  if (items?.length) {
    return items.map((d) => ({ on: d.date, disruptions: d.disruptions ? [...new Set(d.disruptions.split(','))].sort() : [] }));
  }
  return besproken ? [...new Set(besproken)].sort().map((on) => ({ on, disruptions: [] })) : [];
}

function ageFacts(birth: string, referredOn: string): Pick<CaseFacts, 'ageGroup' | 'age16plus'> & { age: number | null } {
  if (!isIsoDate(birth) || !isIsoDate(referredOn)) return { ageGroup: '', age16plus: null, age: null };
  const age = ageOn(birth, referredOn);
  if (age < 0) return { ageGroup: '', age16plus: null, age: null };
  return { ageGroup: ageGroupOf(age) ?? '', age16plus: age >= 16, age };
}

/**
 * The facts of the live cases matching the filter, in bulk: one query per table. The tables
 * besides cases are read whole (or for the given case ids) and matched in memory: for a report
 * that is cheaper than joining each back to cases.
 */
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
  const ids = f.caseIds ? JSON.stringify(f.caseIds) : null;
  if (ids) {
    where.push('c.id IN (SELECT value FROM json_each(?))');
    params.push(ids);
  }
  // Only the given cases in the other tables (archiving one case); otherwise every row.
  const only = (col: string) => (ids ? `AND ${col} IN (SELECT value FROM json_each(?))` : '');
  const p = ids ? [ids] : [];

  const cases = db
    .prepare(
      `SELECT c.id, c.status, c.birth_date, c.municipality, c.referred_on, c.updated_at,
              r.referrer_type, r.living, r.question_types, r.override
       FROM cases c LEFT JOIN report_referral_facts r ON r.case_id = c.id
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY c.id`,
    )
    .all(...params) as CaseRowFacts[];
  if (cases.length === 0) return [];

  const areas = groupBy(
    db.prepare(`SELECT case_id, area_id FROM case_problem_areas WHERE 1 ${only('case_id')}`).all(...p) as { case_id: number; area_id: string }[],
  );
  const events = groupBy(
    db
      .prepare(
        `SELECT case_id, to_status, substr(at, 1, 10) AS day FROM case_events
         WHERE to_status IN ('besproken', 'afgesloten') ${only('case_id')} ORDER BY case_id, at`,
      )
      .all(...p) as { case_id: number; to_status: string; day: string }[],
  );
  const discussions = groupBy(
    db
      .prepare(
        `SELECT ai.case_id, m.date,
                (SELECT group_concat(d.code) FROM item_disruptions d WHERE d.item_id = ai.id) AS disruptions
         FROM agenda_items ai JOIN meetings m ON m.id = ai.meeting_id
         WHERE m.status IN ('afgerond', 'bezig') AND ai.phase <> 'voorbereiding' ${only('ai.case_id')}
         ORDER BY m.date, ai.id`,
      )
      .all(...p) as { case_id: number; date: string; disruptions: string | null }[],
  );
  const advices = new Map(
    (
      db
        .prepare(
          `SELECT a.case_id, a.approved_on, v.weight, v.team_activities
           FROM advices a JOIN advice_versions v ON v.advice_id = a.id AND v.version = a.approved_version
           WHERE a.approved_version IS NOT NULL ${only('a.case_id')}`,
        )
        .all(...p) as { case_id: number; approved_on: string; weight: string; team_activities: string }[]
    ).map((r) => [r.case_id, r]),
  );
  const responses = groupBy(
    db
      .prepare(
        `SELECT i.case_id, coalesce(r.state, 'geen_reactie') AS state
         FROM advice_items i LEFT JOIN advice_responses r ON r.advice_id = i.advice_id AND r.item_key = i.item_key
         WHERE i.in_force = 1 ${only('i.case_id')} ORDER BY i.case_id, i.position`,
      )
      .all(...p) as { case_id: number; state: string }[],
  );
  const feedback = groupBy(
    db
      .prepare(
        `SELECT a.case_id, f.source, f.score, f.recorded_at
         FROM advice_feedback f JOIN advices a ON a.id = f.advice_id WHERE 1 ${only('a.case_id')}
         ORDER BY f.recorded_at, f.id`,
      )
      .all(...p) as { case_id: number; source: string; score: number; recorded_at: string }[],
  );
  const outcomes = new Map(
    (
      db
        .prepare(
          `SELECT case_id, fitting_place, place_type, knelpunt, achterliggend, recorded_at
           FROM case_outcomes WHERE 1 ${only('case_id')}`,
        )
        .all(...p) as OutcomeRow[]
    ).map((r) => [r.case_id, r]),
  );

  return cases.map((c): FactRow => {
    const age = ageFacts(c.birth_date, c.referred_on);
    const override = c.override ?? 'auto';
    const advice = advices.get(c.id);
    const outcome = outcomes.get(c.id);
    const ev = events.get(c.id) ?? [];
    const closedEvent = ev.filter((e) => e.to_status === 'afgesloten').at(-1)?.day;
    return {
      caseId: c.id,
      referredOn: c.referred_on,
      municipality: c.municipality,
      ageGroup: age.ageGroup,
      age16plus: age.age16plus,
      transition18: override === 'ja' ? true : override === 'nee' ? false : age.age !== null && age.age >= 17,
      referrerType: c.referrer_type ?? '',
      livingSituation: c.living ?? '',
      questionTypes: c.question_types ? [...new Set(JSON.parse(c.question_types) as string[])].sort() : [],
      problemAreas: (areas.get(c.id) ?? []).map((a) => a.area_id).sort(),
      discussions: discussionsOf(
        discussions.get(c.id),
        ev.filter((e) => e.to_status === 'besproken').map((e) => e.day),
      ),
      advice: advice
        ? {
            approvedOn: day(advice.approved_on),
            weight: advice.weight,
            activities: [...new Set(JSON.parse(advice.team_activities) as string[])].sort(),
            responses: (responses.get(c.id) ?? []).map((r) => r.state),
          }
        : null,
      feedback: (feedback.get(c.id) ?? []).map((x) => ({ on: day(x.recorded_at), source: x.source, score: x.score })),
      closedOn: c.status === 'afgesloten' ? laterOf(day(closedEvent ?? c.updated_at), day(outcome?.recorded_at)) : '',
      outcome: outcome
        ? { fittingPlace: outcome.fitting_place, placeType: outcome.place_type, knelpunt: outcome.knelpunt, achterliggend: outcome.achterliggend }
        : null,
    };
  });
}

interface OutcomeRow {
  case_id: number;
  fitting_place: string;
  place_type: string;
  knelpunt: string;
  achterliggend: string;
  recorded_at: string;
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
