/**
 * The referral (aanmelding): one schema for the form, the API and the database.
 * Optional text fields are '' rather than absent so forms stay controlled.
 */
import { crossField, z } from '../zod.js';
import { isValidBsn } from './bsn.js';
import { isIsoDate, todayIso, ageOn } from './dates.js';
import {
  GENDERS,
  GUARDIAN_RELATIONS,
  LEGAL_FRAMEWORKS,
  LIVING_SITUATIONS,
  NO_PROBLEM_AREA,
  OTHER_TABLES,
  PROTECTION_MEASURES,
  QUESTION_TYPES,
  REFERRER_TYPES,
  TRANSITION_OVERRIDES,
  URGENCIES,
} from './taxonomies.js';

const text = (max = 200) => z.string().trim().max(max).default('');
const required = (max = 200) => z.string().trim().min(1).max(max);
const longText = text(8000);
const optEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.union([z.enum(values), z.literal('')]).default('');

// Not aborting (an abort would also stop the form's cross-field rules): the checks chained on
// isoDate skip what is no date, so such text gets the date message only.
export const isoDate = z.string().trim().refine(isIsoDate, { error: 'v.date_invalid' });

export const pastDate = isoDate.refine((d) => !isIsoDate(d) || d <= todayIso(), { error: 'v.date_future' });

export const birthDate = pastDate.refine((d) => !isIsoDate(d) || ageOn(d) <= 30, {
  error: 'v.birth_too_old',
});

export const phone = z
  .string()
  .trim()
  .max(30)
  .regex(/^[0-9+\-() ]*$/, { error: 'v.phone' })
  .default('');

export const email = z.union([z.literal(''), z.email().max(200)]).default('');

export const bsn = z
  .string()
  .trim()
  .transform((s) => s.replace(/[\s.]/g, ''))
  .refine((s) => s === '' || /^\d{9}$/.test(s), { error: 'v.bsn_format' })
  .refine((s) => s === '' || isValidBsn(s), { error: 'v.bsn_invalid' })
  .default('');

export const ReferrerSchema = z.object({
  name: text(),
  organisation: required(),
  role: text(),
  phone,
  email,
  type: optEnum(REFERRER_TYPES),
});

export const YouthSchema = z.object({
  firstName: required(100),
  lastName: required(100),
  birthDate,
  gender: optEnum(GENDERS),
  municipality: required(100),
  region: text(100),
  bsn,
  livingSituation: optEnum(LIVING_SITUATIONS),
});

export const GuardianSchema = z.object({
  name: required(),
  relation: z.enum(GUARDIAN_RELATIONS),
  hasAuthority: z.boolean().default(false),
  phone,
  email,
});

export const OrganisationSchema = z.object({
  name: required(),
  role: text(),
});

export const ReferralSchema = z
  .object({
    referrer: ReferrerSchema,
    youth: YouthSchema,
    guardians: z.array(GuardianSchema).max(10).default([]),
    organisations: z.array(OrganisationSchema).max(20).default([]),
    legalFrameworks: z.array(z.enum(LEGAL_FRAMEWORKS)).default([]),
    protection: z
      .object({ measure: optEnum(PROTECTION_MEASURES), gi: text() })
      .default({ measure: '', gi: '' }),
    questionReferrer: longText,
    questionFamily: longText,
    tried: longText,
    urgency: z.enum(URGENCIES).default('normaal'),
    urgencyReason: text(2000),
    questionTypes: z.array(z.enum(QUESTION_TYPES)).default([]),
    problemAreas: z.array(z.string().min(1).max(60)).max(30).default([]),
    transitionOverride: z.enum(TRANSITION_OVERRIDES).default('auto'),
    otherTables: z.array(z.enum(OTHER_TABLES)).default([]),
    otherTablesNote: text(2000),
  })
  // Runs also when field rules failed: every message of a save at once.
  .check(
    crossField((r, ctx) => {
      const urgent = typeof r.urgency === 'string' && r.urgency !== 'normaal' && (URGENCIES as readonly string[]).includes(r.urgency);
      if (urgent && (r.urgencyReason === '' || r.urgencyReason === undefined)) {
        ctx.addIssue({ code: 'custom', path: ['urgencyReason'], message: 'v.urgency_reason' });
      }
      const areas: unknown[] = Array.isArray(r.problemAreas) ? r.problemAreas : [];
      if (areas.includes(NO_PROBLEM_AREA.id) && areas.length > 1) {
        ctx.addIssue({ code: 'custom', path: ['problemAreas'], message: 'v.no_problem_area_alone' });
      }
    }),
  );

/**
 * A new choice of problem areas with "Geen probleemgebied" and the other areas never both in
 * it: the one just picked wins (the referral form's chips).
 */
export function chooseProblemAreas(before: readonly string[], after: string[]): string[] {
  const picked = after.find((a) => !before.includes(a));
  if (picked === NO_PROBLEM_AREA.id) return [picked];
  return picked !== undefined ? after.filter((a) => a !== NO_PROBLEM_AREA.id) : after;
}

export type ReferralInput = z.input<typeof ReferralSchema>;
export type Referral = z.output<typeof ReferralSchema>;

/** Derived 18-/18+ transition flag: 17 or older, or about to turn 18 within a year. */
export function transitionFlag(referral: Pick<Referral, 'youth' | 'transitionOverride'>, on = todayIso()): boolean {
  if (referral.transitionOverride === 'ja') return true;
  if (referral.transitionOverride === 'nee') return false;
  if (!isIsoDate(referral.youth.birthDate)) return false;
  return ageOn(referral.youth.birthDate, on) >= 17;
}

/** An empty referral, as a form starts. */
export function emptyReferral(): ReferralInput {
  return {
    referrer: { name: '', organisation: '', role: '', phone: '', email: '', type: '' },
    youth: {
      firstName: '',
      lastName: '',
      birthDate: '',
      gender: '',
      municipality: '',
      region: '',
      bsn: '',
      livingSituation: '',
    },
    guardians: [],
    organisations: [],
    legalFrameworks: [],
    protection: { measure: '', gi: '' },
    questionReferrer: '',
    questionFamily: '',
    tried: '',
    urgency: 'normaal',
    urgencyReason: '',
    questionTypes: [],
    problemAreas: [],
    transitionOverride: 'auto',
    otherTables: [],
    otherTablesNote: '',
  };
}

/** Initials for lists ("Sanne van 't Kruis" -> "S.K."): see names.ts. */
export { initials } from './names.js';
