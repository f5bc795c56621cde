/**
 * The vault screens' reads and changes: the vault's status (exists, team name,
 * users to choose from) and create, unlock and recover. The key factory names
 * the one cache entry a lock keeps: the status.
 */
import { queryKey, useApiCommand, useApiQuery, type QueryOptions } from '../../app/query';

export const vaultKeys = {
  /** Prefix of every status read (App's gate reads it too, through useApi). */
  statusAll: () => queryKey('vault.status'),
  status: () => queryKey('vault.status', {}),
};

export function useVaultStatus(options: QueryOptions<'vault.status'> = {}) {
  return useApiQuery(vaultKeys.status(), 'vault.status', {}, options);
}

export function useCreateVault() {
  return useApiCommand('vault.create');
}

export function useUnlockVault() {
  return useApiCommand('vault.unlock');
}

export function useRecoverVault() {
  return useApiCommand('vault.recover');
}

/** After KEYRING_DAMAGED: put keyring.json.prev back. */
export function useRestorePreviousKeyring() {
  return useApiCommand('vault.restorePreviousKeyring');
}
