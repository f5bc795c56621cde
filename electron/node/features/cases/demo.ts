/**
 * Demo cases, part three: writing the plans through the same service functions
 * the app uses (insertCase, changeStatus and the consent, screening and
 * legal-ground handlers), so every invariant - status transitions, the consent
 * rule before planning a case, the search index - holds for demo data too.
 */
import { ConsentInput, LegalGroundInput, ScreeningInput, WithdrawConsentInput } from '../../../../shared/api/index.js';
import type { CaseFile, MethodName } from '../../../../shared/api/index.js';
import { ReferralSchema } from '../../../../shared/domain/referral.js';
import type { CaseStatus } from '../../../../shared/domain/status.js';
import { NO_PROBLEM_AREA } from '../../../../shared/domain/taxonomies.js';
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { Db } from '../../db/database.js';
import type { Ctx, TxHandler } from '../../dispatch/types.js';
import { casesHandlers } from './handlers.js';
import { changeStatus, insertCase } from './case-writes.js';
import { demoCasePlans, type DemoCasePlan } from './demo-plan.js';

export { demoCasePlans, planDemoCases, type DemoCasePlan, type DemoStep } from './demo-plan.js';

function txHandler<M extends MethodName>(method: M): TxHandler<M> {
  const h = (casesHandlers as Record<string, unknown>)[method];
  if (typeof h !== 'function') throw new Error(`handler ${method} is not a transaction handler`);
  return h as TxHandler<M>;
}

/**
 * The services prepare their statements on every call, which is fine for one
 * request but dominates the cost of writing thousands of cases. This view of
 * the connection hands out one cached statement per SQL text (reset to its
 * default row mode), and passes everything else straight through. It lives
 * only as long as one generateDemoCases call.
 */
export function withStatementCache(db: Db): Db {
  const cache = new Map<string, Statement>();
  const prepare = (sql: string): Statement => {
    let stmt = cache.get(sql);
    if (!stmt) {
      stmt = db.prepare(sql);
      cache.set(sql, stmt);
    } else if (stmt.reader) {
      stmt.pluck(false);
    }
    return stmt;
  };
  return new Proxy(db, {
    get(target, prop) {
      if (prop === 'prepare') return prepare;
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

export interface DemoResult {
  count: number;
  ids: number[];
  byStatus: Partial<Record<CaseStatus, number>>;
}

/** Write one plan through the services; returns the new case id. */
export function writeDemoCase(ctx: Ctx, plan: DemoCasePlan): number {
  const addConsent = txHandler('consent.add');
  const withdrawConsent = txHandler('consent.withdraw');
  const recordScreening = txHandler('screening.record');
  const setLegalGround = txHandler('cases.setLegalGround');
  const at = (now: string): Ctx => ({ ...ctx, now });

  const { id } = insertCase(at(plan.referredAt), ReferralSchema.parse(plan.referral));
  const consentIds: number[] = [];
  for (const s of plan.steps) {
    const c = at(s.at);
    switch (s.op) {
      case 'consent': {
        const { op: _op, at: _at, ...fields } = s;
        const file: CaseFile = addConsent(c, ConsentInput.parse({ caseId: id, ...fields }));
        consentIds.push(Math.max(...file.consents.map((x) => x.id)));
        break;
      }
      case 'legalGround':
        setLegalGround(c, LegalGroundInput.parse({ caseId: id, ground: s.ground, reason: s.reason }));
        break;
      case 'screening': {
        const { op: _op, at: _at, ...fields } = s;
        recordScreening(c, ScreeningInput.parse({ caseId: id, ...fields }));
        break;
      }
      case 'status':
        changeStatus(c, id, s.to, s.note, s.closureReason);
        break;
      case 'withdrawConsent':
        withdrawConsent(
          c,
          WithdrawConsentInput.parse({
            caseId: id,
            consentId: consentIds[s.consentIndex]!,
            withdrawnOn: s.withdrawnOn,
            reason: s.reason,
          }),
        );
        break;
    }
  }
  return id;
}

/**
 * Add `count` fictional cases in one transaction (a savepoint when the caller
 * already holds one). All-or-nothing: any failure rolls every case back.
 */
export function generateDemoCases(ctx: Ctx, count: number, seed = 1): DemoResult {
  if (!Number.isInteger(count) || count < 0) throw new RangeError('count must be a non-negative integer');
  // 'Geen probleemgebied' goes with no other area: the demo's cases name real ones.
  const areas = (ctx.db.prepare('SELECT id FROM problem_areas WHERE active = 1 ORDER BY sort, id').pluck().all() as string[]).filter(
    (a) => a !== NO_PROBLEM_AREA.id,
  );
  const fast: Ctx = { ...ctx, db: withStatementCache(ctx.db) };
  return ctx.db.transaction(() => {
    const ids: number[] = [];
    const byStatus: DemoResult['byStatus'] = {};
    for (const plan of demoCasePlans(count, seed, ctx.now, areas)) {
      ids.push(writeDemoCase(fast, plan));
      byStatus[plan.finalStatus] = (byStatus[plan.finalStatus] ?? 0) + 1;
    }
    return { count: ids.length, ids, byStatus };
  })();
}
