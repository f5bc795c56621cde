/** Andere tafels: other (regional or national) tables already involved with this youth. */
import { Alert, Checkbox, Group, Stack, Textarea } from '@mantine/core';
import { IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { OTHER_TABLES } from '../../../../shared/domain/taxonomies';
import { useEnumLabels } from '../labels';
import { FormSection } from './FormSection';
import type { ReferralValues, SectionProps } from './model';

export function OtherTablesSection({ form }: SectionProps) {
  const { t } = useTranslation('cases');
  const { options } = useEnumLabels();
  return (
    <FormSection id="otherTables" title={t('referral.section.otherTables')}>
      <Stack gap="sm">
        <Alert variant="light" color="orange" icon={<IconUsersGroup />} p="xs">
          {t('referral.otherTablesHint')}
        </Alert>
        <Checkbox.Group size="md"
          label={t('referral.otherTables')}
          value={form.values.otherTables}
          onChange={(value) => form.setFieldValue('otherTables', value as ReferralValues['otherTables'])}
          error={form.errors.otherTables}
        >
          <Group mt={6} gap="lg">
            {options('otherTable', OTHER_TABLES).map((o) => (
              <Checkbox key={o.value} value={o.value} label={o.label} size="md" />
            ))}
          </Group>
        </Checkbox.Group>
        <Textarea size="md"
          label={t('referral.otherTablesNote')}
          autosize
          minRows={2}
          maxRows={8}
          {...form.getInputProps('otherTablesNote')}
        />
      </Stack>
    </FormSection>
  );
}
