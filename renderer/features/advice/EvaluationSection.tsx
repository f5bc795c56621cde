/** Follow-up of one case: the review date, reviews held, feedback from the referrer and the family. */
import { useState } from 'react';
import { Alert, Badge, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconCalendarDue } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AdviceFile } from '../../../shared/api/index';
import { isIsoDate } from '../../../shared/domain/dates';
import { applyServerErrors, errorText } from '../../app/forms';
import { useSession } from '../../app/session';
import { FeedbackForm } from './FeedbackForm';
import { showDate, typedDate, useAdviceLabels } from './labels';
import { useAdviceCommand } from './queries';
import { ReviewForm } from './ReviewForm';

function ReviewDate({ file, editable }: { file: AdviceFile; editable: boolean }) {
  const { t } = useTranslation('advice');
  const setDate = useAdviceCommand('advice.setReviewDate');
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(showDate(file.reviewDate));
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    const iso = typedDate(text);
    if (!isIsoDate(iso)) {
      setError(t(text.trim() === '' ? 'msg:v.required' : 'msg:v.date_invalid'));
      return;
    }
    try {
      await setDate.run({ caseId: file.caseId, reviewDate: iso });
      setEditing(false);
    } catch (err) {
      if (!applyServerErrors({ setErrors: (e) => setError(Object.values(e)[0] ?? null) }, err, t)) setError(errorText(t, err));
    }
  };
  return (
    <Group gap="sm" align="flex-end">
      {editing ? (
        <>
          <TextInput
            label={t('review.date')}
            placeholder={t('datePlaceholder')}
            value={text}
            onChange={(e) => {
              setText(e.currentTarget.value);
              setError(null);
            }}
            error={error}
          />
          <Button onClick={() => void save()} loading={setDate.isPending}>
            {t('common:save')}
          </Button>
          <Button variant="default" onClick={() => setEditing(false)}>
            {t('common:cancel')}
          </Button>
        </>
      ) : (
        <>
          <Text data-testid="review-date">
            <IconCalendarDue size={16} style={{ verticalAlign: 'middle' }} /> {t('review.dateShown', { date: showDate(file.reviewDate) || '—' })}
          </Text>
          {file.reviewDue && (
            <Badge color="orange" variant="light" tt="none">
              {t('review.due')}
            </Badge>
          )}
          {editable && (
            <Button size="xs" variant="subtle" onClick={() => setEditing(true)}>
              {t('review.changeDate')}
            </Button>
          )}
        </>
      )}
    </Group>
  );
}

export function EvaluationSection({ file }: { file: AdviceFile }) {
  const { t } = useTranslation('advice');
  const { can } = useSession();
  const { label } = useAdviceLabels();
  const [form, setForm] = useState<'review' | 'feedback' | null>(null);
  const editable = can('advice.follow') && file.caseStatus !== 'afgesloten';
  const itemOf = (key: number) => file.items.find((s) => s.item.key === key)?.item;
  return (
    <Paper withBorder p="lg" radius="md">
      <Group justify="space-between" mb="sm">
        <Title order={3} fz={20}>
          {t('review.sectionTitle')}
        </Title>
        {editable && form === null && (
          <Group gap="xs">
            <Button variant="light" onClick={() => setForm('review')}>
              {t('review.open')}
            </Button>
            <Button variant="light" onClick={() => setForm('feedback')}>
              {t('feedback.open')}
            </Button>
          </Group>
        )}
      </Group>
      <Stack gap="md">
        <ReviewDate file={file} editable={editable} />
        {form === 'review' && <ReviewForm file={file} onDone={() => setForm(null)} />}
        {form === 'feedback' && <FeedbackForm caseId={file.caseId} onDone={() => setForm(null)} />}
        {file.reviews.map((r) => (
          <Alert key={r.id} variant="light" color="gray" title={t('review.heldShown', { date: showDate(r.heldOn), decision: label('decision', r.decision) })} data-testid="review">
            <Stack gap={2}>
              {r.items.map((i) => {
                const item = itemOf(i.itemKey);
                return (
                  <Text size="sm" key={i.itemKey}>
                    {item ? `#${item.position + 1} ${label('category', item.category)}` : `#${i.itemKey}`}: {label('itemResult', i.result)}
                    {i.disruption && ` (${label('disruption', i.disruption)})`}
                  </Text>
                );
              })}
              {r.reason && <Text size="sm">{t('review.reasonShown', { text: r.reason })}</Text>}
              {r.escalatedTo && <Text size="sm">{label('escalation', r.escalatedTo)}</Text>}
              {r.note && <Text size="sm">{r.note}</Text>}
              <Text size="xs" c="dimmed">
                {t('response.recordedBy', { name: r.recordedBy, date: showDate(r.recordedAt) })}
              </Text>
            </Stack>
          </Alert>
        ))}
        {file.feedback.map((f) => (
          <Group key={f.id} gap="sm" data-testid="feedback">
            <Badge variant="light" tt="none">
              {label('feedbackSource', f.source)}
            </Badge>
            <Text fw={700}>{t('feedback.scoreShown', { score: f.score })}</Text>
            <Text size="sm">{f.text}</Text>
            <Text size="xs" c="dimmed">
              {t('feedback.givenByShown', { name: f.givenBy, date: showDate(f.recordedAt) })}
            </Text>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
