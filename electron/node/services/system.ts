/** Vault, session, account, users, settings, taxonomy and audit handlers. */
import { AppError } from '../../../shared/api/errors.js';
import type { ProblemArea, User } from '../../../shared/api/index.js';
import type { Role } from '../../../shared/domain/roles.js';
import { verifyAuditChain } from '../audit/audit.js';
import type { KeyringUser } from '../vault/keyring.js';
import type { HandlerGroup } from '../dispatch/types.js';
import type { Db } from '../db/database.js';

interface UserRow {
  id: number;
  name: string;
  roles: string;
  active: number;
  created_at: string;
}

const toUser = (r: UserRow): User => ({
  id: r.id,
  name: r.name,
  roles: JSON.parse(r.roles) as Role[],
  active: r.active === 1,
  createdAt: r.created_at,
});

function getUser(db: Db, id: number): User {
  const row = db.prepare('SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined;
  if (!row) throw new AppError('NOT_FOUND');
  return toUser(row);
}

function activeAdmins(db: Db, exceptId: number): number {
  return (db.prepare('SELECT roles FROM users WHERE active = 1 AND id != ?').pluck().all(exceptId) as string[]).filter(
    (r) => (JSON.parse(r) as Role[]).includes('beheerder'),
  ).length;
}

type SystemMethods =
  | 'vault.status'
  | 'vault.create'
  | 'vault.unlock'
  | 'vault.recover'
  | 'session.lock'
  | 'session.activity'
  | 'account.changePassphrase'
  | 'users.list'
  | 'users.create'
  | 'users.update'
  | 'settings.get'
  | 'settings.update'
  | 'taxonomy.problemAreas'
  | 'taxonomy.saveProblemArea'
  | 'audit.list'
  | 'audit.verify';

export const systemHandlers: HandlerGroup<SystemMethods> = {
  'vault.status': ({ vault }) => vault.status(),

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

  'session.activity': () => null,

  'account.changePassphrase': {
    prepare: ({ vault }, { current, next }) => vault.rewrapOwn(current, next),
    run({ vault }, _input, entry: KeyringUser) {
      // Written inside the transaction, so the change and its audit record land together.
      vault.putKeyringUser(entry);
      return null;
    },
  },

  'users.list': ({ db }) => (db.prepare('SELECT * FROM users ORDER BY name').all() as UserRow[]).map(toUser),

  'users.create': {
    async prepare({ vault, db }, { name, passphrase }) {
      // The new user's id is the next rowid; the wrap's AAD binds the key to it.
      const nextId = (db.prepare('SELECT coalesce(max(id), 0) + 1 FROM users').pluck().get() as number) ?? 1;
      return vault.wrapFor(nextId, name, passphrase);
    },
    run({ db, vault, now }, { name, roles }, entry: KeyringUser) {
      const exists = db.prepare('SELECT 1 FROM users WHERE name = ?').get(name);
      if (exists) throw new AppError('CONFLICT', { detail: 'er is al een gebruiker met deze naam.' });
      const id = Number(
        db
          .prepare('INSERT INTO users (id, name, roles, active, created_at) VALUES (?, ?, ?, 1, ?)')
          .run(entry.userId, name, JSON.stringify(roles), now).lastInsertRowid,
      );
      // Written last: if the keyring write fails, the transaction rolls the user back.
      vault.putKeyringUser(entry);
      return getUser(db, id);
    },
  },

  'users.update': ({ db, vault, session }, { id, roles, active }) => {
    const before = getUser(db, id);
    const staysAdmin = active && roles.includes('beheerder');
    if (before.roles.includes('beheerder') && before.active && !staysAdmin && activeAdmins(db, id) === 0) {
      throw new AppError('LAST_ADMIN');
    }
    if (active && !before.active && !vault.hasKeyringUser(id)) {
      throw new AppError('CONFLICT', { detail: 'een gedeactiveerde gebruiker krijgt een nieuw account.' });
    }
    db.prepare('UPDATE users SET roles = ?, active = ? WHERE id = ?').run(JSON.stringify(roles), active ? 1 : 0, id);
    if (!active) vault.removeKeyringUser(id);
    if (id === session.user.id) vault.reloadUser();
    return getUser(db, id);
  },

  'settings.get': ({ vault }) => ({ autoLockMinutes: vault.autoLockMinutes() }),

  'settings.update': ({ db, vault }, { autoLockMinutes }) => {
    db.prepare(
      `INSERT INTO settings (key, value) VALUES ('auto_lock_minutes', ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
    ).run(JSON.stringify(autoLockMinutes));
    return { autoLockMinutes: vault.autoLockMinutes() };
  },

  'taxonomy.problemAreas': ({ db }) =>
    (
      db.prepare('SELECT id, nl, en, active FROM problem_areas ORDER BY sort, nl').all() as (Omit<
        ProblemArea,
        'active'
      > & { active: number })[]
    ).map((r) => ({ ...r, active: r.active === 1 })),

  'taxonomy.saveProblemArea': ({ db }, area) => {
    db.prepare(
      `INSERT INTO problem_areas (id, nl, en, active, sort)
       VALUES (@id, @nl, @en, @active, (SELECT coalesce(max(sort), 0) + 1 FROM problem_areas))
       ON CONFLICT (id) DO UPDATE SET nl = excluded.nl, en = excluded.en, active = excluded.active`,
    ).run({ ...area, active: area.active ? 1 : 0 });
    return area;
  },

  'audit.list': ({ db }, { limit }) =>
    db
      .prepare(
        `SELECT id, at, user_name AS userName, role, action, case_code AS caseCode, outcome, device
         FROM audit_log ORDER BY id DESC LIMIT ?`,
      )
      .all(limit) as never,

  'audit.verify': ({ db }) => verifyAuditChain(db),
};
