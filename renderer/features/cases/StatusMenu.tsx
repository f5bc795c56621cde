/** The status menu: only the transitions the backend allows from the current status. */
import { useMemo, useState } from 'react';
import { Button, Group, Menu, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconArrowRight, IconChevronDown } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { StatusInput } from '../../../shared/api/index';
import type { CaseFile } from '../../../shared/api/index';
import { TRANSITIONS, type CaseStatus } from '../../../shared/domain/status';
import { CLOSURE_REASONS } from '../../../shared/domain/taxonomies';
import { applyServerErrors, schemaValidator } from '../../app/forms';
import { useFormGuard } from '../../app/useFormGuard';
import { useCaseMutation } from './queries';
import { SaveFailure } from './ConsentRequired';
import { StatusBadge, useEnumLabels, useNotifySaved } from './labels';

export function StatusMenu({ file, onGoToConsent }: { file: CaseFile; onGoToConsent(): void }) {
  const { t } = useTranslation('cases');
  const { label } = useEnumLabels();
  const [target, setTarget] = useState<CaseStatus | null>(null);
  const allowed = TRANSITIONS[file.status];

  return (
    <>
      <Menu position="bottom-end" shadow="md" width={280}>
        <Menu.Target>
          <Button variant="default" size="md" rightSection={<IconChevronDown size={18} />}>
            {t('status.change')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {allowed.length === 0 && (
            <Text size="sm" c="dimmed" p="xs">
              {t('status.noTransitions')}
            </Text>
          )}
          {allowed.map((s) => (
            <Menu.Item key={s} leftSection={<IconArrowRight size={16} />} onClick={() => setTarget(s)} fz="md">
              {label('status', s)}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <StatusModal
        file={file}
        target={target}
        onClose={() => setTarget(null)}
        onGoToConsent={() => {
          setTarget(null);
          onGoToConsent();
        }}
      />
    </>
  );
}

interface StatusValues {
  note: string;
  closureReason: CaseFile['closureReason'];
}

function StatusModal({
  file,
  target,
  onClose,
  onGoToConsent,
}: {
  file: CaseFile;
  target: CaseStatus | null;
  onClose(): void;
  onGoToConsent(): void;
}) {
  const { t } = useTranslation('cases');
  const { label, options } = useEnumLabels();
  const setStatus = useCaseMutation('cases.setStatus');
  const notifySaved = useNotifySaved();
  const [failure, setFailure] = useState<unknown>(null);
  const caseId = file.id;
  const to = target ?? 'aangemeld';
  const validate = useMemo(
    () => schemaValidator<StatusValues>(StatusInput, t, (v) => ({ ...v, caseId, to })),
    [t, caseId, to],
  );
  const form = useForm<StatusValues>({ initialValues: { note: '', closureReason: '' }, validate, validateInputOnBlur: true });

  const close = () => {
    // Empty for the next change (reset() would go back to values a save marked as saved).
    const empty = { note: '', closureReason: '' } as StatusValues;
    form.setValues(empty);
    form.resetDirty(empty);
    setFailure(null);
    onClose();
  };
  const save = async (values: StatusValues): Promise<boolean> => {
    if (!target) return false;
    setFailure(null);
    try {
      await guard.saving(() => setStatus.run({ ...values, caseId, to: target }));
      notifySaved(t('status.changed', { status: label('status', target) }));
      close();
      return true;
    } catch (err) {
      if (!applyServerErrors(form, err, t)) setFailure(err);
      return false;
    }
  };
  // A typed note is not left or locked away unasked (the target lives in the menu, so no draft).
  const guard = useFormGuard(form, {
    enabled: target !== null,
    onSave: async () => !form.validate().hasErrors && save(form.getValues()),
  });

  return (
    <Modal
      opened={target !== null}
      onClose={close}
      size="lg"
      title={
        <Text fw={700} size="lg">
          {target ? t('status.modalTitle', { status: label('status', target) }) : ''}
        </Text>
      }
    >
      {target && (
        <form autoComplete="off"
          noValidate
          onSubmit={form.onSubmit((values) => void save(values))}
        >
          <Stack>
            <Group gap="sm">
              <StatusBadge status={file.status} size="lg" />
              <IconArrowRight size={20} />
              <StatusBadge status={target} size="lg" />
            </Group>
            {target === 'afgesloten' && (
              <Select size="md"
                label={t('status.closureReason')}
                withAsterisk
                data={options('closure', CLOSURE_REASONS)}
                value={form.values.closureReason || null}
                onChange={(value) => form.setFieldValue('closureReason', (value ?? '') as StatusValues['closureReason'])}
                error={form.errors.closureReason}
                data-autofocus
              />
            )}
            <Textarea size="md" label={t('status.note')} autosize minRows={2} {...form.getInputProps('note')} />
            <SaveFailure failure={failure} onGoToConsent={onGoToConsent} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common:cancel')}
              </Button>
              <Button type="submit" loading={setStatus.isPending}>
                {t('status.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
