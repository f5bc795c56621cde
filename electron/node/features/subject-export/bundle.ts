/**
 * Everything the vault holds about one youth (AVG art. 15, right of access): the case file with
 * the referral, consent, legal ground, screening and timeline; the notes of both meeting phases
 * with guests, verstoringen, conflicts of interest and decisions; every advice version with its
 * responses, actions, reviews, feedback and outcome; the letters (with their PDF bytes) and their
 * sends; retention postponements; and the audit entries of who accessed the file.
 *
 * Internal fields (screening, deel 2, analysis, financing, the team's own notes) are included on
 * purpose: the family-safe declaration (shared/domain/visibility.ts) governs what is shown while a
 * family sits in the room, not what the data subject has a right to see. This is the one place
 * that deliberately ignores it.
 */
import type { CaseFile } from '../../../../shared/api/cases.js';
import type { AdviceFile } from '../../../../shared/api/advice-types.js';
import { NOTE_FIELDS, type NoteField } from '../../../../shared/domain/meetings.js';
import type { ReadDb } from '../../db/database.js';
import { loadAdviceFile } from '../advice/advice-file.js';
import { loadCase } from '../cases/case-file.js';
import { listNoteFields } from '../meetings/notes.sql.js';
import { isReadAction } from '../read-actions.js';

export interface MeetingRecord {
  meetingDate: string;
  notes: Partial<Record<NoteField, { text: string; savedBy: string; savedAt: string | null }>>;
  guests: { kind: string; name: string; role: string; deel1: boolean; deel2: boolean }[];
  disruptions: string[];
  decision: { decision: string; summary: string } | null;
}

export interface LetterRecord {
  number: number;
  kind: string;
  lang: string;
  title: string;
  fileName: string;
  adviceVersion: number | null;
  createdBy: string;
  createdAt: string;
  sha256: string;
  pages: number;
  sends: { recipient: string; channel: string; sentOn: string; note: string }[];
  pdfBase64: string;
}

export type AccessKind = 'read' | 'change';

export interface AccessRecord {
  at: string;
  userName: string;
  role: string;
  action: string;
  outcome: string;
  /** Looked at the file, or recorded or changed something in it (read-actions.ts). */
  kind: AccessKind;
}

export interface SubjectBundle {
  format: 'adviestafel-inzage';
  version: 1;
  madeAt: string;
  madeBy: string;
  team: string;
  /** AVG art. 15: internal fields are included on purpose (see the file comment). */
  internalFieldsIncluded: true;
  case: CaseFile;
  conflicts: { memberName: string; reason: string; recordedAt: string; withdrawnAt: string | null }[];
  meetings: MeetingRecord[];
  advice: Omit<AdviceFile, 'settings' | 'today'>;
  letters: LetterRecord[];
  postponements: { until: string; reason: string; postponedAt: string }[];
  access: AccessRecord[];
}

function meetings(db: ReadDb, caseId: number): MeetingRecord[] {
  const items = db
    .prepare(
      `SELECT a.id, a.meeting_id, m.date FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id
       WHERE a.case_id = ? ORDER BY m.date, a.id`,
    )
    .all(caseId) as { id: number; meeting_id: number; date: string }[];
  const guests = db.prepare('SELECT kind, name, role, deel1, deel2 FROM agenda_guests WHERE item_id = ? ORDER BY id');
  const disruptions = db.prepare('SELECT code FROM item_disruptions WHERE item_id = ? ORDER BY code').pluck();
  const decision = db.prepare('SELECT decision, summary FROM meeting_decisions WHERE meeting_id = ? AND case_id = ?');
  return items.map((it) => {
    const all = listNoteFields(db, it.id);
    const notes: MeetingRecord['notes'] = {};
    for (const f of NOTE_FIELDS) {
      const n = all[f];
      if (n.text.trim() !== '') notes[f] = { text: n.text, savedBy: n.savedBy, savedAt: n.savedAt };
    }
    const g = guests.all(it.id) as { kind: string; name: string; role: string; deel1: number; deel2: number }[];
    return {
      meetingDate: it.date,
      notes,
      guests: g.map((x) => ({ ...x, deel1: x.deel1 === 1, deel2: x.deel2 === 1 })),
      disruptions: disruptions.all(it.id) as string[],
      decision: (decision.get(it.meeting_id, caseId) as MeetingRecord['decision'] | undefined) ?? null,
    };
  });
}

function letters(db: ReadDb, caseId: number): LetterRecord[] {
  const rows = db
    .prepare(
      `SELECT l.id, l.number, l.kind, l.lang, l.title, l.file_name, l.advice_version, u.name AS created_by,
              l.created_at, l.sha256, l.pages, l.pdf
       FROM letters l JOIN users u ON u.id = l.created_by WHERE l.case_id = ? ORDER BY l.number`,
    )
    .all(caseId) as {
    id: number;
    number: number;
    kind: string;
    lang: string;
    title: string;
    file_name: string;
    advice_version: number | null;
    created_by: string;
    created_at: string;
    sha256: string;
    pages: number;
    pdf: Buffer;
  }[];
  const sends = db.prepare(
    'SELECT recipient, channel, sent_on AS sentOn, note FROM letter_sends WHERE letter_id = ? ORDER BY sent_on, id',
  );
  return rows.map((r) => ({
    number: r.number,
    kind: r.kind,
    lang: r.lang,
    title: r.title,
    fileName: r.file_name,
    adviceVersion: r.advice_version,
    createdBy: r.created_by,
    createdAt: r.created_at,
    sha256: r.sha256,
    pages: r.pages,
    sends: sends.all(r.id) as LetterRecord['sends'],
    pdfBase64: r.pdf.toString('base64'),
  }));
}

export function buildBundle(db: ReadDb, caseId: number, nowIso: string, madeBy: string): SubjectBundle {
  const file = loadCase(db, caseId);
  const { settings: _s, today: _t, ...advice } = loadAdviceFile(db, caseId, nowIso);
  const team = (db.prepare('SELECT team_name FROM letterhead WHERE id = 1').pluck().get() as string | undefined) ?? '';
  return {
    format: 'adviestafel-inzage',
    version: 1,
    madeAt: nowIso,
    madeBy,
    team,
    internalFieldsIncluded: true,
    case: file,
    conflicts: db
      .prepare(
        `SELECT member_name AS memberName, reason, recorded_at AS recordedAt, withdrawn_at AS withdrawnAt
         FROM case_conflicts WHERE case_id = ? ORDER BY recorded_at`,
      )
      .all(caseId) as SubjectBundle['conflicts'],
    meetings: meetings(db, caseId),
    advice,
    letters: letters(db, caseId),
    postponements: db
      .prepare(
        `SELECT until, reason, postponed_at AS postponedAt FROM retention_postponements WHERE case_id = ? ORDER BY postponed_at`,
      )
      .all(caseId) as SubjectBundle['postponements'],
    access: db
      .prepare(
        `SELECT at, user_name AS userName, role, action, outcome FROM audit_log WHERE case_id = ? ORDER BY id`,
      )
      .all(caseId)
      .map((r) => {
        const row = r as Omit<AccessRecord, 'kind'>;
        return { ...row, kind: isReadAction(row.action) ? 'read' : 'change' };
      }),
  };
}
