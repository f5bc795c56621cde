/** Forgot the passphrase: the recovery key unlocks, sets a new passphrase and issues a new recovery key. */
import { useState } from 'react';
import { Anchor, Button, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { vaultApi as api } from '../../../shared/api/vault';
import { ApiError } from '../../api/client';
import { errorText, schemaValidator } from '../../app/forms';
import { PassphraseInput } from './PassphraseInput';
import { PassphraseStrength } from './PassphraseStrength';
import {
  CardHeader,
  FormError,
  ThrottleNotice,
  keyInputStyles,
  retryAfterMs,
  userOptions,
  userSelectProps,
  type CreatedKey,
  type UserFormProps,
} from './parts';
import { useRecoverVault } from './queries';
import { useLiveForm, withConfirm } from './useLiveForm';

const recoverSchema = api['vault.recover'].input;

export function RecoverForm({
  users,
  teamName,
  userId,
  onUserChange,
  countdown,
  onRecovered,
  onBack,
}: UserFormProps & { onRecovered(k: CreatedKey): void; onBack(): void }) {
  const { t } = useTranslation('vault');
  const [formError, setFormError] = useState<string | null>(null);
  const recover = useRecoverVault();
  type V = { userId: string | null; recoveryKey: string; newPassphrase: string; confirm: string };
  const { form, applyServer, setServerError } = useLiveForm<V>({
    initialValues: { userId, recoveryKey: '', newPassphrase: '', confirm: '' },
    validate: withConfirm<V>(
      schemaValidator<V>(recoverSchema, t, (v) => ({
        userId: v.userId ? Number(v.userId) : null,
        recoveryKey: v.recoveryKey,
        newPassphrase: v.newPassphrase,
      })),
      'newPassphrase',
      'confirm',
      { mismatch: t('msg:v.passphrase_mismatch'), required: t('msg:v.required') },
    ),
    onValuesChange: (v, prev) => {
      if (v.userId !== prev.userId) onUserChange(v.userId);
    },
    dependents: { newPassphrase: ['confirm'] },
  });

  const waiting = countdown.seconds > 0;
  const submit = form.onSubmit(async (v) => {
    if (waiting) return;
    setFormError(null);
    try {
      const r = await recover.mutateAsync({
        userId: Number(v.userId),
        recoveryKey: v.recoveryKey,
        newPassphrase: v.newPassphrase,
      });
      onRecovered({ recoveryKey: r.recoveryKey, teamName: r.session.teamName, session: r.session, variant: 'new' });
    } catch (err) {
      const wait = retryAfterMs(err);
      if (wait > 0) countdown.start(wait);
      if (err instanceof ApiError && err.code === 'WRONG_RECOVERY_KEY') {
        setServerError('recoveryKey', errorText(t, err));
      } else if (!(err instanceof ApiError && err.code === 'THROTTLED') && !applyServer(err, t)) {
        setFormError(errorText(t, err));
      }
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label={t('recover.title')}>
      <CardHeader icon={<IconKey size={26} />} title={t('recover.title')} subtitle={teamName} />
      <Stack gap="md">
        <Text size="sm">{t('recover.intro')}</Text>
        <NativeSelect
          label={t('recover.user')}
          data={userOptions(users, t('unlock.userPlaceholder'))}
          autoFocus={!userId}
          {...userSelectProps(form.getInputProps('userId'))}
        />
        <TextInput
          label={t('recover.key')}
          description={t('recover.key.description')}
          placeholder="XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={60}
          autoFocus={!!userId}
          styles={keyInputStyles}
          {...form.getInputProps('recoveryKey')}
        />
        <PassphraseInput label={t('recover.newPassphrase')} autoComplete="new-password" {...form.getInputProps('newPassphrase')} />
        <PassphraseStrength value={form.getValues().newPassphrase} userInputs={[teamName]} />
        <PassphraseInput label={t('recover.confirm')} autoComplete="new-password" {...form.getInputProps('confirm')} />
        <ThrottleNotice seconds={countdown.seconds} />
        <FormError message={formError} />
        <Button type="submit" size="md" fullWidth loading={recover.isPending} disabled={waiting}>
          {waiting ? t('recover.wait', { seconds: countdown.seconds }) : t('recover.submit')}
        </Button>
        <Anchor component="button" type="button" size="sm" ta="center" onClick={onBack}>
          {t('recover.back')}
        </Anchor>
      </Stack>
    </form>
  );
}
