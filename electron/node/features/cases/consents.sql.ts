/** The consents table: row type, row -> Consent, and its statements. */
import type { Consent, ParsedInput } from '../../../../shared/api/index.js';
import type { Db, ReadDb } from '../../db/database.js';

interface ConsentRow {
  id: number;
  subject: Consent['subject'];
  person_name: string;
  scope: Consent['scope'];
  given_on: string;
  method: Consent['method'];
  /** Joined from users. */
  recorded_by_name: string;
  recorded_at: string;
  withdrawn_on: string | null;
  withdrawn_reason: string;
}

const toConsent = (c: ConsentRow): Consent => ({
  id: c.id,
  subject: c.subject,
  personName: c.person_name,
  scope: c.scope,
  givenOn: c.given_on,
  method: c.method,
  recordedBy: c.recorded_by_name,
  recordedAt: c.recorded_at,
  withdrawnOn: c.withdrawn_on,
  withdrawnReason: c.withdrawn_reason,
});

/** Oldest first. */
export const listConsents = (db: ReadDb, caseId: number): Consent[] =>
  (
    db
      .prepare(
        `SELECT c.*, coalesce(u.name, '') AS recorded_by_name
         FROM consents c LEFT JOIN users u ON u.id = c.recorded_by
         WHERE c.case_id = ? ORDER BY c.given_on, c.id`,
      )
      .all(caseId) as ConsentRow[]
  ).map(toConsent);

/** The dates that decide whether a consent can be withdrawn; undefined when it is not this case's. */
export const getConsentDates = (db: ReadDb, caseId: number, consentId: number) =>
  db.prepare('SELECT given_on AS givenOn, withdrawn_on AS withdrawnOn FROM consents WHERE id = ? AND case_id = ?').get(
    consentId,
    caseId,
  ) as { givenOn: string; withdrawnOn: string | null } | undefined;

export function insertConsent(db: Db, c: ParsedInput<'consent.add'>, recordedBy: number, now: string): void {
  db.prepare(
    `INSERT INTO consents (case_id, subject, person_name, scope, given_on, method, recorded_by, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(c.caseId, c.subject, c.personName, c.scope, c.givenOn, c.method, recordedBy, now);
}

export function withdrawConsent(db: Db, consentId: number, withdrawnOn: string, reason: string): void {
  db.prepare('UPDATE consents SET withdrawn_on = ?, withdrawn_reason = ? WHERE id = ?').run(withdrawnOn, reason, consentId);
}
