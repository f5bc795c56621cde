/** The phase indicator, the phase timer (green, amber at the planned time, red past it) and the meeting's delay. */
import { useEffect, useState } from 'react';
import { Badge, Group, Paper, Stepper, Text } from '@mantine/core';
import { IconClock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ItemPhase, TimedPhase } from '../../../../shared/domain/meetings';
import { formatSeconds, phaseElapsed, plannedSeconds, timerColor } from '../format';

const STEPS = ['voorbereiding', 'deel1', 'deel2', 'advies'] as const;

/** The current time, refreshed every second while mounted. */
export function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}

export interface TimedItem {
  phase: ItemPhase;
  phaseStartedAt: string | null;
  phaseSeconds: Record<TimedPhase, number>;
  minutesDeel1: number;
  minutesDeel2: number;
}

export function PhaseStepper({ phase, size = 'sm' }: { phase: ItemPhase; size?: 'sm' | 'lg' }) {
  const { t } = useTranslation('meetings');
  const active = phase === 'afgerond' ? STEPS.length : STEPS.indexOf(phase);
  return (
    <Stepper active={active} size={size} allowNextStepsSelect={false} data-testid="phase-indicator" data-phase={phase}>
      {STEPS.map((s) => (
        <Stepper.Step key={s} label={t(`phase.${s}`)} aria-current={s === phase ? 'step' : undefined} />
      ))}
    </Stepper>
  );
}

export function PhaseTimer({ item, big = false }: { item: TimedItem; big?: boolean }) {
  const { t } = useTranslation('meetings');
  const now = useNow();
  const elapsed = phaseElapsed(item, now);
  const planned = plannedSeconds(item);
  const color = timerColor(elapsed, planned);
  return (
    <Paper
      withBorder
      radius="md"
      p={big ? 'lg' : 'sm'}
      bg={`${color}.0`}
      style={{ borderColor: `var(--mantine-color-${color}-6)`, borderWidth: 3 }}
      data-testid="phase-timer"
      data-color={color}
    >
      <Group gap="sm" wrap="nowrap">
        <IconClock size={big ? 40 : 24} color={`var(--mantine-color-${color}-7)`} />
        <Text fz={big ? 56 : 28} fw={800} c={`${color}.8`} ff="monospace" role="timer" aria-label={t('live.timer')}>
          {formatSeconds(elapsed)}
        </Text>
        {planned > 0 && (
          <Text c="dimmed" fz={big ? 'xl' : 'sm'}>
            {t('live.planned', { time: formatSeconds(planned) })}
          </Text>
        )}
        {item.phaseStartedAt === null && (
          <Badge color="gray" variant="outline">
            {t('live.timerStopped')}
          </Badge>
        )}
      </Group>
    </Paper>
  );
}

/** The meeting's delay; grows while the current phase runs past its planned time. */
export function DelayBadge({ delaySeconds, item, fetchedAt }: { delaySeconds: number; item: TimedItem | null; fetchedAt: number }) {
  const { t } = useTranslation('meetings');
  const now = useNow();
  let delay = delaySeconds;
  if (item) {
    const planned = plannedSeconds(item);
    if (planned > 0) delay += Math.max(0, phaseElapsed(item, now) - planned) - Math.max(0, phaseElapsed(item, fetchedAt) - planned);
  }
  const late = delay > 60;
  return (
    <Badge size="lg" color={late ? 'red' : 'teal'} variant="light" data-testid="meeting-delay">
      {delay >= 0 ? t('live.delay', { time: formatSeconds(delay) }) : t('live.ahead', { time: formatSeconds(-delay) })}
    </Badge>
  );
}
