/**
 * Probleemgebieden: the problem areas as chips; inactive areas show only when already chosen.
 * "Geen probleemgebied" goes with no other area: choosing it clears the others, and choosing
 * another clears it (the schema refuses the two together, with a message on this field).
 */
import { Chip, Group, Input, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { chooseProblemAreas } from '../../../../shared/domain/referral';
import { useProblemAreas } from '../labels';
import { FormSection } from './FormSection';
import { errorPaths, type Path, type SectionProps } from './model';

export function ProblemAreasSection({ form }: SectionProps) {
  const { t } = useTranslation('cases');
  const { areas, areaLabel, labelOf } = useProblemAreas();
  const chosen = form.values.problemAreas;
  const errorKeys = errorPaths(form);
  const problemAreaError = errorKeys.filter((k) => k === 'problemAreas' || k.startsWith('problemAreas.')).map((k) => form.errors[k])[0];
  const shownAreas = areas.filter((a) => a.active || chosen.includes(a.id));
  return (
    <FormSection
      id="problemAreas"
      title={t('referral.section.problemAreas')}
      aside={
        chosen.length > 0 ? (
          <Text c="dimmed" size="sm">
            {t('referral.problemAreasCount', { count: chosen.length })}
          </Text>
        ) : null
      }
    >
      <Input.Wrapper size="md"
        label={t('referral.problemAreas')}
        description={t('referral.problemAreasHint')}
        error={problemAreaError}
        labelProps={{ style: { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' } }}
      >
        <Group gap="xs" mt={8}>
          <Chip.Group
            multiple
            value={chosen}
            onChange={(value) => {
              form.setFieldValue('problemAreas', chooseProblemAreas(chosen, value));
              errorKeys.filter((k) => k.startsWith('problemAreas')).forEach((k) => form.clearFieldError(k as Path));
            }}
          >
            {shownAreas.map((a) => (
              <Chip key={a.id} value={a.id} size="md" color={a.active ? undefined : 'gray'}>
                {a.active ? areaLabel(a) : t('referral.problemAreaInactive', { label: labelOf(a.id) })}
              </Chip>
            ))}
          </Chip.Group>
        </Group>
      </Input.Wrapper>
    </FormSection>
  );
}
