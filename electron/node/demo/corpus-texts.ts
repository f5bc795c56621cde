/**
 * Texts of the fictional corpus for the cases: referral fragments per problem
 * area, wishes, organisations, screening outcomes, advice and closure notes.
 * All invented (see corpus.ts).
 */
import type {
  CLOSURE_REASONS,
  QUESTION_TYPES,
  REFERRER_TYPES,
  ROUTED_TO,
} from '../../../shared/domain/taxonomies.js';

export const FRAGMENTS_BY_AREA: Record<string, readonly string[]> = {
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
export const GENERIC_FRAGMENTS = [
  'De problematiek is meervoudig en de betrokken hulpverleners komen er samen niet uit.',
  'Het netwerk rond {naam} is groot maar versnipperd.',
];

export const OPENINGS: Record<'jong' | 'kind' | 'tiener' | 'jongvolwassen', readonly string[]> = {
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

export const NEEDS: Record<(typeof QUESTION_TYPES)[number], readonly string[]> = {
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

export const TRIED = [
  'ambulante gezinsbegeleiding', 'GGZ-behandeling (CGT)', 'EMDR', 'medicatie via de kinderpsychiater',
  'multisysteemtherapie', 'een crisisopname', 'logeeropvang', 'dagbehandeling', 'pleegzorg',
  'extra ondersteuning op school', 'schoolmaatschappelijk werk', 'intensieve thuisbegeleiding',
  'ouderbegeleiding', 'psychomotorische therapie', 'een traject via Veilig Thuis', 'verslavingszorg',
  'FACT-jeugd', 'een time-out in een gezinshuis',
];
export const TRIED_ENDINGS = [
  'Dit heeft onvoldoende resultaat gehad.',
  'De hulp is voortijdig gestopt omdat de aanbieder handelingsverlegen werd.',
  'Er was kort verbetering, maar de situatie is opnieuw verslechterd.',
  'Er staat een wachtlijst van maanden voor het vervolgaanbod.',
];

export const FAMILY_WISHES = [
  'Ouders willen vooral dat {naam} weer naar school kan.',
  '{naam} wil graag dichter bij huis wonen.',
  'Moeder vraagt om rust in het gezin en hulp die blijft.',
  'Ouders willen niet dat {naam} ver weg wordt geplaatst.',
  '{naam} zegt zelf: “ik wil gewoon gehoord worden”.',
  'Het gezin wil één vaste contactpersoon in plaats van steeds nieuwe hulpverleners.',
  'Vader wil meer betrokken worden bij de keuzes in de behandeling.',
];
export const ADULT_WISHES = [
  '{naam} wil zelfstandig wonen met begeleiding.',
  '{naam} wil een opleiding afmaken en werk vinden.',
  '{naam} wil niet opnieuw in een groep wonen.',
];

export const URGENCY_REASONS = [
  'Dreigende uithuisplaatsing.',
  'De huidige plek stopt binnen enkele weken.',
  'Acute zorgen over de veiligheid thuis.',
  'Ernstige suïcidale uitingen.',
  'De kliniek beëindigt de opname.',
  'Ouders kunnen de zorg niet langer dragen.',
];

export const ORGS_BY_TYPE: Record<(typeof REFERRER_TYPES)[number], readonly { org: string; roles: readonly string[] }[]> = {
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

export const INVOLVED = [
  { name: 'Wijkteam {plaats}', role: 'casusregie' },
  { name: 'GGZ Jeugd Elzenmonde', role: 'behandeling' },
  { name: 'Kindcentrum De Vlinderboom', role: 'onderwijs' },
  { name: 'Gezinshuis De Lijsterbes', role: 'verblijf' },
  { name: 'GI Veilig Vooruit Lindewaard', role: 'jeugdbescherming' },
  { name: 'Ziekenhuis Rietvoorde, kinderafdeling', role: 'medische zorg' },
  { name: 'Zorggroep Klaverblad', role: 'dagbehandeling' },
  { name: 'Praktijkschool {plaats}', role: 'onderwijs' },
];

export const SCREEN_OK = [
  'Complexe, meervoudige problematiek; lokaal en regionaal zijn de mogelijkheden uitgeput. Past bij de criteria.',
  'Meerdere aanbieders hebben afgewezen en de situatie escaleert; bespreking aan tafel is aangewezen.',
  'Combinatie van onderwijs- en zorgvragen waarvoor geen passend aanbod bestaat. Geschikt voor bespreking.',
];
export const SCREEN_NOT = [
  'De hulpvraag kan lokaal worden opgepakt; nog niet alle mogelijkheden zijn ingezet.',
  'De vraag past beter bij een ander overleg in de regio.',
  'De problematiek vraagt specialistische kennis die bovenregionaal beschikbaar is.',
];
export const SCREEN_MORE = [
  'Onvoldoende zicht op de eerder ingezette hulp en het verloop daarvan.',
  'De hulpvraag is nog niet scherp; aanvulling nodig voor een goede screening.',
];
export const REQUESTED_INFO = [
  'Recent verslag van de behandelaar.',
  'Overzicht van eerder ingezette hulp en waarom die is gestopt.',
  'Onderwijskundig rapport en ontwikkelingsperspectiefplan.',
  'Uitslag van het diagnostisch onderzoek.',
  'Toestemming van de tweede gezaghebbende ouder.',
];
export const ROUTED_NOTES: Record<(typeof ROUTED_TO)[number], string> = {
  lokale_toegang: 'Terug naar het wijkteam met suggesties voor lokaal aanbod.',
  andere_tafel: 'Aangemeld bij de beschermingstafel van de regio.',
  bovenregionaal_netwerk: 'Doorgezet naar het bovenregionaal expertisenetwerk.',
  landelijk_expertisecentrum: 'Advies gevraagd aan een landelijk expertisecentrum.',
  anders: 'Besproken met de verwijzer; andere route afgesproken.',
};
export const ADVICE = [
  'gezinshuis met ambulante GGZ-behandeling',
  'tijdelijke klinische opname, daarna een gezinshuis',
  'onderwijs-zorgarrangement met dagbehandeling',
  'opschalen naar het bovenregionaal expertisenetwerk',
  'intensieve gezinsbehandeling thuis, met logeeropvang',
  'kleinschalige woonvorm met begeleiding richting zelfstandigheid',
];
export const CLOSURE_NOTES: Record<(typeof CLOSURE_REASONS)[number], string> = {
  passende_plek: 'Jeugdige is gestart op de geadviseerde plek.',
  teruggelegd_lokale_toegang: 'Casus met het advies teruggelegd bij het wijkteam.',
  doorgeleid: 'Doorgeleid naar het bovenregionaal expertisenetwerk.',
  ingetrokken: 'Aanmelding ingetrokken door de verwijzer.',
  anders: 'Gezin verhuisd naar een andere regio.',
};
export const LEGAL_GROUNDS = [
  {
    ground: 'Zwaarwegend belang: veiligheid van de jeugdige',
    reason: 'Acute veiligheidszorgen; toestemming van ouders kon niet tijdig worden verkregen.',
  },
  {
    ground: 'Uitvoering kinderbeschermingsmaatregel',
    reason: 'De gecertificeerde instelling heeft de aanmelding gedaan in het kader van de maatregel.',
  },
];

