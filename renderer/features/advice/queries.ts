/**
 * The advice feature's reads and changes, and the key factory that names their
 * cache entries. Components use these hooks, never an inline useQuery/useMutation.
 * A change to one advice replaces that case's advice file in the cache and
 * refreshes the case file (status, timeline) and the cross-case lists.
 */
import { useCallback } from 'react';
import type { AdviceFile, CaseFile, Input } from '../../../shared/api/index';
import { queryKey, useApiCommand, useApiQuery } from '../../app/query';
import { casesKeys } from '../cases/queries';

export const adviceKeys = {
  /** Every open advice file. */
  files: () => queryKey('advice.get'),
  file: (caseId: number) => queryKey('advice.get', { caseId }),
  team: () => queryKey('advice.team', {}),
  /** Every variant of "mijn acties". */
  mineAll: () => queryKey('actions.mine'),
  mine: (includeClosed: boolean) => queryKey('actions.mine', { includeClosed }),
  overviews: () => queryKey('followup.overview'),
  overview: (limit: number) => queryKey('followup.overview', { limit }),
};

const valid = (n: number) => Number.isInteger(n) && n > 0;

export function useAdviceFile(caseId: number) {
  return useApiQuery(adviceKeys.file(caseId), 'advice.get', { caseId }, { enabled: valid(caseId) });
}

/** Active team members (approver, procesregisseur, action owner). */
export function useAdviceTeam() {
  return useApiQuery(adviceKeys.team(), 'advice.team', {}, { staleTime: 60_000 });
}

export function useMyActions(includeClosed: boolean) {
  return useApiQuery(adviceKeys.mine(includeClosed), 'actions.mine', { includeClosed });
}

export function useFollowupOverview(limit = 500) {
  return useApiQuery(adviceKeys.overview(limit), 'followup.overview', { limit });
}

/** Changes that answer with the case's advice file. */
export type AdviceMutation =
  | 'advice.saveDraft'
  | 'advice.approve'
  | 'advice.correct'
  | 'advice.recordResponse'
  | 'actions.save'
  | 'actions.setStatus'
  | 'advice.setReviewDate'
  | 'advice.recordReview'
  | 'advice.recordFeedback';

const crossCase = [adviceKeys.mineAll(), adviceKeys.overviews(), casesKeys.lists()] as const;

/** An advice change: the advice file in the cache is replaced; case file and cross-case lists refresh. */
export function useAdviceCommand<M extends AdviceMutation>(method: M) {
  const mutation = useApiCommand<AdviceMutation>(method, {
    update: (qc, result) => {
      const file = result as AdviceFile;
      qc.setQueryData(adviceKeys.file(file.caseId), file);
      void qc.invalidateQueries({ queryKey: casesKeys.detail(file.caseId) });
    },
    invalidates: crossCase,
  });
  const { mutateAsync } = mutation;
  const run = useCallback(async (input: Input<M>): Promise<AdviceFile> => (await mutateAsync(input)) as AdviceFile, [mutateAsync]);
  return { run, isPending: mutation.isPending };
}

/** Close a case that had an advice (outcome, knelpunten): the case file is replaced, the advice refreshes. */
export function useCloseCase() {
  const mutation = useApiCommand('advice.close', {
    update: (qc, file: CaseFile) => {
      qc.setQueryData(casesKeys.detail(file.id), file);
      void qc.invalidateQueries({ queryKey: adviceKeys.file(file.id) });
    },
    invalidates: crossCase,
  });
  return { run: mutation.mutateAsync, isPending: mutation.isPending };
}

/** Mark an action done from a cross-case list (mijn acties). */
export function useActionStatus() {
  return useAdviceCommand('actions.setStatus');
}
