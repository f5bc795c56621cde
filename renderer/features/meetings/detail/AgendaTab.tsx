/** The agenda: warnings (overrun, quorum, sectors), waiting cases to add (with the proposal), and the ordered items. */
import { Alert, Group, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconClockExclamation, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail } from '../../../../shared/api/index';
import { useSession } from '../../../app/session';
import { useProblemAreas } from '../../cases/labels';
import { AgendaItemCard } from './AgendaItemCard';
import { WaitingPicker } from './WaitingPicker';

export function AgendaWarnings({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation('meetings');
  const { labelOf } = useProblemAreas();
  const code = (caseId: number) => meeting.items.find((i) => i.caseId === caseId)?.caseCode ?? '';
  return (
    <>
      {meeting.overrunMinutes > 0 && (
        <Alert color="orange" icon={<IconClockExclamation />} data-testid="overrun-warning" title={t('agenda.overrunTitle')}>
          {t('agenda.overrun', { minutes: meeting.overrunMinutes, end: meeting.endTime })}
        </Alert>
      )}
      {!meeting.quorum.met && (
        <Alert color="red" icon={<IconUsers />} data-testid="quorum-warning" title={t('attendance.quorumTitle')}>
          {t('attendance.quorum', { present: meeting.quorum.present, required: meeting.quorum.required })}
        </Alert>
      )}
      {meeting.sectorWarnings.length > 0 && (
        <Alert color="yellow" icon={<IconAlertTriangle />} data-testid="sector-warning" title={t('attendance.sectorTitle')}>
          <List size="sm">
            {meeting.sectorWarnings.map((w) => (
              <List.Item key={`${w.caseId}-${w.sector}`}>
                {t('attendance.sectorMissing', { code: code(w.caseId), area: labelOf(w.area), sector: t(`sector.${w.sector}`) })}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
    </>
  );
}

export function AgendaTab({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation('meetings');
  const { can } = useSession();
  const editable = can('meeting.prepare') && meeting.status === 'gepland';
  return (
    <Stack gap="md">
      <AgendaWarnings meeting={meeting} />
      <Group justify="space-between">
        <Text data-testid="agenda-summary">
          {t('agenda.summary', {
            count: meeting.items.length,
            planned: meeting.plannedMinutes,
            available: meeting.availableMinutes,
          })}
        </Text>
      </Group>
      {editable && <WaitingPicker meeting={meeting} />}
      {meeting.items.length === 0 ? (
        <Text c="dimmed">{t('agenda.empty')}</Text>
      ) : (
        <Stack gap="sm" data-testid="agenda-items">
          {meeting.items.map((item, index) => (
            <AgendaItemCard key={item.id} meeting={meeting} item={item} index={index} editable={editable} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
