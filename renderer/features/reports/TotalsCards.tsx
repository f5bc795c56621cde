/** The report's first figure as four large numbers (referrals, discussions, advices, closed cases). */
import { useId } from 'react';
import { Anchor, Group, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { basisSentence, type ReportRow, type ReportTable } from '../../../shared/api/index';
import { InternalBadge, internalEdge } from './FigureCard';
import { openable } from './FigureTable';
import { useCellFormat, useReportLang } from './format';

export function TotalsCards({
  table,
  internal,
  onOpen,
}: {
  table: ReportTable;
  internal: boolean;
  onOpen: ((table: ReportTable, row: ReportRow) => void) | null;
}) {
  const { t } = useTranslation('reports');
  const lang = useReportLang();
  const fmt = useCellFormat();
  const titleId = useId();
  const open = onOpen && table.drillable ? onOpen : null;
  return (
    <section aria-labelledby={titleId} data-testid={`figure-${table.key}`}>
      <Group gap="xs" mb={4}>
        <Title order={3} fz={17} id={titleId}>
          {table.title}
        </Title>
        {internal && <InternalBadge />}
      </Group>
      <Text size="sm" c="dimmed" mb="sm" data-testid="basis">
        {basisSentence(table.basis, lang)}
      </Text>
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md">
        {table.rows.map((row) => (
          <Paper key={row.key} withBorder p="md" radius="md" style={internalEdge(internal)} data-row={row.key}>
            <Text fz={32} fw={700} lh={1.2} ff="monospace" data-testid="total-count">
              {fmt.count(row.cell)}
            </Text>
            {open && openable(row) ? (
              <Anchor component="button" type="button" size="sm" ta="left" onClick={() => open(table, row)} aria-label={t('table.openCases', { label: row.label })}>
                {row.label}
              </Anchor>
            ) : (
              <Text size="sm">{row.label}</Text>
            )}
          </Paper>
        ))}
      </SimpleGrid>
      {table.note && (
        <Text size="sm" c="dimmed" mt="xs">
          {table.note}
        </Text>
      )}
    </section>
  );
}
