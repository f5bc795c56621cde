/** Reading and changing one case file. Changes return the new file, which replaces the cached one. */
import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../shared/api/index';
import type { CaseFile } from '../../../shared/api/index';
import { useApi, useApiMutation, queryKey } from '../../api/hooks';

export type CaseMutation =
  | 'cases.updateReferral'
  | 'cases.setStatus'
  | 'cases.setLegalGround'
  | 'consent.add'
  | 'consent.withdraw'
  | 'screening.record';

export function useCaseFile(caseId: number) {
  return useApi('cases.get', { caseId }, { enabled: Number.isInteger(caseId) && caseId > 0 });
}

/** A case mutation: on success the case file in the cache is replaced (no extra read) and the list refreshes. */
export function useCaseMutation<M extends CaseMutation>(method: M) {
  const qc = useQueryClient();
  const mutation = useApiMutation(method, ['cases.list']);
  const { mutateAsync } = mutation;
  const run = useCallback(
    async (input: Input<M>): Promise<CaseFile> => {
      const file = (await mutateAsync(input)) as CaseFile;
      qc.setQueryData(queryKey('cases.get', { caseId: file.id }), file);
      return file;
    },
    [mutateAsync, qc],
  );
  return { run, isPending: mutation.isPending };
}
