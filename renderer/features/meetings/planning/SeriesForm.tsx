/** A new meeting series (e.g. every other Tuesday 13:00–17:00): validated with the contract's own schema. */
import { useMemo, useState } from 'react';
import { Alert, Button, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { SeriesInput, type Input } from '../../../../shared/api/index';
import { dutchToIso } from '../../../../shared/domain/dates';
import { applyServerErrors, errorText, schemaValidator } from '../../../app/forms';
import { DraftOffer, useFormGuard } from '../../../app/useFormGuard';
import { todayDutch } from '../../cases/formUtil';
import { useMeetingSettings, usePlanningCommand } from '../queries';

interface SeriesValues {
  title: string;
  weekday: string;
  intervalWeeks: number | string;
  startTime: string;
  endTime: string;
  location: string;
  videoLink: string;
  capacity: number | string;
  firstDate: string;
  untilDate: string;
  monthsAhead: number | string;
}

const num = (v: number | string): number => (typeof v === 'number' ? v : v.trim() === '' ? NaN : Number(v));

function toInput(v: SeriesValues): Input<'meetings.createSeries'> {
  return {
    title: v.title,
    weekday: Number(v.weekday),
    intervalWeeks: num(v.intervalWeeks),
    startTime: v.startTime,
    endTime: v.endTime,
    location: v.location,
    videoLink: v.videoLink,
    capacity: num(v.capacity),
    firstDate: dutchToIso(v.firstDate),
    untilDate: v.untilDate.trim() === '' ? '' : dutchToIso(v.untilDate),
    monthsAhead: num(v.monthsAhead),
  };
}

export function SeriesForm({ onDone }: { onDone(count: number): void }) {
  const { t } = useTranslation('meetings');
  const settings = useMeetingSettings();
  const create = usePlanningCommand('meetings.createSeries');
  const [failure, setFailure] = useState<unknown>(null);
  const validate = useMemo(() => schemaValidator<SeriesValues>(SeriesInput, t, toInput), [t]);
  const form = useForm<SeriesValues>({
    initialValues: {
      title: t('series.defaultTitle'),
      weekday: '2',
      intervalWeeks: 2,
      startTime: '13:00',
      endTime: '17:00',
      location: '',
      videoLink: '',
      capacity: settings.data?.capacity ?? 6,
      firstDate: todayDutch(),
      untilDate: '',
      monthsAhead: 6,
    },
    validate,
    validateInputOnBlur: true,
  });

  const save = async (values: SeriesValues): Promise<boolean> => {
    setFailure(null);
    try {
      const r = await guard.saving(() => create.mutateAsync(toInput(values)));
      onDone(r.meetingIds.length);
      return true;
    } catch (err) {
      // The form keeps every typed value; messages go to the fields.
      if (!applyServerErrors(form, err, t)) setFailure(err);
      return false;
    }
  };
  // Leaving or locking with changes asks first; a lock keeps them as a draft (app/useFormGuard.tsx).
  const guard = useFormGuard(form, {
    draftKey: 'meetings:series:new',
    onSave: async () => !form.validate().hasErrors && save(form.getValues()),
  });
  const submit = form.onSubmit((values) => void save(values));

  const weekdays = [1, 2, 3, 4, 5].map((d) => ({ value: String(d), label: t(`weekday.${d}`) }));
  return (
    <Paper withBorder p="lg" radius="md" component="form" onSubmit={submit} noValidate aria-labelledby="series-form-title">
      <Title order={2} fz={20} mb="md" id="series-form-title">
        {t('series.formTitle')}
      </Title>
      <Stack gap="md">
        <DraftOffer guard={guard} />
        <TextInput label={t('series.title')} withAsterisk {...form.getInputProps('title')} />
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <Select
            label={t('series.weekday')}
            data={weekdays}
            allowDeselect={false}
            value={form.values.weekday}
            onChange={(v) => form.setFieldValue('weekday', v ?? '2')}
            error={form.errors.weekday}
          />
          <NumberInput label={t('series.intervalWeeks')} min={1} max={8} {...form.getInputProps('intervalWeeks')} />
          <TextInput label={t('series.startTime')} placeholder="13:00" withAsterisk {...form.getInputProps('startTime')} />
          <TextInput label={t('series.endTime')} placeholder="17:00" withAsterisk {...form.getInputProps('endTime')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('meeting.location')} {...form.getInputProps('location')} />
          <TextInput label={t('meeting.videoLink')} placeholder="https://" {...form.getInputProps('videoLink')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <TextInput label={t('series.firstDate')} placeholder="dd-mm-jjjj" withAsterisk {...form.getInputProps('firstDate')} />
          <TextInput label={t('series.untilDate')} placeholder="dd-mm-jjjj" {...form.getInputProps('untilDate')} />
          <NumberInput label={t('series.monthsAhead')} min={1} max={24} {...form.getInputProps('monthsAhead')} />
          <NumberInput label={t('meeting.capacity')} min={1} max={20} {...form.getInputProps('capacity')} />
        </SimpleGrid>
        <Text size="sm" c="dimmed">
          {t('series.hint')}
        </Text>
        {failure !== null && (
          <Alert color="red" role="alert">
            {errorText(t, failure)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending}>
            {t('series.create')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
