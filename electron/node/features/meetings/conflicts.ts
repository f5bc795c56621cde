/**
 * Who may declare a conflict of interest: the member themself, or the voorzitter on a member's
 * behalf (then the record shows it was declared by the chair: recorded_by differs from the member).
 * A team member cannot declare one for somebody else.
 */
import { AppError } from '../../../../shared/api/errors.js';
import { can, type Role } from '../../../../shared/domain/roles.js';

interface Declarer {
  id: number;
  name: string;
  roles: readonly Role[];
}

interface Declaration {
  meetingId: number;
  caseId: number;
  userId: number | null;
  memberName: string;
  reason: string;
}

/** The voorzitter runs the meeting (meeting.run): they may declare and withdraw for any member. */
export const isChair = (u: Declarer): boolean => can(u.roles, 'meeting.run');

/** The declaration as it may be stored for this user; FORBIDDEN when it is somebody else's and they are not the chair. */
export function ownConflict(user: Declarer, c: Declaration): Declaration {
  if (isChair(user)) return c;
  const self = c.userId === user.id || (c.userId === null && c.memberName.trim() === user.name);
  if (!self) throw new AppError('FORBIDDEN', { rule: 'conflict_own_only' });
  return { ...c, userId: user.id, memberName: user.name };
}
