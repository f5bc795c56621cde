/**
 * Fictional demo cases, for demonstrations, manual testing and the benchmark.
 *
 * Everything here is invented: the municipalities (Zuiderdam, Veenhoven,
 * Lindewaard, ...), the surnames (Zonnebloem, Wolkenveld, ...), the
 * organisations, phone numbers (06-000...) and e-mail addresses (the reserved
 * .example domain). No BSN is ever generated: a random number that passes the
 * eleven-test could belong to a real person.
 *
 * Cases are written through the same service functions the app uses
 * (insertCase, changeStatus and the consent, screening and legal-ground
 * handlers), so every invariant - status transitions, the consent rule before
 * planning a case, the search index - holds for demo data too. Generation is a
 * pure function of (count, seed, the date of ctx.now, the active problem areas):
 * the same inputs give the same cases.
 */
import { ConsentInput, LegalGroundInput, ScreeningInput, WithdrawConsentInput } from '../../../shared/api/index.js';
import type { MethodName } from '../../../shared/api/index.js';
import type { CaseFile } from '../../../shared/api/index.js';
import { requiredConsentSubjects, type ConsentSubject } from '../../../shared/domain/consent.js';
import { ageOn } from '../../../shared/domain/dates.js';
import { ReferralSchema, type ReferralInput } from '../../../shared/domain/referral.js';
import { canTransition, type CaseStatus } from '../../../shared/domain/status.js';
import {
  CLOSURE_REASONS,
  DEFAULT_PROBLEM_AREAS,
  GENDERS,
  LIVING_SITUATIONS,
  OTHER_TABLES,
  PROTECTION_MEASURES,
  QUESTION_TYPES,
  REFERRER_TYPES,
  ROUTED_TO,
  URGENCIES,
} from '../../../shared/domain/taxonomies.js';
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { Db } from '../db/database.js';
import type { Ctx, TxHandler } from '../dispatch/types.js';
import { caseHandlers, changeStatus, insertCase } from '../services/cases.js';

// --- seeded randomness --------------------------------------------------------

/** mulberry32: a small, fast, seedable PRNG. Not for anything secret. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** Integer in [lo, hi], both inclusive. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [v, w] of entries) {
      r -= w;
      if (r < 0) return v;
    }
    return entries[entries.length - 1]![0];
  }
  /** n distinct items, drawn by weight. */
  weightedSample<T>(entries: readonly (readonly [T, number])[], n: number): T[] {
    const pool = [...entries];
    const out: T[] = [];
    while (out.length < n && pool.length) {
      const v = this.weighted(pool);
      out.push(v);
      pool.splice(
        pool.findIndex(([x]) => x === v),
        1,
      );
    }
    return out;
  }
  sample<T>(items: readonly T[], n: number): T[] {
    return this.weightedSample(
      items.map((i) => [i, 1] as const),
      n,
    );
  }
}

// --- fictional vocabulary -----------------------------------------------------

/** Invented municipalities, with a rough size so that some are busier than others. */
export const DEMO_MUNICIPALITIES: readonly (readonly [string, number])[] = [
  ['Zuiderdam', 18],
  ['Veenhoven', 14],
  ['Lindewaard', 12],
  ['Elzenmonde', 9],
  ['Rietvoorde', 8],
  ['Hazeloord', 7],
  ['Klaverdijk', 6],
  ['Beukenmeer', 5],
  ['Ooievaarsdal', 3],
  ['Kievitsbroek', 2],
];
const DEMO_REGION = 'Jeugdregio Lindewaard-Veenhoven';

const GIRLS = [
  'Sanne', 'Lotte', 'Fleur', 'Noor', 'Emma', 'Julia', 'Tess', 'Sara', 'Lieke', 'Femke', 'Isa', 'Evi', 'Mila',
  'Yara', 'Fenna', 'Nina', 'Roos', 'Amira', 'Zoë', 'Liv', 'Hanna', 'Ilse', 'Maud', 'Lina', 'Aya', 'Nova',
  'Jasmijn', 'Merel', 'Floor', 'Esmee', 'Noësja', 'Saar',
];
const BOYS = [
  'Daan', 'Sem', 'Milan', 'Levi', 'Luuk', 'Bram', 'Thijs', 'Jesse', 'Finn', 'Noah', 'Lucas', 'Mees', 'Ties',
  'Jayden', 'Ruben', 'Stijn', 'Gijs', 'Youssef', 'Amir', 'Ravi', 'Kees', 'Olivier', 'Teun', 'Jens', 'Hidde',
  'Sven', 'Wessel', 'Rayan', 'Mats', 'Joël',
];
const NEUTRAL = ['Sam', 'Robin', 'Kai', 'Alex', 'Noa', 'Charlie', 'Jip', 'Luca'];
const ADULTS = [
  'Marieke', 'Esther', 'Annelies', 'Petra', 'Linda', 'Fatima', 'Sandra', 'Ingrid', 'Naima', 'Judith', 'Karin',
  'Monique', 'Wendy', 'Mirjam', 'Mark', 'Erik', 'Jeroen', 'Hassan', 'Dennis', 'Martijn', 'Patrick', 'Ronald',
  'Bas', 'Sander', 'Joost', 'Arjen', 'Mehmet', 'Willem',
];
/** Whimsical compound surnames: recognisably Dutch-sounding and recognisably made up. */
const SURNAMES = [
  'Zonnebloem', 'Klaproosveld', 'Wolkenveld', 'Regenboogh', 'Duinroosma', 'Meidoornhof', 'Vlinderhof',
  'Zeewindt', 'Appelgaarde', 'Kastanjehout', 'Ganzenveer', 'Lijsterbes', 'Maanzaadt', 'Heidebloem',
  'Boterbloemsma', 'Walnotenberg', 'Kiezelbeek', 'Reigerhof', 'Wilgenkatje', 'Egelantier', 'Hooibergen',
  'Sterrenkamp', 'Kroosveld', 'Mosselbank', 'Lavendelhof', 'Pimpernel', 'Ooievaarsnest', 'Kikkerdril',
  'Winterkoning', 'Paddenstoel', 'Hazelaar', 'Blauwbes',
];
const TUSSENVOEGSELS = ['', '', '', '', 'van', 'de', 'van der', 'van den', 'ter', "van 't"];

const FRAGMENTS_BY_AREA: Record<string, readonly string[]> = {
  autisme: [
    'Bij {naam} is autisme vastgesteld; overgangen en onverwachte veranderingen leiden tot ernstige ontregeling.',
    '{naam} heeft een autismespectrumstoornis en raakt overprikkeld in groepen; thuis is de spanning hoog.',
  ],
  trauma: [
    'Er is sprake van complexe traumatisering na huiselijk geweld in de vroege jeugd.',
    'Na meerdere breuken in de opvoeding laat {naam} ernstige hechtings- en traumaklachten zien.',
  ],
  agressie: [
    'Thuis en op school is er fysieke agressie naar ouders en leeftijdgenoten; de politie is meerdere keren ingeschakeld.',
    'Bij frustratie escaleert {naam} snel, met vernielingen en dreigementen.',
  ],
  suicidaliteit: [
    'De afgelopen maanden zijn er herhaaldelijk suïcidale uitingen geweest, met één poging.',
    'Er zijn aanhoudende doodsgedachten; een veiligheidsplan is opgesteld met de crisisdienst.',
  ],
  depressie: [
    '{naam} trekt zich terug, slaapt slecht en komt nauwelijks nog uit bed.',
    'Er is sprake van een langdurige sombere stemming met verlies van interesse in school en vrienden.',
  ],
  zelfbeschadiging: [
    'Er is ernstige zelfbeschadiging (snijden), waarvoor meermaals medische zorg nodig was.',
    'Zelfbeschadigend gedrag neemt toe wanneer spanning oploopt.',
  ],
  eetproblemen: [
    'Door restrictief eetgedrag is het gewicht sterk gedaald; de kinderarts maakt zich zorgen.',
    'Er zijn eetbuien en compensatiegedrag; de eetstoornisbehandeling is vastgelopen.',
  ],
  lvb: [
    '{naam} functioneert op het niveau van een licht verstandelijke beperking en overziet risico’s onvoldoende.',
    'Door de beperkte intelligentie sluit het reguliere aanbod niet aan; {naam} is gevoelig voor beïnvloeding.',
  ],
  disharmonisch_profiel: [
    'Het intelligentieprofiel is disharmonisch: verbaal sterk, performaal zwak, wat tot overvraging leidt.',
    'Omgeving schat {naam} hoger in dan het werkelijke niveau door een disharmonisch profiel.',
  ],
  persoonlijkheid: [
    'Er zijn zorgen over een zich ontwikkelende persoonlijkheidsproblematiek met heftige stemmingswisselingen.',
    'Relaties lopen steeds stuk; er zijn kenmerken van een emotieregulatiestoornis.',
  ],
  verslaving: [
    'Er is dagelijks cannabisgebruik en af en toe gebruik van andere middelen.',
    'Het middelengebruik (alcohol en cannabis) ondermijnt de behandeling.',
  ],
  psychiatrisch_overig: [
    'Er zijn psychotische klachten geweest; de diagnostiek is nog niet afgerond.',
    'Er is sprake van ernstige angst- en dwangklachten die het dagelijks leven beheersen.',
  ],
  somatisch: [
    'Naast de psychische klachten is er epilepsie die medische zorg en toezicht vraagt.',
    'Een chronische aandoening (diabetes type 1) wordt door de spanning slecht gereguleerd.',
  ],
  gezin_opvoeding: [
    'Ouders zijn overbelast en kunnen de zorg niet meer dragen; er spelen conflicten tussen de ouders.',
    'Er is een vechtscheiding; {naam} zit klem tussen beide ouders.',
    'Het gezin heeft te maken met schulden en dreigende huisuitzetting.',
  ],
  sgg: [
    'Er zijn signalen van seksueel grensoverschrijdend gedrag richting jongere kinderen.',
    'Na een incident van seksueel grensoverschrijdend gedrag op school is {naam} geschorst.',
  ],
  onderwijs_verzuim: [
    '{naam} is al {weken} weken thuiszitter; er is geen passende onderwijsplek.',
    'Het schoolverzuim loopt op; de leerplichtambtenaar is betrokken.',
  ],
  anders: [
    'Daarnaast spelen er zorgen rond huisvesting en financiën van het gezin.',
    'Er is een vermoeden van beïnvloeding door oudere jongeren in de wijk.',
  ],
};
const GENERIC_FRAGMENTS = [
  'De problematiek is meervoudig en de betrokken hulpverleners komen er samen niet uit.',
  'Het netwerk rond {naam} is groot maar versnipperd.',
];

const OPENINGS: Record<'jong' | 'kind' | 'tiener' | 'jongvolwassen', readonly string[]> = {
  jong: [
    '{naam} is een peuter van {leeftijd} jaar met een forse ontwikkelingsachterstand.',
    'Het kinderdagverblijf kan {naam} ({leeftijd}) niet langer opvangen.',
  ],
  kind: [
    '{naam} ({leeftijd}) zit in het speciaal basisonderwijs, maar ook daar lukt het niet meer.',
    '{naam} is {leeftijd} jaar en woont sinds kort in {plaats}.',
    'Sinds de zomer gaat het thuis en op school steeds slechter met {naam} ({leeftijd}).',
  ],
  tiener: [
    '{naam} ({leeftijd}) zit op het voortgezet speciaal onderwijs en dreigt uit te vallen.',
    '{naam} is {leeftijd} jaar; de huidige hulp stopt binnenkort.',
    'Na een crisisplaatsing is er voor {naam} ({leeftijd}) nog geen vervolgplek.',
  ],
  jongvolwassen: [
    '{naam} is {leeftijd} jaar; met het bereiken van de volwassenheid stopt een deel van de jeugdhulp.',
    '{naam} ({leeftijd}) woont begeleid maar dreigt de woonplek kwijt te raken.',
  ],
};

const NEEDS: Record<(typeof QUESTION_TYPES)[number], readonly string[]> = {
  aanbod_behandeling: [
    'een passende behandeling, bij voorkeur dichtbij huis',
    'een specialistische behandelplek met ervaring in {gebied}',
    'intensieve ambulante behandeling in de thuissituatie',
  ],
  aanbod_verblijf: [
    'een passende verblijfsplek, zoals een gezinshuis of kleinschalige woonvorm',
    'een plek met verblijf en behandeling op één locatie',
    'een vervolgplek na de klinische opname',
  ],
  maatwerk: [
    'een maatwerkarrangement van onderwijs en zorg',
    'een combinatie van dagbesteding en begeleiding op maat',
  ],
  coordinatie: [
    'regie en afstemming tussen de vele betrokken hulpverleners',
    'één gezamenlijk plan met alle betrokken partijen',
  ],
  bemiddeling: [
    'bemiddeling bij de financiering tussen Jeugdwet en Wlz',
    'bemiddeling met een aanbieder die eerder een plaatsing heeft afgewezen',
  ],
};

const TRIED = [
  'ambulante gezinsbegeleiding', 'GGZ-behandeling (CGT)', 'EMDR', 'medicatie via de kinderpsychiater',
  'multisysteemtherapie', 'een crisisopname', 'logeeropvang', 'dagbehandeling', 'pleegzorg',
  'extra ondersteuning op school', 'schoolmaatschappelijk werk', 'intensieve thuisbegeleiding',
  'ouderbegeleiding', 'psychomotorische therapie', 'een traject via Veilig Thuis', 'verslavingszorg',
  'FACT-jeugd', 'een time-out in een gezinshuis',
];
const TRIED_ENDINGS = [
  'Dit heeft onvoldoende resultaat gehad.',
  'De hulp is voortijdig gestopt omdat de aanbieder handelingsverlegen werd.',
  'Er was kort verbetering, maar de situatie is opnieuw verslechterd.',
  'Er staat een wachtlijst van maanden voor het vervolgaanbod.',
];

const FAMILY_WISHES = [
  'Ouders willen vooral dat {naam} weer naar school kan.',
  '{naam} wil graag dichter bij huis wonen.',
  'Moeder vraagt om rust in het gezin en hulp die blijft.',
  'Ouders willen niet dat {naam} ver weg wordt geplaatst.',
  '{naam} zegt zelf: “ik wil gewoon gehoord worden”.',
  'Het gezin wil één vaste contactpersoon in plaats van steeds nieuwe hulpverleners.',
  'Vader wil meer betrokken worden bij de keuzes in de behandeling.',
];
const ADULT_WISHES = [
  '{naam} wil zelfstandig wonen met begeleiding.',
  '{naam} wil een opleiding afmaken en werk vinden.',
  '{naam} wil niet opnieuw in een groep wonen.',
];

const URGENCY_REASONS = [
  'Dreigende uithuisplaatsing.',
  'De huidige plek stopt binnen enkele weken.',
  'Acute zorgen over de veiligheid thuis.',
  'Ernstige suïcidale uitingen.',
  'De kliniek beëindigt de opname.',
  'Ouders kunnen de zorg niet langer dragen.',
];

const ORGS_BY_TYPE: Record<(typeof REFERRER_TYPES)[number], readonly { org: string; roles: readonly string[] }[]> = {
  ouders_jeugdige: [{ org: 'Ouders (eigen aanmelding)', roles: ['ouder'] }],
  lokale_toegang: [
    { org: 'Wijkteam {plaats}', roles: ['jeugdconsulent', 'gezinscoach', 'wijkteammedewerker'] },
    { org: 'Jeugdteam {plaats}-Noord', roles: ['jeugdconsulent', 'casusregisseur'] },
  ],
  gecertificeerde_instelling: [{ org: 'GI Veilig Vooruit Lindewaard', roles: ['jeugdbeschermer', 'gezinsvoogd'] }],
  zorgaanbieder: [
    { org: 'Zorggroep Klaverblad', roles: ['regiebehandelaar', 'gedragswetenschapper'] },
    { org: 'Behandelcentrum De Wilgenhoek', roles: ['gedragswetenschapper', 'teamleider'] },
    { org: 'GGZ Jeugd Elzenmonde', roles: ['kinder- en jeugdpsychiater', 'regiebehandelaar'] },
    { org: 'Orthopedagogisch centrum Het Kompasveld', roles: ['orthopedagoog'] },
  ],
  huisarts: [{ org: 'Huisartsenpraktijk {plaats}-Centrum', roles: ['huisarts', 'POH-GGZ jeugd'] }],
  onderwijs: [
    { org: 'Samenwerkingsverband Passend Onderwijs {plaats}', roles: ['onderwijsconsulent'] },
    { org: 'Kindcentrum De Vlinderboom', roles: ['intern begeleider'] },
    { org: 'Praktijkschool {plaats}', roles: ['zorgcoördinator'] },
  ],
  gemeente: [{ org: 'Gemeente {plaats}', roles: ['beleidsmedewerker jeugd', 'leerplichtambtenaar', 'contractmanager'] }],
  landelijk: [{ org: 'Bovenregionaal Expertisenetwerk Lindewaard-Veenhoven', roles: ['consulent'] }],
  anders: [
    { org: 'Veilig Thuis regio Lindewaard', roles: ['aandachtsfunctionaris'] },
    { org: 'Politie basisteam Zuiderdam', roles: ['wijkagent'] },
  ],
};

const INVOLVED = [
  { name: 'Wijkteam {plaats}', role: 'casusregie' },
  { name: 'GGZ Jeugd Elzenmonde', role: 'behandeling' },
  { name: 'Kindcentrum De Vlinderboom', role: 'onderwijs' },
  { name: 'Gezinshuis De Lijsterbes', role: 'verblijf' },
  { name: 'GI Veilig Vooruit Lindewaard', role: 'jeugdbescherming' },
  { name: 'Ziekenhuis Rietvoorde, kinderafdeling', role: 'medische zorg' },
  { name: 'Zorggroep Klaverblad', role: 'dagbehandeling' },
  { name: 'Praktijkschool {plaats}', role: 'onderwijs' },
];

const SCREEN_OK = [
  'Complexe, meervoudige problematiek; lokaal en regionaal zijn de mogelijkheden uitgeput. Past bij de criteria.',
  'Meerdere aanbieders hebben afgewezen en de situatie escaleert; bespreking aan tafel is aangewezen.',
  'Combinatie van onderwijs- en zorgvragen waarvoor geen passend aanbod bestaat. Geschikt voor bespreking.',
];
const SCREEN_NOT = [
  'De hulpvraag kan lokaal worden opgepakt; nog niet alle mogelijkheden zijn ingezet.',
  'De vraag past beter bij een ander overleg in de regio.',
  'De problematiek vraagt specialistische kennis die bovenregionaal beschikbaar is.',
];
const SCREEN_MORE = [
  'Onvoldoende zicht op de eerder ingezette hulp en het verloop daarvan.',
  'De hulpvraag is nog niet scherp; aanvulling nodig voor een goede screening.',
];
const REQUESTED_INFO = [
  'Recent verslag van de behandelaar.',
  'Overzicht van eerder ingezette hulp en waarom die is gestopt.',
  'Onderwijskundig rapport en ontwikkelingsperspectiefplan.',
  'Uitslag van het diagnostisch onderzoek.',
  'Toestemming van de tweede gezaghebbende ouder.',
];
const ROUTED_NOTES: Record<(typeof ROUTED_TO)[number], string> = {
  lokale_toegang: 'Terug naar het wijkteam met suggesties voor lokaal aanbod.',
  andere_tafel: 'Aangemeld bij de beschermingstafel van de regio.',
  bovenregionaal_netwerk: 'Doorgezet naar het bovenregionaal expertisenetwerk.',
  landelijk_expertisecentrum: 'Advies gevraagd aan een landelijk expertisecentrum.',
  anders: 'Besproken met de verwijzer; andere route afgesproken.',
};
const ADVICE = [
  'gezinshuis met ambulante GGZ-behandeling',
  'tijdelijke klinische opname, daarna een gezinshuis',
  'onderwijs-zorgarrangement met dagbehandeling',
  'opschalen naar het bovenregionaal expertisenetwerk',
  'intensieve gezinsbehandeling thuis, met logeeropvang',
  'kleinschalige woonvorm met begeleiding richting zelfstandigheid',
];
const CLOSURE_NOTES: Record<(typeof CLOSURE_REASONS)[number], string> = {
  passende_plek: 'Jeugdige is gestart op de geadviseerde plek.',
  teruggelegd_lokale_toegang: 'Casus met het advies teruggelegd bij het wijkteam.',
  doorgeleid: 'Doorgeleid naar het bovenregionaal expertisenetwerk.',
  ingetrokken: 'Aanmelding ingetrokken door de verwijzer.',
  anders: 'Gezin verhuisd naar een andere regio.',
};
const LEGAL_GROUNDS = [
  {
    ground: 'Zwaarwegend belang: veiligheid van de jeugdige',
    reason: 'Acute veiligheidszorgen; toestemming van ouders kon niet tijdig worden verkregen.',
  },
  {
    ground: 'Uitvoering kinderbeschermingsmaatregel',
    reason: 'De gecertificeerde instelling heeft de aanmelding gedaan in het kader van de maatregel.',
  },
];

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

// --- the plan -------------------------------------------------------------------

export type DemoStep =
  | {
      op: 'consent';
      at: string;
      subject: ConsentSubject;
      personName: string;
      scope: 'registratie' | 'deelname_overleg';
      method: 'schriftelijk' | 'mondeling';
      givenOn: string;
    }
  | { op: 'legalGround'; at: string; ground: string; reason: string }
  | {
      op: 'screening';
      at: string;
      outcome: 'geschikt' | 'niet_geschikt' | 'meer_informatie';
      reasons: string;
      requestedInfo: string;
      routedTo: (typeof ROUTED_TO)[number] | '';
      routedNote: string;
    }
  | { op: 'status'; at: string; to: CaseStatus; note: string; closureReason: (typeof CLOSURE_REASONS)[number] | '' }
  /** Withdraw the n-th consent recorded for this case (0-based). */
  | { op: 'withdrawConsent'; at: string; consentIndex: number; withdrawnOn: string; reason: string };

export interface DemoCasePlan {
  referredAt: string;
  referral: ReferralInput;
  steps: DemoStep[];
  /** The status the steps end in. */
  finalStatus: CaseStatus;
}

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}

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

/** The status a case ends in, by how long ago it was referred. */
function targetStatus(rng: Rng, ageDays: number): CaseStatus {
  if (ageDays < 10)
    return rng.weighted<CaseStatus>([
      ['aangemeld', 5],
      ['in_screening', 4],
      ['niet_in_behandeling', 1],
    ]);
  if (ageDays < 45)
    return rng.weighted<CaseStatus>([
      ['aangemeld', 1.5],
      ['in_screening', 3],
      ['wacht_op_bespreking', 4],
      ['besproken', 1],
      ['niet_in_behandeling', 1.5],
    ]);
  if (ageDays < 120)
    return rng.weighted<CaseStatus>([
      ['aangemeld', 0.3],
      ['in_screening', 1],
      ['wacht_op_bespreking', 2],
      ['besproken', 2],
      ['advies_vastgesteld', 3],
      ['in_opvolging', 2],
      ['afgesloten', 1],
      ['niet_in_behandeling', 1.5],
    ]);
  return rng.weighted<CaseStatus>([
    ['aangemeld', 0.3],
    ['in_screening', 0.4],
    ['wacht_op_bespreking', 0.4],
    ['besproken', 0.4],
    ['advies_vastgesteld', 0.8],
    ['in_opvolging', 2],
    ['afgesloten', 6],
    ['niet_in_behandeling', 1.5],
  ]);
}

const RANK: Partial<Record<CaseStatus, number>> = {
  aangemeld: 0,
  in_screening: 1,
  wacht_op_bespreking: 2,
  besproken: 3,
  advies_vastgesteld: 4,
  in_opvolging: 5,
  afgesloten: 6,
};

interface Person {
  first: string;
  last: string;
}

function personName(p: Person): string {
  return `${p.first} ${p.last}`;
}

function surname(rng: Rng): string {
  const tv = rng.pick(TUSSENVOEGSELS);
  const root = rng.pick(SURNAMES);
  return tv ? `${tv} ${root}` : root;
}

function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const fakePhone = (rng: Rng) => `06-000${String(rng.int(0, 99999)).padStart(5, '0')}`;
const fakeEmail = (first: string, last: string, org: string) =>
  `${slug(first)}.${slug(last).replace(/-/g, '')}@${slug(org).slice(0, 40) || 'demo'}.example`;

/** One case: a referral plus the steps that walk it to its final status. */
function planCase(rng: Rng, referredMs: number, endMs: number, todayIso: string, areas: readonly string[]): DemoCasePlan {
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

  // -- the steps, walking TRANSITIONS from 'aangemeld' to the target
  const ageDays = (endMs - referredMs) / DAY;
  const target = targetStatus(rng, ageDays);
  const steps: DemoStep[] = [];
  let t = referredMs;
  let status = 'aangemeld' as CaseStatus;
  /** A moment minDays..maxDays after the previous step, moved into office hours on a weekday. */
  const later = (minDays: number, maxDays: number): string => {
    let next = t + rng.int(minDays * 24, maxDays * 24) * 3_600_000 + rng.int(0, 3_599_999);
    const hour = new Date(next).getUTCHours();
    if (hour < 7 || hour >= 16) {
      // 07:00-16:00 UTC is roughly office hours in the Netherlands.
      next = Math.floor(next / DAY) * DAY + (hour >= 16 ? DAY : 0) + rng.int(7 * 60, 15 * 60) * 60_000;
    }
    const weekday = new Date(next).getUTCDay();
    if (weekday === 6) next += 2 * DAY;
    if (weekday === 0) next += DAY;
    t = Math.min(endMs, Math.max(t, next));
    return new Date(t).toISOString();
  };
  const to = (next: CaseStatus, note = '', closureReason: (typeof CLOSURE_REASONS)[number] | '' = '') => {
    if (!canTransition(status, next)) throw new Error(`demo plan: ${status} -> ${next} is not a transition`);
    steps.push({ op: 'status', at: later(1, 10), to: next, note, closureReason });
    status = next;
  };
  const screening = (outcome: 'geschikt' | 'niet_geschikt' | 'meer_informatie') => {
    const routedTo =
      outcome === 'niet_geschikt'
        ? rng.weighted<(typeof ROUTED_TO)[number]>([
            ['lokale_toegang', 45],
            ['andere_tafel', 20],
            ['bovenregionaal_netwerk', 20],
            ['landelijk_expertisecentrum', 8],
            ['anders', 7],
          ])
        : '';
    steps.push({
      op: 'screening',
      at: later(2, 14),
      outcome,
      reasons: rng.pick(outcome === 'geschikt' ? SCREEN_OK : outcome === 'niet_geschikt' ? SCREEN_NOT : SCREEN_MORE),
      requestedInfo: outcome === 'meer_informatie' ? rng.sample(REQUESTED_INFO, rng.int(1, 2)).join(' ') : '',
      routedTo,
      routedNote: routedTo ? ROUTED_NOTES[routedTo] : '',
    });
    // Mirror what the screening handler does to the status.
    if (status === 'aangemeld') status = 'in_screening';
    if (outcome === 'geschikt') status = 'wacht_op_bespreking';
    if (outcome === 'niet_geschikt') status = 'niet_in_behandeling';
  };

  // Consent to registration: who must give it follows the age, at referral and now.
  const authority = guardians.filter((g) => g.hasAuthority);
  const subjects = new Set([...requiredConsentSubjects(ageAtReferral), ...requiredConsentSubjects(age)]);
  const consentFor = (subject: ConsentSubject, scope: 'registratie' | 'deelname_overleg'): DemoStep[] => {
    const at = later(0, 3);
    const people = subject === 'jeugdige' ? [personName(youth)] : authority.map((g) => g.name).slice(0, 2);
    return people.map((name) => ({
      op: 'consent' as const,
      at,
      subject,
      personName: name,
      scope,
      method: rng.chance(0.7) ? ('schriftelijk' as const) : ('mondeling' as const),
      givenOn: at.slice(0, 10),
    }));
  };
  const passesScreening = (RANK[target] ?? -1) >= RANK.wacht_op_bespreking!;
  const useLegalGround = passesScreening && (hasMeasure ? rng.chance(0.25) : rng.chance(0.04));
  const consentComplete = passesScreening ? !useLegalGround || rng.chance(0.5) : rng.chance(0.7);
  const subjectsToAsk = [...subjects].filter((s) => s === 'jeugdige' || authority.length > 0);
  const given = consentComplete ? subjectsToAsk : subjectsToAsk.slice(0, Math.max(0, subjectsToAsk.length - 1));
  for (const s of given) steps.push(...consentFor(s, 'registratie'));
  if (useLegalGround) steps.push({ op: 'legalGround', at: later(0, 2), ...rng.pick(LEGAL_GROUNDS) });

  // An occasional earlier rejection and re-referral.
  if ((target === 'aangemeld' || target === 'in_screening') && rng.chance(0.05)) {
    to('niet_in_behandeling', 'Gezin wilde op dat moment (nog) niet meewerken.');
    to('aangemeld', 'Opnieuw aangemeld door de verwijzer.');
  }

  switch (target) {
    case 'aangemeld':
      break;
    case 'in_screening':
      if (rng.chance(0.5)) screening('meer_informatie');
      else to('in_screening', rng.chance(0.5) ? 'Screening gestart.' : '');
      break;
    case 'niet_in_behandeling':
      if (rng.chance(0.25)) to('niet_in_behandeling', 'Aanmelding ingetrokken voordat de screening begon.');
      else {
        if (rng.chance(0.2)) screening('meer_informatie');
        screening('niet_geschikt');
      }
      break;
    default: {
      // Through screening to the meeting, and onwards.
      if (rng.chance(0.05)) {
        to('in_screening');
        to('aangemeld', 'Aanmelding onvolledig; terug naar de verwijzer.');
      }
      if (rng.chance(0.25)) screening('meer_informatie');
      screening('geschikt');
      if (rng.chance(0.03)) {
        to('in_screening', 'Nieuwe informatie ontvangen; screening heropend.');
        screening('geschikt');
      }
      if (target === 'wacht_op_bespreking') break;
      if (rng.chance(0.3)) steps.push(...[...subjects].flatMap((s) => consentFor(s, 'deelname_overleg')));
      to('besproken', 'Besproken in het overleg van de adviestafel.');
      if (rng.chance(0.06)) {
        to('wacht_op_bespreking', 'Aanvullende informatie nodig; opnieuw geagendeerd.');
        to('besproken', 'Opnieuw besproken met aanvullende informatie.');
      }
      if (target === 'besproken') break;
      const closeFrom = target === 'afgesloten' ? rng.weighted([
        ['besproken', 15],
        ['advies_vastgesteld', 25],
        ['in_opvolging', 60],
      ] as const) : null;
      if (closeFrom !== 'besproken') {
        to('advies_vastgesteld', `Advies: ${rng.pick(ADVICE)}.`);
        if (target === 'advies_vastgesteld') break;
        if (closeFrom !== 'advies_vastgesteld') {
          to('in_opvolging', `Terugkoppeling over ${rng.int(4, 12)} weken.`);
          if (target === 'in_opvolging') break;
        }
      }
      const reason = rng.weighted<(typeof CLOSURE_REASONS)[number]>(
        closeFrom === 'besproken'
          ? [
              ['doorgeleid', 40],
              ['ingetrokken', 30],
              ['teruggelegd_lokale_toegang', 20],
              ['anders', 10],
            ]
          : [
              ['passende_plek', 45],
              ['teruggelegd_lokale_toegang', 20],
              ['doorgeleid', 15],
              ['ingetrokken', 8],
              ['anders', 12],
            ],
      );
      to('afgesloten', CLOSURE_NOTES[reason], reason);
    }
  }

  // Now and then a consent is withdrawn once the case has ended.
  const consentCount = steps.filter((s) => s.op === 'consent').length;
  if ((status === 'afgesloten' || status === 'niet_in_behandeling') && consentCount > 0 && rng.chance(0.05)) {
    const at = later(1, 30);
    steps.push({
      op: 'withdrawConsent',
      at,
      consentIndex: rng.int(0, consentCount - 1),
      withdrawnOn: at.slice(0, 10),
      reason: 'Toestemming ingetrokken na afsluiting.',
    });
  }

  return { referredAt: new Date(referredMs).toISOString(), referral, steps, finalStatus: status };
}

/**
 * The plans for `count` cases, lazily. Referral dates run up to the day before
 * `now` (so no date is ever "in the future" in any time zone) over a span that
 * grows with the count, at most two years; case codes therefore follow the
 * referral order.
 */
export function* demoCasePlans(
  count: number,
  seed: number,
  now: string,
  areas: readonly string[] = DEFAULT_PROBLEM_AREAS.map((a) => a.id),
): Generator<DemoCasePlan> {
  const rng = new Rng(seed);
  const todayIso = now.slice(0, 10);
  const endMs = Date.parse(`${todayIso}T00:00:00Z`) - 1000;
  const spanDays = Math.min(730, Math.max(60, count * 2));
  const offsets = Array.from({ length: count }, () => rng.float()).sort((a, b) => a - b);
  for (const f of offsets) {
    const day = Math.floor(f * spanDays);
    const dayStart = Date.parse(`${todayIso}T00:00:00Z`) - (spanDays - day) * DAY;
    const referredMs = Math.min(endMs, dayStart + rng.int(7 * 60, 17 * 60) * 60_000 + rng.int(0, 59_999));
    yield planCase(rng, referredMs, endMs, todayIso, areas);
  }
}

export function planDemoCases(count: number, seed: number, now: string, areas?: readonly string[]): DemoCasePlan[] {
  return [...demoCasePlans(count, seed, now, areas)];
}

// --- writing ------------------------------------------------------------------------

function txHandler<M extends MethodName>(method: M): TxHandler<M> {
  const h = (caseHandlers as Record<string, unknown>)[method];
  if (typeof h !== 'function') throw new Error(`handler ${method} is not a transaction handler`);
  return h as TxHandler<M>;
}

/**
 * The services prepare their statements on every call, which is fine for one
 * request but dominates the cost of writing thousands of cases. This view of
 * the connection hands out one cached statement per SQL text (reset to its
 * default row mode), and passes everything else straight through. It lives
 * only as long as one generateDemoCases call.
 */
function withStatementCache(db: Db): Db {
  const cache = new Map<string, Statement>();
  const prepare = (sql: string): Statement => {
    let stmt = cache.get(sql);
    if (!stmt) {
      stmt = db.prepare(sql);
      cache.set(sql, stmt);
    } else if (stmt.reader) {
      stmt.pluck(false);
    }
    return stmt;
  };
  return new Proxy(db, {
    get(target, prop) {
      if (prop === 'prepare') return prepare;
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

export interface DemoResult {
  count: number;
  ids: number[];
  byStatus: Partial<Record<CaseStatus, number>>;
}

/** Write one plan through the services; returns the new case id. */
export function writeDemoCase(ctx: Ctx, plan: DemoCasePlan): number {
  const addConsent = txHandler('consent.add');
  const withdrawConsent = txHandler('consent.withdraw');
  const recordScreening = txHandler('screening.record');
  const setLegalGround = txHandler('cases.setLegalGround');
  const at = (now: string): Ctx => ({ ...ctx, now });

  const { id } = insertCase(at(plan.referredAt), ReferralSchema.parse(plan.referral));
  const consentIds: number[] = [];
  for (const s of plan.steps) {
    const c = at(s.at);
    switch (s.op) {
      case 'consent': {
        const { op: _op, at: _at, ...fields } = s;
        const file: CaseFile = addConsent(c, ConsentInput.parse({ caseId: id, ...fields }));
        consentIds.push(Math.max(...file.consents.map((x) => x.id)));
        break;
      }
      case 'legalGround':
        setLegalGround(c, LegalGroundInput.parse({ caseId: id, ground: s.ground, reason: s.reason }));
        break;
      case 'screening': {
        const { op: _op, at: _at, ...fields } = s;
        recordScreening(c, ScreeningInput.parse({ caseId: id, ...fields }));
        break;
      }
      case 'status':
        changeStatus(c, id, s.to, s.note, s.closureReason);
        break;
      case 'withdrawConsent':
        withdrawConsent(
          c,
          WithdrawConsentInput.parse({
            caseId: id,
            consentId: consentIds[s.consentIndex]!,
            withdrawnOn: s.withdrawnOn,
            reason: s.reason,
          }),
        );
        break;
    }
  }
  return id;
}

/**
 * Add `count` fictional cases in one transaction (a savepoint when the caller
 * already holds one). All-or-nothing: any failure rolls every case back.
 */
export function generateDemoCases(ctx: Ctx, count: number, seed = 1): DemoResult {
  if (!Number.isInteger(count) || count < 0) throw new RangeError('count must be a non-negative integer');
  const areas = ctx.db.prepare('SELECT id FROM problem_areas WHERE active = 1 ORDER BY sort, id').pluck().all() as string[];
  const fast: Ctx = { ...ctx, db: withStatementCache(ctx.db) };
  return ctx.db.transaction(() => {
    const ids: number[] = [];
    const byStatus: DemoResult['byStatus'] = {};
    for (const plan of demoCasePlans(count, seed, ctx.now, areas)) {
      ids.push(writeDemoCase(fast, plan));
      byStatus[plan.finalStatus] = (byStatus[plan.finalStatus] ?? 0) + 1;
    }
    return { count: ids.length, ids, byStatus };
  })();
}
