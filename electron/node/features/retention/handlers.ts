/**
 * Retention, erasure and the data-subject export (shared/api/retention.ts).
 * Erasure is refused unless the policy is set, the case's period has ended and no postponement
 * runs; the voorzitter confirms by typing the case code. The reports' facts are archived first, in
 * the same transaction; after the commit the WAL is truncated.
 */
import { AppError } from '../../../../shared/api/errors.js';
import type { DueCase } from '../../../../shared/api/retention.js';
import { todayIso } from '../../../../shared/domain/dates.js';
import { read, type Ctx, type HandlerGroup } from '../../dispatch/types.js';
import type { ReadDb } from '../../db/database.js';
import { log } from '../../log.js';
import { archiveCaseFacts } from './archive.js';
import { assertSecureDelete, eraseCase, truncateWal } from './erase.js';
import { isDue, isPostponed } from './policy.js';
import { endedCases, getPolicy, insertPostponement, listErasures, putPolicy } from './retention.sql.js';
import { backupFolderConfigured, purgeBackupsBeforeErasure } from './backups.js';
import { subjectExportHandler } from '../subject-export/handler.js';

type RetentionMethods =
  | 'retention.policy'
  | 'retention.setPolicy'
  | 'retention.due'
  | 'retention.postpone'
  | 'retention.erase'
  | 'retention.erasures'
  | 'retention.purgeBackups'
  | 'subject.export';

const today = (nowIso: string) => todayIso(new Date(nowIso));

function requirePolicy(db: ReadDb) {
  const policy = getPolicy(db);
  if (!policy) throw new AppError('CONFLICT', { reason: 'policy_not_set' });
  return policy;
}

/** The case as the retention list sees it, only if its period has ended. */
function dueCase(db: ReadDb, caseId: number, nowIso: string): DueCase {
  const policy = requirePolicy(db);
  const exists = db.prepare('SELECT 1 FROM cases WHERE id = ?').get(caseId);
  if (!exists) throw new AppError('NOT_FOUND');
  const [c] = endedCases(db, policy, today(nowIso), caseId);
  if (!c || c.deadline > today(nowIso)) throw new AppError('CONFLICT', { reason: 'not_due' });
  return c;
}

function erase(ctx: Ctx, input: { caseId: number; confirmCode: string }) {
  const { db } = ctx;
  assertSecureDelete(db);
  const c = dueCase(db, input.caseId, ctx.now);
  if (input.confirmCode.toUpperCase() !== c.code.toUpperCase())
    throw new AppError('VALIDATION', {}, { confirmCode: { key: 'v.confirm_code_mismatch', params: {} } });
  if (!isDue(c.deadline, today(ctx.now), c.postponedUntil)) throw new AppError('CONFLICT', { reason: 'postponed' });
  const policy = requirePolicy(db);
  archiveCaseFacts(db, c.caseId);
  const outcome = eraseCase(db, c.caseId, ctx.session.user.id, ctx.now, {
    category: c.category,
    period: policy[c.category],
    deadline: c.deadline,
  });
  const [record] = listErasures(db, c.caseId);
  return {
    record: record!,
    auditEntriesRedacted: outcome.auditEntriesRedacted,
    besluitenlijstLettersRemoved: outcome.besluitenlijstLettersRemoved,
    backupsMayHoldCase: backupFolderConfigured(db),
  };
}

export const retentionHandlers: HandlerGroup<RetentionMethods> = {
  'retention.policy': read((ctx) => ({ policy: getPolicy(ctx.db) })),

  'retention.setPolicy': (ctx, input) => {
    putPolicy(ctx.db, input, ctx.session.user.id, ctx.now);
    return { policy: getPolicy(ctx.db) };
  },

  'retention.due': read((ctx) => {
    const policy = getPolicy(ctx.db);
    const t = today(ctx.now);
    if (!policy) return { policySet: false, today: t, cases: [] };
    const cases = endedCases(ctx.db, policy, t).filter((c) => c.deadline <= t);
    cases.sort((a, b) => a.deadline.localeCompare(b.deadline) || a.code.localeCompare(b.code));
    return { policySet: true, today: t, cases };
  }),

  'retention.postpone': (ctx, { caseId, until, reason }) => {
    const t = today(ctx.now);
    if (until <= t) throw new AppError('VALIDATION', {}, { until: { key: 'v.date_past', params: {} } });
    dueCase(ctx.db, caseId, ctx.now);
    insertPostponement(ctx.db, caseId, until, reason, ctx.session.user.id, ctx.now);
    const c = dueCase(ctx.db, caseId, ctx.now);
    if (!isPostponed(c, t)) throw new Error('postponement not recorded');
    return c;
  },

  'retention.erase': {
    prepare: async () => undefined,
    run: (ctx, input) => erase(ctx, input),
    afterCommit: (ctx) => {
      try {
        if (!truncateWal(ctx.db)) log.warn('wal checkpoint after erasure was busy');
      } catch (err) {
        log.error('wal checkpoint after erasure failed', { kind: (err as Error)?.name ?? typeof err });
      }
    },
  },

  'retention.erasures': read((ctx) => listErasures(ctx.db)),

  'retention.purgeBackups': (ctx) => purgeBackupsBeforeErasure(ctx.db),

  'subject.export': subjectExportHandler,
};
