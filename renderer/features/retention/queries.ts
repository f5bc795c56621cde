/** The retention feature's reads and changes (shared/api/retention.ts) and their cache keys. */
import { queryKey, useApiCommand, useApiQuery } from '../../app/query';

export const retentionKeys = {
  policy: () => queryKey('retention.policy', {}),
  due: () => queryKey('retention.due', {}),
  erasures: () => queryKey('retention.erasures', {}),
};

export const usePolicy = () => useApiQuery(retentionKeys.policy(), 'retention.policy', {});

export function useSetPolicy() {
  return useApiCommand('retention.setPolicy', {
    update: (qc, r) => qc.setQueryData(retentionKeys.policy(), r),
    invalidates: [retentionKeys.due()],
  });
}

export const useDue = () => useApiQuery(retentionKeys.due(), 'retention.due', {});
export const useErasures = () => useApiQuery(retentionKeys.erasures(), 'retention.erasures', {});

export const usePostpone = () => useApiCommand('retention.postpone', { invalidates: [retentionKeys.due()] });

export function useErase() {
  return useApiCommand('retention.erase', {
    update: (qc) => qc.removeQueries({ queryKey: ['cases.get'] }),
    invalidates: [retentionKeys.due(), retentionKeys.erasures(), ['cases.list']],
  });
}

export const usePurgeBackups = () => useApiCommand('retention.purgeBackups');

export const useSubjectExport = () => useApiCommand('subject.export');
