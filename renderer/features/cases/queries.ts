/**
 * The cases feature's reads and changes, and the key factory that names their
 * cache entries. Components use these hooks, never an inline useQuery/useMutation.
 */
import { useCallback } from 'react';
import { keepPreviousData } from '@tanstack/react-query';
import type { CaseFile, Input } from '../../../shared/api/index';
import { queryKey, useApiCommand, useApiQuery } from '../../app/query';

export const casesKeys = {
  /** Every page and filter of the case list. */
  lists: () => queryKey('cases.list'),
  list: (params: Input<'cases.list'>) => queryKey('cases.list', params),
  /** Every open case file. */
  details: () => queryKey('cases.get'),
  detail: (caseId: number) => queryKey('cases.get', { caseId }),
  municipalities: () => queryKey('cases.municipalities', {}),
  duplicates: (params: Input<'cases.findDuplicates'>) => queryKey('cases.findDuplicates', params),
};

/** One page of the case list; the previous page stays on screen while the next one loads. */
export function useCaseList(params: Input<'cases.list'>) {
  return useApiQuery(casesKeys.list(params), 'cases.list', params, { placeholderData: keepPreviousData });
}

/** The municipalities used so far, for suggestions and the list filter. */
export function useMunicipalities() {
  return useApiQuery(casesKeys.municipalities(), 'cases.municipalities', {}, { staleTime: 60_000 });
}

/** Cases that may be the same youth as a referral being typed (same BSN, or same name and birth date). */
export function useDuplicates(params: Input<'cases.findDuplicates'>, enabled: boolean) {
  return useApiQuery(casesKeys.duplicates(params), 'cases.findDuplicates', params, { enabled, staleTime: 30_000 });
}

export function useCaseFile(caseId: number) {
  return useApiQuery(casesKeys.detail(caseId), 'cases.get', { caseId }, { enabled: Number.isInteger(caseId) && caseId > 0 });
}

/** Register a referral: the list and the municipality suggestions refresh. */
export function useCreateCase() {
  return useApiCommand('cases.create', { invalidates: [casesKeys.lists(), casesKeys.municipalities()] });
}

export type CaseMutation =
  | 'cases.updateReferral'
  | 'cases.setStatus'
  | 'cases.setLegalGround'
  | 'consent.add'
  | 'consent.withdraw'
  | 'screening.record';

/** A case mutation: on success the case file in the cache is replaced (no extra read) and the list refreshes. */
export function useCaseMutation<M extends CaseMutation>(method: M) {
  const mutation = useApiCommand<CaseMutation>(method, {
    update: (qc, result) => {
      const file = result as CaseFile;
      qc.setQueryData(casesKeys.detail(file.id), file);
    },
    invalidates: [casesKeys.lists()],
  });
  const { mutateAsync } = mutation;
  const run = useCallback(async (input: Input<M>): Promise<CaseFile> => (await mutateAsync(input)) as CaseFile, [mutateAsync]);
  return { run, isPending: mutation.isPending };
}
