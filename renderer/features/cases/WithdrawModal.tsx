/** Withdraw one consent, with the date and an optional reason. */
import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { WithdrawConsentInput } from '../../../shared/api/index';
import type { CaseFile, Consent } from '../../../shared/api/index';
import { dutchToIso } from '../../../shared/domain/dates';
import { applyServerErrors, schemaValidator } from '../../app/forms';
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
    form.reset();
    setFailure(null);
    onClose();
  };

  return (
    <Modal opened={consent !== null} onClose={close} title={t('consent.withdrawTitle')} size="lg">
      {consent && (
        <form autoComplete="off"
          noValidate
          onSubmit={form.onSubmit(async (values) => {
            setFailure(null);
            try {
              await withdraw.run(prepare(values));
              notifySaved(t('consent.withdrawn'));
              close();
            } catch (err) {
              if (!applyServerErrors(form, err, t)) setFailure(err);
            }
          })}
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
