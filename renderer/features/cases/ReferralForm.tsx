/**
 * The referral (aanmelding) form, for a new case and for editing one. One
 * scrollable page with a sticky section index: fastest for a screener who types
 * while on the phone. Validates on blur; a failed save never resets or leaves
 * the form, so nothing typed is lost.
 */
import { useMemo, useRef, useState, type ReactNode } from 'react';
import {
  ActionIcon,
  Alert,
  Autocomplete,
  Box,
  Button,
  Checkbox,
  Chip,
  Grid,
  Group,
  Input,
  NavLink,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { getHotkeyHandler, useScrollSpy } from '@mantine/hooks';
import {
  IconAlertCircle,
  IconDeviceFloppy,
  IconInfoCircle,
  IconPlus,
  IconTrash,
  IconUsersGroup,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  ReferralSchema,
  emptyReferral,
  transitionFlag,
  type Referral,
  type ReferralInput,
} from '../../../shared/domain/referral';
import { ageOn, dutchToIso, isIsoDate, isoToDutch, todayIso } from '../../../shared/domain/dates';
import {
  GENDERS,
  GUARDIAN_RELATIONS,
  LEGAL_FRAMEWORKS,
  LIVING_SITUATIONS,
  OTHER_TABLES,
  PROTECTION_MEASURES,
  QUESTION_TYPES,
  REFERRER_TYPES,
  TRANSITION_OVERRIDES,
  URGENCIES,
} from '../../../shared/domain/taxonomies';
import { ApiError } from '../../api/client';
import { applyServerErrors, errorText, schemaValidator } from '../../app/forms';
import { withDateFields } from './formUtil';
import { useEnumLabels, useProblemAreas } from './labels';
import { useMunicipalities } from './queries';

/** Form values: the referral as typed, with the birth date as 'dd-mm-jjjj'. */
export type ReferralValues = Referral;

export function newReferralValues(): ReferralValues {
  return emptyReferral() as ReferralValues;
}

/** A stored referral -> form values (ISO dates shown as dd-mm-jjjj). */
export function toFormValues(r: Referral): ReferralValues {
  const base = newReferralValues();
  return {
    ...base,
    ...r,
    referrer: { ...base.referrer, ...r.referrer },
    youth: { ...base.youth, ...r.youth, birthDate: isoToDutch(r.youth.birthDate) },
    protection: { ...base.protection, ...r.protection },
  };
}

/** Form values -> what the schema and API expect, without touching the form. */
export function prepareReferral(v: ReferralValues): ReferralInput {
  return { ...v, youth: { ...v.youth, birthDate: dutchToIso(v.youth.birthDate) } };
}

const SECTIONS = [
  'referrer',
  'youth',
  'guardians',
  'involved',
  'question',
  'problemAreas',
  'transition',
  'otherTables',
] as const;
type Section = (typeof SECTIONS)[number];

function sectionOf(path: string): Section {
  const head = path.split('.')[0] ?? '';
  if (head === 'referrer' || head === 'youth' || head === 'guardians' || head === 'problemAreas' || head === 'otherTables')
    return head;
  if (head === 'organisations' || head === 'legalFrameworks' || head === 'protection') return 'involved';
  if (head === 'transitionOverride') return 'transition';
  if (head === 'otherTablesNote') return 'otherTables';
  return 'question';
}

type Path = Parameters<ReturnType<typeof useForm<ReferralValues>>['setFieldValue']>[0];

export interface ReferralFormProps {
  initialValues: ReferralValues;
  submitLabel: string;
  /** Save; throw (an ApiError) to keep the form as it is and show the messages. */
  onSubmit(referral: ReferralInput): Promise<void>;
  onCancel?: () => void;
  /** Offset for the sticky index (px below the app header). */
  stickyTop?: number;
}

export function ReferralForm({ initialValues, submitLabel, onSubmit, onCancel, stickyTop = 16 }: ReferralFormProps) {
  const { t } = useTranslation('cases');
  const { options } = useEnumLabels();
  const { areas, areaLabel, labelOf } = useProblemAreas();
  const municipalities = useMunicipalities();
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [attempted, setAttempted] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const validate = useMemo(
    () =>
      withDateFields(schemaValidator<ReferralValues>(ReferralSchema, t, prepareReferral), t, {
        'youth.birthDate': (v) => v.youth.birthDate,
      }),
    [t],
  );

  const form = useForm<ReferralValues>({
    mode: 'controlled',
    initialValues,
    validate,
    validateInputOnBlur: true,
    clearInputErrorOnChange: true,
  });
  const v = form.values;

  const spy = useScrollSpy({ selector: '[data-referral-section]', offset: 120 });

  const errorKeys = Object.keys(form.errors).filter((k) => form.errors[k]);
  const sectionErrors = new Set(errorKeys.map(sectionOf));

  const scrollTo = (section: Section) => {
    document.getElementById(`referral-${section}`)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };

  const focusFirstError = (paths: string[]) => {
    // The first error in page order: by section, then by the order of the inputs on the page.
    const nodes = paths
      .map((p) => ({ p, node: form.getInputNode(p as Path) }))
      .filter((x): x is { p: string; node: HTMLElement } => !!x.node)
      .sort((a, b) => (a.node.compareDocumentPosition(b.node) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    const first = nodes[0]?.node;
    if (first) {
      first.scrollIntoView({ behavior: 'smooth', block: 'center' });
      first.focus({ preventScroll: true });
      return;
    }
    const firstSection = SECTIONS.find((s) => paths.some((p) => sectionOf(p) === s));
    if (firstSection) scrollTo(firstSection);
  };

  const submit = form.onSubmit(
    async (values) => {
      setFailure(null);
      setAttempted(true);
      setSaving(true);
      try {
        await onSubmit(prepareReferral(values));
      } catch (err) {
        if (applyServerErrors(form, err, t, 'referral.')) {
          setFailure(t('msg:e.VALIDATION'));
          const paths = err instanceof ApiError ? Object.keys(err.fields).map((p) => p.replace(/^referral\./, '')) : [];
          // Let the errors render before looking up their inputs.
          setTimeout(() => focusFirstError(paths), 0);
        } else {
          setFailure(errorText(t, err));
        }
      } finally {
        setSaving(false);
      }
    },
    (errors) => {
      setFailure(null);
      setAttempted(true);
      focusFirstError(Object.keys(errors).filter((k) => errors[k]));
    },
  );

  const select = (path: Path) => {
    const p = form.getInputProps(path);
    return {
      ...p,
      value: (p.value as string) || null,
      onChange: (value: string | null) => form.setFieldValue(path, (value ?? '') as never),
    };
  };

  // Derived displays.
  const birthIso = dutchToIso(v.youth.birthDate);
  const validBirth = isIsoDate(birthIso) && birthIso <= todayIso();
  const age = validBirth ? ageOn(birthIso) : null;
  const derivedTransition = validBirth ? transitionFlag({ youth: { ...v.youth, birthDate: birthIso }, transitionOverride: 'auto' }) : null;
  const finalTransition = transitionFlag({ youth: { ...v.youth, birthDate: birthIso }, transitionOverride: v.transitionOverride });
  const problemAreaError = errorKeys.filter((k) => k === 'problemAreas' || k.startsWith('problemAreas.')).map((k) => form.errors[k])[0];
  const shownAreas = areas.filter((a) => a.active || v.problemAreas.includes(a.id));

  const errorCount = errorKeys.length;

  return (
    <form autoComplete="off"
      ref={formRef}
      onSubmit={submit}
      noValidate
      onKeyDown={getHotkeyHandler([['mod+S', () => formRef.current?.requestSubmit()]])}
      aria-label={t('referral.title')}
    >
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 9 }}>
          <Stack gap="lg">
            <Text c="dimmed">{t('referral.intro')}</Text>

            {/* Verwijzer */}
            <FormSection id="referrer" title={t('referral.section.referrer')}>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput size="md" label={t('referral.referrer.name')} {...form.getInputProps('referrer.name')} autoFocus />
                <TextInput size="md"
                  label={t('referral.referrer.organisation')}
                  withAsterisk
                  {...form.getInputProps('referrer.organisation')}
                />
                <TextInput size="md" label={t('referral.referrer.role')} {...form.getInputProps('referrer.role')} />
                <Select size="md"
                  label={t('referral.referrer.type')}
                  data={options('referrerType', REFERRER_TYPES)}
                  clearable
                  {...select('referrer.type')}
                />
                <TextInput size="md" label={t('referral.referrer.phone')} type="tel" {...form.getInputProps('referrer.phone')} />
                <TextInput size="md" label={t('referral.referrer.email')} type="email" {...form.getInputProps('referrer.email')} />
              </SimpleGrid>
              {v.referrer.type === 'landelijk' && (
                <Alert color="blue" variant="light" icon={<IconInfoCircle />} mt="sm">
                  {t('referral.referrer.landelijkHint')}
                </Alert>
              )}
            </FormSection>

            {/* Jeugdige */}
            <FormSection id="youth" title={t('referral.section.youth')}>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput size="md" label={t('referral.youth.firstName')} withAsterisk {...form.getInputProps('youth.firstName')} />
                <TextInput size="md" label={t('referral.youth.lastName')} withAsterisk {...form.getInputProps('youth.lastName')} />
                <TextInput size="md"
                  label={t('referral.youth.birthDate')}
                  placeholder={t('dateHint')}
                  withAsterisk
                  inputMode="numeric"
                  autoComplete="off"
                  {...form.getInputProps('youth.birthDate')}
                  rightSectionWidth={90}
                  rightSection={
                    age !== null ? (
                      <Text size="sm" fw={700} c="teal.8" data-testid="computed-age" pr="xs">
                        {t('referral.youth.age', { count: age })}
                      </Text>
                    ) : null
                  }
                />
                <Select size="md"
                  label={t('referral.youth.gender')}
                  data={options('gender', GENDERS)}
                  clearable
                  {...select('youth.gender')}
                />
                <Autocomplete size="md"
                  label={t('referral.youth.municipality')}
                  withAsterisk
                  data={municipalities.data ?? []}
                  limit={12}
                  {...form.getInputProps('youth.municipality')}
                />
                <TextInput size="md" label={t('referral.youth.region')} {...form.getInputProps('youth.region')} />
                <TextInput size="md"
                  label={t('referral.youth.bsn')}
                  description={t('referral.youth.bsnHint')}
                  inputMode="numeric"
                  autoComplete="off"
                  {...form.getInputProps('youth.bsn')}
                />
                <Select size="md"
                  label={t('referral.youth.livingSituation')}
                  data={options('living', LIVING_SITUATIONS)}
                  clearable
                  {...select('youth.livingSituation')}
                  styles={{ root: { alignSelf: 'end' } }}
                />
              </SimpleGrid>
            </FormSection>

            {/* Ouders/verzorgers */}
            <FormSection id="guardians" title={t('referral.section.guardians')}>
              <Stack gap="sm">
                {v.guardians.length === 0 && <Text c="dimmed">{t('referral.guardians.none')}</Text>}
                {v.guardians.map((_, i) => (
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
                        {...select(`guardians.${i}.relation`)}
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
                    disabled={v.guardians.length >= 10}
                    onClick={() => {
                      form.insertListItem('guardians', {
                        name: '',
                        relation: '' as never,
                        hasAuthority: true,
                        phone: '',
                        email: '',
                      });
                      setTimeout(() => form.getInputNode(`guardians.${v.guardians.length}.name` as Path)?.focus(), 0);
                    }}
                  >
                    {t('referral.guardians.add')}
                  </Button>
                </Group>
              </Stack>
            </FormSection>

            {/* Betrokken organisaties en wettelijk kader */}
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
                    {...select('protection.measure')}
                  />
                  <TextInput size="md" label={t('referral.protection.gi')} {...form.getInputProps('protection.gi')} />
                </SimpleGrid>
              </Stack>
            </FormSection>

            {/* Hulpvraag */}
            <FormSection id="question" title={t('referral.section.question')}>
              <Stack gap="md">
                <Textarea size="md"
                  label={t('referral.questionReferrer')}
                  autosize
                  minRows={3}
                  maxRows={14}
                  {...form.getInputProps('questionReferrer')}
                />
                <Textarea size="md"
                  label={t('referral.questionFamily')}
                  autosize
                  minRows={3}
                  maxRows={14}
                  {...form.getInputProps('questionFamily')}
                />
                <Textarea size="md" label={t('referral.tried')} autosize minRows={2} maxRows={14} {...form.getInputProps('tried')} />
                <Input.Wrapper size="md" label={t('referral.urgency')} description={t('referral.urgencyNote')}>
                  <SegmentedControl size="md"
                    mt={6}
                    data={options('urgency', URGENCIES)}
                    value={v.urgency}
                    onChange={(value) => form.setFieldValue('urgency', value as ReferralValues['urgency'])}
                    color={v.urgency === 'zeer_hoog' ? 'red' : v.urgency === 'hoog' ? 'orange' : undefined}
                    aria-label={t('referral.urgency')}
                  />
                </Input.Wrapper>
                {(v.urgency !== 'normaal' || v.urgencyReason !== '') && (
                  <TextInput size="md"
                    label={t('referral.urgencyReason')}
                    withAsterisk={v.urgency !== 'normaal'}
                    {...form.getInputProps('urgencyReason')}
                  />
                )}
                <Input.Wrapper size="md" label={t('referral.questionTypes')} error={form.errors.questionTypes}>
                  <Group gap="xs" mt={6}>
                    <Chip.Group
                      multiple
                      value={v.questionTypes}
                      onChange={(value) => form.setFieldValue('questionTypes', value as ReferralValues['questionTypes'])}
                    >
                      {options('questionType', QUESTION_TYPES).map((o) => (
                        <Chip key={o.value} value={o.value} size="md">
                          {o.label}
                        </Chip>
                      ))}
                    </Chip.Group>
                  </Group>
                </Input.Wrapper>
              </Stack>
            </FormSection>

            {/* Probleemgebieden */}
            <FormSection
              id="problemAreas"
              title={t('referral.section.problemAreas')}
              aside={
                v.problemAreas.length > 0 ? (
                  <Text c="dimmed" size="sm">
                    {t('referral.problemAreasCount', { count: v.problemAreas.length })}
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
                    value={v.problemAreas}
                    onChange={(value) => {
                      form.setFieldValue('problemAreas', value);
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

            {/* 18-/18+ */}
            <FormSection id="transition" title={t('referral.section.transition')}>
              <Group align="flex-end" gap="xl" wrap="wrap">
                <Box>
                  <Text size="sm" fw={500}>
                    {t('referral.transition.derived')}
                  </Text>
                  <Text fw={700} size="lg" data-testid="transition-derived">
                    {derivedTransition === null
                      ? t('referral.transition.unknown')
                      : derivedTransition
                        ? t('referral.transition.yes')
                        : t('referral.transition.no')}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('referral.transition.hint')}
                  </Text>
                </Box>
                <Input.Wrapper size="md" label={t('referral.transition.override')}>
                  <SegmentedControl size="md"
                    mt={6}
                    data={options('transition', TRANSITION_OVERRIDES)}
                    value={v.transitionOverride}
                    onChange={(value) =>
                      form.setFieldValue('transitionOverride', value as ReferralValues['transitionOverride'])
                    }
                    aria-label={t('referral.transition.override')}
                  />
                </Input.Wrapper>
                {v.transitionOverride !== 'auto' && (
                  <Box>
                    <Text size="sm" fw={500}>
                      {t('referral.transition.result')}
                    </Text>
                    <Text fw={700} size="lg">
                      {finalTransition ? t('referral.transition.yes') : t('referral.transition.no')}
                    </Text>
                  </Box>
                )}
              </Group>
            </FormSection>

            {/* Andere tafels */}
            <FormSection id="otherTables" title={t('referral.section.otherTables')}>
              <Stack gap="sm">
                <Alert variant="light" color="orange" icon={<IconUsersGroup />} p="xs">
                  {t('referral.otherTablesHint')}
                </Alert>
                <Checkbox.Group size="md"
                  label={t('referral.otherTables')}
                  value={v.otherTables}
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

            {(failure || (attempted && errorCount > 0)) && (
              <FailureAlert failure={failure} count={errorCount} onShow={() => focusFirstError(errorKeys)} />
            )}

            <Group justify="flex-end" gap="sm">
              {onCancel && (
                <Button variant="default" size="md" onClick={onCancel} disabled={saving}>
                  {t('common:cancel')}
                </Button>
              )}
              <Button type="submit" size="md" loading={saving} leftSection={<IconDeviceFloppy size={20} />}>
                {submitLabel}
              </Button>
            </Group>
          </Stack>
        </Grid.Col>

        <Grid.Col span={{ base: 12, md: 3 }} visibleFrom="md">
          <Paper
            withBorder
            p="sm"
            radius="md"
            style={{ position: 'sticky', top: `calc(var(--app-shell-header-height, 56px) + ${stickyTop}px)` }}
          >
            <Text fw={700} size="sm" c="dimmed" tt="uppercase" mb={6} px="xs">
              {t('referral.index')}
            </Text>
            <nav aria-label={t('referral.index')}>
              {SECTIONS.map((s, i) => (
                <NavLink
                  key={s}
                  component="button"
                  type="button"
                  label={t(`referral.section.${s}`)}
                  active={spy.active === i}
                  onClick={() => scrollTo(s)}
                  color={sectionErrors.has(s) ? 'red' : undefined}
                  rightSection={sectionErrors.has(s) ? <IconAlertCircle size={18} color="var(--mantine-color-red-6)" /> : null}
                  styles={{ label: { fontSize: 'var(--mantine-font-size-md)' } }}
                />
              ))}
            </nav>
            <Button
              type="submit"
              fullWidth
              mt="md"
              size="md"
              loading={saving}
              leftSection={<IconDeviceFloppy size={20} />}
              tabIndex={-1}
            >
              {submitLabel}
            </Button>
            <Text size="xs" c="dimmed" ta="center" mt={6}>
              {t('referral.shortcut')}
            </Text>
          </Paper>
        </Grid.Col>
      </Grid>
    </form>
  );
}

function FormSection({ id, title, aside, children }: { id: Section; title: string; aside?: ReactNode; children: ReactNode }) {
  return (
    <Paper
      withBorder
      p="lg"
      radius="md"
      component="section"
      id={`referral-${id}`}
      aria-labelledby={`referral-${id}-title`}
      style={{ scrollMarginTop: 'calc(var(--app-shell-header-height, 56px) + 16px)' }}
    >
      <Group justify="space-between" mb="md">
        <Title order={2} fz={22} id={`referral-${id}-title`} data-referral-section>
          {title}
        </Title>
        {aside}
      </Group>
      {children}
    </Paper>
  );
}

function FailureAlert({ failure, count, onShow }: { failure: string | null; count: number; onShow(): void }) {
  const { t } = useTranslation('cases');
  return (
    <Alert color="red" icon={<IconAlertCircle />} title={t('referral.errorsTitle')} role="alert">
      <Stack gap="xs" align="flex-start">
        {failure && <Text>{failure}</Text>}
        {count > 0 && <Text>{t('referral.errorsBody', { count })}</Text>}
        {count > 0 && (
          <Button variant="light" color="red" size="compact-md" onClick={onShow}>
            {t('referral.goToFirstError')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
