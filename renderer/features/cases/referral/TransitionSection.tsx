/** 18-/18+: the transition flag derived from the birth date, and the screener's override. */
import { Box, Group, Input, SegmentedControl, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { dutchToIso, isIsoDate, todayIso } from '../../../../shared/domain/dates';
import { transitionFlag } from '../../../../shared/domain/referral';
import { TRANSITION_OVERRIDES } from '../../../../shared/domain/taxonomies';
import { useEnumLabels } from '../labels';
import { FormSection } from './FormSection';
import type { ReferralValues, SectionProps } from './model';

export function TransitionSection({ form }: SectionProps) {
  const { t } = useTranslation('cases');
  const { options } = useEnumLabels();
  const v = form.values;
  const birthIso = dutchToIso(v.youth.birthDate);
  const validBirth = isIsoDate(birthIso) && birthIso <= todayIso();
  const derivedTransition = validBirth ? transitionFlag({ youth: { ...v.youth, birthDate: birthIso }, transitionOverride: 'auto' }) : null;
  const finalTransition = transitionFlag({ youth: { ...v.youth, birthDate: birthIso }, transitionOverride: v.transitionOverride });
  return (
    <FormSection id="transition" title={t('referral.section.transition')}>
      <Group align="flex-end" gap="xl" wrap="wrap">
        <Box>
          <Text size="sm" fw={500}>
            {t('referral.transition.derived')}
          </Text>
          <Text fw={700} size="lg" data-testid="transition-derived">
            {derivedTransition === null
              ? t('referral.transition.unknown')
              : derivedTransition
                ? t('referral.transition.yes')
                : t('referral.transition.no')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('referral.transition.hint')}
          </Text>
        </Box>
        <Input.Wrapper size="md" label={t('referral.transition.override')}>
          <SegmentedControl size="md"
            mt={6}
            data={options('transition', TRANSITION_OVERRIDES)}
            value={v.transitionOverride}
            onChange={(value) =>
              form.setFieldValue('transitionOverride', value as ReferralValues['transitionOverride'])
            }
            aria-label={t('referral.transition.override')}
          />
        </Input.Wrapper>
        {v.transitionOverride !== 'auto' && (
          <Box>
            <Text size="sm" fw={500}>
              {t('referral.transition.result')}
            </Text>
            <Text fw={700} size="lg">
              {finalTransition ? t('referral.transition.yes') : t('referral.transition.no')}
            </Text>
          </Box>
        )}
      </Group>
    </FormSection>
  );
}
