/** The case list: filters, full-text search, sorting and paging over cases and case_search. */
import type { CaseList, CaseListRow, ParsedInput } from '../../../../shared/api/index.js';
import { ageOn, todayIso, yearsBefore } from '../../../../shared/domain/dates.js';
import { initials } from '../../../../shared/domain/names.js';
import { CASE_STATUSES, type CaseStatus } from '../../../../shared/domain/status.js';
import { AGE_GROUPS, ageGroupOf, URGENCIES, type AgeGroup } from '../../../../shared/domain/taxonomies.js';
import type { ReadDb } from '../../db/database.js';

/** User text -> an FTS5 query: every word must match as a prefix. */
export function ftsQuery(text: string): string | null {
  const words = text.normalize('NFC').match(/[\p{L}\p{N}]+/gu);
  if (!words || words.length === 0) return null;
  return words.map((w) => `"${w}"*`).join(' ');
}

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
  const match = ftsQuery(q.query);
  if (match) {
    where.push('c.id IN (SELECT rowid FROM case_search WHERE case_search MATCH @match)');
    params.match = match;
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
  const base = where.length ? `WHERE ${where.join(' AND ')}` : '';

  const byStatus: CaseList['byStatus'] = {};
  for (const r of db.prepare(`SELECT c.status, count(*) AS n FROM cases c ${base} GROUP BY c.status`).all(params) as {
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
  const total = q.statuses.length
    ? (db.prepare(`SELECT count(*) FROM cases c ${filtered}`).pluck().get(params) as number)
    : Object.values(byStatus).reduce((a, b) => a + (b ?? 0), 0);

  const dir = q.direction === 'asc' ? 'ASC' : 'DESC';
  const rev = q.direction === 'asc' ? 'DESC' : 'ASC';
  const order = SORTS[q.sort].replaceAll('%d', dir).replaceAll('%r', rev);
  const rows = db
    .prepare(
      `SELECT c.id, c.code, c.youth_first_name AS first, c.youth_last_name AS last, c.birth_date AS birth,
              c.municipality, c.status, c.urgency, c.transition18, c.other_tables AS otherTables,
              c.referred_on AS referredOn, c.updated_at AS updatedAt,
              (SELECT group_concat(area_id) FROM case_problem_areas p WHERE p.case_id = c.id) AS areas
       FROM cases c ${filtered} ORDER BY ${order} LIMIT @limit OFFSET @offset`,
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
    page: q.page,
    pageSize: q.pageSize,
  };
}
