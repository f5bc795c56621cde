/** 'Beveiliging' (beheerder): the team's auto-lock time. */
import { useState } from 'react';
import { Alert, Button, Group, NumberInput, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconCheck, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../shared/api/index';
import { useTeamSettings, useUpdateSettings } from './queries';
import { errorText, schemaValidator } from '../../app/forms';
import { useFormGuard } from '../../app/useFormGuard';
import { QueryState } from '../../app/QueryState';
import { useLiveForm } from '../vault/useLiveForm';
import { TabHeader } from './TabHeader';

const schema = api['settings.update'].input;

function AutoLockForm({ initial }: { initial: number }) {
  const { t } = useTranslation('settings');
  const update = useUpdateSettings();
  const [formError, setFormError] = useState<string | null>(null);
  type V = { autoLockMinutes: number | string };
  const { form, applyServer } = useLiveForm<V>({
    initialValues: { autoLockMinutes: initial },
    validate: schemaValidator<V>(schema, t),
  });

  const save = async (v: V): Promise<boolean> => {
    setFormError(null);
    try {
      const saved = await guard.saving(() => update.mutateAsync({ autoLockMinutes: Number(v.autoLockMinutes) }));
      form.setInitialValues({ autoLockMinutes: saved.autoLockMinutes });
      form.resetDirty({ autoLockMinutes: saved.autoLockMinutes });
      notifications.show({
        color: 'teal',
        icon: <IconCheck size={18} />,
        title: t('common:saved'),
        message: t('security.saved', { minutes: saved.autoLockMinutes }),
      });
      return true;
    } catch (err) {
      if (!applyServer(err, t)) setFormError(errorText(t, err));
      return false;
    }
  };
  // Leaving with a changed setting asks first (no draft: nothing personal, and quickly typed again).
  const guard = useFormGuard(form, { onSave: async () => !form.validate().hasErrors && save(form.getValues()) });
  const submit = form.onSubmit((v) => void save(v));

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <NumberInput
          label={t('security.autoLock')}
          description={t('security.autoLock.description')}
          min={1}
          max={120}
          step={1}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="strict"
          maw={320}
          {...form.getInputProps('autoLockMinutes')}
        />
        <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} />} p="sm">
          <Text size="sm">{t('security.autoLock.note')}</Text>
        </Alert>
        {formError && (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
            {formError}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={update.isPending}>
            {t('common:save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function SecurityTab() {
  const { t } = useTranslation('settings');
  const settings = useTeamSettings();
  return (
    <Paper withBorder radius="md" p="lg" maw={560}>
      <Stack gap="md">
        <TabHeader title={t('security.title')} intro={t('security.intro')} />
        <QueryState query={settings} inline>
          {(s) => <AutoLockForm initial={s.autoLockMinutes} />}
        </QueryState>
      </Stack>
    </Paper>
  );
}
