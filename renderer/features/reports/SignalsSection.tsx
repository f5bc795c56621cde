/**
 * Signalen: in the report only the texts the voorzitter marked fit (no codes, no dates). The
 * voorzitter reviews the signalen noted in the meetings of the period (internal text, with the
 * case code) and marks each fit or not, with an anonymised wording where needed.
 */
import { useState } from 'react';
import { Alert, Button, Checkbox, Collapse, Group, List, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { SignalEntry } from '../../../shared/api/index';
import { isoToDutch } from '../../../shared/domain/dates';
import { errorText } from '../../app/forms';
import { QueryState } from '../../app/QueryState';
import { useSession } from '../../app/session';
import { useNotifySaved } from '../cases/labels';
import { useMarkSignal, useSignals, type ReportScope } from './queries';

const TITLE_ID = 'report-signals-title';

export function SignalsSection({ scope, signals }: { scope: ReportScope; signals: string[] }) {
  const { t } = useTranslation('reports');
  const { can } = useSession();
  const [reviewing, setReviewing] = useState(false);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={TITLE_ID} data-testid="signals">
      <Group justify="space-between" align="flex-start" mb={4}>
        <Title order={2} fz={20} id={TITLE_ID}>
          {t('section.signals')}
        </Title>
        {can('report.edit') && (
          <Button variant="default" size="sm" onClick={() => setReviewing((r) => !r)} aria-expanded={reviewing}>
            {t('signals.review')}
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t('signals.intro')}
      </Text>
      {signals.length === 0 ? (
        <Text c="dimmed">{t('signals.none')}</Text>
      ) : (
        <List spacing="xs" data-testid="report-signals">
          {signals.map((s, i) => (
            <List.Item key={i}>{s}</List.Item>
          ))}
        </List>
      )}
      {can('report.edit') && (
        <Collapse expanded={reviewing}>
          {reviewing && <SignalReview scope={scope} />}
        </Collapse>
      )}
    </Paper>
  );
}

function SignalReview({ scope }: { scope: ReportScope }) {
  const { t } = useTranslation('reports');
  const query = useSignals(scope, true);
  return (
    <Stack gap="sm" mt="md">
      <Title order={3} fz={17}>
        {t('signals.reviewTitle')}
      </Title>
      <Alert color="orange" variant="light">
        {t('signals.reviewIntro')}
      </Alert>
      <QueryState query={query} inline>
        {(entries) =>
          entries.length === 0 ? (
            <Text c="dimmed">{t('signals.reviewNone')}</Text>
          ) : (
            <Stack gap="sm">
              {entries.map((e) => (
                <SignalMark key={e.itemId} entry={e} />
              ))}
            </Stack>
          )
        }
      </QueryState>
    </Stack>
  );
}

function SignalMark({ entry }: { entry: SignalEntry }) {
  const { t } = useTranslation('reports');
  const mark = useMarkSignal();
  const notifySaved = useNotifySaved();
  const [fit, setFit] = useState(entry.fit);
  const [text, setText] = useState(entry.reportText === entry.noteText ? '' : entry.reportText);
  const [failure, setFailure] = useState<unknown>(null);
  const changed = fit !== entry.fit || text !== (entry.reportText === entry.noteText ? '' : entry.reportText);
  const save = async () => {
    setFailure(null);
    try {
      await mark.mutateAsync({ itemId: entry.itemId, fit, text });
      notifySaved(t('signals.saved'));
    } catch (err) {
      setFailure(err);
    }
  };
  const heading = t('signals.meeting', { date: isoToDutch(entry.meetingDate), code: entry.caseCode });
  return (
    <Paper withBorder p="sm" radius="md" component="article" aria-label={heading} data-testid="signal-entry">
      <Text size="sm" fw={600}>
        {heading}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} my={4}>
        {entry.noteText}
      </Text>
      <Stack gap="xs">
        <Checkbox label={t('signals.fit')} checked={fit} onChange={(e) => setFit(e.currentTarget.checked)} />
        {fit && (
          <Textarea
            label={t('signals.text')}
            description={t('signals.textHint')}
            autosize
            minRows={2}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
          />
        )}
        {failure !== null && (
          <Alert color="red" role="alert">
            {errorText(t, failure)}
          </Alert>
        )}
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {entry.markedAt ? t('signals.markedBy', { name: entry.markedBy, date: dayjs(entry.markedAt).format('DD-MM-YYYY') }) : ''}
          </Text>
          <Button size="xs" onClick={() => void save()} loading={mark.isPending} disabled={!changed}>
            {t('signals.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
