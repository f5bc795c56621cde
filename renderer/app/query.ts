/**
 * The building blocks of every feature's queries.ts: a read under a key from the
 * feature's key factory, and a change that then updates or invalidates cached
 * reads by those factories.
 *
 * Keys start with the API method's name (['cases.get', { caseId: 7 }]), as in
 * renderer/api/hooks.ts, so a key factory, a generic useApi read and a lock that
 * drops everything but 'vault.status' all agree on the same cache entries.
 */
import {
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
  type QueryKey,
  type UseQueryOptions,
} from '@tanstack/react-query';
import type { Input, MethodName, Result } from '../../shared/api/index';
import { call, type ApiError } from '../api/client';

export { queryKey } from '../api/hooks';

export type QueryOptions<M extends MethodName> = Omit<UseQueryOptions<Result<M>, ApiError>, 'queryKey' | 'queryFn'>;

/** One API read, cached under `key` (from the feature's key factory). */
export function useApiQuery<M extends MethodName>(key: QueryKey, method: M, input: Input<M>, options: QueryOptions<M> = {}) {
  return useQuery<Result<M>, ApiError>({ queryKey: key, queryFn: () => call(method, input), ...options });
}

export interface CommandEffects<M extends MethodName> {
  /** Put the result into the cache at once (e.g. the changed case file), before any refresh. */
  update?(qc: QueryClient, result: Result<M>, input: Input<M>): void;
  /** Cached reads to refresh afterwards (prefix match); the change resolves once they are refreshed. */
  invalidates?: readonly QueryKey[];
}

/** One API change, with what it does to the cache on success. */
export function useApiCommand<M extends MethodName>(method: M, effects: CommandEffects<M> = {}) {
  const qc = useQueryClient();
  return useMutation<Result<M>, ApiError, Input<M>>({
    mutationFn: (input) => call(method, input),
    onSuccess: async (result, input) => {
      effects.update?.(qc, result, input);
      await Promise.all((effects.invalidates ?? []).map((queryKey) => qc.invalidateQueries({ queryKey })));
    },
  });
}
