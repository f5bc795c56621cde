/** Jeugdige: the youth, with the age computed from the typed birth date. */
import { Autocomplete, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ageOn, dutchToIso, isIsoDate, todayIso } from '../../../../shared/domain/dates';
import { GENDERS, LIVING_SITUATIONS } from '../../../../shared/domain/taxonomies';
import { useEnumLabels } from '../labels';
import { useMunicipalities } from '../queries';
import { FormSection } from './FormSection';
import { selectProps, type SectionProps } from './model';

export function YouthSection({ form }: SectionProps) {
  const { t } = useTranslation('cases');
  const { options } = useEnumLabels();
  const municipalities = useMunicipalities();
  const birthIso = dutchToIso(form.values.youth.birthDate);
  const age = isIsoDate(birthIso) && birthIso <= todayIso() ? ageOn(birthIso) : null;
  return (
    <FormSection id="youth" title={t('referral.section.youth')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput size="md" label={t('referral.youth.firstName')} withAsterisk {...form.getInputProps('youth.firstName')} />
        <TextInput size="md" label={t('referral.youth.lastName')} withAsterisk {...form.getInputProps('youth.lastName')} />
        <TextInput size="md"
          label={t('referral.youth.birthDate')}
          placeholder={t('dateHint')}
          withAsterisk
          inputMode="numeric"
          autoComplete="off"
          {...form.getInputProps('youth.birthDate')}
          rightSectionWidth={90}
          rightSection={
            age !== null ? (
              <Text size="sm" fw={700} c="teal.8" data-testid="computed-age" pr="xs">
                {t('referral.youth.age', { count: age })}
              </Text>
            ) : null
          }
        />
        <Select size="md"
          label={t('referral.youth.gender')}
          data={options('gender', GENDERS)}
          clearable
          {...selectProps(form, 'youth.gender')}
        />
        <Autocomplete size="md"
          label={t('referral.youth.municipality')}
          withAsterisk
          data={municipalities.data ?? []}
          limit={12}
          {...form.getInputProps('youth.municipality')}
        />
        <TextInput size="md" label={t('referral.youth.region')} {...form.getInputProps('youth.region')} />
        <TextInput size="md"
          label={t('referral.youth.bsn')}
          description={t('referral.youth.bsnHint')}
          inputMode="numeric"
          autoComplete="off"
          {...form.getInputProps('youth.bsn')}
        />
        <Select size="md"
          label={t('referral.youth.livingSituation')}
          data={options('living', LIVING_SITUATIONS)}
          clearable
          {...selectProps(form, 'youth.livingSituation')}
          styles={{ root: { alignSelf: 'end' } }}
        />
      </SimpleGrid>
    </FormSection>
  );
}
