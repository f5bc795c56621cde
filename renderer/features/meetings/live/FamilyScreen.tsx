/**
 * Family-safe mode (deel 1, the family is in the room). The shell's header,
 * navigation and notifications are unmounted (useFocusMode), and everything on
 * screen comes from the backend's family view or the family-safe deel 1 notes.
 * Leaving takes the explicit "De familie heeft de ruimte verlaten".
 */
import { useLayoutEffect } from 'react';
import { Alert, Button, Grid, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDoorExit, IconLock, IconPlayerPause, IconPlayerPlay, IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FamilyView } from '../../../../shared/api/index';
import { useFocusMode } from '../../../app/chrome';
import { errorText } from '../../../app/forms';
import { QueryState } from '../../../app/QueryState';
import { useSession } from '../../../app/session';
import { Deel1Notes } from '../notes/NotesPanel';
import { useFamilyView } from '../queries';
import { PhaseStepper, PhaseTimer } from './PhaseBar';
import { useLiveActions } from './useLiveActions';

export function FamilyBanner() {
  const { t } = useTranslation('meetings');
  return (
    <Alert
      color="yellow"
      variant="filled"
      radius="md"
      icon={<IconShieldCheck size={36} />}
      data-testid="family-banner"
      role="status"
      styles={{ message: { fontSize: 'var(--mantine-font-size-xl)' } }}
    >
      <Text fw={800} fz={26} lts={1}>
        {t('family.banner')}
      </Text>
      <Text>{t('family.bannerHint')}</Text>
    </Alert>
  );
}

/** The family-safe content of a family view: case code, their question, who is present. */
export function FamilyContent({ view }: { view: FamilyView }) {
  const { t } = useTranslation('meetings');
  const cur = view.current;
  if (!cur) return null;
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1} fz="h2" data-testid="current-case">
          {cur.item.caseCode}
        </Title>
      </Group>
      <PhaseStepper phase={cur.item.phase} size="lg" />
      {cur.case && (
        <Paper withBorder radius="md" p="md">
          <Text fw={700}>{t('family.question')}</Text>
          <Text size="lg" style={{ whiteSpace: 'pre-wrap' }} data-testid="family-question">
            {cur.case.questionFamily || t('family.noQuestion')}
          </Text>
        </Paper>
      )}
      <Grid>
        <Grid.Col span={6}>
          <Paper withBorder radius="md" p="md">
            <Text fw={700}>{t('family.guests')}</Text>
            <List>
              {(cur.guests ?? []).map((g, i) => (
                <List.Item key={i}>
                  {g.name} ({t(`guestKind.${g.kind}`)}
                  {g.role ? `, ${g.role}` : ''})
                </List.Item>
              ))}
            </List>
          </Paper>
        </Grid.Col>
        <Grid.Col span={6}>
          <Paper withBorder radius="md" p="md">
            <Text fw={700}>{t('family.members')}</Text>
            <List>
              {(cur.members ?? []).map((m, i) => (
                <List.Item key={i}>
                  {m.name} ({t(`sector.${m.sector}`)})
                </List.Item>
              ))}
            </List>
          </Paper>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

export function FamilyScreen({ meetingId, itemId }: { meetingId: number; itemId: number }) {
  const { t } = useTranslation('meetings');
  const { lock } = useSession();
  useFocusMode('family');
  // Nothing queued about another case may pop up while the family is here.
  useLayoutEffect(() => {
    notifications.clean();
    notifications.cleanQueue();
  }, []);
  const view = useFamilyView(meetingId);
  const running = view.data?.current?.item.phaseStartedAt != null;
  const a = useLiveActions(meetingId, { id: itemId, phase: 'deel1' }, running);

  return (
    <Stack gap="md" data-testid="family-screen">
      <FamilyBanner />
      <QueryState query={view}>
        {(v) => (
          <Grid>
            <Grid.Col span={{ base: 12, md: 7 }}>
              <FamilyContent view={v} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5 }}>
              <Stack gap="md">
                {v.current && <PhaseTimer item={v.current.item} big />}
                {a.chair && (
                  <Group>
                    <Button
                      variant="default"
                      leftSection={running ? <IconPlayerPause size={16} /> : <IconPlayerPlay size={16} />}
                      onClick={() => void a.toggleTimer()}
                    >
                      {running ? t('live.pauseTimer') : t('live.startTimer')}
                    </Button>
                    <Button
                      size="lg"
                      color="blue"
                      leftSection={<IconDoorExit size={20} />}
                      loading={a.busy}
                      onClick={() => void a.familyLeft?.()}
                    >
                      {t('family.left')}
                    </Button>
                  </Group>
                )}
                {a.failure !== null && (
                  <Alert color="red" role="alert">
                    {errorText(t, a.failure)}
                  </Alert>
                )}
                <Deel1Notes itemId={itemId} />
                <Group justify="flex-end">
                  <Button variant="light" leftSection={<IconLock size={16} />} onClick={() => void lock()}>
                    {t('common:lock')}
                  </Button>
                </Group>
              </Stack>
            </Grid.Col>
          </Grid>
        )}
      </QueryState>
    </Stack>
  );
}
