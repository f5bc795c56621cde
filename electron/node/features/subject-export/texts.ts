/**
 * The words of the family's PDF (subject export), in Dutch or English, chosen per export like the
 * letters' language. Dutch at B1 level, English plain: short sentences, "you" and "we", no
 * abbreviations without explanation. `SubjectTexts` makes both sets carry the same keys (and a
 * label for every status, outcome and note-field code). The JSON bundle holds the same data with
 * codes and is the same in both languages.
 */
import type { LetterLang } from '../../../../shared/api/letters.js';
import type { VersionStatus } from '../../../../shared/domain/advice.js';
import type { NoteField } from '../../../../shared/domain/meetings.js';
import type { CaseStatus } from '../../../../shared/domain/status.js';
import type { GUARDIAN_RELATIONS, LIVING_SITUATIONS, SCREENING_OUTCOMES } from '../../../../shared/domain/taxonomies.js';
import type { AccessKind } from './bundle.js';

type Labels<K extends string> = Record<K, string>;

export interface SubjectTexts {
  /** PDF metadata language: 'nl-NL' or 'en', as the letters. */
  pdfLanguage: string;
  title: string;
  footer: string;
  intro: string[];
  meta: { date: string; file: string; about: string };
  youthMeta: { name: string; born: string; bsn: string; municipality: string; lives: string };
  withAuthority: string;
  h: {
    youth: string;
    referral: string;
    consent: string;
    screening: string;
    meetings: string;
    advice: string;
    letters: string;
    access: string;
    rights: string;
  };
  referredBy: (who: string, org: string, date: string) => string;
  questionReferrer: string;
  questionFamily: string;
  tried: string;
  status: (s: string) => string;
  consentIntro: string;
  noConsent: string;
  scopeReg: string;
  scopeMeeting: string;
  consentLine: (who: string, on: string, scope: string, withdrawn: string) => string;
  legalGround: (why: string) => string;
  internalNote: string;
  meetingsIntro: string;
  meetingOn: (date: string) => string;
  guests: (names: string) => string;
  decision: (text: string) => string;
  adviceIntro: string;
  version: (n: number, date: string, status: string) => string;
  before: string;
  reason: (r: string) => string;
  actions: string;
  outcome: (text: string) => string;
  lettersIntro: string;
  accessIntro: string;
  /** What someone did with the file: looked at it, or recorded or changed something in it. */
  accessKind: Labels<AccessKind>;
  rights: string[];
  contact: (who: string) => string;
  statuses: Labels<CaseStatus>;
  screening: Labels<(typeof SCREENING_OUTCOMES)[number]>;
  versionStatus: Labels<VersionStatus>;
  noteFields: Labels<NoteField>;
  relations: Labels<(typeof GUARDIAN_RELATIONS)[number]>;
  living: Labels<(typeof LIVING_SITUATIONS)[number]>;
}

export const NL: SubjectTexts = {
  pdfLanguage: 'nl-NL',
  title: 'Wat het expertteam over u heeft vastgelegd',
  footer: 'Persoonlijk en vertrouwelijk. Dit document staat niet meer in de beveiligde omgeving van het team.',
  intro: [
    'U heeft gevraagd welke gegevens het expertteam over u of uw kind heeft. Dat is uw recht. Het staat in de privacywet (AVG, artikel 15).',
    'In dit document staat alles wat wij in ons systeem hebben bewaard. Ook de aantekeningen die alleen voor het team bedoeld waren, staan erin.',
    'Leest u iets dat niet klopt? Of wilt u dat wij iets verwijderen? Neem dan contact met ons op. Aan het eind staat hoe.',
  ],
  meta: { date: 'Datum', file: 'Dossier', about: 'Over' },
  youthMeta: { name: 'Naam', born: 'Geboren', bsn: 'BSN', municipality: 'Gemeente', lives: 'Woont' },
  withAuthority: 'met gezag',
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
  referredBy: (who, org, date) => `${who}${org && org !== who ? ` (${org})` : ''} heeft u of uw kind op ${date} bij ons aangemeld.`,
  questionReferrer: 'De vraag van de aanmelder',
  questionFamily: 'De vraag in uw eigen woorden',
  tried: 'Wat al geprobeerd is',
  status: (s) => `De stand van het dossier nu: ${s}.`,
  consentIntro: 'Hier ziet u wie toestemming heeft gegeven om de gegevens vast te leggen of om mee te praten in het overleg.',
  noConsent: 'Er is geen toestemming vastgelegd.',
  scopeReg: 'vastleggen van gegevens',
  scopeMeeting: 'bespreken in het overleg',
  consentLine: (who, on, scope, withdrawn) =>
    `${who} gaf op ${on} toestemming voor: ${scope}.${withdrawn ? ` Ingetrokken op ${withdrawn}.` : ''}`,
  legalGround: (why) => `Het team mocht de gegevens ook zonder toestemming gebruiken. De reden: ${why}`,
  internalNote: 'Deze aantekeningen waren alleen voor het team bedoeld. U mag ze lezen.',
  meetingsIntro:
    'Het team heeft over u of uw kind gepraat. Het eerste deel was met u erbij. Het tweede deel was alleen met het team. Hieronder staan de aantekeningen van beide delen.',
  meetingOn: (date) => `Overleg van ${date}`,
  guests: (names) => `Erbij waren ook: ${names}.`,
  decision: (text) => `Besluit: ${text}`,
  adviceIntro: 'Het team heeft een advies gegeven. Is het advies later veranderd? Dan ziet u hier elke versie.',
  version: (n, date, status) => `Versie ${n} van ${date} (${status})`,
  before: 'vóór',
  reason: (r) => `Waarom veranderd: ${r}`,
  actions: 'Afspraken wie wat doet',
  outcome: (text) => `Hoe het is afgelopen: ${text}`,
  lettersIntro: 'Deze brieven zijn vanuit het dossier gemaakt. U kunt een kopie vragen.',
  accessIntro: 'Elke keer dat iemand van het team het dossier opent of iets verandert, wordt dat vastgelegd. Dit is die lijst.',
  accessKind: { read: 'bekeken', change: 'vastgelegd of gewijzigd' },
  rights: [
    'Klopt er iets niet? Dan mag u vragen om het te verbeteren. Wilt u dat wij gegevens verwijderen? Dat mag u ook vragen. Wij laten u binnen een maand weten wat wij doen.',
    'Bent u het niet eens met hoe wij met uw gegevens omgaan? Dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens.',
    'Bewaar dit document goed. Het staat niet meer in ons beveiligde systeem. Iedereen die het in handen krijgt, kan het lezen.',
  ],
  contact: (who) => `Wilt u ons iets vragen, of iets laten verbeteren of verwijderen? Neem dan contact op met ${who}.`,
  statuses: {
    aangemeld: 'aangemeld',
    in_screening: 'wordt bekeken',
    wacht_op_bespreking: 'wacht op het overleg',
    besproken: 'besproken',
    advies_vastgesteld: 'advies gegeven',
    in_opvolging: 'het advies wordt uitgevoerd',
    afgesloten: 'afgesloten',
    niet_in_behandeling: 'niet in behandeling genomen',
  },
  screening: { geschikt: 'past bij het team', niet_geschikt: 'past niet bij het team', meer_informatie: 'meer informatie nodig' },
  versionStatus: { concept: 'nog niet definitief', vastgesteld: 'definitief', vervangen: 'vervangen door een nieuwere versie' },
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
  },
  relations: { moeder: 'moeder', vader: 'vader', ouder: 'ouder', voogd: 'voogd', pleegouder: 'pleegouder', anders: 'anders' },
  living: {
    thuis: 'thuis',
    pleeggezin: 'in een pleeggezin',
    gezinshuis: 'in een gezinshuis',
    kleinschalige_woonvoorziening: 'in een kleine woonvoorziening',
    residentieel: 'in een instelling',
    jeugdzorgplus: 'in een gesloten instelling (jeugdzorgplus)',
    kliniek: 'in een kliniek',
    zonder_vaste_plek: 'zonder vaste woonplek',
    anders: 'anders',
  },
};

export const EN: SubjectTexts = {
  pdfLanguage: 'en',
  title: 'What the expert team has recorded about you',
  footer: 'Personal and confidential. This document is no longer inside the team’s secure system.',
  intro: [
    'You asked which information the expert team holds about you or your child. That is your right. It is in the privacy law (GDPR, article 15).',
    'This document holds everything we have stored in our system. It also holds the notes that were meant for the team only.',
    'Do you read something that is not right? Or do you want us to delete something? Then please contact us. The end of this document tells you how.',
  ],
  meta: { date: 'Date', file: 'File', about: 'About' },
  youthMeta: { name: 'Name', born: 'Born', bsn: 'BSN', municipality: 'Municipality', lives: 'Lives' },
  withAuthority: 'with parental authority',
  h: {
    youth: 'About the young person',
    referral: 'The referral',
    consent: 'Consent',
    screening: 'The first assessment (screening)',
    meetings: 'Discussions in the team meeting',
    advice: 'The advice',
    letters: 'Letters',
    access: 'Who viewed or changed the file',
    rights: 'What can you do now?',
  },
  referredBy: (who, org, date) => `${who}${org && org !== who ? ` (${org})` : ''} referred you or your child to us on ${date}.`,
  questionReferrer: 'The question of the referrer',
  questionFamily: 'The question in your own words',
  tried: 'What has been tried already',
  status: (s) => `Where the file stands now: ${s}.`,
  consentIntro: 'Here you can see who gave consent to record the information or to take part in the team meeting.',
  noConsent: 'No consent has been recorded.',
  scopeReg: 'recording the information',
  scopeMeeting: 'discussing it in the team meeting',
  consentLine: (who, on, scope, withdrawn) =>
    `${who} gave consent on ${on} for: ${scope}.${withdrawn ? ` Withdrawn on ${withdrawn}.` : ''}`,
  legalGround: (why) => `The team was also allowed to use the information without consent. The reason: ${why}`,
  internalNote: 'These notes were meant for the team only. You may read them.',
  meetingsIntro:
    'The team talked about you or your child. You were there for the first part. The second part was with the team only. Below are the notes of both parts.',
  meetingOn: (date) => `Meeting of ${date}`,
  guests: (names) => `Also present: ${names}.`,
  decision: (text) => `Decision: ${text}`,
  adviceIntro: 'The team gave advice. Did the advice change later? Then you see every version here.',
  version: (n, date, status) => `Version ${n} of ${date} (${status})`,
  before: 'by',
  reason: (r) => `Why it changed: ${r}`,
  actions: 'Agreements on who does what',
  outcome: (text) => `How it ended: ${text}`,
  lettersIntro: 'These letters were made from the file. You can ask for a copy.',
  accessIntro: 'Each time someone in the team opens the file or changes something, this is recorded. This is that list.',
  accessKind: { read: 'viewed', change: 'recorded or changed' },
  rights: [
    'Is something not right? Then you may ask us to correct it. Do you want us to delete information? You may ask for that too. We will tell you within one month what we will do.',
    'Do you disagree with how we handle your information? Then you can make a complaint to the Dutch Data Protection Authority (Autoriteit Persoonsgegevens).',
    'Keep this document in a safe place. It is no longer in our secure system. Anyone who gets hold of it can read it.',
  ],
  contact: (who) => `Do you want to ask us something, or have something corrected or deleted? Then please contact ${who}.`,
  statuses: {
    aangemeld: 'referred',
    in_screening: 'being assessed',
    wacht_op_bespreking: 'waiting for the team meeting',
    besproken: 'discussed',
    advies_vastgesteld: 'advice given',
    in_opvolging: 'the advice is being carried out',
    afgesloten: 'closed',
    niet_in_behandeling: 'not taken on',
  },
  screening: { geschikt: 'suits the team', niet_geschikt: 'does not suit the team', meer_informatie: 'more information needed' },
  versionStatus: { concept: 'not final yet', vastgesteld: 'final', vervangen: 'replaced by a newer version' },
  noteFields: {
    hulpvraagVerhelderd: 'The question, made clearer',
    watGaatGoed: 'What is going well',
    watIsNodig: 'What is needed',
    afspraken: 'Agreements',
    analyse: 'The team’s analysis',
    overwegingen: 'The team’s considerations',
    financiering: 'About paying for the help',
    verstoringen: 'What got in the way of the help',
    signalen: 'Warning signs',
  },
  relations: { moeder: 'mother', vader: 'father', ouder: 'parent', voogd: 'guardian', pleegouder: 'foster parent', anders: 'other' },
  living: {
    thuis: 'at home',
    pleeggezin: 'with a foster family',
    gezinshuis: 'in a family home',
    kleinschalige_woonvoorziening: 'in a small residential home',
    residentieel: 'in a residential institution',
    jeugdzorgplus: 'in a secure youth care institution',
    kliniek: 'in a clinic',
    zonder_vaste_plek: 'without a fixed place to live',
    anders: 'other',
  },
};

export const SUBJECT_TEXTS: Record<LetterLang, SubjectTexts> = { nl: NL, en: EN };
