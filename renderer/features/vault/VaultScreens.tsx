/**
 * What the app shows while no one is signed in: create the team vault (first
 * start), unlock it, or recover with the recovery key. Nothing of any case is
 * reachable from here; the only data shown are the team name and the names of
 * its users, which the keyring keeps readable for exactly this screen.
 */
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { Anchor, Box, Button, Center, Group, Loader, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconRestore, IconShieldLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../shared/api/index';
import { ApiError } from '../../api/client';
import { errorText } from '../../app/forms';
import { loadFeatureLocales } from '../../i18n';
import { CreateVault } from './CreateVault';
import { CardHeader, FormError, LanguageSwitch, useCountdown, type CreatedKey } from './parts';
import { useRestorePreviousKeyring, useVaultStatus } from './queries';
import { RecoverForm } from './RecoverForm';
import { RecoveryKeyModal } from './RecoveryKeyModal';
import { UnlockForm } from './UnlockForm';

// 'Back-up terugzetten' (features/backups) loads with its texts only when chosen: the unlock screen stays small.
const RestoreBackup = lazy(async () => {
  const [m] = await Promise.all([import('../backups/RestoreBackup'), loadFeatureLocales()]);
  return { default: m.RestoreBackup };
});

export function VaultScreens({ onUnlocked }: { onUnlocked(session: SessionInfo): void }) {
  const { t } = useTranslation('vault');
  const status = useVaultStatus();
  const restore = useRestorePreviousKeyring();
  const [mode, setMode] = useState<'unlock' | 'recover' | 'restore'>('unlock');
  const [userId, setUserId] = useState<string | null>(null);
  const [shownKey, setShownKey] = useState<CreatedKey | null>(null);
  const countdown = useCountdown();

  const data = status.data;
  const users = data?.users ?? [];
  const chosenUser =
    userId && users.some((u) => String(u.id) === userId) ? userId : users.length === 1 ? String(users[0]!.id) : null;

  let content: ReactNode;
  if (status.isPending) {
    content = (
      <Center py="xl">
        <Loader role="status" aria-label={t('common:loading')} />
      </Center>
    );
  } else if (status.isError || !data) {
    content = (
      <Stack>
        <CardHeader icon={<IconShieldLock size={26} />} title={t('status.title')} />
        <FormError message={errorText(t, status.error)} />
        {status.error instanceof ApiError && status.error.code === 'KEYRING_DAMAGED' && status.error.params.previous === true && (
          <Button
            loading={restore.isPending}
            onClick={() => void restore.mutateAsync({}).then(() => status.refetch(), () => status.refetch())}
          >
            {t('keyring.usePrevious')}
          </Button>
        )}
        <Button variant="light" onClick={() => void status.refetch()}>
          {t('retry')}
        </Button>
      </Stack>
    );
  } else if (mode === 'restore') {
    content = (
      <>
        <CardHeader icon={<IconRestore size={26} />} title={t('backup.restore')} subtitle={data.teamName ?? undefined} />
        <Suspense fallback={<Center py="md"><Loader role="status" aria-label={t('common:loading')} /></Center>}>
          <RestoreBackup
            onCancel={() => setMode('unlock')}
            onRestored={(result) => {
              setMode('unlock');
              if (result.asideDir) notifications.show({ color: 'teal', message: t('backups:restore.done', { folder: result.asideDir }) });
              if (result.recoveryKey) setShownKey({ recoveryKey: result.recoveryKey, teamName: result.session.teamName, session: result.session, variant: 'new' });
              else onUnlocked(result.session);
            }}
          />
        </Suspense>
      </>
    );
  } else if (!data.exists) {
    content = <CreateVault onCreated={setShownKey} onExists={() => void status.refetch()} />;
  } else if (mode === 'recover') {
    content = (
      <RecoverForm
        users={users}
        teamName={data.teamName ?? ''}
        userId={chosenUser}
        onUserChange={setUserId}
        countdown={countdown}
        onRecovered={setShownKey}
        onBack={() => setMode('unlock')}
      />
    );
  } else {
    content = (
      <UnlockForm
        users={users}
        teamName={data.teamName ?? ''}
        userId={chosenUser}
        onUserChange={setUserId}
        countdown={countdown}
        onUnlocked={onUnlocked}
        onForgot={() => setMode('recover')}
      />
    );
  }

  return (
    <Box
      mih="100vh"
      style={{
        display: 'flex',
        flexDirection: 'column',
        background:
          'linear-gradient(180deg, var(--mantine-color-gray-0) 0%, var(--mantine-color-teal-0) 100%)',
      }}
    >
      <Group justify="space-between" px="lg" py="md" component="header">
        <Group gap="xs">
          <ThemeIcon size="md" radius="md" variant="filled">
            <IconShieldLock size={16} />
          </ThemeIcon>
          <Text fw={650}>Adviestafel</Text>
        </Group>
        <LanguageSwitch />
      </Group>
      <Center component="main" style={{ flex: 1 }} px="md" py="lg">
        <Paper withBorder shadow="md" radius="lg" p={{ base: 'lg', sm: 36 }} w="100%" maw={460}>
          {content}
          {/* A lost laptop or a damaged vault: a backup can be restored before anyone is signed in. */}
          {mode !== 'restore' && !status.isPending && (
            <Group justify="center" mt="md">
              <Anchor component="button" type="button" size="sm" onClick={() => setMode('restore')}>
                {t('backup.restore')}
              </Anchor>
            </Group>
          )}
        </Paper>
      </Center>
      <Text component="footer" ta="center" size="xs" c="dimmed" pb="md" px="md">
        {t('footer')}
      </Text>
      {shownKey && (
        <RecoveryKeyModal
          opened
          recoveryKey={shownKey.recoveryKey}
          teamName={shownKey.teamName}
          variant={shownKey.variant}
          onDone={() => onUnlocked(shownKey.session)}
        />
      )}
    </Box>
  );
}
