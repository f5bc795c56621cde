/** The form that records one person's consent; after saving it is ready for the next missing person. */
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
  const blank = (): ConsentValues => {
    const subject = firstSubject();
    return { subject, personName: suggestedName(subject), scope: 'registratie', givenOn: todayDutch(), method: 'schriftelijk' };
  };
  const form = useForm<ConsentValues>({ initialValues: blank(), validate, validateInputOnBlur: true });

  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      const next = await add.run(prepare(values));
      notifySaved(t('consent.saved'));
      // Ready for the next person: the next missing subject, or a fresh form.
      const subject = next.consentState.missing[0] ?? values.subject;
      form.setValues({ subject, personName: suggestedName(subject), scope: values.scope, givenOn: values.givenOn, method: values.method });
      form.resetDirty();
    } catch (err) {
      if (!applyServerErrors(form, err, t)) setFailure(err);
    }
  });

  const nameSuggestions = form.values.subject === 'jeugdige' ? [youthName] : guardianNames;

  return (
    <Paper withBorder p="lg" radius="md" component="form" onSubmit={submit} noValidate aria-labelledby="consent-form-title">
      <Title order={3} fz={20} mb="md" id="consent-form-title">
        {t('consent.formTitle')}
      </Title>
      <Stack gap="md">
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
