/**
 * Possible duplicates of a new referral: cases (open or closed) with the same
 * BSN, or with the same first name, last name and birth date. The seeds say the
 * same youth often sits at several tables; this is where a team first sees it.
 */
import type { DuplicateMatch, ParsedInput } from '../../../../shared/api/index.js';
import { isValidBsn } from '../../../../shared/domain/bsn.js';
import { isIsoDate } from '../../../../shared/domain/dates.js';
import { initials } from '../../../../shared/domain/referral.js';
import type { CaseStatus } from '../../../../shared/domain/status.js';
import type { ReadDb } from '../../db/database.js';

/** Name comparison that ignores case, accents and extra spaces ("de  Vriës" = "De Vries"). */
export const sameName = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('nl').replace(/\s+/g, ' ').trim();

interface Row {
  id: number;
  code: string;
  first: string;
  last: string;
  birth: string;
  bsn: string;
  status: CaseStatus;
}

const MAX = 20;

export function findDuplicates(db: ReadDb, q: ParsedInput<'cases.findDuplicates'>): DuplicateMatch[] {
  const bsn = q.bsn.replace(/[\s.]/g, '');
  const byBsn = /^\d{9}$/.test(bsn) && isValidBsn(bsn);
  const byName = q.firstName !== '' && q.lastName !== '' && isIsoDate(q.birthDate);
  if (!byBsn && !byName) return [];

  const cols = `id, code, youth_first_name AS first, youth_last_name AS last, birth_date AS birth, youth_bsn AS bsn, status`;
  const rows = new Map<number, Row>();
  if (byBsn) {
    for (const r of db.prepare(`SELECT ${cols} FROM cases WHERE youth_bsn = ? LIMIT ${MAX}`).all(bsn) as Row[]) rows.set(r.id, r);
  }
  if (byName) {
    // The birth date narrows it down to a handful of rows; names are compared here, accent- and case-blind.
    const first = sameName(q.firstName);
    const last = sameName(q.lastName);
    for (const r of db.prepare(`SELECT ${cols} FROM cases WHERE birth_date = ?`).all(q.birthDate) as Row[]) {
      if (sameName(r.first) === first && sameName(r.last) === last) rows.set(r.id, r);
    }
  }
  return [...rows.values()]
    .filter((r) => r.id !== q.excludeCaseId)
    .sort((a, b) => b.id - a.id)
    .slice(0, MAX)
    .map((r) => ({
      id: r.id,
      code: r.code,
      initials: initials(r.first, r.last),
      status: r.status,
      matchedOn: byBsn && r.bsn === bsn ? 'bsn' : 'name',
    }));
}
