/** The vault and the session: create, unlock, recover, lock, and changing one's own passphrase. */
import type { KeyringUser } from '../../vault/keyring.js';
import { read, type HandlerGroup } from '../../dispatch/types.js';

type VaultMethods =
  | 'vault.status'
  | 'vault.restorePreviousKeyring'
  | 'vault.rekey'
  | 'vault.create'
  | 'vault.unlock'
  | 'vault.recover'
  | 'session.lock'
  | 'session.activity'
  | 'account.changePassphrase';

export const vaultHandlers: HandlerGroup<VaultMethods> = {
  'vault.status': ({ vault }) => vault.status(),

  'vault.restorePreviousKeyring': ({ vault }) => {
    vault.restorePreviousKeyring();
    return null;
  },

  // The re-key runs before the transaction that records it; the session stays the same object throughout.
  'vault.rekey': {
    prepare: ({ vault }) => vault.rekey(),
    run: () => null,
  },

  'vault.create': async ({ vault }, { teamName, userName, passphrase }) => {
    const recoveryKey = await vault.create(teamName, userName, passphrase);
    return { session: vault.sessionInfo(), recoveryKey };
  },

  'vault.unlock': async ({ vault }, { userId, passphrase }) => {
    await vault.unlock(userId, passphrase);
    return vault.sessionInfo();
  },

  'vault.recover': async ({ vault }, { userId, recoveryKey, newPassphrase }) => {
    const fresh = await vault.recover(userId, recoveryKey, newPassphrase);
    return { session: vault.sessionInfo(), recoveryKey: fresh };
  },

  'session.lock': ({ vault }) => {
    vault.lock();
    return null;
  },

  'session.activity': read(() => null),

  'account.changePassphrase': {
    prepare: ({ vault }, { current, next }) => vault.rewrapOwn(current, next),
    run({ vault }, _input, entry: KeyringUser) {
      // Written inside the transaction, so the change and its audit record land together.
      vault.putKeyringUser(entry);
      return null;
    },
  },
};
