/**
 * Step-up for vaststellen: the approving voorzitter types their own passphrase
 * in place, also while another user's (the notulist's) session is open. The
 * passphrase is checked against the voorzitter's own key wrap in the keyring
 * (the same check as an unlock, with the slow KDF, outside the transaction);
 * nothing is written on disk by the check itself. Wrong passphrases count against
 * the vault's one throttle (vault/throttle.ts), shared with unlocks: 3 free, then
 * doubling waits.
 * Both outcomes are audited: see recordStepUp.
 */
import { hostname } from 'node:os';
import { AppError } from '../../../../shared/api/errors.js';
import type { Role } from '../../../../shared/domain/roles.js';
import { appendAudit } from '../../audit/audit.js';
import type { Db, ReadDb } from '../../db/database.js';
import type { Ctx } from '../../dispatch/types.js';
import { forgetSecrets } from '../../vault/keys.js';
import { readKeyring } from '../../vault/keyring.js';
import { openAsUser } from '../../vault/keyset.js';

export interface Approver {
  id: number;
  name: string;
}

/** The approver must be an active voorzitter; field-level error otherwise. */
export function requireChair(db: ReadDb, approverId: number): Approver {
  const row = db.prepare('SELECT id, name, roles, active FROM users WHERE id = ?').get(approverId) as
    | { id: number; name: string; roles: string; active: number }
    | undefined;
  if (!row || row.active !== 1 || !(JSON.parse(row.roles) as Role[]).includes('voorzitter')) {
    throw new AppError('APPROVER_NOT_CHAIR', {}, { approverId: { key: 'v.approver_not_chair', params: {} } });
  }
  return { id: row.id, name: row.name };
}

/** The device the audit records name (the vault's when it exposes one). */
export function auditDevice(ctx: Pick<Ctx, 'vault' | 'db'>): string {
  const own = (ctx.vault as unknown as { device?: unknown }).device;
  if (typeof own === 'string' && own) return own;
  const last = ctx.db.prepare('SELECT device FROM audit_log ORDER BY id DESC LIMIT 1').pluck().get() as string | undefined;
  return last ?? hostname();
}

/** The approver's record beside the session user's: NEN 7513 who / role / about whom / what / when / outcome. */
export function recordStepUp(db: Db, ctx: Pick<Ctx, 'vault' | 'db' | 'session'>, approver: Approver, caseId: number, outcome: string, at?: string): void {
  appendAudit(db, {
    userId: approver.id,
    userName: approver.name,
    role: 'voorzitter',
    action: 'advice.approve.stepup',
    caseId,
    // The session in which the approval was given, so the pair of records can be read together.
    outcome: `${outcome}:session:${ctx.session.user.id}`,
    device: auditDevice(ctx),
    ...(at ? { at } : {}),
  });
}

/**
 * Check the approver's passphrase. Throws THROTTLED while slowed down, and
 * WRONG_PASSPHRASE (field 'passphrase') after recording the failed attempt
 * against the approver in its own small transaction.
 */
export async function verifyApprover(ctx: Ctx, approver: Approver, passphrase: string, caseId: number): Promise<void> {
  const opened = await ctx.vault.throttle.attempt('WRONG_PASSPHRASE', () => openAsUser(readKeyring(ctx.vault.dataDir), approver.id, passphrase), {
    onFailure: () => {
      if (ctx.vault.session) ctx.db.transaction(() => recordStepUp(ctx.db, ctx, approver, caseId, 'wrong_passphrase'))();
    },
    fields: { passphrase: { key: 'v.approver_passphrase_wrong', params: {} } },
  });
  for (const k of opened.keys) k.key.fill(0);
  forgetSecrets(opened.secrets);
}
