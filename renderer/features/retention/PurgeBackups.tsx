/**
 * After an erasure: backups made before it still hold the erased case. Once a newer backup exists,
 * the voorzitter can remove this vault's older backups from the backup folder (confirmed first).
 */
import { Alert, Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PurgeResult } from '../../../shared/api/index';
import { ApiError } from '../../api/client';
import { errorText } from '../../app/forms';
import { usePurgeBackups } from './queries';

const REASONS = ['no_backup_folder', 'nothing_erased', 'no_backup_after_erasure'];

export function PurgeBackups() {
  const { t } = useTranslation('retention');
  const purge = usePurgeBackups();
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<PurgeResult | null>(null);
  const [error, setError] = useState('');

  const run = async () => {
    setConfirming(false);
    setError('');
    try {
      setDone(await purge.mutateAsync({}));
    } catch (err) {
      const reason = err instanceof ApiError && err.code === 'CONFLICT' ? String(err.params.reason ?? '') : '';
      setError(REASONS.includes(reason) ? t(`purge.refused.${reason}`) : errorText(t, err));
    }
  };

  return (
    <Stack gap="xs" mt="lg">
      <Title order={2}>{t('purge.title')}</Title>
      <Text size="sm">{t('purge.intro')}</Text>
      {error && (
        <Alert color="orange" data-testid="purge-refused">
          {error}
        </Alert>
      )}
      {done && (
        <Alert color="green" role="status" data-testid="purge-done">
          {t('purge.done', { count: done.removed, kept: done.kept })}
        </Alert>
      )}
      <Group>
        <Button variant="default" color="red" leftSection={<IconTrash size={16} />} loading={purge.isPending} onClick={() => setConfirming(true)} data-testid="purge-backups">
          {t('purge.button')}
        </Button>
      </Group>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('purge.confirmTitle')} centered>
        <Stack>
          <Text size="sm">{t('purge.confirmText')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('cancel')}
            </Button>
            <Button color="red" onClick={() => void run()} data-testid="purge-confirm">
              {t('purge.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
