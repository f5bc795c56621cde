/** Postpone the erasure of one case: until a date (dd-mm-jjjj, in the future) and why. Nothing typed is lost on a failed save. */
import { Alert, Button, Group, Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DueCase } from '../../../shared/api/index';
import { ApiError } from '../../api/client';
import { errorText, issueText } from '../../app/forms';
import { typedDate } from './format';
import { usePostpone } from './queries';

export function PostponeModal({ item, onClose }: { item: DueCase; onClose(): void }) {
  const { t } = useTranslation('retention');
  const postpone = usePostpone();
  const [until, setUntil] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = async () => {
    const iso = typedDate(until);
    const local: Record<string, string> = {};
    if (!iso) local.until = t('msg:v.date_invalid');
    if (reason.trim().length < 3) local.reason = t('msg:v.reason_required');
    if (Object.keys(local).length) return setErrors(local);
    try {
      await postpone.mutateAsync({ caseId: item.caseId, until: iso!, reason });
      onClose();
    } catch (err) {
      const fields = err instanceof ApiError ? err.fields : {};
      const out = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, issueText(t, v)]));
      setErrors(Object.keys(out).length ? out : { form: errorText(t, err) });
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('postpone.title', { code: item.code })} centered>
      <Stack>
        <TextInput
          label={t('postpone.until')}
          description={t('postpone.untilHint')}
          placeholder="dd-mm-jjjj"
          value={until}
          onChange={(e) => setUntil(e.currentTarget.value)}
          error={errors.until}
          data-autofocus
          data-testid="postpone-until"
        />
        <Textarea
          label={t('postpone.reason')}
          description={t('postpone.reasonHint')}
          autosize
          minRows={2}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={errors.reason}
          data-testid="postpone-reason"
        />
        {errors.form && <Alert color="red">{errors.form}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('cancel')}
          </Button>
          <Button onClick={() => void submit()} loading={postpone.isPending} data-testid="postpone-save">
            {t('postpone.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
