/** Ouders/verzorgers: each parent or guardian, with or without gezag (parental authority). */
import { ActionIcon, Button, Group, Paper, Select, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { GUARDIAN_RELATIONS } from '../../../../shared/domain/taxonomies';
import { useEnumLabels } from '../labels';
import { FormSection } from './FormSection';
import { selectProps, type Path, type SectionProps } from './model';

export function GuardiansSection({ form }: SectionProps) {
  const { t } = useTranslation('cases');
  const { options } = useEnumLabels();
  const guardians = form.values.guardians;
  return (
    <FormSection id="guardians" title={t('referral.section.guardians')}>
      <Stack gap="sm">
        {guardians.length === 0 && <Text c="dimmed">{t('referral.guardians.none')}</Text>}
        {guardians.map((_, i) => (
          <Paper key={i} withBorder p="sm" radius="md" bg="gray.0">
            <Group justify="space-between" mb={4}>
              <Text fw={600}>{t('referral.guardians.item', { index: i + 1 })}</Text>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('referral.guardians.remove', { index: i + 1 })}
                onClick={() => form.removeListItem('guardians', i)}
              >
                <IconTrash size={18} />
              </ActionIcon>
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
              <TextInput size="md" label={t('referral.guardian.name')} withAsterisk {...form.getInputProps(`guardians.${i}.name`)} />
              <Select size="md"
                label={t('referral.guardian.relation')}
                withAsterisk
                data={options('relation', GUARDIAN_RELATIONS)}
                {...selectProps(form, `guardians.${i}.relation`)}
              />
              <Switch
                label={t('referral.guardian.hasAuthority')}
                size="md"
                mt={{ base: 0, lg: 30 }}
                {...form.getInputProps(`guardians.${i}.hasAuthority`, { type: 'checkbox' })}
              />
              <TextInput size="md" label={t('referral.guardian.phone')} type="tel" {...form.getInputProps(`guardians.${i}.phone`)} />
              <TextInput size="md" label={t('referral.guardian.email')} type="email" {...form.getInputProps(`guardians.${i}.email`)} />
            </SimpleGrid>
          </Paper>
        ))}
        <Group>
          <Button
            variant="light"
            leftSection={<IconPlus size={18} />}
            disabled={guardians.length >= 10}
            onClick={() => {
              form.insertListItem('guardians', {
                name: '',
                relation: '' as never,
                hasAuthority: true,
                phone: '',
                email: '',
              });
              setTimeout(() => form.getInputNode(`guardians.${guardians.length}.name` as Path)?.focus(), 0);
            }}
          >
            {t('referral.guardians.add')}
          </Button>
        </Group>
      </Stack>
    </FormSection>
  );
}
