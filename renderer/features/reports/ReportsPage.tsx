/**
 * /reports, "Rapportage": the period report as a dashboard. Filters for the period and the
 * municipality (kept in the URL), every figure as a chart with its table and its base, a click
 * from a figure to its cases (team members), the signalen, the chair's summary and the exports.
 * Every figure comes from `reports.period`; this screen counts nothing itself.
 */
import { useState } from 'react';
import { Alert, Group, Loader, Stack, Switch, Text, Title } from '@mantine/core';
import { IconEyeExclamation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { PeriodReport, ReportRow, ReportSection, ReportTable } from '../../../shared/api/index';
import { isoToDutch } from '../../../shared/domain/dates';
import { QueryState } from '../../app/QueryState';
import { useSession } from '../../app/session';
import { CasesModal, type DrillTarget } from './CasesModal';
import { ExportButtons } from './ExportButtons';
import { FigureCard } from './FigureCard';
import { useReportLang } from './format';
import { LeadTimesCard } from './LeadTimesCard';
import { readPeriodState, writePeriodState, type PeriodState } from './period';
import { PeriodFilter } from './PeriodFilter';
import { usePeriodReport } from './queries';
import { SignalsSection } from './SignalsSection';
import { SummarySection } from './SummarySection';
import { TotalsCards } from './TotalsCards';

const SECTIONS: ReportSection[] = ['overzicht', 'aanmeldingen', 'bespreking', 'advies', 'afsluiting', 'doorlooptijden'];

export function ReportsPage() {
  const { t } = useTranslation('reports');
  const { can } = useSession();
  const lang = useReportLang();
  const [params, setParams] = useSearchParams();
  const state = readPeriodState(params);
  const scope = { from: state.from, to: state.to, municipality: state.municipality };
  const mayDrill = can('report.internal');
  const [internal, setInternal] = useState(false);
  const [drill, setDrill] = useState<DrillTarget | null>(null);
  const query = usePeriodReport({ ...scope, mode: internal && mayDrill ? 'internal' : 'public', lang });
  const setState = (next: PeriodState) => setParams(writePeriodState(next));
  const open = mayDrill
    ? (table: ReportTable, row: ReportRow) => setDrill({ figure: table.key, figureTitle: table.title, row: row.key, label: row.label })
    : null;

  return (
    <Stack gap="lg" maw={1400}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
        <div>
          <Title order={1}>{t('title')}</Title>
          <Text c="dimmed" maw={720}>
            {t('intro')}
          </Text>
        </div>
        <ExportButtons scope={scope} />
      </Group>
      <PeriodFilter state={state} onChange={setState} />
      {mayDrill && (
        <Switch
          checked={internal}
          onChange={(e) => setInternal(e.currentTarget.checked)}
          label={t('internal.toggle')}
          description={t('internal.toggleHint')}
          color="orange"
        />
      )}
      {internal && mayDrill && (
        <Alert color="orange" variant="filled" icon={<IconEyeExclamation size={20} />} title={t('internal.bannerTitle')} data-testid="internal-banner">
          {t('internal.banner')}
        </Alert>
      )}
      <QueryState query={query}>
        {(report) => <ReportBody report={report} loading={query.isPlaceholderData} onOpen={open} />}
      </QueryState>
      <CasesModal scope={scope} target={drill} onClose={() => setDrill(null)} />
    </Stack>
  );
}

function ReportBody({
  report,
  loading,
  onOpen,
}: {
  report: PeriodReport;
  loading: boolean;
  onOpen: ((table: ReportTable, row: ReportRow) => void) | null;
}) {
  const { t } = useTranslation('reports');
  // The period of the figures shown (while another loads, the previous ones stay).
  const scope = report.period;
  const where = report.period.municipality ? t('period.oneMunicipality', { name: report.period.municipality }) : t('period.allMunicipalities');
  return (
    <Stack gap="lg" aria-busy={loading} style={loading ? { opacity: 0.6 } : undefined}>
      <Stack gap={4}>
        <Group gap="xs">
          <Text fw={600} aria-live="polite" data-testid="period-line">
            {t('period.showing', { from: isoToDutch(report.period.from), to: isoToDutch(report.period.to), where })}
          </Text>
          {loading && <Loader size="xs" role="status" aria-label={t('common:loading')} />}
        </Group>
        {!report.internal && (
          <Text size="sm" c="dimmed">
            {t('suppression.note')} {report.hiddenCells > 0 && t('suppression.hidden', { count: report.hiddenCells })}
          </Text>
        )}
        {report.archivedCases > 0 && (
          <Text size="sm" c="dimmed">
            {t('archived', { count: report.archivedCases })}
          </Text>
        )}
      </Stack>
      {SECTIONS.map((section) => {
        const tables = report.tables.filter((x) => x.section === section);
        if (tables.length === 0 && section !== 'doorlooptijden') return null;
        return (
          <Stack key={section} gap="md" component="section" aria-labelledby={`report-section-${section}`}>
            <Title order={2} fz={20} id={`report-section-${section}`}>
              {t(`section.${section}`)}
            </Title>
            {tables.map((table) =>
              table.key === 'totals' ? (
                <TotalsCards key={table.key} table={table} internal={report.internal} onOpen={onOpen} />
              ) : (
                <FigureCard key={table.key} table={table} internal={report.internal} onOpen={onOpen} />
              ),
            )}
            {section === 'doorlooptijden' && <LeadTimesCard lead={report.leadTimes} internal={report.internal} />}
          </Stack>
        );
      })}
      <SignalsSection scope={scope} signals={report.signals} />
      <SummarySection scope={scope} summary={report.summary} />
    </Stack>
  );
}
