/** /my-actions, "Mijn acties": the signed-in user's actions across cases (code and initials), overdue first. */
import { useState } from 'react';
import { Alert, Badge, Group, Paper, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ActionRow } from '../../../shared/api/index';
import type { ActionStatus } from '../../../shared/domain/advice';
import { errorText } from '../../app/forms';
import { QueryState } from '../../app/QueryState';
import { useSession } from '../../app/session';
import { ACTION_COLORS, ActionStatusButtons, NO_TRUNCATE } from './ActionsSection';
import { CaseLink } from './FollowupPage';
import { OverdueBadge, showDate, useAdviceLabels } from './labels';
import { useActionStatus, useMyActions } from './queries';

export function MyActionsPage() {
  const { t } = useTranslation('advice');
  const { can } = useSession();
  const { label } = useAdviceLabels();
  const [includeClosed, setIncludeClosed] = useState(false);
  const query = useMyActions(includeClosed);
  const setStatus = useActionStatus();
  const [failure, setFailure] = useState<unknown>(null);
  const change = async (a: ActionRow, status: ActionStatus) => {
    setFailure(null);
    try {
      await setStatus.run({ caseId: a.caseId, actionId: a.id, status });
    } catch (err) {
      setFailure(err);
    }
  };
  return (
    <Stack gap="lg" maw={1300}>
      <Group justify="space-between">
        <Title order={1}>{t('mine.title')}</Title>
        <Switch label={t('mine.includeClosed')} checked={includeClosed} onChange={(e) => setIncludeClosed(e.currentTarget.checked)} />
      </Group>
      {failure !== null && (
        <Alert color="red" role="alert">
          {errorText(t, failure)}
        </Alert>
      )}
      <Paper withBorder radius="md" p="md">
        <QueryState query={query} inline>
          {(rows) =>
            rows.length === 0 ? (
              <Text c="dimmed">{t('mine.none')}</Text>
            ) : (
              <Table striped verticalSpacing="sm" data-testid="my-actions">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('followup.case')}</Table.Th>
                    <Table.Th>{t('action.what')}</Table.Th>
                    <Table.Th>{t('action.due')}</Table.Th>
                    <Table.Th>{t('action.status')}</Table.Th>
                    {can('advice.follow') && <Table.Th />}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((a) => (
                    <Table.Tr key={a.id} data-testid="my-action">
                      <Table.Td>
                        <CaseLink caseId={a.caseId} code={a.caseCode} initials={a.initials} />
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{a.what}</Table.Td>
                      <Table.Td>
                        <Group gap={6}>
                          {showDate(a.due) || '—'}
                          {a.overdue && <OverdueBadge />}
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        <Badge color={ACTION_COLORS[a.status]} variant="light" tt="none" styles={NO_TRUNCATE}>
                          {label('actionStatus', a.status)}
                        </Badge>
                      </Table.Td>
                      {can('advice.follow') && (
                        <Table.Td>
                          <ActionStatusButtons action={a} onStatus={(s) => void change(a, s)} />
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )
          }
        </QueryState>
      </Paper>
    </Stack>
  );
}
