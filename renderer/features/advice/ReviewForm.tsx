/** The evaluation at the review: per advice item carried out / partly / not (+ blocking verstoring), and the decision. */
import { useMemo, useState } from 'react';
import { Alert, Button, Group, Paper, Radio, Select, Stack, Table, Text, TextInput, Textarea, Title, VisuallyHidden } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ReviewInput, type AdviceFile, type Input } from '../../../shared/api/index';
import { ESCALATION_TARGETS, ITEM_RESULTS, REVIEW_DECISIONS, type ItemResult } from '../../../shared/domain/advice';
import { todayIso } from '../../../shared/domain/dates';
import { DISRUPTIONS } from '../../../shared/domain/taxonomies';
import { applyServerErrors, errorText, schemaValidator } from '../../app/forms';
import { useFormGuard } from '../../app/useFormGuard';
import { useNotifySaved } from '../cases/labels';
import { showDate, typedDate, useAdviceLabels } from './labels';
import { useAdviceCommand } from './queries';

interface ReviewValues {
  heldOn: string;
  items: { itemKey: number; result: ItemResult; disruption: string }[];
  decision: string;
  reason: string;
  escalatedTo: string;
  note: string;
}

export function ReviewForm({ file, onDone }: { file: AdviceFile; onDone(): void }) {
  const { t } = useTranslation('advice');
  const { label, options } = useAdviceLabels();
  const record = useAdviceCommand('advice.recordReview');
  const notifySaved = useNotifySaved();
  const [failure, setFailure] = useState<unknown>(null);
  const toInput = (v: ReviewValues) =>
    ({
      caseId: file.caseId,
      heldOn: typedDate(v.heldOn),
      items: v.items.map((i) => ({ itemKey: i.itemKey, result: i.result, disruption: i.result === 'uitgevoerd' ? '' : i.disruption })),
      decision: v.decision,
      reason: v.reason,
      escalatedTo: v.decision === 'escaleren' ? v.escalatedTo : '',
      note: v.note,
    }) as Input<'advice.recordReview'>;
  const validate = useMemo(() => schemaValidator<ReviewValues>(ReviewInput, t, toInput), [t]);
  const form = useForm<ReviewValues>({
    initialValues: {
      heldOn: showDate(todayIso()),
      items: file.items.map((s) => ({ itemKey: s.item.key, result: 'uitgevoerd', disruption: '' })),
      decision: '',
      reason: '',
      escalatedTo: '',
      note: '',
    },
    validate,
  });
  const saveForm = async (values: typeof form.values): Promise<boolean> => {
    setFailure(null);
    try {
      await guard.saving(() => record.run(toInput(values)));
      notifySaved(t('review.saved'));
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
    <Paper withBorder p="md" radius="md" bg="gray.0" component="form" onSubmit={submit} noValidate aria-label={t('review.formTitle')}>
      <Stack gap="md">
        <Title order={4}>{t('review.formTitle')}</Title>
        <TextInput size="md" maw={220} label={t('review.heldOn')} withAsterisk placeholder={t('datePlaceholder')} {...form.getInputProps('heldOn')} />
        {file.items.length > 0 && (
          <Table withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('view.item')}</Table.Th>
                <Table.Th>{t('review.result')}</Table.Th>
                <Table.Th>{t('review.disruption')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {file.items.map((s, i) => {
                const n = s.item.position + 1;
                const value = form.values.items[i]!;
                return (
                  <Table.Tr key={s.item.key}>
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        #{n} {label('category', s.item.category)}
                      </Text>
                      <Text size="sm" lineClamp={2}>
                        {s.item.text}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Radio.Group label={<VisuallyHidden>{t('review.resultFor', { n })}</VisuallyHidden>} {...form.getInputProps(`items.${i}.result`)}>
                        <Group gap="sm">
                          {ITEM_RESULTS.map((r) => (
                            <Radio key={r} value={r} label={label('itemResult', r)} />
                          ))}
                        </Group>
                      </Radio.Group>
                    </Table.Td>
                    <Table.Td>
                      {value.result !== 'uitgevoerd' && (
                        <Select
                          aria-label={t('review.disruptionFor', { n })}
                          data={options('disruption', DISRUPTIONS)}
                          clearable
                          value={value.disruption || null}
                          onChange={(v) => form.setFieldValue(`items.${i}.disruption`, v ?? '')}
                        />
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
        <Radio.Group size="md" label={t('review.decision')} withAsterisk {...form.getInputProps('decision')}>
          <Group mt="xs" gap="lg">
            {REVIEW_DECISIONS.map((d) => (
              <Radio key={d} value={d} label={label('decision', d)} />
            ))}
          </Group>
        </Radio.Group>
        {form.values.decision === 'opnieuw_bespreken' && (
          <Textarea size="md" label={t('review.reason')} description={t('review.reasonHint')} withAsterisk autosize minRows={2} {...form.getInputProps('reason')} />
        )}
        {form.values.decision === 'escaleren' && (
          <Select
            size="md"
            maw={420}
            label={t('response.escalatedTo')}
            withAsterisk
            data={options('escalation', ESCALATION_TARGETS)}
            value={form.values.escalatedTo || null}
            onChange={(v) => {
              form.setFieldValue('escalatedTo', v ?? '');
              form.clearFieldError('escalatedTo');
            }}
            error={form.errors.escalatedTo}
          />
        )}
        {form.values.decision === 'afsluiten' && <Text size="sm">{t('review.closeHint')}</Text>}
        <Textarea size="md" label={t('review.note')} autosize minRows={2} {...form.getInputProps('note')} />
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
            {t('review.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
