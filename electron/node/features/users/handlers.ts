/** Team members: list, add (with their own key wrap) and change roles or deactivate. */
import { AppError } from '../../../../shared/api/errors.js';
import type { KeyringUser } from '../../vault/keyring.js';
import { read, type HandlerGroup } from '../../dispatch/types.js';
import { recordConfirmation } from '../../vault/confirm.js';
import { countActiveAdmins, getUser, insertUser, listUsers, nextUserId, updateUser, userNameTaken } from './users.sql.js';

type UsersMethods = 'users.list' | 'users.create' | 'users.update';

export const usersHandlers: HandlerGroup<UsersMethods> = {
  'users.list': read(({ db }) => listUsers(db)),

  'users.create': {
    async prepare({ vault, db }, { name, passphrase }) {
      // The new user's id is the next rowid; the wrap's AAD binds the key to it.
      return vault.wrapFor(nextUserId(db), name, passphrase);
    },
    run({ db, vault, now }, { name, roles }, entry: KeyringUser) {
      if (userNameTaken(db, name)) throw new AppError('USER_NAME_TAKEN');
      const id = insertUser(db, { id: entry.userId, name, roles, createdAt: now });
      // Written last: if the keyring write fails, the transaction rolls the user back.
      vault.putKeyringUser(entry);
      return getUser(db, id);
    },
  },

  'users.update': {
    // Giving oneself case access needs a second beheerder or the voorzitter (vault.confirmSelfGrant).
    prepare: ({ vault, db, session }, { id, roles, confirm }) =>
      vault.confirmSelfGrant(id === session.user.id ? getUser(db, id).roles : null, roles, confirm),
    run({ db, vault, session }, { id, roles, active }, confirmer: { id: number; name: string; role: string } | null) {
      const before = getUser(db, id);
      const staysAdmin = active && roles.includes('beheerder');
      if (before.roles.includes('beheerder') && before.active && !staysAdmin && countActiveAdmins(db, id) === 0) {
        throw new AppError('LAST_ADMIN');
      }
      if (active && !before.active && !vault.hasKeyringUser(id)) throw new AppError('USER_NOT_REACTIVATABLE');
      if (confirmer) recordConfirmation(db, confirmer, session, vault.device);
      updateUser(db, id, roles, active);
      if (!active) vault.removeKeyringUser(id);
      if (id === session.user.id) vault.reloadUser();
      return getUser(db, id);
    },
  },
};
