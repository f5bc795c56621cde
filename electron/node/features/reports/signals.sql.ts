/**
 * Meeting signalen (deel 2 note field 'signalen') and the voorzitter's marks (report_signals),
 * and the report's written summary (report_summaries).
 *
 * Marking a signaal fit stores the wording the report shows (the note as it was at that moment,
 * or the voorzitter's anonymised version), so a later edit of the note never reaches the report
 * unreviewed. A signaal of an erased case disappears with its agenda item.
 */
import type { ReportSummary, SignalEntry } from '../../../../shared/api/reports.js';
import type { Db, ReadDb } from '../../db/database.js';

interface Period {
  from: string;
  to: string;
  municipality: string;
}

const SELECT = `
  SELECT ai.id AS itemId, m.date AS meetingDate, ai.case_id AS caseId, c.code AS caseCode, n.text AS noteText,
         coalesce(rs.fit, 0) AS fit, coalesce(rs.text, '') AS reportText,
         coalesce(u.name, '') AS markedBy, coalesce(rs.marked_at, '') AS markedAt
  FROM item_notes n
  JOIN agenda_items ai ON ai.id = n.item_id
  JOIN meetings m ON m.id = ai.meeting_id
  JOIN cases c ON c.id = ai.case_id
  LEFT JOIN report_signals rs ON rs.item_id = ai.id
  LEFT JOIN users u ON u.id = rs.marked_by
  WHERE n.field = 'signalen' AND trim(n.text) <> ''`;

type SignalRow = Omit<SignalEntry, 'fit'> & { fit: number };
const toEntry = (r: SignalRow): SignalEntry => ({ ...r, fit: r.fit === 1 });

/** Every signaal recorded in a meeting of the period, with its mark (for the voorzitter). */
export function listSignals(db: ReadDb, p: Period): SignalEntry[] {
  return (
    db
      .prepare(`${SELECT} AND m.date BETWEEN ? AND ? AND (? = '' OR c.municipality = ?) ORDER BY m.date, ai.position, ai.id`)
      .all(p.from, p.to, p.municipality, p.municipality) as SignalRow[]
  ).map(toEntry);
}

export function getSignal(db: ReadDb, itemId: number): SignalEntry | null {
  const row = db.prepare(`${SELECT} AND ai.id = ?`).get(itemId) as SignalRow | undefined;
  return row ? toEntry(row) : null;
}

/** The wording of the signalen marked fit, in meeting order: what the report prints. */
export function fitSignalTexts(db: ReadDb, p: Period): string[] {
  return listSignals(db, p)
    .filter((s) => s.fit && s.reportText.trim() !== '')
    .map((s) => s.reportText.trim());
}

export function markSignal(db: Db, m: { itemId: number; fit: boolean; text: string; userId: number; now: string }): void {
  db.prepare(
    `INSERT INTO report_signals (item_id, fit, text, marked_by, marked_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (item_id) DO UPDATE SET fit = excluded.fit, text = excluded.text,
       marked_by = excluded.marked_by, marked_at = excluded.marked_at`,
  ).run(m.itemId, m.fit ? 1 : 0, m.text, m.userId, m.now);
}

export function getSummary(db: ReadDb, p: Period): ReportSummary {
  const row = db
    .prepare(
      `SELECT s.text, coalesce(u.name, '') AS updatedBy, s.updated_at AS updatedAt FROM report_summaries s
       LEFT JOIN users u ON u.id = s.updated_by WHERE s.period_from = ? AND s.period_to = ? AND s.municipality = ?`,
    )
    .get(p.from, p.to, p.municipality) as ReportSummary | undefined;
  return row ?? { text: '', updatedBy: '', updatedAt: '' };
}

export function saveSummary(db: Db, p: Period & { text: string; userId: number; now: string }): void {
  db.prepare(
    `INSERT INTO report_summaries (period_from, period_to, municipality, text, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (period_from, period_to, municipality) DO UPDATE SET text = excluded.text,
       updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
  ).run(p.from, p.to, p.municipality, p.text, p.userId, p.now);
}
