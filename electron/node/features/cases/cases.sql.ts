/**
 * The cases table and the tables that mirror the referral (case_referrals,
 * case_problem_areas, the case_search index): row type and statements.
 */
import { AppError } from '../../../../shared/api/errors.js';
import type { CaseFile, CaseListRow } from '../../../../shared/api/index.js';
import { transitionFlag, type Referral } from '../../../../shared/domain/referral.js';
import type { CaseStatus } from '../../../../shared/domain/status.js';
import type { Db, ReadDb } from '../../db/database.js';

export interface CaseRow {
  id: number;
  code: string;
  year: number;
  seq: number;
  status: CaseStatus;
  youth_first_name: string;
  youth_last_name: string;
  birth_date: string;
  municipality: string;
  referrer_org: string;
  urgency: CaseListRow['urgency'];
  referred_on: string;
  created_by: number;
  created_at: string;
  updated_at: string;
  transition18: number;
  other_tables: number;
  closure_reason: CaseFile['closureReason'];
  legal_ground: string | null;
  legal_ground_reason: string | null;
  legal_ground_by: number | null;
  legal_ground_at: string | null;
  youth_bsn: string;
}

/** The case's row; NOT_FOUND when there is none. */
export function getCaseRow(db: ReadDb, id: number): CaseRow {
  const row = db.prepare('SELECT * FROM cases WHERE id = ?').get(id) as CaseRow | undefined;
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export const getReferral = (db: ReadDb, caseId: number): Referral =>
  JSON.parse(db.prepare('SELECT referral FROM case_referrals WHERE case_id = ?').pluck().get(caseId) as string) as Referral;

export const listMunicipalities = (db: ReadDb): string[] =>
  db.prepare('SELECT DISTINCT municipality FROM cases ORDER BY municipality').pluck().all() as string[];

/** The next number in a year's series: 2025-001, 2025-002, ... */
export function nextCode(db: ReadDb, year: number): { seq: number; code: string } {
  const seq = ((db.prepare('SELECT max(seq) FROM cases WHERE year = ?').pluck().get(year) as number | null) ?? 0) + 1;
  return { seq, code: `${year}-${String(seq).padStart(3, '0')}` };
}

/** A bare case row; writeReferral fills in the rest. Returns the new id. */
export function insertCaseRow(
  db: Db,
  c: { code: string; year: number; seq: number; status: CaseStatus; createdBy: number; now: string },
): number {
  return Number(
    db
      .prepare(
        `INSERT INTO cases (code, year, seq, status, youth_first_name, youth_last_name, birth_date,
           municipality, referrer_org, urgency, referred_on, created_by, created_at, updated_at)
         VALUES (?, ?, ?, ?, '', '', '', '', '', 'normaal', ?, ?, ?, ?)`,
      )
      .run(c.code, c.year, c.seq, c.status, c.now.slice(0, 10), c.createdBy, c.now, c.now).lastInsertRowid,
  );
}

/** The denormalised columns, problem areas and search index that mirror the referral JSON. */
export function writeReferral(db: Db, id: number, code: string, r: Referral, now: string): void {
  db.prepare(
    `UPDATE cases SET youth_first_name = @first, youth_last_name = @last,
       birth_date = @birth, municipality = @municipality, referrer_org = @org, urgency = @urgency,
       transition18 = @t18, other_tables = @other, youth_bsn = @bsn, updated_at = @now
     WHERE id = @id`,
  ).run({
    id,
    first: r.youth.firstName,
    last: r.youth.lastName,
    birth: r.youth.birthDate,
    municipality: r.youth.municipality,
    org: r.referrer.organisation,
    urgency: r.urgency,
    t18: transitionFlag(r) ? 1 : 0,
    other: r.otherTables.length,
    bsn: r.youth.bsn,
    now,
  });
  db.prepare(
    'INSERT INTO case_referrals (case_id, referral) VALUES (?, ?) ON CONFLICT (case_id) DO UPDATE SET referral = excluded.referral',
  ).run(id, JSON.stringify(r));
  db.prepare('DELETE FROM case_problem_areas WHERE case_id = ?').run(id);
  const addArea = db.prepare('INSERT INTO case_problem_areas (case_id, area_id) VALUES (?, ?)');
  for (const a of new Set(r.problemAreas)) addArea.run(id, a);
  db.prepare('DELETE FROM case_search WHERE rowid = ?').run(id);
  const doc = searchDocument(code, r);
  db.prepare('INSERT INTO case_search (rowid, code, names, municipality, questions) VALUES (?, ?, ?, ?, ?)').run(
    id,
    doc.code,
    doc.names,
    doc.municipality,
    doc.questions,
  );
}

/**
 * What the search index holds for a case: only what a user expects to find it by
 * (code, the youth's and guardians' names, municipality, the two question texts).
 * Not the region, the referrer or other texts; the BSN has its own column (exact match only).
 */
export function searchDocument(code: string, r: Referral): { code: string; names: string; municipality: string; questions: string } {
  return {
    code,
    names: [r.youth.firstName, r.youth.lastName, ...r.guardians.map((g) => g.name)].join(' '),
    municipality: r.youth.municipality,
    questions: [r.questionReferrer, r.questionFamily].join('\n'),
  };
}

export function setCaseStatus(db: Db, id: number, status: CaseStatus, closureReason: CaseFile['closureReason'], now: string): void {
  db.prepare('UPDATE cases SET status = ?, closure_reason = ?, updated_at = ? WHERE id = ?').run(status, closureReason, now, id);
}

export function setLegalGround(db: Db, id: number, g: { ground: string; reason: string; by: number; now: string }): void {
  db.prepare(
    'UPDATE cases SET legal_ground = ?, legal_ground_reason = ?, legal_ground_by = ?, legal_ground_at = ?, updated_at = ? WHERE id = ?',
  ).run(g.ground, g.reason, g.by, g.now, g.now, id);
}

/** Mark a case changed (a consent or screening row was written). */
export function touchCase(db: Db, id: number, now: string): void {
  db.prepare('UPDATE cases SET updated_at = ? WHERE id = ?').run(now, id);
}
