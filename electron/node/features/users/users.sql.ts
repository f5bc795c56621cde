/** The users table: row type, row -> User, and every statement on it. */
import { AppError } from '../../../../shared/api/errors.js';
import type { User } from '../../../../shared/api/index.js';
import type { Role } from '../../../../shared/domain/roles.js';
import type { Db, ReadDb } from '../../db/database.js';

export interface UserRow {
  id: number;
  name: string;
  /** JSON array of roles. */
  roles: string;
  active: number;
  created_at: string;
}

export const toUser = (r: UserRow): User => ({
  id: r.id,
  name: r.name,
  roles: JSON.parse(r.roles) as Role[],
  active: r.active === 1,
  createdAt: r.created_at,
});

export function getUser(db: ReadDb, id: number): User {
  const row = db.prepare('SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined;
  if (!row) throw new AppError('NOT_FOUND');
  return toUser(row);
}

export const listUsers = (db: ReadDb): User[] =>
  (db.prepare('SELECT * FROM users ORDER BY name').all() as UserRow[]).map(toUser);

/** A user's display name, '' for none. */
export const userName = (db: ReadDb, id: number | null): string =>
  id === null ? '' : ((db.prepare('SELECT name FROM users WHERE id = ?').pluck().get(id) as string | undefined) ?? '');

export const userNameTaken = (db: ReadDb, name: string): boolean =>
  db.prepare('SELECT 1 FROM users WHERE name = ?').get(name) !== undefined;

/** The id the next inserted user gets (the keyring wrap binds to it before the insert). */
export const nextUserId = (db: ReadDb): number =>
  (db.prepare('SELECT coalesce(max(id), 0) + 1 FROM users').pluck().get() as number | undefined) ?? 1;

/** Active administrators other than `exceptId`. */
export function countActiveAdmins(db: ReadDb, exceptId: number): number {
  return (db.prepare('SELECT roles FROM users WHERE active = 1 AND id != ?').pluck().all(exceptId) as string[]).filter(
    (r) => (JSON.parse(r) as Role[]).includes('beheerder'),
  ).length;
}

export function insertUser(db: Db, u: { id: number; name: string; roles: readonly Role[]; createdAt: string }): number {
  return Number(
    db
      .prepare('INSERT INTO users (id, name, roles, active, created_at) VALUES (?, ?, ?, 1, ?)')
      .run(u.id, u.name, JSON.stringify(u.roles), u.createdAt).lastInsertRowid,
  );
}

export function updateUser(db: Db, id: number, roles: readonly Role[], active: boolean): void {
  db.prepare('UPDATE users SET roles = ?, active = ? WHERE id = ?').run(JSON.stringify(roles), active ? 1 : 0, id);
}
