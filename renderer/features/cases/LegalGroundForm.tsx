/** The chair's other legal ground for registration when consent is missing (voorzitter only). */
import { useState } from 'react';
import { Button, Collapse, Group, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconGavel } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LegalGroundInput } from '../../../shared/api/index';
import type { CaseFile } from '../../../shared/api/index';
import { applyServerErrors, schemaValidator } from '../../app/forms';
import { DraftOffer, useFormGuard } from '../../app/useFormGuard';
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
  const save = async (values: V): Promise<boolean> => {
    setFailure(null);
    try {
      await guard.saving(() => setGround.run(prepare(values)));
      notifySaved(t('consent.legalGroundSaved'));
      setOpen(false);
      return true;
    } catch (err) {
      if (!applyServerErrors(form, err, t)) setFailure(err);
      return false;
    }
  };
  // Leaving with a changed ground asks first; a lock keeps it as a draft, offered here after unlocking.
  const guard = useFormGuard(form, {
    draftKey: `legal-ground:case:${file.id}`,
    caseId: file.id,
    onSave: async () => !form.validate().hasErrors && save(form.getValues()),
  });
  // Open while it holds changes or a draft waits, so neither is hidden behind the button.
  const expanded = open || form.isDirty() || guard.draft !== null;
  return (
    <Paper
      withBorder
      p="lg"
      radius="md"
      component="form"
      noValidate
      aria-labelledby="legal-ground-title"
      onSubmit={form.onSubmit((values) => void save(values))}
    >
      <Group justify="space-between" wrap="nowrap">
        <Group gap="xs" wrap="nowrap">
          <IconGavel size={22} />
          <Title order={2} fz={20} id="legal-ground-title">
            {t('consent.legalGroundTitle')}
          </Title>
        </Group>
        {!expanded && (
          <Button variant="light" onClick={() => setOpen(true)} aria-expanded={expanded} aria-controls="legal-ground-fields">
            {t('consent.legalGroundOpen')}
          </Button>
        )}
      </Group>
      <Text c="dimmed" size="sm" mt={4}>
        {t('consent.legalGroundIntro')}
      </Text>
      <Collapse expanded={expanded} id="legal-ground-fields">
      <Stack gap="md" mt="md">
        <DraftOffer guard={guard} />
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
          <Button
            variant="default"
            onClick={() => {
              form.reset();
              setOpen(false);
            }}
          >
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
