/** The advice items: category, text, addressee, response deadline; add, remove and reorder. */
import { ActionIcon, Button, Fieldset, Group, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Tooltip } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ADDRESSEE_KINDS, ADVICE_CATEGORIES, FINANCING_ROUTES } from '../../../../shared/domain/advice';
import { useAdviceLabels } from '../labels';
import { blankItem, type EditorValues, type ItemValues } from './model';

export function ItemsEditor({ form, readOnly = false }: { form: UseFormReturnType<EditorValues>; readOnly?: boolean }) {
  const { t } = useTranslation('advice');
  const { options } = useAdviceLabels();
  const items = form.values.items;
  const set = <K extends keyof ItemValues>(i: number, field: K, value: ItemValues[K]) => {
    form.setFieldValue(`items.${i}.${field}`, value as never);
    form.clearFieldError(`items.${i}.${field}`);
  };

  return (
    <Stack gap="sm">
      <Text fw={700} size="lg">
        {t('editor.items')}
      </Text>
      {items.length === 0 && (
        <Text c="dimmed" size="sm">
          {t('editor.noItems')}
        </Text>
      )}
      {items.map((item, i) => {
        const n = i + 1;
        return (
          <Fieldset key={item.uid} legend={t('editor.itemLegend', { n })} radius="md" data-testid="advice-item-editor">
            <Stack gap="sm">
              <SimpleGrid cols={{ base: 1, sm: item.category === 'financieringsroute' ? 2 : 1 }}>
                <Select
                  size="md"
                  label={t('editor.category')}
                  withAsterisk
                  data={options('category', ADVICE_CATEGORIES)}
                  value={item.category || null}
                  onChange={(v) => set(i, 'category', (v ?? '') as ItemValues['category'])}
                  error={form.errors[`items.${i}.category`]}
                  readOnly={readOnly}
                  allowDeselect={false}
                />
                {item.category === 'financieringsroute' && (
                  <Select
                    size="md"
                    label={t('editor.financingRoute')}
                    data={options('financing', FINANCING_ROUTES)}
                    value={item.financingRoute || null}
                    onChange={(v) => set(i, 'financingRoute', (v ?? '') as ItemValues['financingRoute'])}
                    error={form.errors[`items.${i}.financingRoute`]}
                    readOnly={readOnly}
                    clearable
                  />
                )}
              </SimpleGrid>
              <Textarea
                size="md"
                label={t('editor.itemText')}
                withAsterisk
                autosize
                minRows={2}
                maxRows={10}
                readOnly={readOnly}
                {...form.getInputProps(`items.${i}.text`)}
              />
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <Select
                  size="md"
                  label={t('editor.addresseeKind')}
                  withAsterisk
                  data={options('addressee', ADDRESSEE_KINDS)}
                  value={item.addresseeKind || null}
                  onChange={(v) => set(i, 'addresseeKind', (v ?? '') as ItemValues['addresseeKind'])}
                  error={form.errors[`items.${i}.addresseeKind`]}
                  readOnly={readOnly}
                  allowDeselect={false}
                />
                <TextInput size="md" label={t('editor.addresseeName')} readOnly={readOnly} {...form.getInputProps(`items.${i}.addresseeName`)} />
                <TextInput
                  size="md"
                  label={t('editor.deadline')}
                  placeholder={t('datePlaceholder')}
                  readOnly={readOnly}
                  {...form.getInputProps(`items.${i}.deadline`)}
                />
              </SimpleGrid>
              {!readOnly && (
                <Group justify="flex-end" gap="xs">
                  <Tooltip label={t('editor.up')}>
                    <ActionIcon
                      variant="default"
                      size="lg"
                      disabled={i === 0}
                      aria-label={t('editor.itemUp', { n })}
                      onClick={() => form.reorderListItem('items', { from: i, to: i - 1 })}
                    >
                      <IconArrowUp size={18} />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label={t('editor.down')}>
                    <ActionIcon
                      variant="default"
                      size="lg"
                      disabled={i === items.length - 1}
                      aria-label={t('editor.itemDown', { n })}
                      onClick={() => form.reorderListItem('items', { from: i, to: i + 1 })}
                    >
                      <IconArrowDown size={18} />
                    </ActionIcon>
                  </Tooltip>
                  <Button
                    variant="subtle"
                    color="red"
                    leftSection={<IconTrash size={16} />}
                    aria-label={t('editor.itemRemove', { n })}
                    onClick={() => form.removeListItem('items', i)}
                  >
                    {t('editor.remove')}
                  </Button>
                </Group>
              )}
            </Stack>
          </Fieldset>
        );
      })}
      {!readOnly && (
        <Group>
          <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => form.insertListItem('items', blankItem())} disabled={items.length >= 40}>
            {t('editor.addItem')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
