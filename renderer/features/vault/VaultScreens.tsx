/**
 * What the app shows while no one is signed in: create the team vault (first
 * start), unlock it, or recover with the recovery key. Nothing of any case is
 * reachable from here; the only data shown are the team name and the names of
 * its users, which the keyring keeps readable for exactly this screen.
 */
import { useState, type ReactNode } from 'react';
import { Box, Button, Center, Group, Loader, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../shared/api/index';
import { ApiError } from '../../api/client';
import { errorText } from '../../app/forms';
import { CreateVault } from './CreateVault';
import { CardHeader, FormError, LanguageSwitch, useCountdown, type CreatedKey } from './parts';
import { useRestorePreviousKeyring, useVaultStatus } from './queries';
import { RecoverForm } from './RecoverForm';
import { RecoveryKeyModal } from './RecoveryKeyModal';
import { UnlockForm } from './UnlockForm';

export function VaultScreens({ onUnlocked }: { onUnlocked(session: SessionInfo): void }) {
  const { t } = useTranslation('vault');
  const status = useVaultStatus();
  const restore = useRestorePreviousKeyring();
  const [mode, setMode] = useState<'unlock' | 'recover'>('unlock');
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
        <Loader aria-label={t('common:loading')} />
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
