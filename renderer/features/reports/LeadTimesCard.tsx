/** Lead times (referral → first discussion → approved advice → closure): median and 90th percentile in days. */
import { useId } from 'react';
import { Group, Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LeadTimes } from '../../../shared/api/index';
import { InternalBadge, internalEdge } from './FigureCard';
import { useCellFormat } from './format';

export function LeadTimesCard({ lead, internal }: { lead: LeadTimes; internal: boolean }) {
  const { t } = useTranslation('reports');
  const fmt = useCellFormat();
  const titleId = useId();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={titleId} style={internalEdge(internal)} data-testid="figure-lead_times">
      <Group justify="space-between" gap="xs" mb="sm">
        <Title order={3} fz={17} id={titleId}>
          {lead.title}
        </Title>
        {internal && <InternalBadge />}
      </Group>
      <Table.ScrollContainer minWidth={480}>
        <Table striped withTableBorder aria-label={lead.title}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('lead.step')}</Table.Th>
              <Table.Th ta="right">{t('lead.n')}</Table.Th>
              <Table.Th ta="right">{t('lead.median')}</Table.Th>
              <Table.Th ta="right">{t('lead.p90')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lead.rows.map((r) => (
              <Table.Tr key={r.key}>
                <Table.Td>{r.label}</Table.Td>
                <Table.Td ta="right" ff="monospace">
                  {fmt.count(r.n)}
                </Table.Td>
                <Table.Td ta="right" ff="monospace">
                  {fmt.days(r.medianDays)}
                </Table.Td>
                <Table.Td ta="right" ff="monospace">
                  {fmt.days(r.p90Days)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {lead.note && (
        <Text size="sm" c="dimmed" mt="xs">
          {lead.note}
        </Text>
      )}
    </Paper>
  );
}
