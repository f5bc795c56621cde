/** The chair's live actions (phase, case, timer) and their keyboard shortcuts. */
import { useCallback, useState } from 'react';
import { useHotkeys } from '@mantine/hooks';
import type { ItemPhase } from '../../../../shared/domain/meetings';
import { useSession } from '../../../app/session';
import { useMeetingCommand } from '../queries';

/** Shown in the UI; the same strings drive useHotkeys. */
export const SHORTCUTS = { nextPhase: 'alt+ArrowRight', nextCase: 'alt+N', timer: 'alt+T' } as const;

/** The phase that "next phase" moves to; deel 1 has none (leaving it takes the explicit family-left action). */
export const NEXT_PHASE: Partial<Record<ItemPhase, ItemPhase>> = {
  voorbereiding: 'deel1',
  deel2: 'advies',
};

export function useLiveActions(meetingId: number, current: { id: number; phase: ItemPhase } | null, timerRunning: boolean) {
  const { can } = useSession();
  const chair = can('meeting.run');
  const setPhase = useMeetingCommand('meetings.setPhase');
  const nextCase = useMeetingCommand('meetings.nextCase');
  const setTimer = useMeetingCommand('meetings.setTimer');
  const familyLeft = useMeetingCommand('meetings.familyLeft');
  const setCurrent = useMeetingCommand('meetings.setCurrent');
  const [failure, setFailure] = useState<unknown>(null);

  const guard = useCallback(async (p: Promise<unknown>) => {
    setFailure(null);
    try {
      await p;
    } catch (err) {
      setFailure(err);
    }
  }, []);

  const next = current ? NEXT_PHASE[current.phase] : undefined;
  const actions = {
    chair,
    failure,
    busy: setPhase.isPending || nextCase.isPending || setTimer.isPending || familyLeft.isPending,
    nextPhase: next && current ? () => guard(setPhase.run({ itemId: current.id, phase: next })) : null,
    backToDeel2: current?.phase === 'advies' ? () => guard(setPhase.run({ itemId: current.id, phase: 'deel2' })) : null,
    callFamilyBack: current?.phase === 'deel2' ? () => guard(setPhase.run({ itemId: current.id, phase: 'deel1' })) : null,
    nextCase: current && current.phase !== 'deel1' ? () => guard(nextCase.run({ meetingId })) : null,
    toggleTimer: () => guard(setTimer.run({ meetingId, running: !timerRunning })),
    familyLeft: current?.phase === 'deel1' ? () => guard(familyLeft.run({ itemId: current.id })) : null,
    select: (itemId: number) => guard(setCurrent.run({ meetingId, itemId })),
  };

  useHotkeys(
    chair
      ? [
          [SHORTCUTS.nextPhase, () => void actions.nextPhase?.()],
          [SHORTCUTS.nextCase, () => void actions.nextCase?.(), { usePhysicalKeys: true }],
          [SHORTCUTS.timer, () => void actions.toggleTimer(), { usePhysicalKeys: true }],
        ]
      : [],
    // With a modifier the shortcuts also work while typing a note.
    [],
  );
  return actions;
}
