/**
 * 'Back-ups' (beheerder): the folder for automatic backups (typed: the bridge
 * has no folder dialog), how many to keep, the last good backup, a backup now
 * with its progress, the backups in the folder, and restoring one.
 */
import { useState } from 'react';
import { Alert, Badge, Button, Group, NumberInput, Paper, Progress, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconCheck, IconDatabaseExport, IconInfoCircle, IconRestore } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type BackupStatus } from '../../../shared/api/index';
import { useAppEvent } from '../../api/events';
import { errorText, schemaValidator } from '../../app/forms';
import { QueryState } from '../../app/QueryState';
import { useFormGuard } from '../../app/useFormGuard';
import { useSession } from '../../app/session';
import { formatDate } from '../cases/labels';
import { TabHeader } from '../settings/TabHeader';
import { useLiveForm } from '../vault/useLiveForm';
import { useBackupList, useBackupStatus, useConfigureBackups, useRunBackup } from './queries';
import { RestoreBackup } from './RestoreBackup';
import { lastSuccessText, megabytes } from './texts';

const schema = api['backups.configure'].input;
type V = { folder: string; daily: number | string; weekly: number | string; monthly: number | string };

function ConfigForm({ status }: { status: BackupStatus }) {
  const { t } = useTranslation('backups');
  const configure = useConfigureBackups();
  const [formError, setFormError] = useState<string | null>(null);
  const toInput = (v: V) => ({ folder: v.folder.trim() === '' ? null : v.folder.trim(), daily: Number(v.daily), weekly: Number(v.weekly), monthly: Number(v.monthly) });
  const { form, applyServer } = useLiveForm<V>({
    initialValues: { folder: status.folder ?? '', daily: status.daily, weekly: status.weekly, monthly: status.monthly },
    validate: schemaValidator<V>(schema, t, toInput),
  });
  const save = async (v: V): Promise<boolean> => {
    setFormError(null);
    try {
      const saved = await guard.saving(() => configure.mutateAsync(toInput(v)));
      const next = { folder: saved.folder ?? '', daily: saved.daily, weekly: saved.weekly, monthly: saved.monthly };
      form.setInitialValues(next);
      form.resetDirty(next);
      notifications.show({ color: 'teal', icon: <IconCheck size={18} />, title: t('common:saved'), message: t('config.saved') });
      return true;
    } catch (err) {
      if (!applyServer(err, t)) setFormError(errorText(t, err));
      return false;
    }
  };
  const guard = useFormGuard(form, { onSave: async () => !form.validate().hasErrors && save(form.getValues()) });
  const count = (field: 'daily' | 'weekly' | 'monthly', max: number) => (
    <NumberInput label={t(`config.${field}`)} min={field === 'daily' ? 1 : 0} max={max} step={1} allowDecimal={false} allowNegative={false} w={150} {...form.getInputProps(field)} />
  );
  return (
    <form onSubmit={form.onSubmit((v) => void save(v))} noValidate aria-label={t('config.title')}>
      <Stack gap="md">
        <TextInput label={t('config.folder')} description={t('config.folder.description')} placeholder={t('config.folder.placeholder')} spellCheck={false} {...form.getInputProps('folder')} />
        <Group gap="md" align="flex-start">
          {count('daily', 60)}
          {count('weekly', 52)}
          {count('monthly', 120)}
        </Group>
        <Text size="sm" c="dimmed">
          {t('config.rotationNote')}
        </Text>
        {formError && (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
            {formError}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={configure.isPending}>
            {t('common:save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function StatusPanel({ status }: { status: BackupStatus }) {
  const { t, i18n } = useTranslation('backups');
  const run = useRunBackup();
  const list = useBackupList({ enabled: !!status.folder });
  const [progress, setProgress] = useState<number | null>(null);
  const qc = useQueryClient();
  useAppEvent('job.progress', (e) => {
    if (e.job === 'backup') setProgress(Math.round((e.done / e.total) * 100));
  });
  useAppEvent('backup.finished', () => {
    setProgress(null);
    void qc.invalidateQueries({ queryKey: ['backups.status'] });
  });
  const now = async () => {
    try {
      const r = await run.mutateAsync({});
      notifications.show({ color: 'teal', icon: <IconCheck size={18} />, title: t('run.done.title'), message: t('run.done', { cases: r.cases, removed: r.removed }) });
    } catch (err) {
      notifications.show({ color: 'red', icon: <IconAlertCircle size={18} />, title: t('run.failed.title'), message: errorText(t, err) });
    } finally {
      setProgress(null);
    }
  };
  return (
    <Stack gap="md">
      <Group justify="space-between" align="center">
        <div>
          <Text fw={600} data-testid="backup-last">
            {lastSuccessText(t, status)}
          </Text>
          {status.lastSuccessAt && (
            <Text size="sm" c="dimmed">
              {formatDate(status.lastSuccessAt, true)}
            </Text>
          )}
        </div>
        <Button leftSection={<IconDatabaseExport size={16} />} onClick={() => void now()} loading={run.isPending} disabled={!status.folder}>
          {t('run.now')}
        </Button>
      </Group>
      {progress !== null && <Progress value={progress} aria-label={t('run.progress')} animated />}
      {status.lastError && (
        <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert" title={t('run.failed.title')}>
          {t(`msg:e.${status.lastError}`, { errno: '' })}
        </Alert>
      )}
      {status.keptAside.length > 0 && (
        <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />}>
          {t('keptAside', { folders: status.keptAside.join(', ') })}
        </Alert>
      )}
      {status.folder && list.data && list.data.length > 0 && (
        <Table withTableBorder striped data-testid="backup-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('list.date')}</Table.Th>
              <Table.Th>{t('list.size')}</Table.Th>
              <Table.Th>{t('list.state')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.map((b) => (
              <Table.Tr key={b.name}>
                <Table.Td>{formatDate(b.at, true)}</Table.Td>
                <Table.Td>{t('size', { mb: megabytes(b.bytes, i18n.language) })}</Table.Td>
                <Table.Td>
                  <Badge color={b.state === 'complete' ? 'teal' : 'red'} variant="light">
                    {t(`list.${b.state}`)}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

function RestorePanel({ folder }: { folder: string | null }) {
  const { t } = useTranslation('backups');
  const { refresh } = useSession();
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Group>
        <Button variant="light" color="orange" leftSection={<IconRestore size={16} />} onClick={() => setOpen(true)}>
          {t('restore.title')}
        </Button>
      </Group>
    );
  }
  return (
    <RestoreBackup
      initialFile={folder ? `${folder}${folder.includes('\\') ? '\\' : '/'}` : ''}
      onCancel={() => setOpen(false)}
      onRestored={(result) => {
        // Another vault (or an older state of this one) is open now: nothing cached may stay.
        qc.clear();
        notifications.show({ color: 'teal', icon: <IconCheck size={18} />, title: t('restore.done.title'), message: result.asideDir ? t('restore.done', { folder: result.asideDir }) : t('restore.doneFresh') });
        void refresh();
        setOpen(false);
      }}
    />
  );
}

export function BackupsTab() {
  const { t } = useTranslation('backups');
  const status = useBackupStatus();
  return (
    <Stack gap="lg" maw={760}>
      <Paper withBorder radius="md" p="lg">
        <Stack gap="md">
          <TabHeader title={t('title')} intro={t('intro')} />
          <QueryState query={status} inline>
            {(s) => (
              <>
                <StatusPanel status={s} />
                <ConfigForm status={s} />
              </>
            )}
          </QueryState>
        </Stack>
      </Paper>
      <Paper withBorder radius="md" p="lg">
        <Stack gap="md">
          <Title order={2} fz="lg">
            {t('restore.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('restore.intro')}
          </Text>
          <RestorePanel folder={status.data?.folder ?? null} />
        </Stack>
      </Paper>
    </Stack>
  );
}
