/**
 * Restoring a backup, from the unlock screen ('Back-up terugzetten') and from
 * Settings, Back-ups: 1. the file (its keyring must lie beside it) shows date,
 * team and size; 2. a passphrase or the recovery key valid for THAT backup
 * opens it read-only and shows the number of cases and the newest audit entry;
 * 3. 'Terugzetten' restores it, keeping the current vault aside (never
 * overwritten) until the restored one has opened.
 */
import { useRef, useState, type ReactNode } from 'react';
import { Alert, Button, Group, NativeSelect, SegmentedControl, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api, type BackupInfo, type BackupOpened, type RestoreResult } from '../../../shared/api/index';
import { ApiError } from '../../api/client';
import { errorText, issueText } from '../../app/forms';
import { formatDate } from '../cases/labels';
import { PassphraseInput } from '../vault/PassphraseInput';
import { FormError, keyInputStyles, userOptions, userSelectProps } from '../vault/parts';
import { useLiveForm } from '../vault/useLiveForm';
import { useInspectBackup, useOpenBackup, useRestoreBackup } from './queries';
import { megabytes } from './texts';

type V = { file: string; userId: string | null; method: 'passphrase' | 'recovery'; passphrase: string; recoveryKey: string; newPassphrase: string };

const fileSchema = api['backups.inspect'].input;
const secretSchema = api['backups.restore'].input;

export interface RestoreBackupProps {
  initialFile?: string;
  onRestored(result: RestoreResult, info: BackupInfo): void;
  onCancel?(): void;
}

/** The row under a step: the way back (or cancel) on the left when there is one, the step's button on the right. */
function Actions({ onCancel, cancelLabel, children }: { onCancel?: () => void; cancelLabel: string; children: ReactNode }) {
  return (
    <Group justify="space-between">
      {onCancel ? (
        <Button variant="subtle" onClick={onCancel}>
          {cancelLabel}
        </Button>
      ) : (
        <span />
      )}
      {children}
    </Group>
  );
}

/** One line of the backup's facts: label, value and, where a test reads the value, its test id. */
interface InfoRow {
  label: string;
  value: ReactNode;
  testId?: string;
}

function secretOf(v: V) {
  const base = { file: v.file.trim(), userId: Number(v.userId) };
  return v.method === 'passphrase' ? { ...base, passphrase: v.passphrase } : { ...base, recoveryKey: v.recoveryKey, newPassphrase: v.newPassphrase };
}

export function RestoreBackup({ initialFile = '', onRestored, onCancel }: RestoreBackupProps) {
  const { t, i18n } = useTranslation('backups');
  const inspect = useInspectBackup();
  const open = useOpenBackup();
  const restore = useRestoreBackup();
  const [info, setInfo] = useState<BackupInfo | null>(null);
  const [opened, setOpened] = useState<BackupOpened | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const passRef = useRef<HTMLInputElement>(null);
  const { form, applyServer, setServerError } = useLiveForm<V>({
    initialValues: { file: initialFile, userId: null, method: 'passphrase', passphrase: '', recoveryKey: '', newPassphrase: '' },
    onValuesChange: (v, prev) => {
      // A different file or secret: what was shown no longer applies.
      if (v.file !== prev.file) {
        setInfo(null);
        setOpened(null);
      } else if (v.userId !== prev.userId || v.method !== prev.method || v.passphrase !== prev.passphrase || v.recoveryKey !== prev.recoveryKey) {
        setOpened(null);
      }
    },
  });
  const v = form.getValues();

  const fail = (err: unknown) => {
    if (err instanceof ApiError && err.code === 'WRONG_PASSPHRASE') {
      setServerError('passphrase', errorText(t, err));
      passRef.current?.focus();
    } else if (err instanceof ApiError && err.code === 'WRONG_RECOVERY_KEY') {
      setServerError('recoveryKey', errorText(t, err));
    } else if (err instanceof ApiError && ['BACKUP_NOT_FOUND', 'BACKUP_KEYRING_MISSING', 'BACKUP_INVALID'].includes(err.code)) {
      setServerError('file', errorText(t, err));
    } else if (!applyServer(err, t)) {
      setFormError(errorText(t, err));
    }
  };

  const check = (schema: typeof fileSchema | typeof secretSchema, input: unknown, fields: (keyof V)[]) => {
    const parsed = schema.safeParse(input);
    if (parsed.success) return true;
    for (const issue of parsed.error.issues) {
      const path = String(issue.path[0] ?? '');
      if (fields.includes(path as keyof V)) form.setFieldError(path, issueText(t, issue.message));
    }
    return false;
  };

  const doInspect = async () => {
    setFormError(null);
    if (!check(fileSchema, { file: v.file.trim() }, ['file'])) return;
    try {
      const found = await inspect.mutateAsync({ file: v.file.trim() });
      setInfo(found);
      if (found.users.length === 1) form.setFieldValue('userId', String(found.users[0]!.id));
    } catch (err) {
      fail(err);
    }
  };

  const doOpen = async () => {
    setFormError(null);
    if (!v.userId) {
      form.setFieldError('userId', t('msg:v.required'));
      return;
    }
    const input = secretOf(v);
    if (!check(secretSchema, input, ['passphrase', 'recoveryKey', 'newPassphrase'])) return;
    try {
      setOpened(await open.mutateAsync(input));
    } catch (err) {
      fail(err);
    }
  };

  const doRestore = async () => {
    setFormError(null);
    if (!info) return;
    try {
      const result = await restore.mutateAsync(secretOf(v));
      onRestored(result, info);
    } catch (err) {
      fail(err);
    }
  };

  const rows: InfoRow[] = info
    ? [
        { label: t('restore.date'), value: formatDate(info.at, true) },
        { label: t('restore.team'), value: info.teamName },
        { label: t('restore.size'), value: t('size', { mb: megabytes(info.bytes, i18n.language) }) },
        ...(opened
          ? [
              { label: t('restore.cases'), value: opened.cases, testId: 'backup-cases' },
              {
                label: t('restore.newestAudit'),
                value: opened.newestAudit
                  ? t('restore.auditEntry', {
                      date: formatDate(opened.newestAudit.at, true),
                      action: t(`settings:audit.action.${opened.newestAudit.action}`, { defaultValue: opened.newestAudit.action }),
                      user: opened.newestAudit.userName,
                    })
                  : t('restore.noAudit'),
              },
            ]
          : []),
      ]
    : [];

  return (
    <Stack gap="md" data-testid="restore-backup">
      <TextInput
        label={t('restore.file')}
        description={t('restore.file.description')}
        placeholder={t('restore.file.placeholder')}
        spellCheck={false}
        {...form.getInputProps('file')}
      />
      {!info && (
        <Actions onCancel={onCancel} cancelLabel={t('back')}>
          <Button onClick={() => void doInspect()} loading={inspect.isPending}>
            {t('restore.inspect')}
          </Button>
        </Actions>
      )}
      {info && (
        <>
          <Table variant="vertical" withTableBorder layout="fixed" data-testid="backup-info">
            <Table.Tbody>
              {rows.map((row, i) => (
                <Table.Tr key={row.label}>
                  <Table.Th w={i === 0 ? '40%' : undefined}>{row.label}</Table.Th>
                  <Table.Td data-testid={row.testId}>{row.value}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {info.sameVault === false && (
            <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} role="status">
              {t('restore.otherVault')}
            </Alert>
          )}
          <NativeSelect
            label={t('restore.user')}
            data={userOptions(info.users, t('restore.userPlaceholder'))}
            {...userSelectProps(form.getInputProps('userId'))}
          />
          <SegmentedControl
            aria-label={t('restore.method')}
            data={[
              { value: 'passphrase', label: t('restore.method.passphrase') },
              { value: 'recovery', label: t('restore.method.recovery') },
            ]}
            {...form.getInputProps('method')}
          />
          {v.method === 'passphrase' ? (
            <PassphraseInput ref={passRef} label={t('restore.passphrase')} description={t('restore.passphrase.description')} autoComplete="off" {...form.getInputProps('passphrase')} />
          ) : (
            <>
              <TextInput label={t('restore.recoveryKey')} styles={keyInputStyles} spellCheck={false} autoComplete="off" {...form.getInputProps('recoveryKey')} />
              <PassphraseInput label={t('restore.newPassphrase')} autoComplete="new-password" {...form.getInputProps('newPassphrase')} />
            </>
          )}
          {!opened ? (
            <Actions onCancel={onCancel} cancelLabel={t('back')}>
              <Button onClick={() => void doOpen()} loading={open.isPending}>
                {t('restore.open')}
              </Button>
            </Actions>
          ) : (
            <>
              <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />}>
                <Text size="sm">{t('restore.explain')}</Text>
              </Alert>
              <Actions onCancel={onCancel} cancelLabel={t('common:cancel')}>
                <Button color="orange" onClick={() => void doRestore()} loading={restore.isPending}>
                  {t('restore.submit')}
                </Button>
              </Actions>
            </>
          )}
        </>
      )}
      <FormError message={formError} />
    </Stack>
  );
}
