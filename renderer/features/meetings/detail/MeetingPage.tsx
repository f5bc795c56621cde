/** One meeting: its header (date, time, place, status, actions) and tabs for agenda, attendance and besluitenlijst. */
import { Anchor, Badge, Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconPlayerPlay, IconPresentation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { MeetingDetail } from '../../../../shared/api/index';
import { QueryState } from '../../../app/QueryState';
import { useSession } from '../../../app/session';
import { DecisionsTab } from '../decisions/DecisionsTab';
import { formatDay } from '../format';
import { openPresentation } from '../live/openPresentation';
import { STATUS_COLORS } from '../planning/PlanningPage';
import { useFollowMeeting, useMeeting, useMeetingCommand } from '../queries';
import { AgendaTab } from './AgendaTab';
import { AttendanceTab } from './AttendanceTab';

const TABS = ['agenda', 'attendance', 'decisions'] as const;
type Tab = (typeof TABS)[number];

export function MeetingPage() {
  const meetingId = Number(useParams().id);
  const query = useMeeting(meetingId);
  useFollowMeeting(meetingId);
  return <QueryState query={query}>{(meeting) => <MeetingView meeting={meeting} />}</QueryState>;
}

function MeetingView({ meeting }: { meeting: MeetingDetail }) {
  const { t, i18n } = useTranslation('meetings');
  const { can } = useSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'agenda';
  const start = useMeetingCommand('meetings.start');
  const open = meeting.status === 'gepland' || meeting.status === 'bezig';

  const goLive = async () => {
    if (meeting.status === 'gepland') await start.run({ meetingId: meeting.id });
    navigate(`/meetings/${meeting.id}/live`);
  };

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/meetings" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} />
          {t('back')}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="sm">
            <Title order={1}>{t('meeting.heading', { date: formatDay(meeting.date, i18n.language) })}</Title>
            <Badge color={STATUS_COLORS[meeting.status]} variant="light" size="lg" data-testid="meeting-status">
              {t(`status.${meeting.status}`)}
            </Badge>
          </Group>
          <Text c="dimmed">
            {meeting.startTime ? `${meeting.startTime}–${meeting.endTime}` : t('meeting.noTime')}
            {meeting.location ? ` · ${meeting.location}` : ''}
            {meeting.seriesTitle ? ` · ${meeting.seriesTitle}` : ''}
          </Text>
          {meeting.videoLink && (
            <Anchor href={meeting.videoLink} target="_blank" rel="noreferrer" size="sm">
              {meeting.videoLink}
            </Anchor>
          )}
          {meeting.status === 'geannuleerd' && <Text c="red">{t('meeting.cancelled', { reason: meeting.cancelReason })}</Text>}
        </div>
        <Group>
          <Button variant="default" leftSection={<IconPresentation size={16} />} onClick={() => openPresentation(meeting.id)}>
            {t('live.openPresentation')}
          </Button>
          {open && (can('meeting.run') || can('meeting.notes')) && (
            <Button
              leftSection={<IconPlayerPlay size={16} />}
              loading={start.isPending}
              disabled={meeting.status === 'gepland' && (!can('meeting.run') || meeting.items.length === 0)}
              onClick={() => void goLive()}
            >
              {meeting.status === 'bezig' ? t('live.resume') : t('live.start')}
            </Button>
          )}
        </Group>
      </Group>
      <Tabs value={tab} onChange={(v) => setParams({ tab: v ?? 'agenda' }, { replace: true })} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="agenda">{t('tab.agenda')}</Tabs.Tab>
          <Tabs.Tab value="attendance">{t('tab.attendance')}</Tabs.Tab>
          <Tabs.Tab value="decisions">{t('tab.decisions')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="agenda" pt="md">
          <AgendaTab meeting={meeting} />
        </Tabs.Panel>
        <Tabs.Panel value="attendance" pt="md">
          <AttendanceTab meeting={meeting} />
        </Tabs.Panel>
        <Tabs.Panel value="decisions" pt="md">
          <DecisionsTab meetingId={meeting.id} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
