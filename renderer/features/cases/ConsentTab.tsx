/** Toestemming: who consented to what, what is still missing, and the chair's other legal ground. */
import { useMemo, useState } from 'react';
import {
  Alert,
  Autocomplete,
  Badge,
  Button,
  Collapse,
  Group,
  Input,
  Modal,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCircleCheck, IconAlertTriangle, IconGavel } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ConsentInput, LegalGroundInput, WithdrawConsentInput } from '../../../shared/api/index';
import type { CaseFile, Consent } from '../../../shared/api/index';
import { dutchToIso } from '../../../shared/domain/dates';
import { requiredConsentSubjects } from '../../../shared/domain/consent';
import { CONSENT_METHODS, CONSENT_SCOPES, CONSENT_SUBJECTS } from '../../../shared/domain/taxonomies';
import { applyServerErrors, schemaValidator } from '../../app/forms';
import { useSession } from '../../app/session';
import { useCaseMutation } from './queries';
import { SaveFailure } from './ConsentRequired';
import { todayDutch, withDateFields } from './formUtil';
import { formatDate, useEnumLabels, useNotifySaved } from './labels';

export function ConsentTab({ file }: { file: CaseFile }) {
  const { t } = useTranslation('cases');
  const { can } = useSession();
  const [withdrawing, setWithdrawing] = useState<Consent | null>(null);

  return (
    <Stack gap="lg">
      <ConsentSummary file={file} />
      <ConsentList file={file} onWithdraw={can('consent.write') ? setWithdrawing : undefined} />
      {can('consent.write') ? (
        <ConsentForm file={file} />
      ) : (
        <Text c="dimmed">{t('consent.readOnly')}</Text>
      )}
      {can('case.legalGround') && <LegalGroundForm file={file} />}
      <WithdrawModal file={file} consent={withdrawing} onClose={() => setWithdrawing(null)} />
    </Stack>
  );
}

function ConsentSummary({ file }: { file: CaseFile }) {
  const { t } = useTranslation('cases');
  const { label } = useEnumLabels();
  const { sufficient, missing } = file.consentState;
  const age = file.age ?? 0;
  const rule = age < 12 ? 'consent.required.lt12' : age < 16 ? 'consent.required.12to15' : 'consent.required.16plus';
  return (
    <Stack gap="xs">
      <Alert
        color={sufficient ? 'teal' : 'orange'}
        variant="light"
        icon={sufficient ? <IconCircleCheck size={26} /> : <IconAlertTriangle size={26} />}
        data-testid="consent-summary"
      >
        <Text fw={700} size="xl">
          {sufficient
            ? t('consent.complete')
            : t('consent.missing', { who: missing.map((m) => label('subject', m)).join(', ') })}
        </Text>
        <Text mt={4}>{t(rule)}</Text>
      </Alert>
      {file.legalGround && (
        <Alert color="blue" variant="light" icon={<IconGavel size={24} />}>
          <Text fw={600}>{t('consent.legalGroundActive', { ground: file.legalGround.ground })}</Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {file.legalGround.reason}
          </Text>
          <Text size="sm" c="dimmed" mt={4}>
            {t('consent.legalGroundCurrent', {
              name: file.legalGround.recordedBy,
              date: formatDate(file.legalGround.recordedAt, true),
            })}
          </Text>
        </Alert>
      )}
    </Stack>
  );
}

function ConsentList({ file, onWithdraw }: { file: CaseFile; onWithdraw?: (c: Consent) => void }) {
  const { t } = useTranslation('cases');
  const { label } = useEnumLabels();
  return (
    <Paper withBorder p="lg" radius="md">
      <Title order={3} fz={20} mb="sm">
        {t('consent.list')}
      </Title>
      {file.consents.length === 0 ? (
        <Text c="dimmed">{t('consent.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={800}>
          <Table fz="md" verticalSpacing="sm" data-testid="consent-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('consent.col.subject')}</Table.Th>
                <Table.Th>{t('consent.col.name')}</Table.Th>
                <Table.Th>{t('consent.col.scope')}</Table.Th>
                <Table.Th>{t('consent.col.givenOn')}</Table.Th>
                <Table.Th>{t('consent.col.method')}</Table.Th>
                <Table.Th>{t('consent.col.recordedBy')}</Table.Th>
                <Table.Th>{t('consent.col.state')}</Table.Th>
                {onWithdraw && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {file.consents.map((c) => (
                <Table.Tr key={c.id} c={c.withdrawnOn ? 'dimmed' : undefined}>
                  <Table.Td>{label('subject', c.subject)}</Table.Td>
                  <Table.Td fw={600}>{c.personName}</Table.Td>
                  <Table.Td>{label('scope', c.scope)}</Table.Td>
                  <Table.Td>{formatDate(c.givenOn)}</Table.Td>
                  <Table.Td>{label('method', c.method)}</Table.Td>
                  <Table.Td>
                    {c.recordedBy}
                    <Text size="xs" c="dimmed">
                      {formatDate(c.recordedAt, true)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {c.withdrawnOn ? (
                      <>
                        <Badge color="red" variant="light" tt="none" size="lg">
                          {t('consent.withdrawnOn', { date: formatDate(c.withdrawnOn) })}
                        </Badge>
                        {c.withdrawnReason && (
                          <Text size="sm" c="dimmed">
                            {c.withdrawnReason}
                          </Text>
                        )}
                      </>
                    ) : (
                      <Badge color="teal" variant="light" tt="none" size="lg">
                        {t('consent.active')}
                      </Badge>
                    )}
                  </Table.Td>
                  {onWithdraw && (
                    <Table.Td>
                      {!c.withdrawnOn && (
                        <Button size="compact-sm" variant="subtle" color="red" onClick={() => onWithdraw(c)}>
                          {t('consent.withdraw')}
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}

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

function ConsentForm({ file }: { file: CaseFile }) {
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

function WithdrawModal({ file, consent, onClose }: { file: CaseFile; consent: Consent | null; onClose(): void }) {
  const { t } = useTranslation('cases');
  const { label } = useEnumLabels();
  const withdraw = useCaseMutation('consent.withdraw');
  const notifySaved = useNotifySaved();
  const [failure, setFailure] = useState<unknown>(null);
  type V = { withdrawnOn: string; reason: string };
  const prepare = (v: V) => ({ ...v, caseId: file.id, consentId: consent?.id ?? 0, withdrawnOn: dutchToIso(v.withdrawnOn) });
  const form = useForm<V>({
    initialValues: { withdrawnOn: todayDutch(), reason: '' },
    validate: withDateFields(schemaValidator<V>(WithdrawConsentInput, t, prepare), t, { withdrawnOn: (v) => v.withdrawnOn }),
    validateInputOnBlur: true,
  });

  const close = () => {
    form.reset();
    setFailure(null);
    onClose();
  };

  return (
    <Modal opened={consent !== null} onClose={close} title={t('consent.withdrawTitle')} size="lg">
      {consent && (
        <form autoComplete="off"
          noValidate
          onSubmit={form.onSubmit(async (values) => {
            setFailure(null);
            try {
              await withdraw.run(prepare(values));
              notifySaved(t('consent.withdrawn'));
              close();
            } catch (err) {
              if (!applyServerErrors(form, err, t)) setFailure(err);
            }
          })}
        >
          <Stack>
            <Text>
              {t('consent.withdrawIntro', {
                name: consent.personName,
                subject: label('subject', consent.subject),
                scope: label('scope', consent.scope),
              })}
            </Text>
            <TextInput size="md"
              label={t('consent.withdrawDate')}
              placeholder={t('dateHint')}
              withAsterisk
              data-autofocus
              {...form.getInputProps('withdrawnOn')}
            />
            <Textarea size="md" label={t('consent.withdrawReason')} autosize minRows={2} {...form.getInputProps('reason')} />
            <SaveFailure failure={failure} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common:cancel')}
              </Button>
              <Button type="submit" color="red" loading={withdraw.isPending}>
                {t('consent.withdrawConfirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

function LegalGroundForm({ file }: { file: CaseFile }) {
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
          <Title order={3} fz={20} id="legal-ground-title">
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
