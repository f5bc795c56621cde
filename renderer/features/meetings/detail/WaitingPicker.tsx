/** Cases waiting for discussion: tick them, or press "Voorstel" (urgency and waiting time, filling the capacity), then add. */
import { useState } from 'react';
import { Alert, Badge, Button, Checkbox, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconSparkles } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail } from '../../../../shared/api/index';
import { errorText } from '../../../app/forms';
import { QueryState } from '../../../app/QueryState';
import { useEnumLabels } from '../../cases/labels';
import { formatDate } from '../format';
import { useMeetingCommand, useProposal, useWaitingCases } from '../queries';

export function WaitingPicker({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation('meetings');
  const { label } = useEnumLabels();
  const waiting = useWaitingCases();
  const proposal = useProposal();
  const add = useMeetingCommand('meetings.addCases');
  const [selected, setSelected] = useState<number[]>([]);
  const [note, setNote] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const propose = async () => {
    setFailure(null);
    try {
      const p = await proposal.mutateAsync({ meetingId: meeting.id });
      setSelected(p.cases.map((c) => c.caseId));
      setNote(t('agenda.proposalNote', { count: p.cases.length, minutes: p.minutesLeft }));
    } catch (err) {
      setFailure(err);
    }
  };

  const addSelected = async () => {
    setFailure(null);
    try {
      await add.run({ meetingId: meeting.id, caseIds: selected });
      setSelected([]);
      setNote(null);
    } catch (err) {
      setFailure(err);
    }
  };

  return (
    <Paper withBorder radius="md" p="md">
      <Group justify="space-between" mb="sm">
        <Title order={2} fz={18}>
          {t('agenda.waiting')}
        </Title>
        <Button variant="light" leftSection={<IconSparkles size={16} />} onClick={() => void propose()} loading={proposal.isPending}>
          {t('agenda.proposal')}
        </Button>
      </Group>
      <QueryState query={waiting} inline>
        {(cases) => {
          const free = cases.filter((c) => c.plannedMeetingId === null);
          if (free.length === 0) return <Text c="dimmed">{t('agenda.noWaiting')}</Text>;
          return (
            <Stack gap="sm">
              <Table data-testid="waiting-cases">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th />
                    <Table.Th>{t('agenda.case')}</Table.Th>
                    <Table.Th>{t('agenda.urgency')}</Table.Th>
                    <Table.Th>{t('agenda.waitingSince')}</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {free.map((c) => (
                    <Table.Tr key={c.caseId} data-testid="waiting-row">
                      <Table.Td>
                        <Checkbox
                          aria-label={t('agenda.select', { code: c.code })}
                          checked={selected.includes(c.caseId)}
                          onChange={(e) => {
                            const on = e.currentTarget.checked;
                            setSelected((s) => (on ? [...s, c.caseId] : s.filter((x) => x !== c.caseId)));
                          }}
                        />
                      </Table.Td>
                      <Table.Td>
                        <Text fw={600}>{c.code}</Text>
                        <Text size="xs" c="dimmed">
                          {c.initials}
                        </Text>
                      </Table.Td>
                      <Table.Td>{label('urgency', c.urgency)}</Table.Td>
                      <Table.Td>{formatDate(c.waitingSince)}</Table.Td>
                      <Table.Td>
                        {c.carriedOver && <Badge color="orange">{t('agenda.carriedOver')}</Badge>}
                        {c.returnedFromCancelled && <Badge color="grape">{t('agenda.returned')}</Badge>}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              {note && <Text size="sm" data-testid="proposal-note">{note}</Text>}
              {failure !== null && (
                <Alert color="red" role="alert">
                  {errorText(t, failure)}
                </Alert>
              )}
              <Group justify="flex-end">
                <Button disabled={selected.length === 0} loading={add.isPending} onClick={() => void addSelected()}>
                  {t('agenda.add', { count: selected.length })}
                </Button>
              </Group>
            </Stack>
          );
        }}
      </QueryState>
    </Paper>
  );
}
