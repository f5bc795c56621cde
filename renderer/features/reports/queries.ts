/**
 * The reports feature's reads and changes (shared/api/reports.ts) and the key factory that
 * names their cache entries. The renderer never counts: every figure is what `reports.period`
 * returns, the same module that makes the PDF, the CSV and the XLSX.
 */
import type { ExportFormat, FigureKey, PeriodReport, ReportLang, ReportMode, ReportSummary, SignalEntry } from '../../../shared/api/index';
import { queryKey, useApiCommand, useApiQuery } from '../../app/query';

/** The period and municipality every report call is about. */
export interface ReportScope {
  from: string;
  to: string;
  /** '' = all municipalities. */
  municipality: string;
}

// The inputs spelled out here: the contract's period-order refinement leaves them typed 'unknown'.
export interface PeriodQuery extends ReportScope {
  mode: ReportMode;
  lang: ReportLang;
}
export interface CasesQuery extends ReportScope {
  figure: FigureKey;
  row: string;
}
export interface ExportQuery extends ReportScope {
  format: ExportFormat;
  lang: ReportLang;
}
export interface SummaryQuery extends ReportScope {
  text: string;
}

export const reportsKeys = {
  /** Every period report (any period, mode or language). */
  periods: () => queryKey('reports.period'),
  period: (q: PeriodQuery) => queryKey('reports.period', q),
  cases: (q: CasesQuery) => queryKey('reports.cases', q),
  /** Every list of signalen. */
  signalLists: () => queryKey('reports.signals'),
  signals: (s: ReportScope) => queryKey('reports.signals', s),
};

export function usePeriodReport(q: PeriodQuery) {
  // Keep the previous figures on screen while another period loads (no jump to a spinner).
  return useApiQuery(reportsKeys.period(q), 'reports.period', q, { placeholderData: (previous) => previous, staleTime: 30_000 });
}

/** The cases behind one row of one figure; only fetched while its list is open. */
export function useReportCases(q: CasesQuery | null) {
  const input: CasesQuery = q ?? { from: '2000-01-01', to: '2000-01-01', municipality: '', figure: 'totals', row: '-' };
  return useApiQuery(reportsKeys.cases(input), 'reports.cases', input, { enabled: q !== null });
}

export function useSignals(scope: ReportScope, enabled: boolean) {
  return useApiQuery(reportsKeys.signals(scope), 'reports.signals', scope, { enabled });
}

/** An export: the bytes are saved at once and never cached. */
export function useExportReport() {
  const command = useApiCommand('reports.export');
  return { ...command, run: (q: ExportQuery) => command.mutateAsync(q) };
}

/** Marking a signaal changes its list and the report's signalen. */
export function useMarkSignal() {
  return useApiCommand('reports.markSignal', {
    update: (qc, r: SignalEntry) => {
      qc.setQueriesData<SignalEntry[]>({ queryKey: reportsKeys.signalLists() }, (list) =>
        list?.map((s) => (s.itemId === r.itemId ? r : s)),
      );
    },
    invalidates: [reportsKeys.periods()],
  });
}

/** The summary is part of every cached report of its period and municipality. */
export function useSaveSummary() {
  const command = useApiCommand('reports.saveSummary', {
    update: (qc, summary: ReportSummary, input) => {
      const i = input as SummaryQuery;
      qc.setQueriesData<PeriodReport>({ queryKey: reportsKeys.periods() }, (r) =>
        r && r.period.from === i.from && r.period.to === i.to && r.period.municipality === i.municipality ? { ...r, summary } : r,
      );
    },
  });
  return { ...command, run: (q: SummaryQuery) => command.mutateAsync(q) };
}
