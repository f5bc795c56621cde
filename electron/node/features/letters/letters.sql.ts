/** The letterhead, letters and letter_sends tables (migration 0008). */
import type {
  Letterhead,
  LetterheadFields,
  LetterInfo,
  LetterKind,
  LetterLang,
  LetterSend,
  LogoType,
  SendChannel,
  StoredLetter,
} from '../../../../shared/api/letters.js';
import type { Db, ReadDb } from '../../db/database.js';

interface LetterheadRow {
  team_name: string;
  address: string;
  signature_name: string;
  signature_function: string;
  footer_text: string;
  logo: Buffer | null;
  logo_type: LogoType | null;
}

/** The stored letterhead with the logo's bytes (null: the default logo). */
export interface LetterheadData extends LetterheadFields {
  logo: { type: LogoType; data: Buffer } | null;
}

export function getLetterhead(db: ReadDb): LetterheadData {
  const r = db
    .prepare('SELECT team_name, address, signature_name, signature_function, footer_text, logo, logo_type FROM letterhead WHERE id = 1')
    .get() as LetterheadRow | undefined;
  return {
    teamName: r?.team_name ?? '',
    address: r?.address ?? '',
    signatureName: r?.signature_name ?? '',
    signatureFunction: r?.signature_function ?? '',
    footerText: r?.footer_text ?? '',
    logo: r?.logo && r.logo_type ? { type: r.logo_type, data: r.logo } : null,
  };
}

export function toLetterhead(d: LetterheadData): Letterhead {
  const { logo, ...fields } = d;
  return {
    ...fields,
    logo: logo ? { type: logo.type, bytes: logo.data.length, base64: logo.data.toString('base64') } : null,
    complete: d.teamName.trim() !== '',
  };
}

export function saveLetterheadFields(db: Db, f: LetterheadFields, by: number, now: string): void {
  db.prepare(
    `INSERT INTO letterhead (id, team_name, address, signature_name, signature_function, footer_text, updated_by, updated_at)
     VALUES (1, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET team_name = excluded.team_name, address = excluded.address,
       signature_name = excluded.signature_name, signature_function = excluded.signature_function,
       footer_text = excluded.footer_text, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
  ).run(f.teamName, f.address, f.signatureName, f.signatureFunction, f.footerText, by, now);
}

export function saveLogo(db: Db, logo: { type: LogoType; data: Buffer } | null, by: number, now: string): void {
  db.prepare(
    `INSERT INTO letterhead (id, logo, logo_type, updated_by, updated_at) VALUES (1, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET logo = excluded.logo, logo_type = excluded.logo_type,
       updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
  ).run(logo?.data ?? null, logo?.type ?? null, by, now);
}

interface LetterRow {
  id: number;
  kind: LetterKind;
  lang: LetterLang;
  case_id: number | null;
  case_code: string | null;
  meeting_id: number | null;
  meeting_date: string | null;
  number: number;
  title: string;
  file_name: string;
  advice_version: number | null;
  sha256: string;
  pages: number;
  bytes: number;
  created_by: string;
  created_at: string;
}

const SELECT = `SELECT l.id, l.kind, l.lang, l.case_id, c.code AS case_code, l.meeting_id, m.date AS meeting_date,
    l.number, l.title, l.file_name, l.advice_version, l.sha256, l.pages, length(l.pdf) AS bytes,
    u.name AS created_by, l.created_at
  FROM letters l JOIN users u ON u.id = l.created_by
  LEFT JOIN cases c ON c.id = l.case_id LEFT JOIN meetings m ON m.id = l.meeting_id`;

interface SendRow {
  id: number;
  letter_id: number;
  recipient: string;
  channel: SendChannel;
  sent_on: string;
  note: string;
  recorded_by: string;
  recorded_at: string;
}

function sendsOf(db: ReadDb, letterIds: number[]): Map<number, LetterSend[]> {
  const out = new Map<number, LetterSend[]>();
  if (letterIds.length === 0) return out;
  const rows = db
    .prepare(
      `SELECT s.id, s.letter_id, s.recipient, s.channel, s.sent_on, s.note, u.name AS recorded_by, s.recorded_at
       FROM letter_sends s JOIN users u ON u.id = s.recorded_by
       WHERE s.letter_id IN (${letterIds.map(() => '?').join(', ')}) ORDER BY s.sent_on, s.id`,
    )
    .all(...letterIds) as SendRow[];
  for (const r of rows) {
    const list = out.get(r.letter_id) ?? [];
    list.push({
      id: r.id,
      recipient: r.recipient,
      channel: r.channel,
      sentOn: r.sent_on,
      note: r.note,
      recordedBy: r.recorded_by,
      recordedAt: r.recorded_at,
    });
    out.set(r.letter_id, list);
  }
  return out;
}

function toInfos(db: ReadDb, rows: LetterRow[]): LetterInfo[] {
  const sends = sendsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    lang: r.lang,
    caseId: r.case_id,
    caseCode: r.case_code ?? '',
    meetingId: r.meeting_id,
    meetingDate: r.meeting_date ?? '',
    number: r.number,
    title: r.title,
    fileName: r.file_name,
    adviceVersion: r.advice_version,
    sha256: r.sha256,
    pages: r.pages,
    bytes: r.bytes,
    createdBy: r.created_by,
    createdAt: r.created_at,
    sends: sends.get(r.id) ?? [],
  }));
}

export const listCaseLetters = (db: ReadDb, caseId: number): LetterInfo[] =>
  toInfos(db, db.prepare(`${SELECT} WHERE l.case_id = ? ORDER BY l.number DESC`).all(caseId) as LetterRow[]);

export const listMeetingLetters = (db: ReadDb, meetingId: number): LetterInfo[] =>
  toInfos(db, db.prepare(`${SELECT} WHERE l.meeting_id = ? ORDER BY l.number DESC`).all(meetingId) as LetterRow[]);

export function getLetterInfo(db: ReadDb, letterId: number): LetterInfo | null {
  const rows = db.prepare(`${SELECT} WHERE l.id = ?`).all(letterId) as LetterRow[];
  return toInfos(db, rows)[0] ?? null;
}

export function getStoredLetter(db: ReadDb, letterId: number): StoredLetter | null {
  const info = getLetterInfo(db, letterId);
  if (!info) return null;
  const pdf = db.prepare('SELECT pdf FROM letters WHERE id = ?').pluck().get(letterId) as Buffer;
  return { ...info, pdfBase64: pdf.toString('base64') };
}

/** The number the next letter of this case (or meeting) gets. */
export function nextLetterNumber(db: ReadDb, owner: { caseId: number } | { meetingId: number }): number {
  const [col, value] = 'caseId' in owner ? ['case_id', owner.caseId] : ['meeting_id', owner.meetingId];
  const max = db.prepare(`SELECT max(number) FROM letters WHERE ${col} = ?`).pluck().get(value) as number | null;
  return (max ?? 0) + 1;
}

export interface NewLetter {
  kind: LetterKind;
  lang: LetterLang;
  caseId: number | null;
  meetingId: number | null;
  number: number;
  title: string;
  fileName: string;
  adviceVersionId: number | null;
  adviceVersion: number | null;
  pdf: Buffer;
  sha256: string;
  pages: number;
}

export function insertLetter(db: Db, l: NewLetter, by: number, now: string): number {
  return Number(
    db
      .prepare(
        `INSERT INTO letters (kind, lang, case_id, meeting_id, number, title, file_name, advice_version_id, advice_version,
           pdf, sha256, pages, created_by, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        l.kind,
        l.lang,
        l.caseId,
        l.meetingId,
        l.number,
        l.title,
        l.fileName,
        l.adviceVersionId,
        l.adviceVersion,
        l.pdf,
        l.sha256,
        l.pages,
        by,
        now,
      ).lastInsertRowid,
  );
}

export function insertSend(
  db: Db,
  s: { letterId: number; recipient: string; channel: SendChannel; sentOn: string; note: string },
  by: number,
  now: string,
): void {
  db.prepare(
    `INSERT INTO letter_sends (letter_id, recipient, channel, sent_on, note, recorded_by, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(s.letterId, s.recipient, s.channel, s.sentOn, s.note, by, now);
}
