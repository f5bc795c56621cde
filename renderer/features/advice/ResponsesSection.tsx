/** Mandate: per advice item of the approved version, the addressed party's response; overdue deadlines marked. */
import { useState } from 'react';
import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdviceFile, ItemStatus } from '../../../shared/api/index';
import { useSession } from '../../app/session';
import { addressee, OverdueBadge, RESPONSE_COLORS, showDate, useAdviceLabels } from './labels';
import { ResponseDialog } from './ResponseDialog';

function ResponseDetail({ s }: { s: ItemStatus }) {
  const { t } = useTranslation('advice');
  const { label } = useAdviceLabels();
  const r = s.response;
  return (
    <Stack gap={2}>
      <Group gap={6}>
        <Badge color={RESPONSE_COLORS[r.state]} variant="light" tt="none" data-testid="response-state">
          {label('response', r.state)}
        </Badge>
        {s.overdue && <OverdueBadge />}
      </Group>
      {r.changes && <Text size="sm">{t('response.changesShown', { text: r.changes })}</Text>}
      {r.reason && <Text size="sm">{t('response.reasonShown', { text: r.reason })}</Text>}
      {r.escalatedTo && (
        <Text size="sm">
          {t('response.escalatedShown', { to: label('escalation', r.escalatedTo), whom: r.escalatedWhom, date: showDate(r.escalatedOn) })}
        </Text>
      )}
      {r.recordedAt && (
        <Text size="xs" c="dimmed">
          {t('response.recordedBy', { name: r.recordedBy, date: showDate(r.respondedOn || r.recordedAt) })}
        </Text>
      )}
    </Stack>
  );
}

export function ResponsesSection({ file }: { file: AdviceFile }) {
  const { t } = useTranslation('advice');
  const { can } = useSession();
  const { label } = useAdviceLabels();
  const [editing, setEditing] = useState<ItemStatus | null>(null);
  const open = file.caseStatus !== 'afgesloten' && can('advice.follow');
  if (file.items.length === 0) return null;
  return (
    <Paper withBorder p="lg" radius="md">
      <Title order={3} fz={20} mb="sm">
        {t('response.sectionTitle')}
      </Title>
      <Table withTableBorder verticalSpacing="sm" data-testid="responses">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>#</Table.Th>
            <Table.Th>{t('view.item')}</Table.Th>
            <Table.Th>{t('view.addressee')}</Table.Th>
            <Table.Th>{t('editor.deadline')}</Table.Th>
            <Table.Th>{t('response.state')}</Table.Th>
            {open && <Table.Th />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {file.items.map((s) => (
            <Table.Tr key={s.item.key} data-testid="response-row" data-overdue={s.overdue || undefined}>
              <Table.Td>{s.item.position + 1}</Table.Td>
              <Table.Td>
                <Text fw={600} size="sm">
                  {label('category', s.item.category)}
                </Text>
                <Text size="sm" lineClamp={3}>
                  {s.item.text}
                </Text>
              </Table.Td>
              <Table.Td>{addressee(label, s.item)}</Table.Td>
              <Table.Td c={s.overdue ? 'red.8' : undefined} fw={s.overdue ? 700 : undefined}>
                {showDate(s.item.deadline) || '—'}
              </Table.Td>
              <Table.Td>
                <ResponseDetail s={s} />
              </Table.Td>
              {open && (
                <Table.Td>
                  <Button variant="light" size="xs" onClick={() => setEditing(s)} aria-label={t('response.recordFor', { n: s.item.position + 1 })}>
                    {t('response.record')}
                  </Button>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {editing && <ResponseDialog caseId={file.caseId} status={editing} onClose={() => setEditing(null)} />}
    </Paper>
  );
}
