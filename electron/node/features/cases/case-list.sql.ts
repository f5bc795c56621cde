/** The case list: filters, full-text search, sorting and paging over cases and case_search. */
import type { CaseList, CaseListRow, ParsedInput } from '../../../../shared/api/index.js';
import { ageOn, todayIso, yearsBefore } from '../../../../shared/domain/dates.js';
import { initials } from '../../../../shared/domain/names.js';
import { CASE_STATUSES, type CaseStatus } from '../../../../shared/domain/status.js';
import { AGE_GROUPS, ageGroupOf, URGENCIES, type AgeGroup } from '../../../../shared/domain/taxonomies.js';
import type { ReadDb } from '../../db/database.js';

/**
 * User text -> an FTS5 query: every word must match, as a prefix from two
 * characters on (a single character matches only itself: a one-letter prefix
 * would touch most of the index).
 */
export function ftsQuery(text: string): string | null {
  const words = text.normalize('NFC').match(/[\p{L}\p{N}]+/gu);
  if (!words || words.length === 0) return null;
  return words.map((w) => (w.length >= 2 ? `"${w}"*` : `"${w}"`)).join(' ');
}

/** All nine digits of a BSN (spaces and dots allowed), or null: such a search finds the case by its BSN only. */
export function bsnQuery(text: string): string | null {
  const digits = text.replace(/[\s.]/g, '');
  return /^\d{9}$/.test(digits) ? digits : null;
}

/**
 * A search looks at most at this many matching cases, the newest first; counts
 * and pages are over those (CaseList.capped says so). A broad word ("thuis")
 * can match half of 100,000 cases: counting and sorting all of them on every
 * keystroke is what made search grow with the vault.
 */
export const SEARCH_CANDIDATES = 1000;

const SORTS: Record<ParsedInput<'cases.list'>['sort'], string> = {
  code: 'c.year %d, c.seq %d',
  referredOn: 'c.referred_on %d, c.id %d',
  updatedAt: 'c.updated_at %d, c.id %d',
  urgency: `CASE c.urgency ${URGENCIES.map((u, i) => `WHEN '${u}' THEN ${i}`).join(' ')} END %d, c.id %d`,
  age: 'c.birth_date %r, c.id %d',
  status: `CASE c.status ${CASE_STATUSES.map((s, i) => `WHEN '${s}' THEN ${i}`).join(' ')} END %d, c.id %d`,
};

export function listCases(db: ReadDb, q: ParsedInput<'cases.list'>, today = todayIso()): CaseList {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  const bsn = bsnQuery(q.query);
  const match = bsn ? null : ftsQuery(q.query);
  let capped = false;
  if (bsn) {
    where.push('c.youth_bsn = @bsn');
    params.bsn = bsn;
  } else if (match) {
    const ids = db
      .prepare('SELECT rowid FROM case_search WHERE case_search MATCH ? ORDER BY rowid DESC LIMIT ?')
      .pluck()
      .all(match, SEARCH_CANDIDATES + 1) as number[];
    capped = ids.length > SEARCH_CANDIDATES;
    where.push('c.id IN (SELECT value FROM json_each(@ids))');
    params.ids = JSON.stringify(ids.slice(0, SEARCH_CANDIDATES));
  }
  if (q.ageGroups.length) {
    const ors = q.ageGroups.map((g, i) => {
      const [lo, hi] = AGE_GROUPS[g as AgeGroup];
      params[`ageMax${i}`] = yearsBefore(today, lo);
      params[`ageMin${i}`] = yearsBefore(today, hi + 1);
      return `(c.birth_date <= @ageMax${i} AND c.birth_date > @ageMin${i})`;
    });
    where.push(`(${ors.join(' OR ')})`);
  }
  const inList = (column: string, values: readonly string[], name: string) => {
    if (!values.length) return;
    values.forEach((v, i) => (params[`${name}${i}`] = v));
    where.push(`${column} IN (${values.map((_, i) => `@${name}${i}`).join(', ')})`);
  };
  inList('c.municipality', q.municipalities, 'mun');
  inList('c.urgency', q.urgencies, 'urg');
  if (q.problemAreas.length) {
    q.problemAreas.forEach((v, i) => (params[`pa${i}`] = v));
    where.push(
      `EXISTS (SELECT 1 FROM case_problem_areas p WHERE p.case_id = c.id AND p.area_id IN (${q.problemAreas
        .map((_, i) => `@pa${i}`)
        .join(', ')}))`,
    );
  }
  // Counts per status. Without a search, `status IN (all)` lets SQLite seek (status, birth_date) per status,
  // in order, without a sort; a search's few candidates are looked up by id instead.
  const byStatus: CaseList['byStatus'] = {};
  const allStatuses = `c.status IN (${CASE_STATUSES.map((st) => `'${st}'`).join(', ')})`;
  const countConds = match || bsn ? where : [allStatuses, ...where];
  const countWhere = countConds.length ? `WHERE ${countConds.join(' AND ')}` : '';
  for (const r of db.prepare(`SELECT c.status, count(*) AS n FROM cases c ${countWhere} GROUP BY c.status`).all(params) as {
    status: CaseStatus;
    n: number;
  }[])
    byStatus[r.status] = r.n;

  const statusWhere = [...where];
  if (q.statuses.length) {
    q.statuses.forEach((v, i) => (params[`st${i}`] = v));
    statusWhere.push(`c.status IN (${q.statuses.map((_, i) => `@st${i}`).join(', ')})`);
  }
  const filtered = statusWhere.length ? `WHERE ${statusWhere.join(' AND ')}` : '';
  const shown: readonly CaseStatus[] = q.statuses.length ? q.statuses : CASE_STATUSES;
  const total = shown.reduce((a, st) => a + (byStatus[st] ?? 0), 0);

  const dir = q.direction === 'asc' ? 'ASC' : 'DESC';
  const rev = q.direction === 'asc' ? 'DESC' : 'ASC';
  const order = SORTS[q.sort].replaceAll('%d', dir).replaceAll('%r', rev);
  // Without a search, the referral-date order walks (referred_on, status, birth_date) and stops after the page;
  // SQLite would otherwise pick the status index and sort every match. A search has at most
  // SEARCH_CANDIDATES rows to sort, looked up by id. The page's ids come first, so only its
  // rows are read in full (with their problem areas).
  const useListIndex = q.sort === 'referredOn' && !match && !bsn;
  const rows = db
    .prepare(
      `SELECT c.id, c.code, c.youth_first_name AS first, c.youth_last_name AS last, c.birth_date AS birth,
              c.municipality, c.status, c.urgency, c.transition18, c.other_tables AS otherTables,
              c.referred_on AS referredOn, c.updated_at AS updatedAt,
              (SELECT group_concat(area_id) FROM case_problem_areas p WHERE p.case_id = c.id) AS areas
       FROM cases c WHERE c.id IN (
         SELECT c.id FROM cases c ${useListIndex ? 'INDEXED BY cases_referred_list' : ''} ${filtered}
         ORDER BY ${order} LIMIT @limit OFFSET @offset)
       ORDER BY ${order}`,
    )
    .all({ ...params, limit: q.pageSize, offset: (q.page - 1) * q.pageSize }) as {
    id: number;
    code: string;
    first: string;
    last: string;
    birth: string;
    municipality: string;
    status: CaseStatus;
    urgency: CaseListRow['urgency'];
    transition18: number;
    otherTables: number;
    referredOn: string;
    updatedAt: string;
    areas: string | null;
  }[];

  return {
    rows: rows.map((r) => {
      const age = ageOn(r.birth, today);
      return {
        id: r.id,
        code: r.code,
        initials: initials(r.first, r.last),
        age,
        ageGroup: ageGroupOf(age),
        municipality: r.municipality,
        status: r.status,
        urgency: r.urgency,
        problemAreas: r.areas ? r.areas.split(',') : [],
        transition18: r.transition18 === 1,
        otherTables: r.otherTables,
        referredOn: r.referredOn,
        updatedAt: r.updatedAt,
      };
    }),
    total,
    byStatus,
    capped,
    page: q.page,
    pageSize: q.pageSize,
  };
}
