/**
 * The append-only audit log (NEN 7513): who, in which role, about which case,
 * what action, when, from which device, with what outcome. Each entry's hash
 * covers its fields and the previous entry's hash, so editing or deleting any
 * entry breaks the chain; triggers in the schema refuse UPDATE and DELETE.
 */
import { createHash } from 'node:crypto';
import type { Db, ReadDb } from '../db/database.js';
import type { AuditVerification } from '../../../shared/api/index.js';

export interface AuditRecord {
  userId: number | null;
  userName: string;
  role: string;
  action: string;
  caseId: number | null;
  outcome: string;
  device: string;
  at?: string;
}

const GENESIS = '0'.repeat(64);

interface Row {
  id: number;
  at: string;
  user_id: number | null;
  user_name: string;
  role: string;
  action: string;
  case_id: number | null;
  case_code: string | null;
  outcome: string;
  device: string;
  prev_hash: string;
  hash: string;
}

function entryHash(prev: string, r: Omit<Row, 'id' | 'prev_hash' | 'hash'>): string {
  const fields = [r.at, r.user_id, r.user_name, r.role, r.action, r.case_id, r.case_code, r.outcome, r.device];
  return createHash('sha256').update(prev).update(JSON.stringify(fields)).digest('hex');
}

export function appendAudit(db: Db, rec: AuditRecord): void {
  const prev =
    (db.prepare('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1').pluck().get() as string | undefined) ??
    GENESIS;
  const caseCode =
    rec.caseId === null
      ? null
      : ((db.prepare('SELECT code FROM cases WHERE id = ?').pluck().get(rec.caseId) as string | undefined) ?? null);
  const row = {
    at: rec.at ?? new Date().toISOString(),
    user_id: rec.userId,
    user_name: rec.userName,
    role: rec.role,
    action: rec.action,
    case_id: rec.caseId,
    case_code: caseCode,
    outcome: rec.outcome,
    device: rec.device,
  };
  db.prepare(
    `INSERT INTO audit_log (at, user_id, user_name, role, action, case_id, case_code, outcome, device, prev_hash, hash)
     VALUES (@at, @user_id, @user_name, @role, @action, @case_id, @case_code, @outcome, @device, @prev_hash, @hash)`,
  ).run({ ...row, prev_hash: prev, hash: entryHash(prev, row) });
}

/**
 * An entry of an erased case loses its case code (features/retention/erase.ts). Its hash stays, so
 * the chain and the signed checkpoints still hold; the seal, recorded at the erasure, covers the
 * hash together with the fields that remain, and is what verification checks for such an entry.
 */
export function redactionSeal(r: Pick<Row, 'hash' | 'at' | 'user_id' | 'user_name' | 'role' | 'action' | 'case_id' | 'outcome' | 'device'>): string {
  const fields = [r.at, r.user_id, r.user_name, r.role, r.action, r.case_id, r.outcome, r.device];
  return createHash('sha256').update('adviestafel-redaction-v1\n').update(r.hash).update(JSON.stringify(fields)).digest('hex');
}

function redactionSeals(db: ReadDb): Map<number, string> {
  const exists = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_redactions'`).get();
  if (!exists) return new Map();
  const rows = db.prepare('SELECT audit_id, seal FROM audit_redactions').raw().all() as [number, string][];
  return new Map(rows);
}

export function verifyAuditChain(db: ReadDb): Pick<AuditVerification, 'ok' | 'entries' | 'brokenAt'> {
  let prev = GENESIS;
  let entries = 0;
  const seals = redactionSeals(db);
  for (const r of db.prepare('SELECT * FROM audit_log ORDER BY id').iterate() as IterableIterator<Row>) {
    const seal = seals.get(r.id);
    const intact =
      seal === undefined ? entryHash(prev, r) === r.hash : r.case_code === null && redactionSeal(r) === seal;
    if (r.prev_hash !== prev || !intact) return { ok: false, entries, brokenAt: r.id };
    prev = r.hash;
    entries += 1;
  }
  return { ok: true, entries, brokenAt: null };
}
