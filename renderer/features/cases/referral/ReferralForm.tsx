/**
 * The referral (aanmelding) form, for a new case and for editing one. One
 * scrollable page with a sticky section index: fastest for a screener who types
 * while on the phone. Validates on blur; a failed save never resets or leaves
 * the form, so nothing typed is lost. Each section is its own component on the
 * one form (./*Section.tsx); this file holds the form, saving and the layout.
 */
import { useMemo, useRef, useState } from 'react';
import { Button, Grid, Group, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { getHotkeyHandler, useScrollSpy } from '@mantine/hooks';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ReferralSchema, type ReferralInput } from '../../../../shared/domain/referral';
import { ApiError } from '../../../api/client';
import { applyServerErrors, errorText, schemaValidator } from '../../../app/forms';
import { DraftOffer, useFormGuard } from '../../../app/useFormGuard';
import { withDateFields } from '../formUtil';
import { DuplicateWarning } from './DuplicateWarning';
import { FailureAlert, SectionIndex } from './FormSection';
import { GuardiansSection } from './GuardiansSection';
import { InvolvedSection } from './InvolvedSection';
import {
  SECTIONS,
  errorPaths,
  prepareReferral,
  scrollToSection,
  sectionOf,
  type Path,
  type ReferralValues,
} from './model';
import { OtherTablesSection } from './OtherTablesSection';
import { ProblemAreasSection } from './ProblemAreasSection';
import { QuestionSection } from './QuestionSection';
import { ReferrerSection } from './ReferrerSection';
import { TransitionSection } from './TransitionSection';
import { YouthSection } from './YouthSection';

export { newReferralValues, toFormValues, type ReferralValues } from './model';

export interface ReferralFormProps {
  initialValues: ReferralValues;
  submitLabel: string;
  /** Save; throw (an ApiError) to keep the form as it is and show the messages. */
  onSubmit(referral: ReferralInput): Promise<void>;
  onCancel?: () => void;
  /** Names the form for the unsaved-changes guard and its drafts: 'referral:new', 'referral:case:12'. */
  draftKey: string;
  caseId?: number;
  /** Offset for the sticky index (px below the app header). */
  stickyTop?: number;
}

export function ReferralForm({
  initialValues,
  submitLabel,
  onSubmit,
  onCancel,
  draftKey,
  caseId,
  stickyTop = 16,
}: ReferralFormProps) {
  const { t } = useTranslation('cases');
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

  const spy = useScrollSpy({ selector: '[data-referral-section]', offset: 120 });

  const errorKeys = errorPaths(form);
  const sectionErrors = new Set(errorKeys.map(sectionOf));

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
    if (firstSection) scrollToSection(firstSection);
  };

  // Save; true when saved. Leaving or locking with changes asks first (opslaan / weggooien / terug).
  const save = async (values: ReferralValues): Promise<boolean> => {
    setFailure(null);
    setAttempted(true);
    setSaving(true);
    try {
      await guard.saving(() => onSubmit(prepareReferral(values)));
      return true;
    } catch (err) {
      if (applyServerErrors(form, err, t, 'referral.')) {
        setFailure(t('msg:e.VALIDATION'));
        const paths = err instanceof ApiError ? Object.keys(err.fields).map((p) => p.replace(/^referral\./, '')) : [];
        // Let the errors render before looking up their inputs.
        setTimeout(() => focusFirstError(paths), 0);
      } else {
        setFailure(errorText(t, err));
      }
      return false;
    } finally {
      setSaving(false);
    }
  };
  const showInvalid = (errors: Record<string, unknown>) => {
    setFailure(null);
    setAttempted(true);
    focusFirstError(Object.keys(errors).filter((k) => errors[k]));
  };
  const guard = useFormGuard(form, {
    draftKey,
    caseId: caseId ?? null,
    onSave: async () => {
      const check = form.validate();
      if (check.hasErrors) {
        showInvalid(check.errors);
        return false;
      }
      return save(form.getValues());
    },
  });

  const submit = form.onSubmit((values) => void save(values), showInvalid);

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
            <DraftOffer guard={guard} />
            <Text c="dimmed">{t('referral.intro')}</Text>

            <ReferrerSection form={form} />
            <YouthSection form={form} />
            {caseId === undefined && <DuplicateWarning form={form} />}
            <GuardiansSection form={form} />
            <InvolvedSection form={form} />
            <QuestionSection form={form} />
            <ProblemAreasSection form={form} />
            <TransitionSection form={form} />
            <OtherTablesSection form={form} />

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
          <SectionIndex
            active={spy.active}
            sectionErrors={sectionErrors}
            stickyTop={stickyTop}
            saving={saving}
            submitLabel={submitLabel}
          />
        </Grid.Col>
      </Grid>
    </form>
  );
}
