/**
 * The words of the family's PDF (subject export), in plain Dutch at B1 level: short sentences,
 * "u" and "we", no abbreviations without explanation. The export is made for the family, so it is
 * Dutch only; the JSON bundle holds the same data with codes.
 */
const READS = /(^|\.)(get|read|list|view|preview|familyView|file|export|due)/i;

export const NL = {
  title: 'Wat het expertteam over u heeft vastgelegd',
  footer: 'Persoonlijk en vertrouwelijk. Dit document staat niet meer in de beveiligde omgeving van het team.',
  intro: [
    'U heeft gevraagd welke gegevens het expertteam over u of uw kind heeft. Dat is uw recht. Het staat in de privacywet (AVG, artikel 15).',
    'In dit document staat alles wat wij in ons systeem hebben bewaard. Ook de aantekeningen die alleen voor het team bedoeld waren, staan erin.',
    'Leest u iets dat niet klopt? Of wilt u dat wij iets verwijderen? Neem dan contact met ons op. Aan het eind staat hoe.',
  ],
  h: {
    youth: 'Over de jeugdige',
    referral: 'De aanmelding',
    consent: 'Toestemming',
    screening: 'De eerste beoordeling (screening)',
    meetings: 'Besprekingen in het overleg',
    advice: 'Het advies',
    letters: 'Brieven',
    access: 'Wie het dossier heeft bekeken of gewijzigd',
    rights: 'Wat kunt u nu doen?',
  },
  referredBy: (who: string, org: string, date: string) =>
    `${who}${org && org !== who ? ` (${org})` : ''} heeft u of uw kind op ${date} bij ons aangemeld.`,
  questionReferrer: 'De vraag van de aanmelder',
  questionFamily: 'De vraag in uw eigen woorden',
  tried: 'Wat al geprobeerd is',
  status: (s: string) => `De stand van het dossier nu: ${s}.`,
  consentIntro: 'Hier ziet u wie toestemming heeft gegeven om de gegevens vast te leggen of om mee te praten in het overleg.',
  noConsent: 'Er is geen toestemming vastgelegd.',
  scopeReg: 'vastleggen van gegevens',
  scopeMeeting: 'bespreken in het overleg',
  consentLine: (who: string, on: string, scope: string, withdrawn: string) =>
    `${who} gaf op ${on} toestemming voor: ${scope}.${withdrawn ? ` Ingetrokken op ${withdrawn}.` : ''}`,
  legalGround: (why: string) => `Het team mocht de gegevens ook zonder toestemming gebruiken. De reden: ${why}`,
  internalNote: 'Deze aantekeningen waren alleen voor het team bedoeld. U mag ze lezen.',
  meetingsIntro:
    'Het team heeft over u of uw kind gepraat. Het eerste deel was met u erbij. Het tweede deel was alleen met het team. Hieronder staan de aantekeningen van beide delen.',
  meetingOn: (date: string) => `Overleg van ${date}`,
  guests: (names: string) => `Erbij waren ook: ${names}.`,
  decision: (text: string) => `Besluit: ${text}`,
  adviceIntro: 'Het team heeft een advies gegeven. Is het advies later veranderd? Dan ziet u hier elke versie.',
  version: (n: number, date: string, status: string) => `Versie ${n} van ${date} (${status})`,
  before: 'vóór',
  reason: (r: string) => `Waarom veranderd: ${r}`,
  actions: 'Afspraken wie wat doet',
  outcome: (text: string) => `Hoe het is afgelopen: ${text}`,
  lettersIntro: 'Deze brieven zijn vanuit het dossier gemaakt. U kunt een kopie vragen.',
  accessIntro:
    'Elke keer dat iemand van het team het dossier opent of iets verandert, wordt dat vastgelegd. Dit is die lijst.',
  accessKind: (action: string) => (READS.test(action) ? 'bekeken' : 'vastgelegd of gewijzigd'),
  rights: [
    'Klopt er iets niet? Dan mag u vragen om het te verbeteren. Wilt u dat wij gegevens verwijderen? Dat mag u ook vragen. Wij laten u binnen een maand weten wat wij doen.',
    'Bent u het niet eens met hoe wij met uw gegevens omgaan? Dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens.',
    'Bewaar dit document goed. Het staat niet meer in ons beveiligde systeem. Iedereen die het in handen krijgt, kan het lezen.',
  ],
  contact: (who: string) => `Wilt u ons iets vragen, of iets laten verbeteren of verwijderen? Neem dan contact op met ${who}.`,
  statuses: {
    aangemeld: 'aangemeld',
    in_screening: 'wordt bekeken',
    wacht_op_bespreking: 'wacht op het overleg',
    besproken: 'besproken',
    advies_vastgesteld: 'advies gegeven',
    in_opvolging: 'het advies wordt uitgevoerd',
    afgesloten: 'afgesloten',
    niet_in_behandeling: 'niet in behandeling genomen',
  } as Record<string, string>,
  screening: { geschikt: 'past bij het team', niet_geschikt: 'past niet bij het team', meer_informatie: 'meer informatie nodig' } as Record<string, string>,
  versionStatus: { concept: 'nog niet definitief', vastgesteld: 'definitief', vervangen: 'vervangen door een nieuwere versie' } as Record<string, string>,
  noteFields: {
    hulpvraagVerhelderd: 'De vraag, duidelijker gemaakt',
    watGaatGoed: 'Wat gaat goed',
    watIsNodig: 'Wat is nodig',
    afspraken: 'Afspraken',
    analyse: 'Analyse van het team',
    overwegingen: 'Overwegingen van het team',
    financiering: 'Over de betaling van de hulp',
    verstoringen: 'Wat de hulp in de weg zat',
    signalen: 'Signalen',
  } as Record<string, string>,
};
