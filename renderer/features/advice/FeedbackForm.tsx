/** Feedback on the advice's usefulness from the referrer or the family: a 1-5 score, text and who gave it. */
import { useMemo, useState } from 'react';
import { Alert, Button, Group, Paper, Radio, SegmentedControl, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FeedbackInput, type Input } from '../../../shared/api/index';
import { FEEDBACK_SOURCES, type FeedbackSource } from '../../../shared/domain/advice';
import { applyServerErrors, errorText, schemaValidator } from '../../app/forms';
import { useFormGuard } from '../../app/useFormGuard';
import { useNotifySaved } from '../cases/labels';
import { useAdviceLabels } from './labels';
import { useAdviceCommand } from './queries';

interface FeedbackValues {
  source: FeedbackSource;
  score: string;
  text: string;
  givenBy: string;
}

export function FeedbackForm({ caseId, onDone }: { caseId: number; onDone(): void }) {
  const { t } = useTranslation('advice');
  const { label } = useAdviceLabels();
  const record = useAdviceCommand('advice.recordFeedback');
  const notifySaved = useNotifySaved();
  const [failure, setFailure] = useState<unknown>(null);
  const toInput = (v: FeedbackValues): Input<'advice.recordFeedback'> => ({
    caseId,
    source: v.source,
    score: v.score === '' ? 0 : Number(v.score),
    text: v.text,
    givenBy: v.givenBy,
  });
  const validate = useMemo(() => schemaValidator<FeedbackValues>(FeedbackInput, t, toInput), [t]);
  const form = useForm<FeedbackValues>({ initialValues: { source: 'verwijzer', score: '', text: '', givenBy: '' }, validate });
  const saveForm = async (values: typeof form.values): Promise<boolean> => {
    setFailure(null);
    try {
      await guard.saving(() => record.run(toInput(values)));
      notifySaved(t('feedback.saved'));
      onDone();
      return true;
    } catch (err) {
      if (!applyServerErrors(form, err, t)) setFailure(err);
      return false;
    }
  };
  // Leaving with typed changes (menu, back, lock) asks first; no draft: after an unlock this form is closed.
  const guard = useFormGuard(form, { draftKey: null, onSave: async () => !form.validate().hasErrors && saveForm(form.getValues()) });
  const submit = form.onSubmit((values) => void saveForm(values));
  return (
    <Paper withBorder p="md" radius="md" bg="gray.0" component="form" onSubmit={submit} noValidate aria-label={t('feedback.formTitle')}>
      <Stack gap="sm">
        <Title order={4}>{t('feedback.formTitle')}</Title>
        <Radio.Group size="md" label={t('feedback.source')} {...form.getInputProps('source')}>
          <Group mt="xs" gap="lg">
            {FEEDBACK_SOURCES.map((s) => (
              <Radio key={s} value={s} label={label('feedbackSource', s)} />
            ))}
          </Group>
        </Radio.Group>
        <Stack gap={4}>
          <Text size="md" fw={500}>
            {t('feedback.score')} <span style={{ color: 'var(--mantine-color-error)' }}>*</span>
          </Text>
          <SegmentedControl
            aria-label={t('feedback.score')}
            data={['1', '2', '3', '4', '5']}
            value={form.values.score}
            onChange={(v) => {
              form.setFieldValue('score', v);
              form.clearFieldError('score');
            }}
            w={260}
          />
          <Text size="xs" c="dimmed">
            {t('feedback.scoreHint')}
          </Text>
          {form.errors.score && (
            <Text size="sm" c="red.8">
              {form.errors.score}
            </Text>
          )}
        </Stack>
        <Textarea size="md" label={t('feedback.text')} autosize minRows={2} {...form.getInputProps('text')} />
        <TextInput size="md" maw={400} label={t('feedback.givenBy')} withAsterisk {...form.getInputProps('givenBy')} />
        {failure !== null && (
          <Alert color="red" role="alert">
            {errorText(t, failure)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" loading={record.isPending}>
            {t('feedback.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
