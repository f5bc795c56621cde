/** TanStack Query bindings for the API: cached reads, mutations that refresh what they touch. */
import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import type { Input, MethodName, Result } from '../../shared/api/index';
import { call, type ApiError } from './client';

export const queryKey = <M extends MethodName>(method: M, input?: Input<M>) =>
  input === undefined ? [method] : [method, input];

export function useApi<M extends MethodName>(
  method: M,
  input: Input<M>,
  options: Omit<UseQueryOptions<Result<M>, ApiError>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<Result<M>, ApiError>({
    queryKey: queryKey(method, input),
    queryFn: () => call(method, input),
    ...options,
  });
}

/**
 * A mutation; on success it invalidates the listed methods' cached reads
 * (prefix match, so 'cases.get' refreshes every open case file).
 */
export function useApiMutation<M extends MethodName>(method: M, invalidates: MethodName[] = []) {
  const qc = useQueryClient();
  return useMutation<Result<M>, ApiError, Input<M>>({
    mutationFn: (input) => call(method, input),
    onSuccess: async () => {
      await Promise.all(invalidates.map((m) => qc.invalidateQueries({ queryKey: [m] })));
    },
  });
}
