/** The referral form's values, sections and small helpers shared by its section components. */
import type { UseFormReturnType } from '@mantine/form';
import { emptyReferral, type Referral, type ReferralInput } from '../../../../shared/domain/referral';
import { dutchToIso, isoToDutch } from '../../../../shared/domain/dates';

/** Form values: the referral as typed, with the birth date as 'dd-mm-jjjj'. */
export type ReferralValues = Referral;

export type ReferralFormType = UseFormReturnType<ReferralValues>;

/** A field path of the form, e.g. 'youth.birthDate' or 'guardians.0.name'. */
export type Path = Parameters<ReferralFormType['setFieldValue']>[0];

/** What every section component gets: the one form, whose values and errors it reads and sets. */
export interface SectionProps {
  form: ReferralFormType;
}

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

/** The sections in page order; each has an index entry and a component. */
export const SECTIONS = [
  'referrer',
  'youth',
  'guardians',
  'involved',
  'question',
  'problemAreas',
  'transition',
  'otherTables',
] as const;
export type Section = (typeof SECTIONS)[number];

/** The section a field path belongs to (for the index's error marks and "go to first error"). */
export function sectionOf(path: string): Section {
  const head = path.split('.')[0] ?? '';
  if (head === 'referrer' || head === 'youth' || head === 'guardians' || head === 'problemAreas' || head === 'otherTables')
    return head;
  if (head === 'organisations' || head === 'legalFrameworks' || head === 'protection') return 'involved';
  if (head === 'transitionOverride') return 'transition';
  if (head === 'otherTablesNote') return 'otherTables';
  return 'question';
}

/** The paths that currently have an error message. */
export const errorPaths = (form: ReferralFormType): string[] => Object.keys(form.errors).filter((k) => form.errors[k]);

/** Input props for a Mantine Select bound to a string field ('' in the form is "nothing chosen"). */
export function selectProps(form: ReferralFormType, path: Path) {
  const p = form.getInputProps(path);
  return {
    ...p,
    value: (p.value as string) || null,
    onChange: (value: string | null) => form.setFieldValue(path, (value ?? '') as never),
  };
}

export const scrollToSection = (section: Section) => {
  document.getElementById(`referral-${section}`)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
};
