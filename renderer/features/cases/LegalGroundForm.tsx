/** The chair's other legal ground for registration when consent is missing (voorzitter only). */
import { useState } from 'react';
import { Button, Collapse, Group, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconGavel } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LegalGroundInput } from '../../../shared/api/index';
import type { CaseFile } from '../../../shared/api/index';
import { applyServerErrors, schemaValidator } from '../../app/forms';
import { SaveFailure } from './ConsentRequired';
import { useNotifySaved } from './labels';
import { useCaseMutation } from './queries';

export function LegalGroundForm({ file }: { file: CaseFile }) {
  const { t } = useTranslation('cases');
  const setGround = useCaseMutation('cases.setLegalGround');
  const notifySaved = useNotifySaved();
  const [failure, setFailure] = useState<unknown>(null);
  const [open, setOpen] = useState(false);
  type V = { ground: string; reason: string };
  const prepare = (v: V) => ({ ...v, caseId: file.id });
  const form = useForm<V>({
    initialValues: { ground: file.legalGround?.ground ?? '', reason: file.legalGround?.reason ?? '' },
    validate: schemaValidator<V>(LegalGroundInput, t, prepare),
    validateInputOnBlur: true,
  });
  return (
    <Paper
      withBorder
      p="lg"
      radius="md"
      component="form"
      noValidate
      aria-labelledby="legal-ground-title"
      onSubmit={form.onSubmit(async (values) => {
        setFailure(null);
        try {
          await setGround.run(prepare(values));
          notifySaved(t('consent.legalGroundSaved'));
          setOpen(false);
        } catch (err) {
          if (!applyServerErrors(form, err, t)) setFailure(err);
        }
      })}
    >
      <Group justify="space-between" wrap="nowrap">
        <Group gap="xs" wrap="nowrap">
          <IconGavel size={22} />
          <Title order={2} fz={20} id="legal-ground-title">
            {t('consent.legalGroundTitle')}
          </Title>
        </Group>
        {!open && (
          <Button variant="light" onClick={() => setOpen(true)} aria-expanded={open} aria-controls="legal-ground-fields">
            {t('consent.legalGroundOpen')}
          </Button>
        )}
      </Group>
      <Text c="dimmed" size="sm" mt={4}>
        {t('consent.legalGroundIntro')}
      </Text>
      <Collapse expanded={open} id="legal-ground-fields">
      <Stack gap="md" mt="md">
        <TextInput size="md"
          label={t('consent.legalGround')}
          placeholder={t('consent.legalGroundPlaceholder')}
          withAsterisk
          {...form.getInputProps('ground')}
        />
        <Textarea size="md"
          label={t('consent.legalGroundReason')}
          withAsterisk
          autosize
          minRows={2}
          {...form.getInputProps('reason')}
        />
        <SaveFailure failure={failure} />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setOpen(false)}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" loading={setGround.isPending}>
            {t('consent.legalGroundSave')}
          </Button>
        </Group>
      </Stack>
      </Collapse>
    </Paper>
  );
}
