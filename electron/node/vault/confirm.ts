/**
 * Four eyes on one's own case access: the vault's file encryption cannot stop a
 * beheerder from reading cases (any active passphrase opens the file), but the
 * app can stop a beheerder from quietly giving themselves a case-reading role.
 * Such a change needs a second active beheerder or the voorzitter to confirm
 * it with their own passphrase; the confirmation is its own audit record.
 */
import { PERMISSIONS, type Role } from '../../../shared/domain/roles.js';
import { appendAudit } from '../audit/audit.js';
import type { Db } from '../db/database.js';
import type { Session } from './vault.js';

const CASE_ROLES = PERMISSIONS['case.read'] as readonly Role[];

/** True when `after` adds a case-reading role that `before` did not have. */
export function addsCaseAccess(before: readonly Role[], after: readonly Role[]): boolean {
  const had = before.some((r) => CASE_ROLES.includes(r));
  return !had && after.some((r) => CASE_ROLES.includes(r));
}

/** May `roles` confirm? A beheerder or the voorzitter. */
export function canConfirm(roles: readonly Role[]): Role | null {
  return roles.includes('voorzitter') ? 'voorzitter' : roles.includes('beheerder') ? 'beheerder' : null;
}

export function recordConfirmation(db: Db, confirmer: { id: number; name: string; role: string }, session: Session, device: string): void {
  appendAudit(db, {
    userId: confirmer.id,
    userName: confirmer.name,
    role: confirmer.role,
    action: 'users.role_confirm',
    caseId: null,
    outcome: `ok:${session.user.id}`,
    device,
  });
}
