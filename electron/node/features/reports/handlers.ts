/** Reports (shared/api/reports.ts). */
import { AppError } from '../../../../shared/api/errors.js';
import type { HandlerGroup } from '../../dispatch/types.js';

type ReportMethods =
  | 'reports.period'
  | 'reports.cases'
  | 'reports.export'
  | 'reports.signals'
  | 'reports.markSignal'
  | 'reports.saveSummary';

const todo = () => {
  throw new AppError('INTERNAL');
};

export const reportsHandlers: HandlerGroup<ReportMethods> = {
  'reports.period': todo,
  'reports.cases': todo,
  'reports.export': todo,
  'reports.signals': todo,
  'reports.markSignal': todo,
  'reports.saveSummary': todo,
};
