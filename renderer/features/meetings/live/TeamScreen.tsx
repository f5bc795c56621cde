/** The live meeting outside deel 1: agenda on the side, the current case in the middle, phases, timer, notes. */
import { Alert, Badge, Button, Grid, Group, Kbd, NavLink, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconPlayerPause, IconPlayerPlay, IconPlayerSkipForward, IconPresentation, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { AgendaItem, MeetingDetail } from '../../../../shared/api/index';
import { errorText } from '../../../app/forms';
import { formatDay } from '../format';
import { TeamNotes } from '../notes/NotesPanel';
import { MeetingAdvice } from '../../advice/MeetingAdvice';
import { useStopMeeting } from '../queries';
import { openPresentation } from './openPresentation';
import { DelayBadge, PhaseStepper, PhaseTimer } from './PhaseBar';
import { SHORTCUTS, useLiveActions } from './useLiveActions';

const PHASE_COLORS: Record<AgendaItem['phase'], string> = {
  voorbereiding: 'gray',
  deel1: 'yellow',
  deel2: 'blue',
  advies: 'violet',
  afgerond: 'teal',
};

export function ShortcutLegend() {
  const { t } = useTranslation('meetings');
  const keys = (s: string) => s.replace('alt+', 'Alt + ').replace('ArrowRight', '→');
  return (
    <Group gap="md" mt="xs" data-testid="shortcuts">
      <Text size="xs" c="dimmed">
        <Kbd>{keys(SHORTCUTS.nextPhase)}</Kbd> {t('live.nextPhase')}
      </Text>
      <Text size="xs" c="dimmed">
        <Kbd>{keys(SHORTCUTS.nextCase)}</Kbd> {t('live.nextCase')}
      </Text>
      <Text size="xs" c="dimmed">
        <Kbd>{keys(SHORTCUTS.timer)}</Kbd> {t('live.toggleTimer')}
      </Text>
    </Group>
  );
}

export function TeamScreen({ meeting, fetchedAt }: { meeting: MeetingDetail; fetchedAt: number }) {
  const { t, i18n } = useTranslation('meetings');
  const navigate = useNavigate();
  const stop = useStopMeeting();
  const current = meeting.items.find((i) => i.id === meeting.live.currentItemId) ?? null;
  const a = useLiveActions(meeting.id, current, meeting.live.timerRunning);
  const running = meeting.status === 'bezig';

  const finish = async () => {
    await stop.mutateAsync({ meetingId: meeting.id });
    navigate(`/meetings/${meeting.id}?tab=decisions`);
  };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Group>
          <Button variant="subtle" leftSection={<IconArrowLeft size={16} />} onClick={() => navigate(`/meetings/${meeting.id}`)}>
            {t('live.toAgenda')}
          </Button>
          <Title order={1} fz={24}>
            {t('live.title', { date: formatDay(meeting.date, i18n.language) })}
          </Title>
        </Group>
        <Group>
          <DelayBadge delaySeconds={meeting.live.delaySeconds} item={current} fetchedAt={fetchedAt} />
          <Button variant="default" leftSection={<IconPresentation size={16} />} onClick={() => openPresentation(meeting.id)}>
            {t('live.openPresentation')}
          </Button>
          {a.chair && running && (
            <Button color="red" variant="light" loading={stop.isPending} onClick={() => void finish()}>
              {t('live.stop')}
            </Button>
          )}
        </Group>
      </Group>
      {!running && <Alert color="gray">{t('live.notRunning', { status: t(`status.${meeting.status}`) })}</Alert>}
      <Grid>
        <Grid.Col span={{ base: 12, md: 3 }}>
          <Paper withBorder radius="md" p="xs" component="nav" aria-label={t('live.agenda')}>
            <Text fw={700} mb="xs" px="xs">
              {t('live.agenda')}
            </Text>
            {meeting.items.map((item) => (
              <NavLink
                key={item.id}
                active={item.id === current?.id}
                disabled={!a.chair || !running}
                onClick={() => void a.select(item.id)}
                label={`${item.plannedStart} ${item.caseCode}`}
                description={item.initials}
                data-testid="live-agenda-item"
                rightSection={
                  <Badge size="xs" color={PHASE_COLORS[item.phase]} variant="light">
                    {t(`phase.${item.phase}Short`)}
                  </Badge>
                }
              />
            ))}
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          {current ? (
            <Stack gap="md">
              <Paper withBorder radius="md" p="md">
                <Group justify="space-between" mb="sm">
                  <Group>
                    <Title order={2} data-testid="current-case">
                      {current.caseCode}
                    </Title>
                    <Text c="dimmed">{current.initials}</Text>
                    {current.conflicts.map((c) => (
                      <Badge key={c.id} color="grape" variant="light">
                        {t('conflict.short', { name: c.memberName })}
                      </Badge>
                    ))}
                  </Group>
                  <Text size="sm" c="dimmed">
                    {t('agenda.times', { start: current.plannedStart, deel2: current.plannedDeel2Start, end: current.plannedEnd })}
                  </Text>
                </Group>
                <PhaseStepper phase={current.phase} />
                <Group mt="md" justify="space-between" align="center">
                  <PhaseTimer item={current} />
                  {a.chair && running && (
                    <Group>
                      <Button
                        variant="default"
                        leftSection={meeting.live.timerRunning ? <IconPlayerPause size={16} /> : <IconPlayerPlay size={16} />}
                        onClick={() => void a.toggleTimer()}
                      >
                        {meeting.live.timerRunning ? t('live.pauseTimer') : t('live.startTimer')}
                      </Button>
                      {a.callFamilyBack && (
                        <Button variant="light" color="yellow" leftSection={<IconUsers size={16} />} onClick={() => void a.callFamilyBack?.()}>
                          {t('live.callFamilyBack')}
                        </Button>
                      )}
                      {a.backToDeel2 && (
                        <Button variant="default" onClick={() => void a.backToDeel2?.()}>
                          {t('live.backToDeel2')}
                        </Button>
                      )}
                      {a.nextPhase && (
                        <Button onClick={() => void a.nextPhase?.()} loading={a.busy} data-testid="next-phase">
                          {current.phase === 'voorbereiding' ? t('live.startDeel1') : t('live.toAdvies')}
                        </Button>
                      )}
                      {a.nextCase && (
                        <Button variant="light" leftSection={<IconPlayerSkipForward size={16} />} onClick={() => void a.nextCase?.()}>
                          {t('live.nextCase')}
                        </Button>
                      )}
                    </Group>
                  )}
                </Group>
                {a.chair && <ShortcutLegend />}
                {a.failure !== null && (
                  <Alert color="red" role="alert" mt="sm">
                    {errorText(t, a.failure)}
                  </Alert>
                )}
                {current.guests.length > 0 && (
                  <Text size="sm" mt="sm">
                    {t('live.guests', { names: current.guests.map((g) => `${g.name} (${t(`guestKind.${g.kind}`)})`).join(', ') })}
                  </Text>
                )}
              </Paper>
              {current.phase === 'advies' && (
                <MeetingAdvice key={current.id} caseId={current.caseId} meetingId={meeting.id} agendaItemId={current.id} />
              )}
              <TeamNotes key={current.id} itemId={current.id} />
            </Stack>
          ) : (
            <Alert color="gray">{t('live.noCurrent')}</Alert>
          )}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
