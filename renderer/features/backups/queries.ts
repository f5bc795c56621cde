/** The backups feature's reads and changes (shared/api/backups.ts). */
import { queryKey, useApiCommand, useApiQuery, type QueryOptions } from '../../app/query';

export const backupKeys = {
  status: () => queryKey('backups.status', {}),
  list: () => queryKey('backups.list', {}),
};

export function useBackupStatus(options: QueryOptions<'backups.status'> = {}) {
  return useApiQuery(backupKeys.status(), 'backups.status', {}, options);
}

export function useBackupList(options: QueryOptions<'backups.list'> = {}) {
  return useApiQuery(backupKeys.list(), 'backups.list', {}, options);
}

export function useConfigureBackups() {
  return useApiCommand('backups.configure', { invalidates: [backupKeys.status(), backupKeys.list()] });
}

export function useRunBackup() {
  return useApiCommand('backups.run', { invalidates: [backupKeys.status(), backupKeys.list()] });
}

export function useInspectBackup() {
  return useApiCommand('backups.inspect');
}

export function useOpenBackup() {
  return useApiCommand('backups.open');
}

export function useRestoreBackup() {
  return useApiCommand('backups.restore');
}
