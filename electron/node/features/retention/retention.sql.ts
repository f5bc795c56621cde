/** The retention policy (a setting), ended cases with their deadlines, postponements and erasure records. */
import type {
  DueCase,
  ErasureRecord,
  RetentionCategory,
  RetentionPeriod,
  RetentionPolicy,
  RetentionPolicyInput,
} from '../../../../shared/api/retention.js';
import { consentState, type ConsentLike } from '../../../../shared/domain/consent.js';
import { ageOn, todayIso } from '../../../../shared/domain/dates.js';
import { initials } from '../../../../shared/domain/names.js';
import type { CaseStatus } from '../../../../shared/domain/status.js';
import type { Db, ReadDb } from '../../db/database.js';
import { getSetting, putSetting } from '../settings/settings.sql.js';
import { deadlineFor, isPostponed } from './policy.js';

const POLICY_KEY = 'retention.policy';

interface StoredPolicy extends RetentionPolicyInput {
  setBy: number;
  setAt: string;
}

export function getPolicy(db: ReadDb): RetentionPolicy | null {
  const p = getSetting<StoredPolicy>(db, POLICY_KEY);
  if (!p) return null;
  const setBy = (db.prepare('SELECT name FROM users WHERE id = ?').pluck().get(p.setBy) as string | undefined) ?? '';
  return { closed: p.closed, notTakenOn: p.notTakenOn, withoutConsent: p.withoutConsent, setBy, setAt: p.setAt };
}

export function putPolicy(db: Db, policy: RetentionPolicyInput, userId: number, now: string): void {
  const value: StoredPolicy = {
    closed: policy.closed,
    notTakenOn: policy.notTakenOn,
    withoutConsent: policy.withoutConsent,
    setBy: userId,
    setAt: now,
  };
  putSetting(db, POLICY_KEY, value);
}

interface EndedRow {
  id: number;
  code: string;
  status: CaseStatus;
  youth_first_name: string;
  youth_last_name: string;
  birth_date: string;
  legal_ground: string | null;
  ended_at: string;
  postponed_until: string | null;
  postpone_reason: string | null;
}

/**
 * Every ended case (afgesloten, niet_in_behandeling) with its category and deadline under `policy`;
 * `onlyId` narrows it to one case. The end is the last status change to the current status.
 */
export function endedCases(db: ReadDb, policy: RetentionPolicyInput, today: string, onlyId?: number): DueCase[] {
  const rows = db
    .prepare(
      `SELECT c.id, c.code, c.status, c.youth_first_name, c.youth_last_name, c.birth_date, c.legal_ground,
              coalesce((SELECT max(e.at) FROM case_events e
                        WHERE e.case_id = c.id AND e.kind = 'status' AND e.to_status = c.status), c.updated_at) AS ended_at,
              p.until AS postponed_until, p.reason AS postpone_reason
       FROM cases c
       LEFT JOIN retention_postponements p ON p.id =
         (SELECT id FROM retention_postponements WHERE case_id = c.id ORDER BY postponed_at DESC, id DESC LIMIT 1)
       WHERE c.status IN ('afgesloten', 'niet_in_behandeling') AND (? IS NULL OR c.id = ?)
       ORDER BY c.id`,
    )
    .all(onlyId ?? null, onlyId ?? null) as EndedRow[];
  const consentStmt = db.prepare(
    `SELECT subject, scope, given_on AS givenOn, withdrawn_on AS withdrawnOn FROM consents WHERE case_id = ?`,
  );
  const out: DueCase[] = [];
  for (const r of rows) {
    const endedOn = todayIso(new Date(r.ended_at));
    let consentOrGround = r.legal_ground !== null && r.legal_ground !== '';
    if (!consentOrGround) {
      const consents = consentStmt.all(r.id) as ConsentLike[];
      consentOrGround = consentState(ageOn(r.birth_date, endedOn), consents, 'registratie', endedOn).sufficient;
    }
    const d = deadlineFor(policy, { status: r.status, endedOn, consentOrGround });
    if (!d) continue;
    const due: DueCase = {
      caseId: r.id,
      code: r.code,
      initials: initials(r.youth_first_name, r.youth_last_name),
      status: r.status,
      category: d.category,
      endedOn,
      deadline: d.deadline,
      postponedUntil: r.postponed_until,
      postponeReason: r.postpone_reason ?? '',
    };
    if (!isPostponed(due, today)) {
      due.postponedUntil = null;
      due.postponeReason = '';
    }
    out.push(due);
  }
  return out;
}

export function insertPostponement(db: Db, caseId: number, until: string, reason: string, by: number, now: string): void {
  db.prepare(
    'INSERT INTO retention_postponements (case_id, until, reason, postponed_by, postponed_at) VALUES (?, ?, ?, ?, ?)',
  ).run(caseId, until, reason, by, now);
}

export function insertErasure(
  db: Db,
  e: { caseNumber: number; at: string; by: number; category: RetentionCategory; period: RetentionPeriod; deadline: string },
): number {
  return Number(
    db
      .prepare(
        `INSERT INTO case_erasures (case_number, erased_at, erased_by, category, period, deadline)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(e.caseNumber, e.at, e.by, e.category, JSON.stringify(e.period), e.deadline).lastInsertRowid,
  );
}

interface ErasureRow {
  case_number: number;
  erased_at: string;
  erased_by: string;
  category: RetentionCategory;
  period: string;
  deadline: string;
}

export function listErasures(db: ReadDb, caseNumber?: number): ErasureRecord[] {
  const rows = db
    .prepare(
      `SELECT e.case_number, e.erased_at, u.name AS erased_by, e.category, e.period, e.deadline
       FROM case_erasures e JOIN users u ON u.id = e.erased_by
       WHERE (? IS NULL OR e.case_number = ?) ORDER BY e.erased_at DESC, e.id DESC`,
    )
    .all(caseNumber ?? null, caseNumber ?? null) as ErasureRow[];
  return rows.map((r) => ({
    caseNumber: r.case_number,
    erasedAt: r.erased_at,
    erasedBy: r.erased_by,
    category: r.category,
    period: JSON.parse(r.period) as RetentionPeriod,
    deadline: r.deadline,
  }));
}
