/**
 * Te vernietigen (voorzitter): the cases whose retention period has ended, with a postponement
 * (a date and a reason, e.g. a pending complaint) and the erasure itself (type the case code to
 * confirm). Below: what was erased, by whom, when and under which period. Codes and initials only.
 */
import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconClockPause, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DueCase, EraseResult } from '../../../shared/api/index';
import { errorText } from '../../app/forms';
import { EraseModal } from './EraseModal';
import { formatDate, formatDateTime } from './format';
import { PostponeModal } from './PostponeModal';
import { PurgeBackups } from './PurgeBackups';
import { useDue, useErasures } from './queries';

export function DuePage() {
  const { t } = useTranslation('retention');
  const due = useDue();
  const erasures = useErasures();
  const [postponing, setPostponing] = useState<DueCase | null>(null);
  const [erasing, setErasing] = useState<DueCase | null>(null);
  const [done, setDone] = useState<EraseResult | null>(null);
  const list = due.data;

  return (
    <Stack gap="md" maw={1200}>
      <Title order={1}>{t('due.title')}</Title>
      <Text>{t('due.intro')}</Text>
      {due.error && <Alert color="red">{errorText(t, due.error)}</Alert>}
      {list && !list.policySet && (
        <Alert color="orange" data-testid="due-no-policy">
          {t('due.noPolicy')}
        </Alert>
      )}
      {done && (
        <Alert color="green" role="status" title={t('erase.done', { number: done.record.caseNumber })} data-testid="erase-done">
          <Stack gap={4}>
            <Text size="sm">{t('erase.doneDetail', { count: done.auditEntriesRedacted })}</Text>
            {done.besluitenlijstLettersRemoved > 0 && (
              <Text size="sm">{t('erase.besluitenlijst', { count: done.besluitenlijstLettersRemoved })}</Text>
            )}
            <Text size="sm" fw={600}>
              {t('erase.backups')}
            </Text>
            <Text size="sm">{done.backupsMayHoldCase ? t('erase.backupsPurge') : t('erase.backupsNone')}</Text>
            <Anchor component={Link} to="/settings/backups" size="sm">
              {t('erase.toBackups')}
            </Anchor>
          </Stack>
        </Alert>
      )}
      {list?.policySet && list.cases.length === 0 && <Text c="dimmed">{t('due.none')}</Text>}
      {list && list.cases.length > 0 && (
        <Paper withBorder radius="md">
          <Table striped highlightOnHover verticalSpacing="sm" data-testid="due-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('col.code')}</Table.Th>
                <Table.Th>{t('col.initials')}</Table.Th>
                <Table.Th>{t('col.category')}</Table.Th>
                <Table.Th>{t('col.endedOn')}</Table.Th>
                <Table.Th>{t('col.deadline')}</Table.Th>
                <Table.Th>{t('col.postponed')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('col.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.cases.map((c) => (
                <Table.Tr key={c.caseId} data-testid={`due-row-${c.code}`}>
                  <Table.Td ff="monospace">
                    <Anchor component={Link} to={`/cases/${c.caseId}`}>
                      {c.code}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{c.initials}</Table.Td>
                  <Table.Td>{t(`category.${c.category}`)}</Table.Td>
                  <Table.Td>{formatDate(c.endedOn)}</Table.Td>
                  <Table.Td>{formatDate(c.deadline)}</Table.Td>
                  <Table.Td>
                    {c.postponedUntil ? (
                      <Stack gap={2}>
                        <Badge color="gray" variant="light">
                          {t('due.postponedUntil', { date: formatDate(c.postponedUntil) })}
                        </Badge>
                        <Text size="sm">{c.postponeReason}</Text>
                      </Stack>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        size="xs"
                        variant="default"
                        leftSection={<IconClockPause size={14} />}
                        onClick={() => setPostponing(c)}
                        aria-label={t('due.postponeCase', { code: c.code })}
                      >
                        {t('due.postpone')}
                      </Button>
                      <Button
                        size="xs"
                        color="red"
                        leftSection={<IconTrash size={14} />}
                        disabled={c.postponedUntil !== null}
                        onClick={() => setErasing(c)}
                        aria-label={t('due.eraseCase', { code: c.code })}
                      >
                        {t('due.erase')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}

      <Title order={2} mt="lg">
        {t('history.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('history.intro')}
      </Text>
      {erasures.data && erasures.data.length === 0 && <Text c="dimmed">{t('history.none')}</Text>}
      {erasures.data && erasures.data.length > 0 && (
        <Table data-testid="erasures-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('history.number')}</Table.Th>
              <Table.Th>{t('history.at')}</Table.Th>
              <Table.Th>{t('history.by')}</Table.Th>
              <Table.Th>{t('col.category')}</Table.Th>
              <Table.Th>{t('history.period')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {erasures.data.map((e) => (
              <Table.Tr key={e.caseNumber}>
                <Table.Td>{e.caseNumber}</Table.Td>
                <Table.Td>{formatDateTime(e.erasedAt)}</Table.Td>
                <Table.Td>{e.erasedBy}</Table.Td>
                <Table.Td>{t(`category.${e.category}`)}</Table.Td>
                <Table.Td>
                  {t(`period.${e.period.unit}`, { count: e.period.amount })} · {t('history.deadline', { date: formatDate(e.deadline) })}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}

      {erasures.data && erasures.data.length > 0 && <PurgeBackups />}

      {postponing && <PostponeModal item={postponing} onClose={() => setPostponing(null)} />}
      {erasing && (
        <EraseModal
          item={erasing}
          onClose={() => setErasing(null)}
          onErased={(r) => {
            setErasing(null);
            setDone(r);
          }}
        />
      )}
    </Stack>
  );
}
