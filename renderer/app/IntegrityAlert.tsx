/**
 * A red banner when the backend's full integrity check (run in the background
 * after unlock) finds damage: say so plainly and point at restoring a backup.
 * Told by the `integrity.failed` event, or by the session after a refresh.
 */
import { useState } from 'react';
import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useAppEvent } from '../api/events';
import { useSession } from './session';

export function IntegrityAlert() {
  const { t } = useTranslation();
  const { session } = useSession();
  const [failed, setFailed] = useState(false);
  useAppEvent('integrity.failed', () => setFailed(true));
  if (!failed && !session.integrityFailed) return null;
  return (
    <Alert color="red" variant="filled" mb="md" icon={<IconAlertTriangle size={18} />} title={t('integrity.title')} role="alert" data-testid="integrity-alert">
      {t('integrity.body')}
    </Alert>
  );
}
