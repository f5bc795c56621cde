/** Withdraw one consent, with the date and an optional reason. */
import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { WithdrawConsentInput } from '../../../shared/api/index';
import type { CaseFile, Consent } from '../../../shared/api/index';
import { dutchToIso } from '../../../shared/domain/dates';
import { applyServerErrors, schemaValidator } from '../../app/forms';
import { useFormGuard } from '../../app/useFormGuard';
import { SaveFailure } from './ConsentRequired';
import { todayDutch, withDateFields } from './formUtil';
import { useEnumLabels, useNotifySaved } from './labels';
import { useCaseMutation } from './queries';

export function WithdrawModal({ file, consent, onClose }: { file: CaseFile; consent: Consent | null; onClose(): void }) {
  const { t } = useTranslation('cases');
  const { label } = useEnumLabels();
  const withdraw = useCaseMutation('consent.withdraw');
  const notifySaved = useNotifySaved();
  const [failure, setFailure] = useState<unknown>(null);
  type V = { withdrawnOn: string; reason: string };
  const prepare = (v: V) => ({ ...v, caseId: file.id, consentId: consent?.id ?? 0, withdrawnOn: dutchToIso(v.withdrawnOn) });
  const form = useForm<V>({
    initialValues: { withdrawnOn: todayDutch(), reason: '' },
    validate: withDateFields(schemaValidator<V>(WithdrawConsentInput, t, prepare), t, { withdrawnOn: (v) => v.withdrawnOn }),
    validateInputOnBlur: true,
  });

  const close = () => {
    // Fresh for the next consent (reset() would go back to values a save marked as saved).
    const fresh = { withdrawnOn: todayDutch(), reason: '' };
    form.setValues(fresh);
    form.resetDirty(fresh);
    setFailure(null);
    onClose();
  };
  const save = async (values: V): Promise<boolean> => {
    setFailure(null);
    try {
      await guard.saving(() => withdraw.run(prepare(values)));
      notifySaved(t('consent.withdrawn'));
      close();
      return true;
    } catch (err) {
      if (!applyServerErrors(form, err, t)) setFailure(err);
      return false;
    }
  };
  // While the dialog is open, leaving with a typed date or reason asks first. No draft: after an
  // unlock the dialog is closed and could not offer it.
  const guard = useFormGuard(form, {
    draftKey: null,
    enabled: consent !== null,
    onSave: async () => !form.validate().hasErrors && save(form.getValues()),
  });

  return (
    <Modal opened={consent !== null} onClose={close} title={t('consent.withdrawTitle')} size="lg">
      {consent && (
        <form autoComplete="off"
          noValidate
          onSubmit={form.onSubmit((values) => void save(values))}
        >
          <Stack>
            <Text>
              {t('consent.withdrawIntro', {
                name: consent.personName,
                subject: label('subject', consent.subject),
                scope: label('scope', consent.scope),
              })}
            </Text>
            <TextInput size="md"
              label={t('consent.withdrawDate')}
              placeholder={t('dateHint')}
              withAsterisk
              data-autofocus
              {...form.getInputProps('withdrawnOn')}
            />
            <Textarea size="md" label={t('consent.withdrawReason')} autosize minRows={2} {...form.getInputProps('reason')} />
            <SaveFailure failure={failure} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common:cancel')}
              </Button>
              <Button type="submit" color="red" loading={withdraw.isPending}>
                {t('consent.withdrawConfirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
