/** The agenda_items and agenda_guests tables, and the waiting list. */
import { AppError } from '../../../../shared/api/errors.js';
import type { Guest, WaitingCase } from '../../../../shared/api/index.js';
import type { GuestKind, ItemPhase } from '../../../../shared/domain/meetings.js';
import { consentState, type ConsentLike } from '../../../../shared/domain/consent.js';
import { ageOn } from '../../../../shared/domain/dates.js';
import { initials } from '../../../../shared/domain/names.js';
import type { Db, ReadDb } from '../../db/database.js';

export interface ItemRow {
  id: number;
  meeting_id: number;
  case_id: number;
  position: number;
  minutes_deel1: number;
  minutes_deel2: number;
  carried_from: number | null;
  phase: ItemPhase;
  phase_started_at: string | null;
  seconds_deel1: number;
  seconds_deel2: number;
  seconds_advies: number;
}

/** An item with the case columns the agenda shows. */
export interface ItemWithCase extends ItemRow {
  code: string;
  first: string;
  last: string;
  urgency: WaitingCase['urgency'];
  areas: string | null;
  carried_from_date: string | null;
}

export function getItemRow(db: ReadDb, id: number): ItemRow {
  const row = db.prepare('SELECT * FROM agenda_items WHERE id = ?').get(id) as ItemRow | undefined;
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export const listItems = (db: ReadDb, meetingId: number): ItemWithCase[] =>
  db
    .prepare(
      `SELECT a.*, c.code, c.youth_first_name AS first, c.youth_last_name AS last, c.urgency,
              (SELECT group_concat(area_id) FROM case_problem_areas p WHERE p.case_id = c.id) AS areas,
              (SELECT date FROM meetings f WHERE f.id = a.carried_from) AS carried_from_date
       FROM agenda_items a JOIN cases c ON c.id = a.case_id
       WHERE a.meeting_id = ? ORDER BY a.position, a.id`,
    )
    .all(meetingId) as ItemWithCase[];

export const itemCaseIds = (db: ReadDb, meetingId: number): number[] =>
  db.prepare('SELECT case_id FROM agenda_items WHERE meeting_id = ? ORDER BY position').pluck().all(meetingId) as number[];

export function insertItem(
  db: Db,
  i: { meetingId: number; caseId: number; minutesDeel1: number; minutesDeel2: number; carriedFrom: number | null },
  by: number,
  now: string,
): number {
  const pos = (db.prepare('SELECT coalesce(max(position), 0) + 1 FROM agenda_items WHERE meeting_id = ?').pluck().get(i.meetingId) as number);
  return Number(
    db
      .prepare(
        `INSERT INTO agenda_items (meeting_id, case_id, position, minutes_deel1, minutes_deel2, carried_from, added_by, added_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(i.meetingId, i.caseId, pos, i.minutesDeel1, i.minutesDeel2, i.carriedFrom, by, now).lastInsertRowid,
  );
}

export const deleteItem = (db: Db, id: number): void => void db.prepare('DELETE FROM agenda_items WHERE id = ?').run(id);

export const setPositions = (db: Db, itemIds: readonly number[]): void => {
  const stmt = db.prepare('UPDATE agenda_items SET position = ? WHERE id = ?');
  itemIds.forEach((id, i) => stmt.run(i + 1, id));
};

export const setSlot = (db: Db, id: number, m1: number, m2: number): void =>
  void db.prepare('UPDATE agenda_items SET minutes_deel1 = ?, minutes_deel2 = ? WHERE id = ?').run(m1, m2, id);

export function setItemTimer(
  db: Db,
  id: number,
  t: { phase: ItemPhase; startedAt: string | null; deel1: number; deel2: number; advies: number },
): void {
  db.prepare(
    `UPDATE agenda_items SET phase = ?, phase_started_at = ?, seconds_deel1 = ?, seconds_deel2 = ?, seconds_advies = ?
     WHERE id = ?`,
  ).run(t.phase, t.startedAt, t.deel1, t.deel2, t.advies, id);
}

/** The open agenda (planned or running meeting) a case is on, if any. */
export const openAgendaOf = (db: ReadDb, caseId: number): { meetingId: number; date: string } | undefined =>
  db
    .prepare(
      `SELECT m.id AS meetingId, m.date FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id
       WHERE a.case_id = ? AND m.status IN ('gepland', 'bezig') ORDER BY m.date LIMIT 1`,
    )
    .get(caseId) as { meetingId: number; date: string } | undefined;

export const itemHasNotes = (db: ReadDb, itemId: number): boolean =>
  !!db.prepare(`SELECT 1 FROM item_notes WHERE item_id = ? AND text != ''`).get(itemId);

// --- guests ---------------------------------------------------------------------------

interface GuestRow {
  id: number;
  item_id: number;
  kind: GuestKind;
  name: string;
  role: string;
  deel1: number;
  deel2: number;
}

const toGuest = (g: GuestRow): Guest => ({
  id: g.id,
  itemId: g.item_id,
  kind: g.kind,
  name: g.name,
  role: g.role,
  deel1: g.deel1 === 1,
  deel2: g.deel2 === 1,
});

export const listGuests = (db: ReadDb, itemId: number): Guest[] =>
  (db.prepare('SELECT * FROM agenda_guests WHERE item_id = ? ORDER BY id').all(itemId) as GuestRow[]).map(toGuest);

export function getGuest(db: ReadDb, id: number): Guest {
  const g = db.prepare('SELECT * FROM agenda_guests WHERE id = ?').get(id) as GuestRow | undefined;
  if (!g) throw new AppError('NOT_FOUND');
  return toGuest(g);
}

export function saveGuest(db: Db, g: Omit<Guest, 'id'> & { id?: number }): void {
  const params = { ...g, deel1: g.deel1 ? 1 : 0, deel2: g.deel2 ? 1 : 0 };
  if (g.id === undefined) {
    db.prepare(
      'INSERT INTO agenda_guests (item_id, kind, name, role, deel1, deel2) VALUES (@itemId, @kind, @name, @role, @deel1, @deel2)',
    ).run(params);
  } else {
    const r = db
      .prepare('UPDATE agenda_guests SET kind = @kind, name = @name, role = @role, deel1 = @deel1, deel2 = @deel2 WHERE id = @id AND item_id = @itemId')
      .run(params);
    if (r.changes === 0) throw new AppError('NOT_FOUND');
  }
}

export const deleteGuest = (db: Db, id: number): void => void db.prepare('DELETE FROM agenda_guests WHERE id = ?').run(id);

// --- the waiting list ------------------------------------------------------------------

const MEETING_KINDS = `('geagendeerd', 'van_agenda', 'overleg_geannuleerd', 'doorgeschoven')`;

/** Cases waiting for discussion, with the markers the planner needs. */
export function listWaiting(db: ReadDb): WaitingCase[] {
  const rows = db
    .prepare(
      `SELECT c.id, c.code, c.youth_first_name AS first, c.youth_last_name AS last, c.urgency, c.updated_at,
              c.birth_date, c.legal_ground,
              (SELECT group_concat(area_id) FROM case_problem_areas p WHERE p.case_id = c.id) AS areas,
              (SELECT max(e.at) FROM case_events e WHERE e.case_id = c.id AND e.to_status = 'wacht_op_bespreking') AS since,
              (SELECT e.kind FROM case_events e WHERE e.case_id = c.id AND e.kind IN ${MEETING_KINDS}
                ORDER BY e.at DESC, e.id DESC LIMIT 1) AS last_kind,
              (SELECT m.id FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id
                WHERE a.case_id = c.id AND m.status IN ('gepland', 'bezig') ORDER BY m.date LIMIT 1) AS planned_id,
              (SELECT m.date FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id
                WHERE a.case_id = c.id AND m.status IN ('gepland', 'bezig') ORDER BY m.date LIMIT 1) AS planned_date,
              EXISTS (SELECT 1 FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id
                WHERE a.case_id = c.id AND a.carried_from IS NOT NULL AND m.status IN ('gepland', 'bezig')) AS carried_item
       FROM cases c WHERE c.status = 'wacht_op_bespreking'`,
    )
    .all() as {
    id: number;
    code: string;
    first: string;
    last: string;
    urgency: WaitingCase['urgency'];
    updated_at: string;
    birth_date: string;
    legal_ground: string | null;
    areas: string | null;
    since: string | null;
    last_kind: string | null;
    planned_id: number | null;
    planned_date: string | null;
    carried_item: number;
  }[];
  const consents = new Map<number, ConsentLike[]>();
  for (const c of db
    .prepare(
      `SELECT k.case_id AS caseId, k.subject, k.scope, k.given_on AS givenOn, k.withdrawn_on AS withdrawnOn
       FROM consents k JOIN cases c ON c.id = k.case_id WHERE c.status = 'wacht_op_bespreking'`,
    )
    .all() as (ConsentLike & { caseId: number })[]) {
    consents.set(c.caseId, [...(consents.get(c.caseId) ?? []), c]);
  }
  return rows.map((r) => ({
    caseId: r.id,
    ready: !!r.legal_ground || consentState(r.birth_date ? ageOn(r.birth_date) : 0, consents.get(r.id) ?? []).sufficient,
    code: r.code,
    initials: initials(r.first, r.last),
    urgency: r.urgency,
    problemAreas: r.areas ? r.areas.split(',') : [],
    waitingSince: r.since ?? r.updated_at,
    carriedOver: r.carried_item === 1 || r.last_kind === 'doorgeschoven',
    returnedFromCancelled: r.last_kind === 'overleg_geannuleerd',
    plannedMeetingId: r.planned_id,
    plannedDate: r.planned_date ?? '',
  }));
}
