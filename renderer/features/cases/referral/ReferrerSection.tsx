/** Verwijzer: who refers the case. */
import { Alert, Select, SimpleGrid, TextInput } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { REFERRER_TYPES } from '../../../../shared/domain/taxonomies';
import { useEnumLabels } from '../labels';
import { FormSection } from './FormSection';
import { selectProps, type SectionProps } from './model';

export function ReferrerSection({ form }: SectionProps) {
  const { t } = useTranslation('cases');
  const { options } = useEnumLabels();
  return (
    <FormSection id="referrer" title={t('referral.section.referrer')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput size="md" label={t('referral.referrer.name')} {...form.getInputProps('referrer.name')} autoFocus />
        <TextInput size="md"
          label={t('referral.referrer.organisation')}
          withAsterisk
          {...form.getInputProps('referrer.organisation')}
        />
        <TextInput size="md" label={t('referral.referrer.role')} {...form.getInputProps('referrer.role')} />
        <Select size="md"
          label={t('referral.referrer.type')}
          data={options('referrerType', REFERRER_TYPES)}
          clearable
          {...selectProps(form, 'referrer.type')}
        />
        <TextInput size="md" label={t('referral.referrer.phone')} type="tel" {...form.getInputProps('referrer.phone')} />
        <TextInput size="md" label={t('referral.referrer.email')} type="email" {...form.getInputProps('referrer.email')} />
      </SimpleGrid>
      {form.values.referrer.type === 'landelijk' && (
        <Alert color="blue" variant="light" icon={<IconInfoCircle />} mt="sm">
          {t('referral.referrer.landelijkHint')}
        </Alert>
      )}
    </FormSection>
  );
}
