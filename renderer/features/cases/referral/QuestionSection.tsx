/** Hulpvraag: the question in the referrer's and the family's words, what was tried, urgency, question types. */
import { Chip, Group, Input, SegmentedControl, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QUESTION_TYPES, URGENCIES } from '../../../../shared/domain/taxonomies';
import { useEnumLabels } from '../labels';
import { FormSection } from './FormSection';
import type { ReferralValues, SectionProps } from './model';

export function QuestionSection({ form }: SectionProps) {
  const { t } = useTranslation('cases');
  const { options } = useEnumLabels();
  const v = form.values;
  return (
    <FormSection id="question" title={t('referral.section.question')}>
      <Stack gap="md">
        <Textarea size="md"
          label={t('referral.questionReferrer')}
          autosize
          minRows={3}
          maxRows={14}
          {...form.getInputProps('questionReferrer')}
        />
        <Textarea size="md"
          label={t('referral.questionFamily')}
          autosize
          minRows={3}
          maxRows={14}
          {...form.getInputProps('questionFamily')}
        />
        <Textarea size="md" label={t('referral.tried')} autosize minRows={2} maxRows={14} {...form.getInputProps('tried')} />
        <Input.Wrapper size="md" label={t('referral.urgency')} description={t('referral.urgencyNote')}>
          <SegmentedControl size="md"
            mt={6}
            data={options('urgency', URGENCIES)}
            value={v.urgency}
            onChange={(value) => form.setFieldValue('urgency', value as ReferralValues['urgency'])}
            color={v.urgency === 'zeer_hoog' ? 'red' : v.urgency === 'hoog' ? 'orange' : undefined}
            aria-label={t('referral.urgency')}
          />
        </Input.Wrapper>
        {(v.urgency !== 'normaal' || v.urgencyReason !== '') && (
          <TextInput size="md"
            label={t('referral.urgencyReason')}
            withAsterisk={v.urgency !== 'normaal'}
            {...form.getInputProps('urgencyReason')}
          />
        )}
        <Input.Wrapper size="md" label={t('referral.questionTypes')} error={form.errors.questionTypes}>
          <Group gap="xs" mt={6}>
            <Chip.Group
              multiple
              value={v.questionTypes}
              onChange={(value) => form.setFieldValue('questionTypes', value as ReferralValues['questionTypes'])}
            >
              {options('questionType', QUESTION_TYPES).map((o) => (
                <Chip key={o.value} value={o.value} size="md">
                  {o.label}
                </Chip>
              ))}
            </Chip.Group>
          </Group>
        </Input.Wrapper>
      </Stack>
    </FormSection>
  );
}
