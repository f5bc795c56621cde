/**
 * The case list's filter state lives in the URL (?q=…&status=…&page=…), so Back
 * from a case file returns to exactly the same list. Unknown values are dropped.
 *
 * The search text can be a child's name, so it never goes into the URL (and so
 * never into a browser's history file when run through the preview): the URL
 * holds an opaque token for the text, kept in memory and forgotten on lock.
 */
import type { Input } from '../../../shared/api/index';
import { CASE_STATUSES, type CaseStatus } from '../../../shared/domain/status';
import { AGE_GROUP_KEYS, URGENCIES } from '../../../shared/domain/taxonomies';
import type { Urgency } from '../../../shared/api/index';

export const SORTS = ['code', 'referredOn', 'updatedAt', 'urgency', 'age', 'status'] as const;
export type Sort = (typeof SORTS)[number];
export type Direction = 'asc' | 'desc';
export const PAGE_SIZE = 50;

export interface ListState {
  query: string;
  statuses: CaseStatus[];
  ageGroups: string[];
  municipalities: string[];
  problemAreas: string[];
  urgencies: Urgency[];
  sort: Sort;
  direction: Direction;
  page: number;
}

const searches = new Map<string, string>();
let lastToken = 0;

/** Forget every search text (on lock). */
export function forgetSearches(): void {
  searches.clear();
}

function tokenFor(text: string): string {
  for (const [token, t] of searches) if (t === text) return token;
  const token = `z${++lastToken}`;
  searches.set(token, text);
  return token;
}

const only = <T extends string>(allowed: readonly T[], values: string[]): T[] =>
  values.filter((v): v is T => (allowed as readonly string[]).includes(v));

export function readListState(p: URLSearchParams): ListState {
  const sort = p.get('sort');
  const page = Number(p.get('page'));
  return {
    query: searches.get(p.get('q') ?? '') ?? '',
    statuses: only(CASE_STATUSES, p.getAll('status')),
    ageGroups: only(AGE_GROUP_KEYS as string[], p.getAll('age')),
    municipalities: p.getAll('mun'),
    problemAreas: p.getAll('pa'),
    urgencies: only(URGENCIES, p.getAll('urg')),
    sort: sort && (SORTS as readonly string[]).includes(sort) ? (sort as Sort) : 'referredOn',
    direction: p.get('dir') === 'asc' ? 'asc' : 'desc',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

export function writeListState(s: ListState): URLSearchParams {
  const p = new URLSearchParams();
  if (s.query) p.set('q', tokenFor(s.query));
  s.statuses.forEach((v) => p.append('status', v));
  s.ageGroups.forEach((v) => p.append('age', v));
  s.municipalities.forEach((v) => p.append('mun', v));
  s.problemAreas.forEach((v) => p.append('pa', v));
  s.urgencies.forEach((v) => p.append('urg', v));
  if (s.sort !== 'referredOn') p.set('sort', s.sort);
  if (s.direction !== 'desc') p.set('dir', s.direction);
  if (s.page > 1) p.set('page', String(s.page));
  return p;
}

export function toQuery(s: ListState): Input<'cases.list'> {
  return {
    query: s.query.trim(),
    statuses: s.statuses,
    ageGroups: s.ageGroups,
    municipalities: s.municipalities,
    problemAreas: s.problemAreas,
    urgencies: s.urgencies,
    sort: s.sort,
    direction: s.direction,
    page: s.page,
    pageSize: PAGE_SIZE,
  };
}

export const hasFilters = (s: ListState): boolean =>
  !!s.query ||
  s.statuses.length > 0 ||
  s.ageGroups.length > 0 ||
  s.municipalities.length > 0 ||
  s.problemAreas.length > 0 ||
  s.urgencies.length > 0;
