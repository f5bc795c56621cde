/**
 * Demo cases, part one: the referral of one fictional case (the youth, the
 * guardians, the referrer and the texts), drawn from the shared corpus.
 */
import { ageOn } from '../../../../shared/domain/dates.js';
import type { ReferralInput } from '../../../../shared/domain/referral.js';
import {
  DEFAULT_PROBLEM_AREAS,
  GENDERS,
  LIVING_SITUATIONS,
  OTHER_TABLES,
  PROTECTION_MEASURES,
  REFERRER_TYPES,
  URGENCIES,
} from '../../../../shared/domain/taxonomies.js';
import {
  ADULTS,
  BOYS,
  DAY,
  DEMO_MUNICIPALITIES,
  DEMO_REGION,
  fakeEmail,
  fakePhone,
  fill,
  GIRLS,
  isoDay,
  NEUTRAL,
  personName,
  surname,
  type Person,
  type Rng,
} from '../../demo/corpus.js';
import {
  ADULT_WISHES,
  FAMILY_WISHES,
  FRAGMENTS_BY_AREA,
  GENERIC_FRAGMENTS,
  INVOLVED,
  NEEDS,
  OPENINGS,
  ORGS_BY_TYPE,
  TRIED,
  TRIED_ENDINGS,
  URGENCY_REASONS,
} from '../../demo/corpus-texts.js';

/** How often each default problem area occurs; custom areas weigh 2. */
const AREA_WEIGHTS: Record<string, number> = {
  autisme: 14, trauma: 14, agressie: 10, suicidaliteit: 7, depressie: 9, zelfbeschadiging: 6, eetproblemen: 4,
  lvb: 10, disharmonisch_profiel: 3, persoonlijkheid: 4, verslaving: 4, psychiatrisch_overig: 5, somatisch: 3,
  gezin_opvoeding: 14, sgg: 3, onderwijs_verzuim: 9, anders: 2,
};
/** Problem areas that do not fit very young children. */
const AREA_MIN_AGE: Record<string, number> = {
  suicidaliteit: 10, depressie: 8, zelfbeschadiging: 10, eetproblemen: 9, persoonlijkheid: 14, verslaving: 12,
  sgg: 9, onderwijs_verzuim: 5, disharmonisch_profiel: 5, psychiatrisch_overig: 6,
};


/** Birth date (ISO) for someone `age` whole years old on `todayIso`, safely away from the birthday. */
function birthDateFor(rng: Rng, todayIso: string, age: number): string {
  const [y, m, d] = todayIso.split('-').map(Number) as [number, number, number];
  const t = Date.UTC(y - age, m - 1, d) - rng.int(2, 362) * DAY;
  return isoDay(t);
}

const AGE_GROUP_WEIGHTS = [
  [[2, 4], 6],
  [[5, 12], 25],
  [[13, 17], 45],
  [[18, 23], 24],
] as const;

/** A planned referral, with what the steps after it need to know. */
export interface PlannedReferral {
  referral: ReferralInput;
  youth: Person;
  /** Age today. */
  age: number;
  ageAtReferral: number;
  /** A child-protection measure other than none. */
  hasMeasure: boolean;
}

/** The referral of one case, referred at `referredMs`. */
export function planReferral(rng: Rng, referredMs: number, todayIso: string, areas: readonly string[]): PlannedReferral {
  // -- the youth
  const ageGroup = rng.weighted(AGE_GROUP_WEIGHTS.map(([range, w]) => [range, w] as const));
  let age = rng.int(ageGroup[0], ageGroup[1]);
  let birthDate = birthDateFor(rng, todayIso, age);
  // Nobody is referred before their first birthday.
  while (Date.parse(birthDate) > referredMs - 365 * DAY) {
    age += 1;
    birthDate = birthDateFor(rng, todayIso, age);
  }
  const referredOn = isoDay(referredMs);
  const ageAtReferral = ageOn(birthDate, referredOn);
  const gender = rng.weighted<(typeof GENDERS)[number]>([
    ['meisje', 47],
    ['jongen', 47],
    ['anders', 3],
    ['onbekend', 3],
  ]);
  const first =
    gender === 'meisje'
      ? rng.pick(GIRLS)
      : gender === 'jongen'
        ? rng.pick(BOYS)
        : rng.pick([...NEUTRAL, ...GIRLS.slice(0, 4), ...BOYS.slice(0, 4)]);
  const familyName = surname(rng);
  const youth: Person = { first, last: familyName };
  const municipality = rng.weighted(DEMO_MUNICIPALITIES);
  const minor = age < 18;

  const living = rng.weighted<(typeof LIVING_SITUATIONS)[number]>([
    ['thuis', 50],
    ['pleeggezin', 10],
    ['gezinshuis', 8],
    ['residentieel', age >= 6 ? 10 : 1],
    ['jeugdzorgplus', age >= 12 && age < 18 ? 5 : 0],
    ['kliniek', age >= 8 ? 7 : 0],
    ['zonder_vaste_plek', age >= 16 ? 5 : 0],
    ['anders', 5],
  ]);

  // -- problem areas: 1 to 8, fitting the age
  const candidates = areas
    .filter((a) => ageAtReferral >= (AREA_MIN_AGE[a] ?? 0))
    .map((a) => [a, AREA_WEIGHTS[a] ?? 2] as const);
  const nAreas = rng.weighted([
    [1, 14],
    [2, 24],
    [3, 24],
    [4, 16],
    [5, 10],
    [6, 7],
    [7, 3],
    [8, 2],
  ]);
  const problemAreas = rng.weightedSample(candidates, nAreas);

  // -- protection measure and guardians
  const referrerType = rng.weighted<(typeof REFERRER_TYPES)[number]>([
    ['lokale_toegang', 30],
    ['zorgaanbieder', 18],
    ['gecertificeerde_instelling', minor ? 15 : 0],
    ['ouders_jeugdige', 10],
    ['huisarts', 6],
    ['onderwijs', age >= 4 ? 8 : 0],
    ['gemeente', 7],
    ['landelijk', 3],
    ['anders', 3],
  ]);
  let measure: (typeof PROTECTION_MEASURES)[number] | '' = '';
  if (minor) {
    measure =
      referrerType === 'gecertificeerde_instelling'
        ? rng.weighted<(typeof PROTECTION_MEASURES)[number]>([
            ['ots', 70],
            ['voogdij', 20],
            ['voorlopige_ots', 10],
          ])
        : rng.weighted<(typeof PROTECTION_MEASURES)[number] | ''>([
            ['', 40],
            ['geen', 45],
            ['ots', 10],
            ['voogdij', 2],
            ['voorlopige_ots', 2],
            ['anders', 1],
          ]);
  }
  const hasMeasure = measure !== '' && measure !== 'geen';
  const guardians: NonNullable<ReferralInput['guardians']> = [];
  const mother: Person = { first: rng.pick(ADULTS.slice(0, 14)), last: rng.chance(0.6) ? familyName : surname(rng) };
  const father: Person = { first: rng.pick(ADULTS.slice(14)), last: familyName };
  const parentAuthority = minor && measure !== 'voogdij';
  if (minor) {
    guardians.push({
      name: personName(mother),
      relation: rng.chance(0.05) ? 'ouder' : 'moeder',
      hasAuthority: parentAuthority,
      phone: fakePhone(rng),
      email: rng.chance(0.6) ? fakeEmail(mother.first, mother.last, 'thuis') : '',
    });
    if (rng.chance(0.7))
      guardians.push({
        name: personName(father),
        relation: 'vader',
        hasAuthority: parentAuthority && rng.chance(0.85),
        phone: rng.chance(0.7) ? fakePhone(rng) : '',
        email: '',
      });
    if (measure === 'voogdij')
      guardians.push({
        name: `${rng.pick(ADULTS)} ${surname(rng)} (GI Veilig Vooruit Lindewaard)`,
        relation: 'voogd',
        hasAuthority: true,
        phone: fakePhone(rng),
        email: '',
      });
    if (living === 'pleeggezin')
      guardians.push({
        name: `${rng.pick(ADULTS)} ${surname(rng)}`,
        relation: 'pleegouder',
        hasAuthority: false,
        phone: fakePhone(rng),
        email: '',
      });
  } else if (rng.chance(0.6)) {
    guardians.push({
      name: personName(rng.chance(0.6) ? mother : father),
      relation: rng.chance(0.6) ? 'moeder' : 'vader',
      hasAuthority: false,
      phone: fakePhone(rng),
      email: '',
    });
  }

  // -- the referrer
  const orgDef = rng.pick(ORGS_BY_TYPE[referrerType]);
  const referrerPerson: Person =
    referrerType === 'ouders_jeugdige' ? mother : { first: rng.pick(ADULTS), last: surname(rng) };
  const organisation =
    referrerType === 'ouders_jeugdige' && !minor ? 'Jeugdige zelf' : fill(orgDef.org, { plaats: municipality });
  const referrer = {
    name: referrerType === 'ouders_jeugdige' && !minor ? personName(youth) : personName(referrerPerson),
    organisation,
    role: referrerType === 'ouders_jeugdige' && !minor ? 'jeugdige' : rng.pick(orgDef.roles),
    phone: rng.chance(0.8) ? fakePhone(rng) : '',
    email:
      referrerType === 'ouders_jeugdige' || rng.chance(0.2)
        ? ''
        : fakeEmail(referrerPerson.first, referrerPerson.last, organisation),
    type: rng.chance(0.95) ? referrerType : ('' as const),
  };

  const organisations = rng
    .sample(INVOLVED, rng.weighted([
      [0, 20],
      [1, 35],
      [2, 30],
      [3, 15],
    ]))
    .map((o) => ({ name: fill(o.name, { plaats: municipality }), role: o.role }));

  const legalFrameworks = [
    ...(minor || rng.chance(0.5) ? (['jeugdwet'] as const) : []),
    ...(hasMeasure ? (['jeugdbescherming'] as const) : []),
    ...(problemAreas.includes('lvb') && rng.chance(0.3) ? (['wlz'] as const) : []),
    ...(!minor || problemAreas.includes('somatisch') ? (['zvw'] as const) : []),
    ...(!minor && rng.chance(0.5) ? (['wmo'] as const) : []),
  ];

  // -- texts built from fragments, so full-text search has something to find
  const vars = {
    naam: first,
    leeftijd: ageAtReferral,
    plaats: municipality,
    weken: rng.int(3, 40),
    gebied: (DEFAULT_PROBLEM_AREAS.find((a) => a.id === problemAreas[0])?.nl ?? 'complexe problematiek').toLowerCase(),
  };
  const opening = rng.pick(
    OPENINGS[ageAtReferral <= 4 ? 'jong' : ageAtReferral <= 12 ? 'kind' : ageAtReferral <= 17 ? 'tiener' : 'jongvolwassen'],
  );
  const body = problemAreas.map((a) => rng.pick(FRAGMENTS_BY_AREA[a] ?? GENERIC_FRAGMENTS));
  if (rng.chance(0.3)) body.push(rng.pick(GENERIC_FRAGMENTS));
  const questionTypes = rng.weightedSample(
    [
      ['aanbod_behandeling', 35],
      ['aanbod_verblijf', 25],
      ['maatwerk', 20],
      ['coordinatie', 12],
      ['bemiddeling', 8],
    ] as const,
    rng.weighted([
      [1, 60],
      [2, 35],
      [3, 5],
    ]),
  );
  const needs = questionTypes.map((q) => fill(rng.pick(NEEDS[q]), vars));
  const questionReferrer = fill(
    `${opening} ${body.join(' ')} Wij vragen de adviestafel mee te denken over ${needs.join(' en ')}.`,
    vars,
  );
  const wishes = rng.sample(minor ? FAMILY_WISHES : [...ADULT_WISHES, ...FAMILY_WISHES.slice(0, 2)], rng.int(1, 2));
  const questionFamily = rng.chance(0.85) ? fill(wishes.join(' '), vars) : '';
  const tried = rng.chance(0.9)
    ? `Eerder ingezet: ${rng.sample(TRIED, rng.int(1, 4)).join(', ')}. ${rng.pick(TRIED_ENDINGS)}`
    : '';

  const heavy = problemAreas.some((a) => a === 'suicidaliteit' || a === 'zelfbeschadiging');
  const urgency = rng.weighted<(typeof URGENCIES)[number]>([
    ['normaal', heavy ? 35 : 62],
    ['hoog', heavy ? 40 : 27],
    ['zeer_hoog', heavy ? 25 : 11],
  ]);
  const otherTables = rng.sample(OTHER_TABLES, rng.weighted([
    [0, 78],
    [1, 17],
    [2, 5],
  ]));

  const referral: ReferralInput = {
    referrer,
    youth: {
      firstName: first,
      lastName: familyName,
      birthDate,
      gender: rng.chance(0.97) ? gender : '',
      municipality,
      region: rng.chance(0.7) ? DEMO_REGION : '',
      bsn: '',
      livingSituation: rng.chance(0.95) ? living : '',
    },
    guardians,
    organisations,
    legalFrameworks: [...legalFrameworks],
    protection: { measure, gi: hasMeasure ? 'GI Veilig Vooruit Lindewaard' : '' },
    questionReferrer,
    questionFamily,
    tried,
    urgency,
    urgencyReason: urgency === 'normaal' ? '' : rng.pick(URGENCY_REASONS),
    questionTypes,
    problemAreas,
    transitionOverride:
      age === 16 && rng.chance(0.15) ? 'ja' : age === 17 && rng.chance(0.05) ? 'nee' : 'auto',
    otherTables,
    otherTablesNote: otherTables.length ? `Ook besproken aan de ${otherTables.join(' en ').replace(/_/g, ' ')}.` : '',
  };

  return { referral, youth, age, ageAtReferral, hasMeasure };
}
