/** One agenda item: case, computed times, slot minutes (deel 1 / deel 2), order, guests and conflicts of interest. */
import { useMemo, useState } from 'react';
import { Accordion, ActionIcon, Alert, Anchor, Badge, Button, Group, NumberInput, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { meetingsApi, type AgendaItem, type MeetingDetail } from '../../../../shared/api/index';
import { applyServerErrors, errorText, schemaValidator } from '../../../app/forms';
import { useEnumLabels, useProblemAreas } from '../../cases/labels';
import { formatDate } from '../format';
import { useMeetingCommand } from '../queries';
import { ConflictsSection } from './ConflictsSection';
import { GuestsSection } from './GuestsSection';

export function AgendaItemCard({
  meeting,
  item,
  index,
  editable,
}: {
  meeting: MeetingDetail;
  item: AgendaItem;
  index: number;
  editable: boolean;
}) {
  const { t } = useTranslation('meetings');
  const { label } = useEnumLabels();
  const { labelOf } = useProblemAreas();
  const reorder = useMeetingCommand('meetings.reorder');
  const remove = useMeetingCommand('meetings.removeCase');
  const [failure, setFailure] = useState<unknown>(null);
  const ids = meeting.items.map((i) => i.id);

  const move = async (delta: number) => {
    const next = [...ids];
    const j = index + delta;
    [next[index], next[j]] = [next[j]!, next[index]!];
    setFailure(null);
    try {
      await reorder.run({ meetingId: meeting.id, itemIds: next });
    } catch (err) {
      setFailure(err);
    }
  };

  return (
    <Paper withBorder radius="md" p="md" data-testid="agenda-item" aria-label={t('agenda.itemLabel', { code: item.caseCode })}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Group gap="xs">
            <Badge variant="filled" circle>
              {index + 1}
            </Badge>
            <Anchor component={Link} to={`/cases/${item.caseId}`} fw={700} data-testid="agenda-case-code">
              {item.caseCode}
            </Anchor>
            <Text c="dimmed">{item.initials}</Text>
            <Badge variant="light">{label('urgency', item.urgency)}</Badge>
            {item.carriedOverFrom && (
              <Badge color="orange" data-testid="carried-over">
                {t('agenda.carriedOverFrom', { date: formatDate(item.carriedOverFrom) })}
              </Badge>
            )}
            {item.conflicts.length > 0 && <Badge color="grape">{t('conflict.badge', { count: item.conflicts.length })}</Badge>}
          </Group>
          <Text size="sm" data-testid="item-times">
            {item.plannedStart
              ? t('agenda.times', { start: item.plannedStart, deel2: item.plannedDeel2Start, end: item.plannedEnd })
              : t('agenda.noTimes')}
          </Text>
          {item.problemAreas.length > 0 && (
            <Text size="xs" c="dimmed">
              {item.problemAreas.map(labelOf).join(', ')}
            </Text>
          )}
        </Stack>
        {editable && (
          <Group gap={4} wrap="nowrap">
            <Tooltip label={t('agenda.up')}>
              <ActionIcon variant="subtle" aria-label={t('agenda.upCase', { code: item.caseCode })} disabled={index === 0} onClick={() => void move(-1)}>
                <IconArrowUp size={18} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label={t('agenda.down')}>
              <ActionIcon
                variant="subtle"
                aria-label={t('agenda.downCase', { code: item.caseCode })}
                disabled={index === ids.length - 1}
                onClick={() => void move(1)}
              >
                <IconArrowDown size={18} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label={t('agenda.remove')}>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('agenda.removeCase', { code: item.caseCode })}
                onClick={() => void remove.run({ itemId: item.id }).catch(setFailure)}
              >
                <IconTrash size={18} />
              </ActionIcon>
            </Tooltip>
          </Group>
        )}
      </Group>
      {item.sectorWarnings.length > 0 && (
        <Text size="sm" c="yellow.9" mt={4}>
          {t('attendance.sectorItem', { sectors: item.sectorWarnings.map((w) => t(`sector.${w.sector}`)).join(', ') })}
        </Text>
      )}
      {failure !== null && (
        <Alert color="red" role="alert" mt="xs">
          {errorText(t, failure)}
        </Alert>
      )}
      <SlotForm item={item} editable={editable} />
      <Accordion multiple variant="contained" mt="sm" chevronPosition="left">
        <Accordion.Item value="guests">
          <Accordion.Control>{t('guest.section', { count: item.guests.length })}</Accordion.Control>
          <Accordion.Panel>
            <GuestsSection meeting={meeting} item={item} editable={editable} />
          </Accordion.Panel>
        </Accordion.Item>
        <Accordion.Item value="conflicts">
          <Accordion.Control>{t('conflict.section', { count: item.conflicts.length })}</Accordion.Control>
          <Accordion.Panel>
            <ConflictsSection meeting={meeting} item={item} />
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
    </Paper>
  );
}

interface SlotValues {
  minutesDeel1: number | string;
  minutesDeel2: number | string;
}

const toNum = (v: number | string) => (typeof v === 'number' ? v : v.trim() === '' ? NaN : Number(v));

function SlotForm({ item, editable }: { item: AgendaItem; editable: boolean }) {
  const { t } = useTranslation('meetings');
  const setSlot = useMeetingCommand('meetings.setSlot');
  const [failure, setFailure] = useState<unknown>(null);
  const schema = meetingsApi['meetings.setSlot'].input;
  const prepare = (v: SlotValues) => ({ itemId: item.id, minutesDeel1: toNum(v.minutesDeel1), minutesDeel2: toNum(v.minutesDeel2) });
  const validate = useMemo(() => schemaValidator<SlotValues>(schema, t, prepare), [schema, t, item.id]);
  const form = useForm<SlotValues>({
    initialValues: { minutesDeel1: item.minutesDeel1, minutesDeel2: item.minutesDeel2 },
    validate,
    validateInputOnChange: true,
  });
  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      await setSlot.run(prepare(values));
      form.resetDirty();
    } catch (err) {
      if (!applyServerErrors(form, err, t)) setFailure(err);
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Group align="flex-end" mt="sm" gap="sm">
        <NumberInput
          label={t('agenda.minutesDeel1')}
          w={150}
          clampBehavior="none"
          allowDecimal={false}
          disabled={!editable}
          {...form.getInputProps('minutesDeel1')}
        />
        <NumberInput
          label={t('agenda.minutesDeel2')}
          w={150}
          clampBehavior="none"
          allowDecimal={false}
          disabled={!editable}
          {...form.getInputProps('minutesDeel2')}
        />
        {editable && form.isDirty() && (
          <Button type="submit" variant="light" loading={setSlot.isPending}>
            {t('agenda.saveSlot')}
          </Button>
        )}
      </Group>
      {failure !== null && (
        <Alert color="red" role="alert" mt="xs">
          {errorText(t, failure)}
        </Alert>
      )}
    </form>
  );
}
