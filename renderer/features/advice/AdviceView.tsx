/** An advice version, read-only: what letters print once it is approved (vastgesteld = locked). */
import { Badge, Box, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AdviceVersion } from '../../../shared/api/index';
import { addressee, showDate, useAdviceLabels, VersionBadge } from './labels';

function Section({ label, text }: { label: string; text: string }) {
  if (!text) return null;
  return (
    <Box>
      <Text size="sm" fw={700} c="dimmed">
        {label}
      </Text>
      <Text style={{ whiteSpace: 'pre-wrap' }}>{text}</Text>
    </Box>
  );
}

export function AdviceView({ version: v, title }: { version: AdviceVersion; title?: string }) {
  const { t } = useTranslation('advice');
  const { label } = useAdviceLabels();
  const director =
    v.director.kind === '' ? '' : `${label('director', v.director.kind)}${v.director.name ? `: ${v.director.name}` : ''}`;
  return (
    <Paper withBorder p="lg" radius="md" data-testid="advice-view">
      <Group justify="space-between" mb="sm" align="flex-start">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={3} fz={20}>
              {title ?? t('view.title')}
            </Title>
            <VersionBadge status={v.status} version={v.version} />
            {v.status !== 'concept' && (
              <Badge variant="outline" color="gray" tt="none" leftSection={<IconLock size={12} />}>
                {t('view.locked')}
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {t('view.meta', { date: showDate(v.adviceDate), name: v.draftedBy })}
            {v.approvedAt &&
              ` · ${t('view.approvedBy', { name: v.approvedBy, date: showDate(v.approvedAt) })}${
                v.approvedInSessionOf && v.approvedInSessionOf !== v.approvedBy ? ` ${t('view.inSessionOf', { name: v.approvedInSessionOf })}` : ''
              }`}
          </Text>
          {v.reason && <Text size="sm">{t('view.reason', { reason: v.reason })}</Text>}
        </Stack>
        <Badge size="lg" variant="light" color="violet" tt="none">
          {label('weight', v.weight)}
        </Badge>
      </Group>
      <Stack gap="sm">
        <Section label={t('editor.questionSummary')} text={v.questionSummary} />
        <Section label={t('editor.analysis')} text={v.analysis} />
        {v.items.length > 0 && (
          <Table withTableBorder striped data-testid="advice-items">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40}>#</Table.Th>
                <Table.Th>{t('editor.category')}</Table.Th>
                <Table.Th>{t('editor.itemText')}</Table.Th>
                <Table.Th>{t('view.addressee')}</Table.Th>
                <Table.Th>{t('editor.deadline')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {v.items.map((item) => (
                <Table.Tr key={item.key}>
                  <Table.Td>{item.position + 1}</Table.Td>
                  <Table.Td>
                    {label('category', item.category)}
                    {item.financingRoute && ` (${label('financing', item.financingRoute)})`}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{item.text}</Table.Td>
                  <Table.Td>{addressee(label, item)}</Table.Td>
                  <Table.Td>{showDate(item.deadline)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Section label={t('editor.teamActivities')} text={v.teamActivities.map((a) => label('activity', a)).join(', ')} />
        <Section label={t('editor.director')} text={director} />
        <Section
          label={t('editor.weightBasis')}
          text={[v.weightBasis, v.weightBasisDate ? `(${showDate(v.weightBasisDate)})` : ''].filter(Boolean).join(' ')}
        />
      </Stack>
    </Paper>
  );
}
