/** Procesregie: who does what by when, linked to an advice item or free, with status; overdue ones marked. */
import { useMemo, useState } from 'react';
import { Alert, Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ActionInput, type AdviceAction, type AdviceFile, type Input } from '../../../shared/api/index';
import type { ActionStatus } from '../../../shared/domain/advice';
import { applyServerErrors, errorText, schemaValidator } from '../../app/forms';
import { useFormGuard } from '../../app/useFormGuard';
import { useSession } from '../../app/session';
import { useNotifySaved } from '../cases/labels';
import { OverdueBadge, showDate, typedDate, useAdviceLabels } from './labels';
import { useAdviceCommand, useAdviceTeam } from './queries';

const OTHER = 'other';
const FREE = 'free';

interface ActionValues {
  who: string | null;
  whoName: string;
  what: string;
  due: string;
  itemKey: string;
}

export const NO_TRUNCATE = { root: { flexShrink: 0, overflow: 'visible' }, label: { overflow: 'visible' } } as const;

export const ACTION_COLORS: Record<ActionStatus, string> = { open: 'blue', gedaan: 'teal', vervallen: 'gray' };

function ActionForm({ file, onDone }: { file: AdviceFile; onDone(): void }) {
  const { t } = useTranslation('advice');
  const { itemTitle } = useAdviceLabels();
  const team = useAdviceTeam();
  const save = useAdviceCommand('actions.save');
  const notifySaved = useNotifySaved();
  const [failure, setFailure] = useState<unknown>(null);
  const toInput = (v: ActionValues): Input<'actions.save'> => ({
    caseId: file.caseId,
    itemKey: v.itemKey === FREE ? null : Number(v.itemKey),
    whoUserId: v.who && v.who !== OTHER ? Number(v.who) : null,
    whoName: v.who === OTHER ? v.whoName : '',
    what: v.what,
    due: typedDate(v.due),
  });
  const validate = useMemo(() => schemaValidator<ActionValues>(ActionInput, t, toInput), [t]);
  const form = useForm<ActionValues>({
    initialValues: { who: null, whoName: '', what: '', due: '', itemKey: FREE },
    validate: (v) => {
      const errors = validate(v);
      // Nobody chosen: the message belongs at the picker.
      if (errors.whoName && v.who !== OTHER) {
        errors.who = errors.whoName;
        delete errors.whoName;
      }
      return errors;
    },
  });
  const saveForm = async (values: typeof form.values): Promise<boolean> => {
    setFailure(null);
    try {
      await guard.saving(() => save.run(toInput(values)));
      notifySaved(t('action.saved'));
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
  const people = [
    ...(team.data ?? []).map((m) => ({ value: String(m.id), label: m.name })),
    { value: OTHER, label: t('action.other') },
  ];
  const items = [{ value: FREE, label: t('action.free') }, ...(file.approved?.items ?? []).map((i) => ({ value: String(i.key), label: itemTitle(i) }))];
  return (
    <Paper withBorder p="md" radius="md" bg="gray.0" component="form" onSubmit={submit} noValidate aria-label={t('action.formTitle')}>
      <Stack gap="sm">
        <Textarea size="md" label={t('action.what')} withAsterisk autosize minRows={2} {...form.getInputProps('what')} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            size="md"
            label={t('action.who')}
            withAsterisk
            data={people}
            searchable
            value={form.values.who}
            onChange={(v) => {
              form.setFieldValue('who', v);
              form.clearFieldError('who');
            }}
            error={form.errors.who}
          />
          {form.values.who === OTHER && <TextInput size="md" label={t('action.whoName')} withAsterisk {...form.getInputProps('whoName')} />}
          <TextInput size="md" label={t('action.due')} placeholder={t('datePlaceholder')} {...form.getInputProps('due')} />
        </SimpleGrid>
        <Select size="md" label={t('action.item')} data={items} allowDeselect={false} {...form.getInputProps('itemKey')} />
        {failure !== null && (
          <Alert color="red" role="alert">
            {errorText(t, failure)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('action.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

export function ActionStatusButtons({ action, onStatus }: { action: Pick<AdviceAction, 'id' | 'status' | 'what'>; onStatus(status: ActionStatus): void }) {
  const { t } = useTranslation('advice');
  if (action.status !== 'open') {
    return (
      <Button size="xs" variant="subtle" onClick={() => onStatus('open')}>
        {t('action.reopen')}
      </Button>
    );
  }
  return (
    <Group gap={4} wrap="nowrap">
      <Button size="xs" variant="light" color="teal" onClick={() => onStatus('gedaan')} aria-label={t('action.doneFor', { what: action.what })}>
        {t('action.done')}
      </Button>
      <Button size="xs" variant="subtle" color="gray" onClick={() => onStatus('vervallen')}>
        {t('action.cancel')}
      </Button>
    </Group>
  );
}

export function ActionsSection({ file }: { file: AdviceFile }) {
  const { t } = useTranslation('advice');
  const { can } = useSession();
  const { label } = useAdviceLabels();
  const setStatus = useAdviceCommand('actions.setStatus');
  const [adding, setAdding] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const editable = can('advice.follow') && file.caseStatus !== 'afgesloten';
  const itemOf = (key: number | null) => file.approved?.items.find((i) => i.key === key);
  const change = async (actionId: number, status: ActionStatus) => {
    setFailure(null);
    try {
      await setStatus.run({ caseId: file.caseId, actionId, status });
    } catch (err) {
      setFailure(err);
    }
  };
  return (
    <Paper withBorder p="lg" radius="md">
      <Group justify="space-between" mb="sm">
        <Title order={3} fz={20}>
          {t('action.sectionTitle')}
        </Title>
        {editable && !adding && (
          <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
            {t('action.add')}
          </Button>
        )}
      </Group>
      <Stack gap="sm">
        {adding && <ActionForm file={file} onDone={() => setAdding(false)} />}
        {file.actions.length === 0 ? (
          <Text c="dimmed">{t('action.none')}</Text>
        ) : (
          <Table withTableBorder verticalSpacing="xs" data-testid="actions">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('action.what')}</Table.Th>
                <Table.Th>{t('action.who')}</Table.Th>
                <Table.Th>{t('action.due')}</Table.Th>
                <Table.Th>{t('action.item')}</Table.Th>
                <Table.Th>{t('action.status')}</Table.Th>
                {editable && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {file.actions.map((a) => {
                const item = itemOf(a.itemKey);
                return (
                  <Table.Tr key={a.id} data-testid="action-row">
                    <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{a.what}</Table.Td>
                    <Table.Td>{a.whoName}</Table.Td>
                    <Table.Td>
                      <Group gap={6}>
                        {showDate(a.due) || '—'}
                        {a.overdue && <OverdueBadge />}
                      </Group>
                    </Table.Td>
                    <Table.Td>{item ? `#${item.position + 1} ${label('category', item.category)}` : t('action.free')}</Table.Td>
                    <Table.Td>
                      <Badge color={ACTION_COLORS[a.status]} variant="light" tt="none" styles={NO_TRUNCATE}>
                        {label('actionStatus', a.status)}
                      </Badge>
                    </Table.Td>
                    {editable && (
                      <Table.Td>
                        <ActionStatusButtons action={a} onStatus={(s) => void change(a.id, s)} />
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
        {failure !== null && (
          <Alert color="red" role="alert">
            {errorText(t, failure)}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
