/** Unlock: choose a user, type the passphrase; repeated failures make the button wait. */
import { useRef, useState } from 'react';
import { Anchor, Button, NativeSelect, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { vaultApi as api } from '../../../shared/api/vault';
import type { SessionInfo } from '../../../shared/api/index';
import { ApiError } from '../../api/client';
import { formatDate } from '../cases/labels';
import { errorText, schemaValidator } from '../../app/forms';
import { PassphraseInput } from './PassphraseInput';
import { CardHeader, FormError, ThrottleNotice, retryAfterMs, userOptions, userSelectProps, type UserFormProps } from './parts';
import { useUnlockVault } from './queries';
import { useLiveForm } from './useLiveForm';

const unlockSchema = api['vault.unlock'].input;

export function UnlockForm({
  users,
  teamName,
  userId,
  onUserChange,
  countdown,
  onUnlocked,
  onForgot,
}: UserFormProps & { onUnlocked(s: SessionInfo): void; onForgot(): void }) {
  const { t } = useTranslation('vault');
  const [formError, setFormError] = useState<string | null>(null);
  const unlock = useUnlockVault();
  const passRef = useRef<HTMLInputElement>(null);
  type V = { userId: string | null; passphrase: string };
  const { form, applyServer, setServerError } = useLiveForm<V>({
    initialValues: { userId, passphrase: '' },
    validate: schemaValidator<V>(unlockSchema, t, (v) => ({
      userId: v.userId ? Number(v.userId) : null,
      passphrase: v.passphrase,
    })),
    onValuesChange: (v, prev) => {
      if (v.userId !== prev.userId) onUserChange(v.userId);
    },
    dependents: { userId: ['passphrase'] },
  });

  const waiting = countdown.seconds > 0;
  const submit = form.onSubmit(async (v) => {
    if (waiting) return;
    setFormError(null);
    try {
      const session = await unlock.mutateAsync({ userId: Number(v.userId), passphrase: v.passphrase });
      // Failed attempts since the previous unlock are logged now; the user should know about them.
      if (session.failedAttempts) {
        notifications.show({
          id: 'failed-attempts',
          color: 'orange',
          autoClose: false,
          title: t('unlock.failedAttempts.title'),
          message: t('unlock.failedAttempts', { count: session.failedAttempts.count, since: formatDate(session.failedAttempts.since, true) }),
        });
      }
      onUnlocked(session);
    } catch (err) {
      const wait = retryAfterMs(err);
      if (wait > 0) countdown.start(wait);
      if (err instanceof ApiError && err.code === 'WRONG_PASSPHRASE') {
        setServerError('passphrase', errorText(t, err));
        passRef.current?.focus();
        passRef.current?.select();
      } else if (!(err instanceof ApiError && err.code === 'THROTTLED') && !applyServer(err, t)) {
        setFormError(errorText(t, err));
      }
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label={t('unlock.title')}>
      <CardHeader icon={<IconLock size={26} />} title={t('unlock.title')} subtitle={teamName} />
      <Stack gap="md">
        <NativeSelect
          label={t('unlock.user')}
          data={userOptions(users, t('unlock.userPlaceholder'))}
          autoFocus={!userId}
          {...userSelectProps(form.getInputProps('userId'))}
        />
        <PassphraseInput
          ref={passRef}
          label={t('unlock.passphrase')}
          autoComplete="current-password"
          autoFocus={!!userId}
          {...form.getInputProps('passphrase')}
        />
        <ThrottleNotice seconds={countdown.seconds} />
        <FormError message={formError} />
        <Button type="submit" size="md" fullWidth loading={unlock.isPending} disabled={waiting}>
          {waiting ? t('unlock.wait', { seconds: countdown.seconds }) : t('unlock.submit')}
        </Button>
        <Anchor component="button" type="button" size="sm" ta="center" onClick={onForgot}>
          {t('unlock.forgot')}
        </Anchor>
      </Stack>
    </form>
  );
}
