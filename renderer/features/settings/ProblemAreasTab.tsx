/** 'Probleemgebieden' (beheerder): the team's list of problem areas, in Dutch and English. */
import { useEffect, useState } from 'react';
import {
  ActionIcon,
  Alert,
  Button,
  Code,
  Group,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconCheck, IconPencil, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../shared/api/index';
import type { ProblemArea } from '../../../shared/api/index';
import { useProblemAreaList, useSaveProblemArea } from './queries';
import { errorText, schemaValidator } from '../../app/forms';
import { QueryState } from '../../app/QueryState';
import { DraftOffer, useFormGuard } from '../../app/useFormGuard';
import { useLiveForm } from '../vault/useLiveForm';
import { TabHeader } from './TabHeader';

const schema = api['taxonomy.saveProblemArea'].input;

type V = { id: string; nl: string; en: string };

/** Add (no `area`) or edit the labels of one problem area. The code never changes once used. */
function AreaForm({ area, existing, onDone }: { area?: ProblemArea; existing: string[]; onDone(): void }) {
  const { t } = useTranslation('settings');
  const save = useSaveProblemArea();
  const [formError, setFormError] = useState<string | null>(null);
  const validate = schemaValidator<V>(schema, t, (v) => ({ ...v, active: area?.active ?? true }));
  const { form, applyServer } = useLiveForm<V>({
    initialValues: { id: area?.id ?? '', nl: area?.nl ?? '', en: area?.en ?? '' },
    validate: (v) => {
      const errors = validate(v);
      if (!area && !errors.id && existing.includes(v.id.trim())) errors.id = t('areas.idTaken');
      return errors;
    },
  });

  const saveArea = async (v: V): Promise<boolean> => {
    setFormError(null);
    try {
      const saved = await guard.saving(() => save.mutateAsync({ id: v.id.trim(), nl: v.nl, en: v.en, active: area?.active ?? true }));
      notifications.show({
        color: 'teal',
        icon: <IconCheck size={18} />,
        title: t('common:saved'),
        message: t(area ? 'areas.updated' : 'areas.added', { name: saved.nl }),
      });
      // Empty again for the next one (reset() would go back to the values the guard just marked as saved).
      const empty = { id: '', nl: '', en: '' };
      form.setValues(empty);
      form.resetDirty(empty);
      onDone();
      return true;
    } catch (err) {
      if (!applyServer(err, t)) setFormError(errorText(t, err));
      return false;
    }
  };
  // Leaving with a changed form asks first; a new area is kept as a draft at a lock (the edit
  // dialog is not there after an unlock to offer one, so it only asks).
  const guard = useFormGuard(form, {
    draftKey: area ? null : 'settings:problem-area:new',
    onSave: async () => !form.validate().hasErrors && saveArea(form.getValues()),
  });
  const submit = form.onSubmit((v) => void saveArea(v));

  return (
    <form onSubmit={submit} noValidate aria-label={area ? t('areas.edit') : t('areas.add')}>
      <Stack gap="md">
        <DraftOffer guard={guard} />
        <SimpleGrid cols={{ base: 1, sm: area ? 1 : 3 }} spacing="md">
          <TextInput
            label={t('areas.id')}
            description={t('areas.id.description')}
            maxLength={60}
            autoComplete="off"
            spellCheck={false}
            disabled={!!area}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            {...form.getInputProps('id')}
          />
          <TextInput label={t('areas.nl')} maxLength={100} {...form.getInputProps('nl')} />
          <TextInput label={t('areas.en')} maxLength={100} {...form.getInputProps('en')} />
        </SimpleGrid>
        {formError && (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
            {formError}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          {area && (
            <Button variant="default" onClick={onDone}>
              {t('common:cancel')}
            </Button>
          )}
          <Button type="submit" loading={save.isPending} leftSection={area ? undefined : <IconPlus size={16} />}>
            {area ? t('common:save') : t('areas.add.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ActiveSwitch({ area }: { area: ProblemArea }) {
  const { t } = useTranslation('settings');
  const save = useSaveProblemArea();
  // Optimistic: the switch moves at once and moves back if saving fails.
  const [checked, setChecked] = useState(area.active);
  useEffect(() => setChecked(area.active), [area.active]);
  return (
    <Switch
      checked={checked}
      disabled={save.isPending}
      aria-label={t('areas.activeFor', { name: area.nl })}
      onChange={(e) => {
        const active = e.currentTarget.checked;
        setChecked(active);
        save.mutate(
          { ...area, active },
          {
            onError: (err) => {
              setChecked(area.active);
              notifications.show({ color: 'red', title: t('common:error.title'), message: errorText(t, err) });
            },
          },
        );
      }}
    />
  );
}

export function ProblemAreasTab() {
  const { t } = useTranslation('settings');
  const areas = useProblemAreaList();
  const [editing, setEditing] = useState<ProblemArea | null>(null);
  const ids = areas.data?.map((a) => a.id) ?? [];

  return (
    <Stack gap="lg">
      <TabHeader title={t('tab.problem-areas')} intro={t('areas.intro')} />

      <Paper withBorder radius="md">
        <QueryState query={areas}>
          {(list) => (
            <Table.ScrollContainer minWidth={600}>
              <Table verticalSpacing="xs" highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('areas.id')}</Table.Th>
                    <Table.Th>{t('areas.nl')}</Table.Th>
                    <Table.Th>{t('areas.en')}</Table.Th>
                    <Table.Th>{t('areas.active')}</Table.Th>
                    <Table.Th>
                      <VisuallyHidden>{t('users.col.actions')}</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.length === 0 && (
                    <Table.Tr>
                      <Table.Td colSpan={5}>
                        <Text c="dimmed" size="sm" ta="center" py="md">
                          {t('areas.empty')}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  )}
                  {list.map((a) => (
                    <Table.Tr key={a.id} c={a.active ? undefined : 'dimmed'}>
                      <Table.Td>
                        <Code>{a.id}</Code>
                      </Table.Td>
                      <Table.Td>{a.nl}</Table.Td>
                      <Table.Td>{a.en}</Table.Td>
                      <Table.Td>
                        <ActiveSwitch area={a} />
                      </Table.Td>
                      <Table.Td ta="right">
                        <Tooltip label={t('areas.edit')}>
                          <ActionIcon
                            variant="subtle"
                            aria-label={t('areas.editOf', { name: a.nl })}
                            onClick={() => setEditing(a)}
                          >
                            <IconPencil size={16} />
                          </ActionIcon>
                        </Tooltip>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </QueryState>
      </Paper>

      <Paper withBorder radius="md" p="lg">
        <Title order={3} fz="md" mb="sm">
          {t('areas.add')}
        </Title>
        <AreaForm existing={ids} onDone={() => undefined} />
      </Paper>

      <Modal opened={!!editing} onClose={() => setEditing(null)} title={t('areas.edit')} radius="md">
        {editing && <AreaForm area={editing} existing={ids} onDone={() => setEditing(null)} />}
      </Modal>
    </Stack>
  );
}
