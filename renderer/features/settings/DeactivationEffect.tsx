/**
 * What deactivating a user does to the vault, as it truly stands: normally the
 * vault gets a new key at once; while the upgrade from the previous version is
 * unfinished (SessionInfo.keyUpgrade) the person is refused at once but the new
 * key follows only when nothing depends on an old key wrap any more.
 */
import { List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../shared/api/index';
import { useSession } from '../../app/session';
import { useVaultStatus } from '../vault/queries';

export function DeactivationEffect({ user }: { user: User }) {
  const { t } = useTranslation('settings');
  const { session } = useSession();
  // Fresh: a deactivation earlier in this session may have finished the upgrade.
  const status = useVaultStatus({ staleTime: 0 });
  const upgrade = (status.data?.session ?? session).keyUpgrade;
  const others = upgrade ? upgrade.userIds.filter((id) => id !== user.id) : [];
  if (!upgrade || (others.length === 0 && !upgrade.recovery)) {
    return <Text size="sm">{t('users.deactivate.text', { name: user.name })}</Text>;
  }
  return (
    <Stack gap="xs" data-testid="deactivate-upgrade">
      <Text size="sm">{t('users.deactivate.textUpgrade', { name: user.name })}</Text>
      <List size="sm">
        {others.length > 0 && <List.Item>{t('users.deactivate.pendingUsers', { count: others.length })}</List.Item>}
        {upgrade.recovery && <List.Item>{t('users.deactivate.pendingRecovery')}</List.Item>}
      </List>
    </Stack>
  );
}
