/** Dialogs of the planning screen: cancel (with a reason), move, and an extra meeting. Typed values survive a failed save. */
import { useMemo, useState } from 'react';
import { Alert, Button, Group, Modal, NumberInput, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ExtraMeetingInput, MoveMeetingInput, meetingsApi, type MeetingSummary } from '../../../../shared/api/index';
import { dutchToIso, isoToDutch } from '../../../../shared/domain/dates';
import { applyServerErrors, errorText, schemaValidator } from '../../../app/forms';
import { useMeetingCommand, usePlanningCommand } from '../queries';

function Failure({ failure }: { failure: unknown }) {
  const { t } = useTranslation('meetings');
  if (failure === null) return null;
  return (
    <Alert color="red" role="alert">
      {errorText(t, failure)}
    </Alert>
  );
}

export function CancelDialog({ meeting, onClose }: { meeting: MeetingSummary; onClose(): void }) {
  const { t } = useTranslation('meetings');
  const cancel = usePlanningCommand('meetings.cancel');
  const [failure, setFailure] = useState<unknown>(null);
  const schema = meetingsApi['meetings.cancel'].input;
  const validate = useMemo(
    () => schemaValidator<{ reason: string }>(schema, t, (v) => ({ meetingId: meeting.id, reason: v.reason })),
    [schema, t, meeting.id],
  );
  const form = useForm({ initialValues: { reason: '' }, validate });
  const submit = form.onSubmit(async ({ reason }) => {
    setFailure(null);
    try {
      await cancel.mutateAsync({ meetingId: meeting.id, reason });
      onClose();
    } catch (err) {
      if (!applyServerErrors(form, err, t)) setFailure(err);
    }
  });
  return (
    <Modal opened onClose={onClose} title={t('cancel.title', { date: isoToDutch(meeting.date) })}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Alert color="yellow" variant="light">
            {t('cancel.effect', { count: meeting.itemCount })}
          </Alert>
          <Textarea label={t('cancel.reason')} withAsterisk autosize minRows={2} data-autofocus {...form.getInputProps('reason')} />
          <Failure failure={failure} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:cancel')}
            </Button>
            <Button type="submit" color="red" loading={cancel.isPending}>
              {t('cancel.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

interface WhenValues {
  date: string;
  startTime: string;
  endTime: string;
  location: string;
  videoLink: string;
  capacity: number | string;
}

const whenInput = (v: WhenValues) => ({
  date: dutchToIso(v.date),
  startTime: v.startTime,
  endTime: v.endTime,
  location: v.location,
  videoLink: v.videoLink,
});

function WhenFields({ form, withCapacity }: { form: UseFormReturnType<WhenValues>; withCapacity: boolean }) {
  const { t } = useTranslation('meetings');
  return (
    <>
      <SimpleGrid cols={3}>
        <TextInput label={t('meeting.date')} placeholder="dd-mm-jjjj" withAsterisk data-autofocus {...form.getInputProps('date')} />
        <TextInput label={t('series.startTime')} placeholder="13:00" {...form.getInputProps('startTime')} />
        <TextInput label={t('series.endTime')} placeholder="17:00" {...form.getInputProps('endTime')} />
      </SimpleGrid>
      <TextInput label={t('meeting.location')} {...form.getInputProps('location')} />
      <TextInput label={t('meeting.videoLink')} placeholder="https://" {...form.getInputProps('videoLink')} />
      {withCapacity && <NumberInput label={t('meeting.capacity')} min={1} max={20} {...form.getInputProps('capacity')} />}
    </>
  );
}

export function MoveDialog({ meeting, onClose }: { meeting: MeetingSummary; onClose(): void }) {
  const { t } = useTranslation('meetings');
  const move = useMeetingCommand('meetings.move');
  const [failure, setFailure] = useState<unknown>(null);
  const validate = useMemo(
    () => schemaValidator<WhenValues>(MoveMeetingInput, t, (v) => ({ meetingId: meeting.id, ...whenInput(v) })),
    [t, meeting.id],
  );
  const form = useForm<WhenValues>({
    initialValues: {
      date: isoToDutch(meeting.date),
      startTime: meeting.startTime,
      endTime: meeting.endTime,
      location: meeting.location,
      videoLink: meeting.videoLink,
      capacity: meeting.capacity,
    },
    validate,
    validateInputOnBlur: true,
  });
  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      await move.run({ meetingId: meeting.id, ...whenInput(values) });
      onClose();
    } catch (err) {
      if (!applyServerErrors(form, err, t)) setFailure(err);
    }
  });
  return (
    <Modal opened onClose={onClose} title={t('move.title', { date: isoToDutch(meeting.date) })} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <WhenFields form={form} withCapacity={false} />
          <Failure failure={failure} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:cancel')}
            </Button>
            <Button type="submit" loading={move.isPending}>
              {t('move.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function ExtraDialog({ onClose, onCreated }: { onClose(): void; onCreated(meetingId: number): void }) {
  const { t } = useTranslation('meetings');
  const add = useMeetingCommand('meetings.addExtra');
  const [failure, setFailure] = useState<unknown>(null);
  const toInput = (v: WhenValues) => ({ ...whenInput(v), capacity: typeof v.capacity === 'number' ? v.capacity : Number(v.capacity) });
  const validate = useMemo(() => schemaValidator<WhenValues>(ExtraMeetingInput, t, toInput), [t]);
  const form = useForm<WhenValues>({
    initialValues: { date: '', startTime: '13:00', endTime: '17:00', location: '', videoLink: '', capacity: 6 },
    validate,
    validateInputOnBlur: true,
  });
  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      const d = await add.run(toInput(values));
      onCreated(d.id);
    } catch (err) {
      if (!applyServerErrors(form, err, t)) setFailure(err);
    }
  });
  return (
    <Modal opened onClose={onClose} title={t('extra.title')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <WhenFields form={form} withCapacity />
          <Failure failure={failure} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:cancel')}
            </Button>
            <Button type="submit" loading={add.isPending}>
              {t('extra.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
