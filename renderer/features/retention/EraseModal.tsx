/**
 * Erase one case for good, after its retention period: says what disappears, what stays (the
 * anonymised report figures; "case N erased" in the audit log) and that older backups keep the
 * case until rotation removes them; the voorzitter confirms by typing the case code.
 */
import { Alert, Button, Group, List, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DueCase, EraseResult } from '../../../shared/api/index';
import { ApiError } from '../../api/client';
import { errorText, issueText } from '../../app/forms';
import { useErase } from './queries';

const REFUSALS = ['policy_not_set', 'not_due', 'postponed'];

export function EraseModal({ item, onClose, onErased }: { item: DueCase; onClose(): void; onErased(r: EraseResult): void }) {
  const { t } = useTranslation('retention');
  const erase = useErase();
  const [code, setCode] = useState('');
  const [error, setError] = useState('');
  const matches = code.trim().toUpperCase() === item.code.toUpperCase();

  const submit = async () => {
    try {
      onErased(await erase.mutateAsync({ caseId: item.caseId, confirmCode: code }));
    } catch (err) {
      const field = err instanceof ApiError ? err.fields.confirmCode : undefined;
      if (field) return setError(issueText(t, field));
      const reason = err instanceof ApiError && err.code === 'CONFLICT' ? String(err.params.reason ?? '') : '';
      setError(REFUSALS.includes(reason) ? t(`erase.refused.${reason}`) : errorText(t, err));
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('erase.title', { code: item.code })} centered size="lg">
      <Stack>
        <Alert color="red" icon={<IconAlertTriangle size={18} />} title={t('erase.irreversible')}>
          <Text size="sm">{t('erase.what')}</Text>
        </Alert>
        <List size="sm" spacing={4}>
          <List.Item>{t('erase.stays.figures')}</List.Item>
          <List.Item>{t('erase.stays.audit')}</List.Item>
          <List.Item>{t('erase.stays.backups')}</List.Item>
        </List>
        <TextInput
          label={t('erase.confirmLabel', { code: item.code })}
          value={code}
          onChange={(e) => {
            setCode(e.currentTarget.value);
            setError('');
          }}
          error={error || undefined}
          autoComplete="off"
          data-autofocus
          data-testid="erase-confirm"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('cancel')}
          </Button>
          <Button
            color="red"
            leftSection={<IconTrash size={16} />}
            disabled={!matches}
            loading={erase.isPending}
            onClick={() => void submit()}
            data-testid="erase-submit"
          >
            {t('erase.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
