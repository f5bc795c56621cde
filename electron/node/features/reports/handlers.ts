/** Reports (shared/api/reports.ts): the period report, the drill-down, exports, signalen and the summary. */
import { AppError } from '../../../../shared/api/errors.js';
import { can } from '../../../../shared/domain/roles.js';
import { read, type HandlerGroup } from '../../dispatch/types.js';
import { renderExport } from './export.js';
import { syncFacts } from './cache.js';
import { periodReport, reportCases } from './report.js';
import { getSignal, getSummary, listSignals, markSignal, saveSummary } from './signals.sql.js';

type ReportMethods =
  | 'reports.period'
  | 'reports.cases'
  | 'reports.export'
  | 'reports.signals'
  | 'reports.markSignal'
  | 'reports.saveSummary';

export const reportsHandlers: HandlerGroup<ReportMethods> = {
  // Each first brings the stored facts and the session's copy up to date (cache.ts, store.ts:
  // only the cases changed since), then reports from them.
  'reports.period': (ctx, q) => {
    if (q.mode === 'internal' && !can(ctx.session.user.roles, 'report.internal')) throw new AppError('FORBIDDEN');
    syncFacts(ctx.db, ctx.session.user);
    return periodReport(ctx.db, q, ctx.now, ctx.session.user);
  },

  'reports.cases': (ctx, q) => {
    syncFacts(ctx.db, ctx.session.user);
    return reportCases(ctx.db, q, ctx.session.user);
  },

  // Rendering is async (PDF, XLSX): done first, outside the dispatcher's transaction.
  'reports.export': {
    prepare: (ctx, q) => {
      syncFacts(ctx.db, ctx.session.user);
      return renderExport(ctx.db, q, ctx.now, ctx.session.user);
    },
    run: (_ctx, _q, rendered) => rendered,
  },

  'reports.signals': read(({ db }, p) => listSignals(db, p)),

  'reports.markSignal': (ctx, { itemId, fit, text }) => {
    const signal = getSignal(ctx.db, itemId);
    if (!signal) throw new AppError('NOT_FOUND');
    markSignal(ctx.db, { itemId, fit, text: text || signal.noteText.trim(), userId: ctx.session.user.id, now: ctx.now });
    return getSignal(ctx.db, itemId)!;
  },

  'reports.saveSummary': (ctx, p) => {
    saveSummary(ctx.db, { ...p, userId: ctx.session.user.id, now: ctx.now });
    return getSummary(ctx.db, p);
  },
};
