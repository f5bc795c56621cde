/** Betrokken organisaties en wettelijk kader: organisations involved, legal frameworks, protection measure. */
import { ActionIcon, Box, Button, Checkbox, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LEGAL_FRAMEWORKS, PROTECTION_MEASURES } from '../../../../shared/domain/taxonomies';
import { useEnumLabels } from '../labels';
import { FormSection } from './FormSection';
import { selectProps, type Path, type ReferralValues, type SectionProps } from './model';

export function InvolvedSection({ form }: SectionProps) {
  const { t } = useTranslation('cases');
  const { options } = useEnumLabels();
  const v = form.values;
  return (
    <FormSection id="involved" title={t('referral.section.involved')}>
      <Stack gap="md">
        <Box>
          <Text fw={600} mb={6}>
            {t('referral.organisations.title')}
          </Text>
          <Stack gap="xs">
            {v.organisations.length === 0 && <Text c="dimmed">{t('referral.organisations.none')}</Text>}
            {v.organisations.map((_, i) => (
              <Group key={i} align="flex-start" wrap="nowrap">
                <TextInput size="md"
                  style={{ flex: 2 }}
                  label={t('referral.organisation.name')}
                  withAsterisk
                  {...form.getInputProps(`organisations.${i}.name`)}
                />
                <TextInput size="md"
                  style={{ flex: 2 }}
                  label={t('referral.organisation.role')}
                  {...form.getInputProps(`organisations.${i}.role`)}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt={30}
                  aria-label={t('referral.organisations.remove', { index: i + 1 })}
                  onClick={() => form.removeListItem('organisations', i)}
                >
                  <IconTrash size={18} />
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button
                variant="light"
                leftSection={<IconPlus size={18} />}
                disabled={v.organisations.length >= 20}
                onClick={() => {
                  form.insertListItem('organisations', { name: '', role: '' });
                  setTimeout(
                    () => form.getInputNode(`organisations.${v.organisations.length}.name` as Path)?.focus(),
                    0,
                  );
                }}
              >
                {t('referral.organisations.add')}
              </Button>
            </Group>
          </Stack>
        </Box>

        <Checkbox.Group size="md"
          label={t('referral.legalFrameworks')}
          value={v.legalFrameworks}
          onChange={(value) => form.setFieldValue('legalFrameworks', value as ReferralValues['legalFrameworks'])}
          error={form.errors.legalFrameworks}
        >
          <Group mt={6} gap="lg">
            {options('legal', LEGAL_FRAMEWORKS).map((o) => (
              <Checkbox key={o.value} value={o.value} label={o.label} size="md" />
            ))}
          </Group>
        </Checkbox.Group>

        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select size="md"
            label={t('referral.protection.measure')}
            data={options('measure', PROTECTION_MEASURES)}
            clearable
            {...selectProps(form, 'protection.measure')}
          />
          <TextInput size="md" label={t('referral.protection.gi')} {...form.getInputProps('protection.gi')} />
        </SimpleGrid>
      </Stack>
    </FormSection>
  );
}
