/** Record the addressed party's response to one advice item; field messages from the contract's schema. */
import { useMemo, useState } from 'react';
import { Alert, Button, Group, Modal, Radio, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ResponseInput, type Input, type ItemStatus } from '../../../shared/api/index';
import { ESCALATION_TARGETS, RESPONSE_STATES, type EscalationTarget, type ResponseState } from '../../../shared/domain/advice';
import { applyServerErrors, errorText, schemaValidator } from '../../app/forms';
import { useFormGuard } from '../../app/useFormGuard';
import { useNotifySaved } from '../cases/labels';
import { showDate, typedDate, useAdviceLabels } from './labels';
import { useAdviceCommand } from './queries';

interface ResponseValues {
  state: ResponseState;
  changes: string;
  reason: string;
  escalatedTo: EscalationTarget | '';
  escalatedOn: string;
  escalatedWhom: string;
  respondedOn: string;
}

export function ResponseDialog({ caseId, status, onClose }: { caseId: number; status: ItemStatus; onClose(): void }) {
  const { t } = useTranslation('advice');
  const { label, options, itemTitle } = useAdviceLabels();
  const record = useAdviceCommand('advice.recordResponse');
  const notifySaved = useNotifySaved();
  const [failure, setFailure] = useState<unknown>(null);
  const r = status.response;
  const toInput = (v: ResponseValues): Input<'advice.recordResponse'> => ({
    caseId,
    itemKey: status.item.key,
    state: v.state,
    changes: v.state === 'akkoord_met_wijzigingen' ? v.changes : '',
    reason: v.state === 'geweigerd' ? v.reason : '',
    escalatedTo: v.state === 'geescaleerd' ? v.escalatedTo : '',
    escalatedOn: v.state === 'geescaleerd' ? typedDate(v.escalatedOn) : '',
    escalatedWhom: v.state === 'geescaleerd' ? v.escalatedWhom : '',
    respondedOn: typedDate(v.respondedOn),
  });
  const validate = useMemo(() => schemaValidator<ResponseValues>(ResponseInput, t, toInput), [t]);
  const form = useForm<ResponseValues>({
    initialValues: {
      state: r.state,
      changes: r.changes,
      reason: r.reason,
      escalatedTo: r.escalatedTo,
      escalatedOn: showDate(r.escalatedOn),
      escalatedWhom: r.escalatedWhom,
      respondedOn: showDate(r.respondedOn),
    },
    validate,
  });
  const state = form.values.state;

  const saveForm = async (values: typeof form.values): Promise<boolean> => {
    setFailure(null);
    try {
      await guard.saving(() => record.run(toInput(values)));
      notifySaved(t('response.saved', { state: label('response', values.state) }));
      onClose();
      return true;
    } catch (err) {
      if (!applyServerErrors(form, err, t)) setFailure(err);
      return false;
    }
  };
  // Leaving with typed changes (menu, back, lock) asks first; no draft: after an unlock this form is closed.
  const guard = useFormGuard(form, { draftKey: null, onSave: async () => !form.validate().hasErrors && saveForm(form.getValues()) });
  const submit = form.onSubmit((values) => void saveForm(values));

  const title = t('response.title', { item: itemTitle(status.item) });
  return (
    <Modal opened onClose={onClose} title={title} size="lg" centered>
      <form onSubmit={submit} noValidate aria-label={t('response.formLabel')}>
        <Stack gap="md">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {status.item.text}
          </Text>
          <Radio.Group size="md" label={t('response.state')} {...form.getInputProps('state')}>
            <Stack gap={6} mt="xs">
              {RESPONSE_STATES.map((s) => (
                <Radio key={s} value={s} label={label('response', s)} />
              ))}
            </Stack>
          </Radio.Group>
          {state === 'akkoord_met_wijzigingen' && (
            <Textarea size="md" label={t('response.changes')} description={t('response.changesHint')} withAsterisk autosize minRows={2} {...form.getInputProps('changes')} />
          )}
          {state === 'geweigerd' && (
            <Textarea size="md" label={t('response.reason')} withAsterisk autosize minRows={2} {...form.getInputProps('reason')} />
          )}
          {state === 'geescaleerd' && (
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <Select
                size="md"
                label={t('response.escalatedTo')}
                withAsterisk
                data={options('escalation', ESCALATION_TARGETS)}
                value={form.values.escalatedTo || null}
                onChange={(v) => {
                  form.setFieldValue('escalatedTo', (v ?? '') as ResponseValues['escalatedTo']);
                  form.clearFieldError('escalatedTo');
                }}
                error={form.errors.escalatedTo}
              />
              <TextInput size="md" label={t('response.escalatedOn')} withAsterisk placeholder={t('datePlaceholder')} {...form.getInputProps('escalatedOn')} />
              <TextInput size="md" label={t('response.escalatedWhom')} withAsterisk {...form.getInputProps('escalatedWhom')} />
            </SimpleGrid>
          )}
          {state !== 'geen_reactie' && (
            <TextInput
              size="md"
              maw={220}
              label={t('response.respondedOn')}
              description={t('response.respondedOnHint')}
              placeholder={t('datePlaceholder')}
              {...form.getInputProps('respondedOn')}
            />
          )}
          {failure !== null && (
            <Alert color="red" role="alert">
              {errorText(t, failure)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:cancel')}
            </Button>
            <Button type="submit" loading={record.isPending}>
              {t('response.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
