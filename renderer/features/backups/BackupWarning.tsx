/**
 * The persistent warning for the beheerder and the voorzitter when backups are
 * not set up, the last one failed, or the last good one is more than a day old
 * ("Laatste geslaagde back-up: 9 dagen geleden"). Not dismissable; it goes
 * when a backup succeeds (the 'backup.finished' event refreshes it).
 */
import { Anchor } from '@mantine/core';
import { IconDatabaseExclamation } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAppEvent } from '../../api/events';
import { useSession } from '../../app/session';
import { ShellNotice } from '../../app/ShellNotice';
import { backupKeys, useBackupStatus } from './queries';
import { lastSuccessText } from './texts';

export function BackupWarning() {
  const { session, can } = useSession();
  const concerned = session.roles.includes('beheerder') || session.roles.includes('voorzitter');
  if (!concerned) return null;
  return <Warning manage={can('settings.manage')} />;
}

function Warning({ manage }: { manage: boolean }) {
  const { t } = useTranslation('backups');
  const qc = useQueryClient();
  const status = useBackupStatus({ refetchInterval: 10 * 60_000 });
  useAppEvent('backup.finished', () => void qc.invalidateQueries({ queryKey: backupKeys.status() }));
  const s = status.data;
  if (!s || !s.warn) return null;
  const reason = !s.folder ? t('warning.notConfigured') : s.lastError ? t('warning.failed', { reason: t(`msg:e.${s.lastError}`, { errno: '' }) }) : null;
  return (
    <ShellNotice icon={<IconDatabaseExclamation size={18} />} testId="backup-warning" title={lastSuccessText(t, s)}>
      {reason ?? t('warning.old')}{' '}
      {manage ? (
        <Anchor component={Link} to="/settings/backups" size="sm" c="inherit" fw={600} underline="always">
          {t('warning.toSettings')}
        </Anchor>
      ) : (
        t('warning.askAdmin')
      )}
    </ShellNotice>
  );
}
