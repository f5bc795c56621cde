/** The item_notes and item_disruptions tables. */
import type { NoteFieldState } from '../../../../shared/api/index.js';
import { NOTE_FIELDS, type NoteField } from '../../../../shared/domain/meetings.js';
import type { DISRUPTIONS } from '../../../../shared/domain/taxonomies.js';
import type { Db, ReadDb } from '../../db/database.js';

export type Disruption = (typeof DISRUPTIONS)[number];

export interface NoteRow {
  text: string;
  version: number;
  saved_at: string;
  saved_by: string;
}

export const getNoteField = (db: ReadDb, itemId: number, field: NoteField): NoteRow | undefined =>
  db
    .prepare(
      `SELECT n.text, n.version, n.saved_at, u.name AS saved_by FROM item_notes n JOIN users u ON u.id = n.saved_by
       WHERE n.item_id = ? AND n.field = ?`,
    )
    .get(itemId, field) as NoteRow | undefined;

export function listNoteFields(db: ReadDb, itemId: number): Record<NoteField, NoteFieldState> {
  const rows = db
    .prepare(
      `SELECT n.field, n.text, n.version, n.saved_at, u.name AS saved_by FROM item_notes n JOIN users u ON u.id = n.saved_by
       WHERE n.item_id = ?`,
    )
    .all(itemId) as (NoteRow & { field: NoteField })[];
  const out = {} as Record<NoteField, NoteFieldState>;
  for (const f of NOTE_FIELDS) out[f] = { text: '', version: 0, savedAt: null, savedBy: '' };
  for (const r of rows) {
    if (r.field in out) out[r.field] = { text: r.text, version: r.version, savedAt: r.saved_at, savedBy: r.saved_by };
  }
  return out;
}

/** Writes one field at `version`; the caller has checked the base version. */
export function writeNoteField(db: Db, itemId: number, field: NoteField, text: string, version: number, by: number, now: string): void {
  db.prepare(
    `INSERT INTO item_notes (item_id, field, text, version, saved_by, saved_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (item_id, field) DO UPDATE SET text = excluded.text, version = excluded.version,
       saved_by = excluded.saved_by, saved_at = excluded.saved_at`,
  ).run(itemId, field, text, version, by, now);
}

export const listDisruptions = (db: ReadDb, itemId: number): Disruption[] =>
  db.prepare('SELECT code FROM item_disruptions WHERE item_id = ? ORDER BY code').pluck().all(itemId) as Disruption[];

export function replaceDisruptions(db: Db, itemId: number, codes: readonly Disruption[]): void {
  db.prepare('DELETE FROM item_disruptions WHERE item_id = ?').run(itemId);
  const insert = db.prepare('INSERT INTO item_disruptions (item_id, code) VALUES (?, ?)');
  for (const c of new Set(codes)) insert.run(itemId, c);
}
