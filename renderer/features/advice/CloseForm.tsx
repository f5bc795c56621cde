/**
 * Closing a case that had an advice: only with its outcome (fitting place reached?
 * the place type), the meest bepalende knelpunt and, when the requested care is
 * missing, the achterliggend knelpunt. Field-level messages; nothing typed is lost.
 */
import { useMemo, useState } from 'react';
import { Alert, Badge, Button, Group, Paper, Radio, Select, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconFlag } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CloseInput, type AdviceFile, type Input, type Outcome } from '../../../shared/api/index';
import { ACHTERLIGGENDE_KNELPUNTEN, FITTING_PLACE, KNELPUNTEN, KNELPUNT_WITH_SUB } from '../../../shared/domain/advice';
import { LIVING_SITUATIONS } from '../../../shared/domain/taxonomies';
import { applyServerErrors, errorText, schemaValidator } from '../../app/forms';
import { useFormGuard } from '../../app/useFormGuard';
import { useErrorText, useNotifySaved } from '../cases/labels';
import { showDate, useAdviceLabels } from './labels';
import { useCloseCase } from './queries';

interface CloseValues {
  fittingPlace: string;
  placeType: string;
  knelpunt: string;
  achterliggend: string;
  note: string;
}

export function OutcomeView({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation('advice');
  const { label } = useAdviceLabels();
  return (
    <Paper withBorder p="lg" radius="md" data-testid="outcome">
      <Title order={3} fz={20} mb="sm">
        {t('close.outcomeTitle')}
      </Title>
      <Stack gap={4}>
        <Group gap="sm">
          <Badge size="lg" color={outcome.fittingPlace === 'ja' ? 'teal' : outcome.fittingPlace === 'deels' ? 'yellow' : 'red'} tt="none">
            {t('close.fittingShown', { value: label('fitting', outcome.fittingPlace) })}
          </Badge>
          <Text>{t(`cases:living.${outcome.placeType}`)}</Text>
        </Group>
        <Text>
          {t('close.knelpuntShown', { value: label('knelpunt', outcome.knelpunt) })}
          {outcome.achterliggend && ` · ${t('close.achterliggendShown', { value: label('achterliggend', outcome.achterliggend) })}`}
        </Text>
        {outcome.note && <Text size="sm">{outcome.note}</Text>}
        <Text size="xs" c="dimmed">
          {t('response.recordedBy', { name: outcome.recordedBy, date: showDate(outcome.recordedAt) })}
        </Text>
      </Stack>
    </Paper>
  );
}

export function CloseForm({ file, onDone }: { file: AdviceFile; onDone(): void }) {
  const { t } = useTranslation('advice');
  const { options } = useAdviceLabels();
  const close = useCloseCase();
  const notifySaved = useNotifySaved();
  const errorMessage = useErrorText();
  const [failure, setFailure] = useState<unknown>(null);
  const toInput = (v: CloseValues) =>
    ({
      caseId: file.caseId,
      fittingPlace: v.fittingPlace,
      placeType: v.placeType,
      knelpunt: v.knelpunt,
      achterliggend: v.knelpunt === KNELPUNT_WITH_SUB ? v.achterliggend : '',
      note: v.note,
    }) as Input<'advice.close'>;
  const validate = useMemo(() => schemaValidator<CloseValues>(CloseInput, t, toInput), [t]);
  const form = useForm<CloseValues>({
    initialValues: { fittingPlace: '', placeType: '', knelpunt: '', achterliggend: '', note: '' },
    validate,
  });
  const select = (field: keyof CloseValues) => ({
    value: form.values[field] || null,
    onChange: (v: string | null) => {
      form.setFieldValue(field, v ?? '');
      form.clearFieldError(field);
    },
    error: form.errors[field],
  });
  const saveForm = async (values: typeof form.values): Promise<boolean> => {
    setFailure(null);
    try {
      await guard.saving(() => close.run(toInput(values)));
      notifySaved(t('close.done'));
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
    <Paper withBorder p="lg" radius="md" component="form" onSubmit={submit} noValidate aria-label={t('close.title')}>
      <Stack gap="md">
        <Title order={3} fz={20}>
          {t('close.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('close.intro')}
        </Text>
        <Radio.Group size="md" label={t('close.fittingPlace')} withAsterisk {...form.getInputProps('fittingPlace')}>
          <Group mt="xs" gap="lg">
            {options('fitting', FITTING_PLACE).map((o) => (
              <Radio key={o.value} value={o.value} label={o.label} />
            ))}
          </Group>
        </Radio.Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            size="md"
            label={t('close.placeType')}
            withAsterisk
            data={LIVING_SITUATIONS.map((l) => ({ value: l, label: t(`cases:living.${l}`) }))}
            {...select('placeType')}
          />
          <Select size="md" label={t('close.knelpunt')} withAsterisk data={options('knelpunt', KNELPUNTEN)} {...select('knelpunt')} />
        </SimpleGrid>
        {form.values.knelpunt === KNELPUNT_WITH_SUB && (
          <Select
            size="md"
            maw={420}
            label={t('close.achterliggend')}
            withAsterisk
            data={options('achterliggend', ACHTERLIGGENDE_KNELPUNTEN)}
            {...select('achterliggend')}
          />
        )}
        <Textarea size="md" label={t('close.note')} autosize minRows={2} {...form.getInputProps('note')} />
        {failure !== null && (
          <Alert color="red" role="alert">
            {failure instanceof Error ? errorMessage(failure) : errorText(t, failure)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" color="gray" leftSection={<IconFlag size={18} />} loading={close.isPending}>
            {t('close.confirm')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
