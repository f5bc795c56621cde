/** The live meeting's Advies phase: the notulist drafts the advice of the current case (linked to the meeting and agenda item). */
import { Anchor, Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../app/QueryState';
import { AdviceContentPanel } from './AdviceTab';
import { useAdviceFile } from './queries';

export function MeetingAdvice({ caseId, meetingId, agendaItemId }: { caseId: number; meetingId: number; agendaItemId: number }) {
  const { t } = useTranslation('advice');
  const query = useAdviceFile(caseId);
  return (
    <Paper withBorder radius="md" p="md" style={{ borderLeft: '6px solid var(--mantine-color-violet-6)' }} data-testid="meeting-advice">
      <Stack gap="sm">
        <Title order={3} fz={18}>
          {t('meeting.title')}
        </Title>
        <QueryState query={query} inline>
          {(file) => <AdviceContentPanel file={file} meeting={{ meetingId, agendaItemId }} />}
        </QueryState>
        <Anchor component={Link} to={`/cases/${caseId}?tab=advies`} size="sm">
          {t('meeting.toCase')}
        </Anchor>
      </Stack>
    </Paper>
  );
}
