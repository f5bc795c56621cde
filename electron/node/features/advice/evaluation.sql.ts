/** The advice_reviews, advice_feedback and case_outcomes tables. */
import type { Feedback, Outcome, Review } from '../../../../shared/api/index.js';
import type { CloseInput, FeedbackInput, ReviewInput } from '../../../../shared/api/advice-inputs.js';
import type { z } from '../../../../shared/zod.js';
import type { Db, ReadDb } from '../../db/database.js';

interface ReviewRow {
  id: number;
  held_on: string;
  items: string;
  decision: Review['decision'];
  reason: string;
  escalated_to: Review['escalatedTo'];
  note: string;
  recorded_by_name: string;
  recorded_at: string;
}

export function loadReviews(db: ReadDb, adviceId: number): Review[] {
  const rows = db
    .prepare(
      `SELECT r.*, u.name AS recorded_by_name FROM advice_reviews r JOIN users u ON u.id = r.recorded_by
        WHERE r.advice_id = ? ORDER BY r.held_on DESC, r.id DESC`,
    )
    .all(adviceId) as ReviewRow[];
  return rows.map((r) => ({
    id: r.id,
    heldOn: r.held_on,
    items: JSON.parse(r.items) as Review['items'],
    decision: r.decision,
    reason: r.reason,
    escalatedTo: r.escalated_to,
    note: r.note,
    recordedBy: r.recorded_by_name,
    recordedAt: r.recorded_at,
  }));
}

export function insertReview(db: Db, adviceId: number, r: z.output<typeof ReviewInput>, by: number, now: string): void {
  db.prepare(
    `INSERT INTO advice_reviews (advice_id, held_on, items, decision, reason, escalated_to, note, recorded_by, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    adviceId,
    r.heldOn,
    JSON.stringify(r.items),
    r.decision,
    r.reason,
    r.decision === 'escaleren' ? r.escalatedTo : '',
    r.note,
    by,
    now,
  );
}

interface FeedbackRow {
  id: number;
  source: Feedback['source'];
  score: number;
  text: string;
  given_by: string;
  recorded_by_name: string;
  recorded_at: string;
}

export function loadFeedback(db: ReadDb, adviceId: number): Feedback[] {
  const rows = db
    .prepare(
      `SELECT f.*, u.name AS recorded_by_name FROM advice_feedback f JOIN users u ON u.id = f.recorded_by
        WHERE f.advice_id = ? ORDER BY f.recorded_at DESC, f.id DESC`,
    )
    .all(adviceId) as FeedbackRow[];
  return rows.map((r) => ({
    id: r.id,
    source: r.source,
    score: r.score,
    text: r.text,
    givenBy: r.given_by,
    recordedBy: r.recorded_by_name,
    recordedAt: r.recorded_at,
  }));
}

export function insertFeedback(db: Db, adviceId: number, f: z.output<typeof FeedbackInput>, by: number, now: string): void {
  db.prepare(
    `INSERT INTO advice_feedback (advice_id, source, score, text, given_by, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(adviceId, f.source, f.score, f.text, f.givenBy, by, now);
}

interface OutcomeRow {
  fitting_place: Outcome['fittingPlace'];
  place_type: Outcome['placeType'];
  knelpunt: Outcome['knelpunt'];
  achterliggend: Outcome['achterliggend'];
  note: string;
  recorded_by_name: string;
  recorded_at: string;
}

export function loadOutcome(db: ReadDb, caseId: number): Outcome | null {
  const r = db
    .prepare(
      `SELECT o.*, u.name AS recorded_by_name FROM case_outcomes o JOIN users u ON u.id = o.recorded_by WHERE o.case_id = ?`,
    )
    .get(caseId) as OutcomeRow | undefined;
  if (!r) return null;
  return {
    fittingPlace: r.fitting_place,
    placeType: r.place_type,
    knelpunt: r.knelpunt,
    achterliggend: r.achterliggend,
    note: r.note,
    recordedBy: r.recorded_by_name,
    recordedAt: r.recorded_at,
  };
}

export function hasOutcome(db: ReadDb, caseId: number): boolean {
  return !!db.prepare('SELECT 1 FROM case_outcomes WHERE case_id = ?').get(caseId);
}

export function upsertOutcome(db: Db, c: z.output<typeof CloseInput>, by: number, now: string): void {
  db.prepare(
    `INSERT INTO case_outcomes (case_id, fitting_place, place_type, knelpunt, achterliggend, note, recorded_by, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (case_id) DO UPDATE SET fitting_place = excluded.fitting_place, place_type = excluded.place_type,
       knelpunt = excluded.knelpunt, achterliggend = excluded.achterliggend, note = excluded.note,
       recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at`,
  ).run(c.caseId, c.fittingPlace, c.placeType, c.knelpunt, c.achterliggend, c.note, by, now);
}
