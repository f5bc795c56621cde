/** First start: create the team vault; the first user becomes voorzitter and beheerder. */
import { useState } from 'react';
import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { vaultApi as api } from '../../../shared/api/vault';
import { ApiError } from '../../api/client';
import { errorText, schemaValidator } from '../../app/forms';
import { PassphraseInput } from './PassphraseInput';
import { PassphraseStrength } from './PassphraseStrength';
import { CardHeader, FormError, type CreatedKey } from './parts';
import { useCreateVault } from './queries';
import { useLiveForm, withConfirm } from './useLiveForm';

const createSchema = api['vault.create'].input;

export function CreateVault({ onCreated, onExists }: { onCreated(k: CreatedKey): void; onExists(): void }) {
  const { t } = useTranslation('vault');
  const [formError, setFormError] = useState<string | null>(null);
  const create = useCreateVault();
  type V = { teamName: string; userName: string; passphrase: string; confirm: string };
  const { form, applyServer } = useLiveForm<V>({
    initialValues: { teamName: '', userName: '', passphrase: '', confirm: '' },
    validate: withConfirm<V>(
      schemaValidator<V>(createSchema, t, ({ teamName, userName, passphrase }) => ({ teamName, userName, passphrase })),
      'passphrase',
      'confirm',
      { mismatch: t('msg:v.passphrase_mismatch'), required: t('msg:v.required') },
    ),
    dependents: { passphrase: ['confirm'] },
  });

  const submit = form.onSubmit(async ({ teamName, userName, passphrase }) => {
    setFormError(null);
    try {
      const r = await create.mutateAsync({ teamName, userName, passphrase });
      onCreated({ recoveryKey: r.recoveryKey, teamName: r.session.teamName, session: r.session, variant: 'created' });
    } catch (err) {
      if (err instanceof ApiError && err.code === 'VAULT_EXISTS') onExists();
      if (!applyServer(err, t)) setFormError(errorText(t, err));
    }
  });

  const { teamName, userName } = form.getValues();
  return (
    <form onSubmit={submit} noValidate aria-label={t('create.title')}>
      <CardHeader icon={<IconShieldLock size={26} />} title={t('create.title')} subtitle={t('create.intro')} />
      <Stack gap="md">
        <TextInput
          label={t('create.teamName')}
          description={t('create.teamName.description')}
          maxLength={120}
          autoComplete="organization"
          autoFocus
          {...form.getInputProps('teamName')}
        />
        <TextInput
          label={t('create.userName')}
          description={t('create.userName.description')}
          maxLength={80}
          autoComplete="name"
          {...form.getInputProps('userName')}
        />
        <PassphraseInput
          label={t('create.passphrase')}
          description={t('create.passphrase.description')}
          autoComplete="new-password"
          {...form.getInputProps('passphrase')}
        />
        <PassphraseStrength value={form.getValues().passphrase} userInputs={[teamName, userName]} />
        <PassphraseInput label={t('create.confirm')} autoComplete="new-password" {...form.getInputProps('confirm')} />
        <Alert variant="light" color="teal" p="sm">
          <Text size="sm">{t('create.firstUser')}</Text>
        </Alert>
        <FormError message={formError} />
        <Button type="submit" size="md" fullWidth loading={create.isPending}>
          {t('create.submit')}
        </Button>
      </Stack>
    </form>
  );
}
