/**
 * Step-up for vaststellen: the approving voorzitter types their own passphrase
 * in place, also while another user's (the notulist's) session is open. The
 * passphrase is checked against the voorzitter's own key wrap in the keyring
 * (the same check as an unlock, with the slow KDF, outside the transaction);
 * nothing is written on disk by the check itself. Wrong passphrases are counted
 * per vault and slowed down like unlock attempts (3 free, then doubling waits).
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

const FREE_ATTEMPTS = 3;
const MAX_DELAY_MS = 5 * 60_000;

interface Throttle {
  failures: number;
  blockedUntil: number;
  checking: boolean;
}
const throttles = new WeakMap<object, Throttle>();

function throttleOf(vault: object): Throttle {
  let t = throttles.get(vault);
  if (!t) throttles.set(vault, (t = { failures: 0, blockedUntil: 0, checking: false }));
  return t;
}

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
  const t = throttleOf(ctx.vault);
  const wait = Math.max(0, t.blockedUntil - Date.now());
  if (wait > 0 || t.checking) {
    const ms = Math.max(wait, 1000);
    throw new AppError('THROTTLED', { seconds: Math.ceil(ms / 1000), retryAfterMs: ms });
  }
  t.checking = true;
  let ok = false;
  try {
    const opened = await openAsUser(readKeyring(ctx.vault.dataDir), approver.id, passphrase);
    if (opened) {
      ok = true;
      for (const k of opened.keys) k.key.fill(0);
      forgetSecrets(opened.secrets);
    }
  } finally {
    t.checking = false;
  }
  if (ok) {
    t.failures = 0;
    return;
  }
  t.failures += 1;
  if (t.failures >= FREE_ATTEMPTS) t.blockedUntil = Date.now() + Math.min(MAX_DELAY_MS, 1000 * 2 ** (t.failures - FREE_ATTEMPTS + 1));
  const session = ctx.vault.session;
  if (session) ctx.db.transaction(() => recordStepUp(ctx.db, ctx, approver, caseId, 'wrong_passphrase'))();
  throw new AppError(
    'WRONG_PASSPHRASE',
    { failures: t.failures, retryAfterMs: Math.max(0, t.blockedUntil - Date.now()) },
    { passphrase: { key: 'v.approver_passphrase_wrong', params: {} } },
  );
}
