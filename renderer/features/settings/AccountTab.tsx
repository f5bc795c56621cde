/** 'Mijn account': who you are, and changing your own passphrase. */
import { useState } from 'react';
import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../shared/api/index';
import { ApiError } from '../../api/client';
import { useChangePassphrase } from './queries';
import { errorText, schemaValidator } from '../../app/forms';
import { useSession } from '../../app/session';
import { useFormGuard } from '../../app/useFormGuard';
import { PassphraseStrength } from '../vault/PassphraseStrength';
import { PassphraseInput } from '../vault/PassphraseInput';
import { useLiveForm, withConfirm } from '../vault/useLiveForm';
import { RoleBadges } from './roles';
import { TabHeader } from './TabHeader';

const schema = api['account.changePassphrase'].input;
const EMPTY = { current: '', next: '', confirm: '' };

function ChangePassphrase() {
  const { t } = useTranslation('settings');
  const { session } = useSession();
  const change = useChangePassphrase();
  const [formError, setFormError] = useState<string | null>(null);
  type V = { current: string; next: string; confirm: string };
  const { form, applyServer, setServerError } = useLiveForm<V>({
    initialValues: EMPTY,
    validate: withConfirm<V>(
      schemaValidator<V>(schema, t, ({ current, next }) => ({ current, next })),
      'next',
      'confirm',
      { mismatch: t('msg:v.passphrase_mismatch'), required: t('msg:v.required') },
    ),
    dependents: { next: ['confirm'] },
  });

  const changePassphrase = async ({ current, next }: V): Promise<boolean> => {
    setFormError(null);
    try {
      await guard.saving(() => change.mutateAsync({ current, next }));
      // Empty again (reset() would go back to the values the guard just marked as saved).
      form.setValues(EMPTY);
      form.resetDirty(EMPTY);
      notifications.show({
        color: 'teal',
        icon: <IconCheck size={18} />,
        title: t('account.changed.title'),
        message: t('account.changed.message'),
      });
      return true;
    } catch (err) {
      if (err instanceof ApiError && (err.code === 'WRONG_PASSPHRASE' || err.code === 'THROTTLED')) {
        setServerError('current', errorText(t, err));
      } else if (!applyServer(err, t)) {
        setFormError(errorText(t, err));
      }
      return false;
    }
  };
  // Leaving a half-typed change asks first; never a draft: these are passphrases.
  const guard = useFormGuard(form, {
    draftKey: null,
    onSave: async () => !form.validate().hasErrors && changePassphrase(form.getValues()),
  });
  const submit = form.onSubmit((v) => void changePassphrase(v));

  return (
    <Paper withBorder radius="md" p="lg" maw={520}>
      <form onSubmit={submit} noValidate aria-label={t('account.change.title')}>
        <Stack gap="md">
          <TabHeader title={t('account.change.title')} intro={t('account.change.intro')} />
          <PassphraseInput
            label={t('account.current')}
            autoComplete="current-password"
            {...form.getInputProps('current')}
          />
          <PassphraseInput
            label={t('account.next')}
            description={t('passphrase.description')}
            autoComplete="new-password"
            {...form.getInputProps('next')}
          />
          <PassphraseStrength value={form.getValues().next} userInputs={[session.userName, session.teamName]} />
          <PassphraseInput label={t('account.confirm')} autoComplete="new-password" {...form.getInputProps('confirm')} />
          {formError && (
            <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
              {formError}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={change.isPending}>
              {t('account.change.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

export function AccountTab() {
  const { t } = useTranslation('settings');
  const { session } = useSession();
  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="lg" maw={520}>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
          <div>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {t('account.name')}
            </Text>
            <Text fw={600}>{session.userName}</Text>
          </div>
          <div>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {t('account.team')}
            </Text>
            <Text>{session.teamName}</Text>
          </div>
          <div>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600} mb={4}>
              {t('account.roles')}
            </Text>
            <RoleBadges roles={session.roles} />
          </div>
        </SimpleGrid>
      </Paper>
      <ChangePassphrase />
    </Stack>
  );
}
