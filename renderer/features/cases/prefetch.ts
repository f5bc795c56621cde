/**
 * The first screen after an unlock is the case list: its code and its reads start
 * before the unlocked app has rendered (App.tsx), so the chunks, the list page and the
 * filters' data arrive in parallel instead of one after the other. Small on purpose:
 * it is part of the entry chunk (only keys and the list's default query).
 */
import type { QueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import { queryKey } from '../../api/hooks';
import { readListState, toQuery } from './listParams';

/** The list's code (the same chunk the /cases route loads). */
export const loadCaseRoutes = () => import('./CaseRoutes');

/** Whether the window is about to show the unfiltered case list (the home screen). */
export function showsCaseList(hash = window.location.hash): boolean {
  const path = hash.replace(/^#/, '') || '/';
  return path === '/' || path === '/cases' || path === '/cases/';
}

/** Start the case list's reads (its first page, the problem areas, the municipalities) into the cache. */
export function prefetchCaseList(qc: QueryClient): void {
  const list = toQuery(readListState(new URLSearchParams()));
  const staleTime = 5_000;
  void qc.prefetchQuery({ queryKey: queryKey('cases.list', list), queryFn: () => call('cases.list', list), staleTime });
  void qc.prefetchQuery({ queryKey: queryKey('taxonomy.problemAreas', {}), queryFn: () => call('taxonomy.problemAreas', {}), staleTime });
  void qc.prefetchQuery({ queryKey: queryKey('cases.municipalities', {}), queryFn: () => call('cases.municipalities', {}), staleTime });
}
