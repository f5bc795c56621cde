/** Team members and their roles (beheerder). */
import { z } from '../zod.js';
import { ROLES, type Role } from '../domain/roles.js';
import { id, method, none } from './method.js';
import { passphrase, userName } from './vault.js';

export interface User {
  id: number;
  name: string;
  roles: Role[];
  active: boolean;
  createdAt: string;
}

const roles = z.array(z.enum(ROLES)).min(1, { error: 'v.roles_required' });

export const usersApi = {
  'users.list': method<User[]>()({ input: none, access: 'users.manage', audit: null }),
  'users.create': method<User>()({
    input: z.object({ name: userName, roles, passphrase }).strict(),
    access: 'users.manage',
    audit: { action: 'users.create' },
  }),
  'users.update': method<User>()({
    input: z
      .object({
        id,
        roles,
        active: z.boolean(),
        /** Giving oneself a case-reading role needs a second beheerder or the voorzitter to confirm with their passphrase. */
        confirm: z.object({ userId: id, passphrase: z.string().min(1).max(1024) }).strict().optional(),
      })
      .strict(),
    access: 'users.manage',
    audit: { action: 'users.update' },
  }),
};
