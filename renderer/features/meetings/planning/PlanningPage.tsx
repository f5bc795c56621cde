/** Planning: the series form, upcoming and past meetings, cancel / move / extra meeting. */
import { useState } from 'react';
import { ActionIcon, Alert, Badge, Button, Group, Menu, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconCalendarPlus, IconDots, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { MeetingSummary } from '../../../../shared/api/index';
import { todayIso } from '../../../../shared/domain/dates';
import { QueryState } from '../../../app/QueryState';
import { useSession } from '../../../app/session';
import { formatDay } from '../format';
import { useFollowMeetings, useMeetingList } from '../queries';
import { CancelDialog, ExtraDialog, MoveDialog } from './MeetingDialogs';
import { SeriesForm } from './SeriesForm';

export const STATUS_COLORS: Record<MeetingSummary['status'], string> = {
  gepland: 'blue',
  bezig: 'teal',
  afgerond: 'gray',
  geannuleerd: 'red',
};

type Dialog = { kind: 'cancel' | 'move'; meeting: MeetingSummary } | { kind: 'extra' } | null;

export function PlanningPage() {
  const { t } = useTranslation('meetings');
  const { can } = useSession();
  const navigate = useNavigate();
  const [showSeries, setShowSeries] = useState(false);
  const [created, setCreated] = useState<number | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const list = useMeetingList({ from: '', to: '', includeCancelled: true });
  useFollowMeetings();
  const planner = can('meeting.plan');

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Title order={1}>{t('title')}</Title>
        {planner && (
          <Group>
            <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => setDialog({ kind: 'extra' })}>
              {t('extra.open')}
            </Button>
            <Button leftSection={<IconCalendarPlus size={16} />} onClick={() => setShowSeries((s) => !s)}>
              {t('series.open')}
            </Button>
          </Group>
        )}
      </Group>
      {created !== null && (
        <Alert color="teal" withCloseButton onClose={() => setCreated(null)} data-testid="series-created">
          {t('series.created', { count: created })}
        </Alert>
      )}
      {showSeries && planner && (
        <SeriesForm
          onDone={(count) => {
            setShowSeries(false);
            setCreated(count);
          }}
        />
      )}
      <QueryState query={list}>
        {(meetings) => (
          <>
            <MeetingTable
              title={t('list.upcoming')}
              meetings={meetings.filter((m) => m.date >= todayIso()).sort((a, b) => a.date.localeCompare(b.date))}
              planner={planner}
              onAction={setDialog}
              onOpen={(id) => navigate(`/meetings/${id}`)}
              testId="upcoming-meetings"
            />
            <MeetingTable
              title={t('list.past')}
              meetings={meetings.filter((m) => m.date < todayIso()).sort((a, b) => b.date.localeCompare(a.date))}
              planner={false}
              onAction={setDialog}
              onOpen={(id) => navigate(`/meetings/${id}`)}
              testId="past-meetings"
            />
          </>
        )}
      </QueryState>
      {dialog?.kind === 'cancel' && <CancelDialog meeting={dialog.meeting} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'move' && <MoveDialog meeting={dialog.meeting} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'extra' && (
        <ExtraDialog onClose={() => setDialog(null)} onCreated={(id) => navigate(`/meetings/${id}`)} />
      )}
    </Stack>
  );
}

function MeetingTable({
  title,
  meetings,
  planner,
  onAction,
  onOpen,
  testId,
}: {
  title: string;
  meetings: MeetingSummary[];
  planner: boolean;
  onAction(d: Dialog): void;
  onOpen(id: number): void;
  testId: string;
}) {
  const { t, i18n } = useTranslation('meetings');
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={2} fz={20} mb="sm">
        {title}
      </Title>
      {meetings.length === 0 ? (
        <Text c="dimmed">{t('list.none')}</Text>
      ) : (
        <Table highlightOnHover data-testid={testId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('meeting.date')}</Table.Th>
              <Table.Th>{t('meeting.time')}</Table.Th>
              <Table.Th>{t('meeting.where')}</Table.Th>
              <Table.Th>{t('list.cases')}</Table.Th>
              <Table.Th>{t('list.status')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {meetings.map((m) => (
              <Table.Tr key={m.id} data-testid="meeting-row" style={{ cursor: 'pointer' }} onClick={() => onOpen(m.id)}>
                <Table.Td>
                  <Text fw={600}>{formatDay(m.date, i18n.language)}</Text>
                  {m.movedFrom && (
                    <Text size="xs" c="dimmed">
                      {t('list.movedFrom', { date: formatDay(m.movedFrom, i18n.language) })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{m.startTime ? `${m.startTime}–${m.endTime}` : t('meeting.noTime')}</Table.Td>
                <Table.Td>{m.location || (m.videoLink ? t('meeting.video') : '')}</Table.Td>
                <Table.Td>
                  {t('list.itemCount', { count: m.itemCount, capacity: m.capacity })}
                  {m.overrunMinutes > 0 && (
                    <Badge color="orange" ml="xs" variant="light">
                      {t('agenda.overrunShort', { minutes: m.overrunMinutes })}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    <Badge color={STATUS_COLORS[m.status]} variant="light">
                      {t(`status.${m.status}`)}
                    </Badge>
                    {m.extra && <Badge variant="outline">{t('list.extra')}</Badge>}
                    {m.decisionsStatus === 'vastgesteld' && (
                      <Badge color="teal" variant="outline">
                        {t('decisions.established')}
                      </Badge>
                    )}
                  </Group>
                  {m.status === 'geannuleerd' && m.cancelReason && (
                    <Text size="xs" c="dimmed">
                      {m.cancelReason}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td onClick={(e) => e.stopPropagation()}>
                  {planner && m.status === 'gepland' && (
                    <Menu position="bottom-end">
                      <Menu.Target>
                        <ActionIcon variant="subtle" aria-label={t('list.actions', { date: formatDay(m.date, i18n.language) })}>
                          <IconDots size={18} />
                        </ActionIcon>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item onClick={() => onAction({ kind: 'move', meeting: m })}>{t('move.open')}</Menu.Item>
                        <Menu.Item color="red" onClick={() => onAction({ kind: 'cancel', meeting: m })}>
                          {t('cancel.open')}
                        </Menu.Item>
                      </Menu.Dropdown>
                    </Menu>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
