/**
 * One figure: its title, the sentence that states its base and answer mode exactly as the
 * backend words it for the PDF and the CSV ("1 antwoord mogelijk, afgesloten casussen (N=74)"),
 * the chart and the table side by side, and the backend's note. In the internal mode the card
 * carries an 'Intern' badge and an orange edge.
 */
import { lazy, Suspense, useId } from 'react';
import { Badge, Group, Loader, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { basisSentence, type ReportRow, type ReportTable } from '../../../shared/api/index';
import { FigureTable } from './FigureTable';
import { useReportLang } from './format';

const FigureChart = lazy(async () => ({ default: (await import('./FigureChart')).FigureChart }));

export function InternalBadge() {
  const { t } = useTranslation('reports');
  return (
    <Badge color="orange" variant="filled" data-testid="internal-badge">
      {t('internal.badge')}
    </Badge>
  );
}

export const internalEdge = (internal: boolean) =>
  internal ? { borderLeft: '4px solid var(--mantine-color-orange-7)' } : undefined;

export function FigureCard({
  table,
  internal,
  onOpen,
}: {
  table: ReportTable;
  internal: boolean;
  /** Opens the cases of a row; null when the user may not see them or the figure has none. */
  onOpen: ((table: ReportTable, row: ReportRow) => void) | null;
}) {
  const lang = useReportLang();
  const titleId = useId();
  const open = onOpen && table.drillable ? (row: ReportRow) => onOpen(table, row) : null;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={titleId} style={internalEdge(internal)} data-testid={`figure-${table.key}`}>
      <Group justify="space-between" align="flex-start" gap="xs" mb={4}>
        <Title order={3} fz={17} id={titleId}>
          {table.title}
        </Title>
        {internal && <InternalBadge />}
      </Group>
      <Text size="sm" c="dimmed" mb="sm" data-testid="basis">
        {basisSentence(table.basis, lang)}
      </Text>
      {table.chart === 'table' ? (
        <FigureTable table={table} onOpen={open} />
      ) : (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
          <Suspense fallback={<Loader size="sm" />}>
            <FigureChart table={table} internal={internal} onOpen={open} />
          </Suspense>
          <FigureTable table={table} onOpen={open} />
        </SimpleGrid>
      )}
      {table.note && (
        <Text size="sm" c="dimmed" mt="xs">
          {table.note}
        </Text>
      )}
    </Paper>
  );
}
