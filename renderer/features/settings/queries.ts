/**
 * The settings feature's reads and changes (team settings, problem areas, users,
 * audit log, one's own passphrase) and the key factory that names their cache entries.
 * Problem areas are read by the case screens too; they use useProblemAreaList.
 */
import { queryKey, useApiCommand, useApiQuery, type QueryOptions } from '../../app/query';

export const settingsKeys = {
  settings: () => queryKey('settings.get', {}),
  problemAreas: () => queryKey('taxonomy.problemAreas', {}),
  users: () => queryKey('users.list', {}),
  /** Every page of the audit log. */
  audits: () => queryKey('audit.list'),
  audit: (limit: number) => queryKey('audit.list', { limit }),
};

export function useTeamSettings() {
  return useApiQuery(settingsKeys.settings(), 'settings.get', {});
}

export function useUpdateSettings() {
  return useApiCommand('settings.update', { invalidates: [settingsKeys.settings()] });
}

export function useProblemAreaList(options: QueryOptions<'taxonomy.problemAreas'> = {}) {
  return useApiQuery(settingsKeys.problemAreas(), 'taxonomy.problemAreas', {}, options);
}

export function useSaveProblemArea() {
  return useApiCommand('taxonomy.saveProblemArea', { invalidates: [settingsKeys.problemAreas()] });
}

export function useUsers() {
  return useApiQuery(settingsKeys.users(), 'users.list', {});
}

export function useCreateUser() {
  return useApiCommand('users.create', { invalidates: [settingsKeys.users()] });
}

export function useUpdateUser() {
  return useApiCommand('users.update', { invalidates: [settingsKeys.users()] });
}

/** The newest rows of the audit log, consecutive case-list views by one user folded into one row. */
export function useAuditList(limit: number) {
  return useApiQuery(settingsKeys.audit(limit), 'audit.list', { limit, group: true }, { staleTime: 30_000 });
}

export function useVerifyAudit() {
  return useApiCommand('audit.verify');
}

export function useChangePassphrase() {
  return useApiCommand('account.changePassphrase');
}
