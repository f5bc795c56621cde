/**
 * Vaststellen as a step-up: the voorzitter chooses themselves and types their own
 * passphrase in place, also while another user's (the notulist's) session is open.
 * A wrong passphrase is refused at the field; the backend audits both users.
 */
import { useMemo, useState } from 'react';
import { Alert, Button, Group, Modal, PasswordInput, Select, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconGavel } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApproveInput } from '../../../shared/api/index';
import { applyServerErrors, errorText, schemaValidator } from '../../app/forms';
import { useSession } from '../../app/session';
import { useNotifySaved } from '../cases/labels';
import { useAdviceCommand, useAdviceTeam } from './queries';

interface ApproveValues {
  approverId: string | null;
  passphrase: string;
}

export function ApproveDialog({
  caseId,
  version,
  onClose,
  onApproved,
}: {
  caseId: number;
  version: number;
  onClose(): void;
  onApproved(): void;
}) {
  const { t } = useTranslation('advice');
  const { session } = useSession();
  const team = useAdviceTeam();
  const approve = useAdviceCommand('advice.approve');
  const notifySaved = useNotifySaved();
  const [failure, setFailure] = useState<unknown>(null);
  const chairs = (team.data ?? []).filter((m) => m.chair);
  const self = chairs.find((c) => c.id === session.userId);
  const toInput = (v: ApproveValues) => ({ caseId, version, approverId: Number(v.approverId ?? 0), passphrase: v.passphrase });
  const validate = useMemo(() => {
    const base = schemaValidator<ApproveValues>(ApproveInput, t, toInput);
    return (v: ApproveValues) => {
      const errors = base(v);
      if (!v.approverId) errors.approverId = t('msg:v.approver_not_chair');
      return errors;
    };
  }, [t, caseId, version]);
  const form = useForm<ApproveValues>({ initialValues: { approverId: self ? String(self.id) : null, passphrase: '' }, validate });

  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      await approve.run(toInput(values));
      notifySaved(t('approve.done', { version }));
      onApproved();
    } catch (err) {
      // The passphrase is never kept after a refusal; the chosen chair stays.
      form.setFieldValue('passphrase', '');
      if (!applyServerErrors(form, err, t)) setFailure(err);
    }
  });

  return (
    <Modal opened onClose={onClose} title={t('approve.title', { version })} size="lg" centered>
      <form onSubmit={submit} noValidate aria-label={t('approve.title', { version })}>
        <Stack gap="md">
          <Text>{session.roles.includes('voorzitter') ? t('approve.introChair') : t('approve.introOther', { name: session.userName })}</Text>
          <Select
            size="md"
            label={t('approve.chair')}
            withAsterisk
            data={chairs.map((c) => ({ value: String(c.id), label: c.name }))}
            value={form.values.approverId}
            onChange={(v) => {
              form.setFieldValue('approverId', v);
              form.clearFieldError('approverId');
            }}
            error={form.errors.approverId}
            allowDeselect={false}
          />
          <PasswordInput size="md" label={t('approve.passphrase')} withAsterisk autoComplete="off" data-autofocus {...form.getInputProps('passphrase')} />
          <Text size="sm" c="dimmed">
            {t('approve.lockHint')}
          </Text>
          {failure !== null && (
            <Alert color="red" role="alert">
              {errorText(t, failure)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:cancel')}
            </Button>
            <Button type="submit" leftSection={<IconGavel size={18} />} loading={approve.isPending}>
              {t('approve.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
