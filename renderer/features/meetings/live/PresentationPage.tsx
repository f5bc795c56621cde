/**
 * The presentation screen (#/present/<meetingId>), for the projector or a shared
 * video screen. It reads only the backend's family view and refreshes on every
 * 'meeting.changed' event, so it follows the chair's screen without polling and
 * never shows an internal field, whatever the chair's own screen shows.
 */
import { Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { FamilyView } from '../../../../shared/api/index';
import { DEEL1_FIELDS } from '../../../../shared/domain/meetings';
import { useFocusMode } from '../../../app/chrome';
import { QueryState } from '../../../app/QueryState';
import { formatDay, formatSeconds } from '../format';
import { useFamilyView, useFollowMeeting } from '../queries';
import { FamilyBanner, FamilyContent } from './FamilyScreen';
import { PhaseStepper, PhaseTimer } from './PhaseBar';

export function PresentationPage() {
  const meetingId = Number(useParams().id);
  useFocusMode('presentation');
  useFollowMeeting(meetingId);
  const view = useFamilyView(meetingId);
  return (
    <div data-testid="presentation" data-mode={view.data?.mode ?? ''} data-phase={view.data?.current?.item.phase ?? ''}>
      <QueryState query={view}>{(v) => <Presentation view={v} />}</QueryState>
    </div>
  );
}

function Presentation({ view }: { view: FamilyView }) {
  const { t, i18n } = useTranslation('meetings');
  const m = view.meeting;
  return (
    <Stack gap="lg" p="md">
      <Group justify="space-between">
        <Title order={1}>{t('present.title', { date: formatDay(m.date, i18n.language) })}</Title>
        <Group>
          <Text fz="lg">{m.startTime ? `${m.startTime}–${m.endTime}` : ''}</Text>
          <Badge size="xl" variant="light" color={m.delaySeconds > 60 ? 'red' : 'teal'}>
            {m.delaySeconds >= 0
              ? t('live.delay', { time: formatSeconds(m.delaySeconds) })
              : t('live.ahead', { time: formatSeconds(-m.delaySeconds) })}
          </Badge>
        </Group>
      </Group>
      {view.mode === 'family' && view.current ? (
        <>
          <FamilyBanner />
          <PhaseTimer item={view.current.item} big />
          <FamilyContent view={view} />
          {view.current.notes && (
            <Paper withBorder radius="md" p="md">
              <Text fw={700} mb="xs">
                {t('notes.deel1')}
              </Text>
              {DEEL1_FIELDS.filter((f) => view.current?.notes?.[f]).map((f) => (
                <div key={f}>
                  <Text size="sm" fw={600}>
                    {t(`notes.field.${f}`)}
                  </Text>
                  <Text style={{ whiteSpace: 'pre-wrap' }}>{view.current?.notes?.[f]}</Text>
                </div>
              ))}
            </Paper>
          )}
        </>
      ) : (
        <Stack gap="md">
          {view.current && (
            <Paper withBorder radius="md" p="lg">
              <Group justify="space-between" mb="md">
                <Title order={2} data-testid="current-case">
                  {view.current.item.caseCode}
                </Title>
                <PhaseTimer item={view.current.item} />
              </Group>
              <PhaseStepper phase={view.current.item.phase} size="lg" />
            </Paper>
          )}
          {view.mode === 'idle' && <Text c="dimmed">{t('present.idle')}</Text>}
          <Paper withBorder radius="md" p="md">
            <Text fw={700} mb="xs">
              {t('live.agenda')}
            </Text>
            <Table fz="lg">
              <Table.Tbody>
                {view.agenda.map((a) => (
                  <Table.Tr key={a.caseCode} fw={a.caseCode === view.current?.item.caseCode ? 700 : undefined}>
                    <Table.Td>{a.plannedStart}</Table.Td>
                    <Table.Td>{a.caseCode}</Table.Td>
                    <Table.Td>{t(`phase.${a.phase}`)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        </Stack>
      )}
    </Stack>
  );
}
