/**
 * The form that records one person's consent; after saving it is ready for the
 * next missing person, or empty once nobody is missing (never pre-filled with
 * someone whose consent is already recorded).
 */
import { useMemo, useState } from 'react';
import { Autocomplete, Button, Group, Input, Paper, SegmentedControl, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ConsentInput } from '../../../shared/api/index';
import type { CaseFile } from '../../../shared/api/index';
import { dutchToIso } from '../../../shared/domain/dates';
import { requiredConsentSubjects } from '../../../shared/domain/consent';
import { CONSENT_METHODS, CONSENT_SCOPES, CONSENT_SUBJECTS } from '../../../shared/domain/taxonomies';
import { applyServerErrors, schemaValidator } from '../../app/forms';
import { DraftOffer, useFormGuard } from '../../app/useFormGuard';
import { SaveFailure } from './ConsentRequired';
import { todayDutch, withDateFields } from './formUtil';
import { useEnumLabels, useNotifySaved } from './labels';
import { useCaseMutation } from './queries';

interface ConsentValues {
  subject: (typeof CONSENT_SUBJECTS)[number];
  personName: string;
  scope: (typeof CONSENT_SCOPES)[number];
  givenOn: string;
  method: (typeof CONSENT_METHODS)[number];
}

/** A required choice shown as a row of segments; the label names the group for screen readers too. */
function ChoiceField<V extends string>(props: {
  label: string;
  data: { value: string; label: string }[];
  value: V;
  onChange(value: V): void;
}) {
  return (
    <Input.Wrapper size="md" label={props.label} withAsterisk>
      <SegmentedControl
        size="md"
        mt={6}
        fullWidth
        data={props.data}
        value={props.value}
        onChange={(value) => props.onChange(value as V)}
        aria-label={props.label}
      />
    </Input.Wrapper>
  );
}

export function ConsentForm({ file }: { file: CaseFile }) {
  const { t } = useTranslation('cases');
  const { options } = useEnumLabels();
  const add = useCaseMutation('consent.add');
  const notifySaved = useNotifySaved();
  const [failure, setFailure] = useState<unknown>(null);
  const youthName = `${file.referral.youth.firstName} ${file.referral.youth.lastName}`.trim();
  const guardianNames = file.referral.guardians.map((g) => g.name);

  const firstSubject = (): ConsentValues['subject'] =>
    file.consentState.missing[0] ?? requiredConsentSubjects(file.age ?? 0)[0] ?? 'jeugdige';
  const suggestedName = (subject: ConsentValues['subject']) =>
    subject === 'jeugdige' ? youthName : guardianNames.length === 1 ? guardianNames[0]! : '';

  const caseId = file.id;
  const prepare = (v: ConsentValues) => ({ ...v, caseId, givenOn: dutchToIso(v.givenOn) });
  const validate = useMemo(
    () =>
      withDateFields(
        schemaValidator<ConsentValues>(ConsentInput, t, (v) => ({ ...v, caseId, givenOn: dutchToIso(v.givenOn) })),
        t,
        { givenOn: (v) => v.givenOn },
      ),
    [t, caseId],
  );
  // A name is suggested only for a person whose consent is still missing.
  const blank = (missing: readonly string[] = file.consentState.missing): ConsentValues => {
    const subject = missing.length > 0 ? firstSubject() : (requiredConsentSubjects(file.age ?? 0)[0] ?? 'jeugdige');
    const personName = missing.includes(subject) ? suggestedName(subject) : '';
    return { subject, personName, scope: 'registratie', givenOn: todayDutch(), method: 'schriftelijk' };
  };
  const form = useForm<ConsentValues>({ initialValues: blank(), validate, validateInputOnBlur: true });

  const save = async (values: ConsentValues): Promise<boolean> => {
    setFailure(null);
    try {
      await guard.saving(async () => {
        const next = await add.run(prepare(values));
        notifySaved(t('consent.saved'));
        // Ready for the next missing person (same scope, date and method), or an empty form.
        const missing = next.consentState.missing;
        const subject = missing[0];
        const fresh: ConsentValues = subject
          ? { subject, personName: suggestedName(subject), scope: values.scope, givenOn: values.givenOn, method: values.method }
          : blank(missing);
        form.setValues(fresh);
        form.resetDirty(fresh);
      });
      return true;
    } catch (err) {
      if (!applyServerErrors(form, err, t)) setFailure(err);
      return false;
    }
  };
  const guard = useFormGuard(form, {
    draftKey: `consent:case:${caseId}`,
    caseId,
    onSave: async () => !form.validate().hasErrors && save(form.getValues()),
  });
  const submit = form.onSubmit((values) => void save(values));

  const nameSuggestions = form.values.subject === 'jeugdige' ? [youthName] : guardianNames;

  return (
    <Paper withBorder p="lg" radius="md" component="form" onSubmit={submit} noValidate aria-labelledby="consent-form-title">
      <Title order={2} fz={20} mb="md" id="consent-form-title">
        {t('consent.formTitle')}
      </Title>
      <Stack gap="md">
        <DraftOffer guard={guard} />
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <ChoiceField
            label={t('consent.subject')}
            data={options('subject', CONSENT_SUBJECTS)}
            value={form.values.subject}
            onChange={(subject) => {
              const current = form.values.personName;
              form.setFieldValue('subject', subject);
              // Replace the name only when it was our own suggestion.
              if (current === '' || current === suggestedName(form.values.subject)) {
                form.setFieldValue('personName', suggestedName(subject));
              }
            }}
          />
          <Autocomplete size="md"
            label={t('consent.name')}
            withAsterisk
            data={nameSuggestions.filter(Boolean)}
            {...form.getInputProps('personName')}
          />
          <ChoiceField
            label={t('consent.scope')}
            data={options('scope', CONSENT_SCOPES)}
            value={form.values.scope}
            onChange={(scope) => form.setFieldValue('scope', scope)}
          />
          <Group grow align="flex-start">
            <TextInput size="md"
              label={t('consent.date')}
              placeholder={t('dateHint')}
              withAsterisk
              inputMode="numeric"
              {...form.getInputProps('givenOn')}
            />
            <ChoiceField
              label={t('consent.method')}
              data={options('method', CONSENT_METHODS)}
              value={form.values.method}
              onChange={(method) => form.setFieldValue('method', method)}
            />
          </Group>
        </SimpleGrid>
        <SaveFailure failure={failure} />
        <Group justify="flex-end">
          <Button type="submit" size="md" loading={add.isPending}>
            {t('consent.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
