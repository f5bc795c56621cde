/**
 * Taxonomies from DOMAIN.md. Problem areas are editable by the beheerder and
 * live in the database (seeded from DEFAULT_PROBLEM_AREAS); the other lists are
 * fixed codes whose labels live in the renderer's translations.
 */
export const DEFAULT_PROBLEM_AREAS: { id: string; nl: string; en: string }[] = [
  { id: 'autisme', nl: 'Autisme', en: 'Autism' },
  { id: 'trauma', nl: 'Trauma', en: 'Trauma' },
  { id: 'agressie', nl: 'Agressie', en: 'Aggression' },
  { id: 'suicidaliteit', nl: 'Suïcidaliteit', en: 'Suicidality' },
  { id: 'depressie', nl: 'Depressie', en: 'Depression' },
  { id: 'zelfbeschadiging', nl: 'Zelfbeschadiging', en: 'Self-harm' },
  { id: 'eetproblemen', nl: 'Eetproblemen', en: 'Eating problems' },
  { id: 'lvb', nl: 'LVB / lagere intelligentie', en: 'Mild intellectual disability' },
  { id: 'disharmonisch_profiel', nl: 'Disharmonisch intelligentieprofiel', en: 'Disharmonic intelligence profile' },
  { id: 'persoonlijkheid', nl: 'Persoonlijkheidsproblematiek', en: 'Personality problems' },
  { id: 'verslaving', nl: 'Verslaving', en: 'Addiction' },
  { id: 'psychiatrisch_overig', nl: 'Psychiatrische problematiek (overig)', en: 'Psychiatric problems (other)' },
  { id: 'somatisch', nl: 'Somatische problematiek', en: 'Somatic problems' },
  { id: 'gezin_opvoeding', nl: 'Gezins- en opvoedproblematiek', en: 'Family and parenting problems' },
  { id: 'sgg', nl: 'Seksueel grensoverschrijdend gedrag', en: 'Sexually transgressive behaviour' },
  { id: 'onderwijs_verzuim', nl: 'Onderwijs/schoolverzuim', en: 'Education/school absence' },
  { id: 'anders', nl: 'Anders', en: 'Other' },
];

/**
 * "Geen probleemgebied": chosen on its own when nothing plays, so the reports can tell *Geen*
 * (this area alone) from *Onduidelijk* (no area chosen), as DOMAIN.md asks. Added to every vault
 * by migration 0012; it goes with no other area (ReferralSchema).
 */
export const NO_PROBLEM_AREA = { id: 'geen', nl: 'Geen probleemgebied', en: 'No problem area' } as const;

export const REFERRER_TYPES = [
  'ouders_jeugdige',
  'lokale_toegang',
  'gecertificeerde_instelling',
  'zorgaanbieder',
  'huisarts',
  'onderwijs',
  'gemeente',
  'landelijk',
  'anders',
] as const;

export const LIVING_SITUATIONS = [
  'thuis',
  'pleeggezin',
  'gezinshuis',
  'kleinschalige_woonvoorziening',
  'residentieel',
  'jeugdzorgplus',
  'kliniek',
  'zonder_vaste_plek',
  'anders',
] as const;

export const GENDERS = ['meisje', 'jongen', 'anders', 'onbekend'] as const;

export const GUARDIAN_RELATIONS = ['moeder', 'vader', 'ouder', 'voogd', 'pleegouder', 'anders'] as const;

export const LEGAL_FRAMEWORKS = ['jeugdwet', 'wlz', 'zvw', 'wmo', 'jeugdbescherming'] as const;

export const PROTECTION_MEASURES = ['geen', 'ots', 'voogdij', 'voorlopige_ots', 'anders'] as const;

export const QUESTION_TYPES = [
  'aanbod_behandeling',
  'aanbod_verblijf',
  'maatwerk',
  'coordinatie',
  'bemiddeling',
] as const;

export const URGENCIES = ['normaal', 'hoog', 'zeer_hoog'] as const;

export const OTHER_TABLES = [
  'veiligheidshuis',
  'mda_plus',
  'beschermingstafel',
  'onderwijs',
  'zorgkantoor',
] as const;

export const TRANSITION_OVERRIDES = ['auto', 'ja', 'nee'] as const;

export const AGE_GROUPS = {
  '0-4': [0, 4],
  '5-12': [5, 12],
  '13-17': [13, 17],
  '18-23': [18, 23],
} as const satisfies Record<string, readonly [number, number]>;
export type AgeGroup = keyof typeof AGE_GROUPS;
export const AGE_GROUP_KEYS = Object.keys(AGE_GROUPS) as AgeGroup[];

export function ageGroupOf(age: number): AgeGroup | null {
  for (const key of AGE_GROUP_KEYS) {
    const [lo, hi] = AGE_GROUPS[key];
    if (age >= lo && age <= hi) return key;
  }
  return null;
}

export const SCREENING_OUTCOMES = ['geschikt', 'niet_geschikt', 'meer_informatie'] as const;

export const ROUTED_TO = [
  'lokale_toegang',
  'andere_tafel',
  'bovenregionaal_netwerk',
  'landelijk_expertisecentrum',
  'anders',
] as const;

export const CONSENT_SUBJECTS = ['jeugdige', 'ouder'] as const;
export const CONSENT_SCOPES = ['registratie', 'deelname_overleg'] as const;
export const CONSENT_METHODS = ['schriftelijk', 'mondeling'] as const;

export const CLOSURE_REASONS = [
  'passende_plek',
  'teruggelegd_lokale_toegang',
  'doorgeleid',
  'ingetrokken',
  'anders',
] as const;

/** Verstoringen (disruptions that make a case stall), recorded in deel 2 of a meeting. */
export const DISRUPTIONS = ['organisatorisch', 'wettelijk', 'inhoudelijk', 'verstoorde_werkrelaties'] as const;
