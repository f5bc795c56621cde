/** Fictional advice vocabulary for demo data: item texts per category, parties, reasons. All invented. */
import type { AddresseeKind, AdviceCategory } from '../../../../shared/domain/advice.js';

export const ITEM_TEXTS: Record<AdviceCategory, readonly string[]> = {
  passende_zorg: [
    'Start een traumagerichte behandeling die aansluit bij het LVB-niveau van de jeugdige.',
    'Zoek een kleinschalige woonvoorziening met vaste begeleiders en een voorspelbaar dagritme.',
    'Bied intensieve ambulante gezinsbehandeling aan, minstens drie keer per week.',
    'Zet een gezinshuis in binnen de regio, zodat school en netwerk behouden blijven.',
  ],
  volgorde_hulp: [
    'Eerst stabilisatie thuis, daarna pas diagnostiek naar autisme.',
    'Eerst de verslavingsbehandeling van de ouder, parallel gezinsbegeleiding.',
    'Begin met een gedeeld plan van alle betrokken aanbieders vóór een nieuwe behandeling start.',
  ],
  snelheid_urgentie: [
    'Start binnen vier weken; de thuissituatie houdt niet langer stand.',
    'Plaats met voorrang: de huidige plek stopt over zes weken.',
  ],
  route: [
    'Meld de jeugdige aan bij het bovenregionaal expertisenetwerk voor een consult.',
    'Vraag een Wlz-indicatie aan via het CIZ, met ondersteuning van de verwijzer.',
    'Leg de vraag voor aan het zorgkantoor voor maatwerk in de Wlz.',
  ],
  overbrugging_wachttijd: [
    'Zet tot de start logeeropvang in twee weekenden per maand in.',
    'Bied tot de plaatsing ambulante begeleiding thuis en een vast aanspreekpunt.',
    'Regel dagbesteding op een zorgboerderij zolang de behandeling nog niet start.',
  ],
  aanvullende_vervolgzorg: [
    'Zorg voor begeleiding bij de overgang naar 18+ (wonen, inkomen, dagbesteding).',
    'Bied ouders na de behandeling ondersteuning bij de opvoeding thuis.',
  ],
  perspectief_lange_termijn: [
    'Werk toe naar een vaste woonplek met begeleiding tot minstens 21 jaar.',
    'Houd het perspectief op terugkeer naar huis open; evalueer na een half jaar.',
  ],
  financieringsroute: [
    'Financier de combinatie uit Jeugdwet en Wlz; gemeente en zorgkantoor maken een verdeelafspraak.',
    'Zet een maatwerkbudget in vanuit de gemeente voor de eerste zes maanden.',
    'Gedeelde financiering door twee aanbieders, met de gemeente als regisseur.',
  ],
  overig: ['Betrek de school bij het plan en maak afspraken over een aangepast rooster.', 'Deel het advies met de huisarts.'],
};

export const PARTIES: readonly (readonly [AddresseeKind, readonly string[]])[] = [
  ['zorgaanbieder', ['Zorggroep De Linde', 'Jeugdhulp Veenhoven', 'Stichting Het Anker', 'GGZ Lindewaard', 'Zorgboerderij De Hoeve']],
  ['gemeente', ['Gemeente Lindewaard', 'Gemeente Veenhoven', 'Gemeente Zuiderdam']],
  ['verwijzer', ['']],
  ['gi', ['Gecertificeerde instelling Regio Noord']],
  ['school', ['Praktijkschool De Brug', 'VSO De Horizon']],
  ['zorgkantoor', ['Zorgkantoor Lindewaard']],
  ['lokale_toegang', ['Wijkteam Centrum', 'Sociaal team Oost']],
];

export const REFUSALS = [
  'Geen plek beschikbaar binnen de termijn.',
  'Past niet bij de doelgroep van de aanbieder.',
  'Geen budget in dit kalenderjaar.',
  'Aanbieder acht de zorgvraag te complex.',
];

export const CHANGES = [
  'Start later dan geadviseerd, na de zomervakantie.',
  'Twee keer per week in plaats van drie, aangevuld met telefonische bereikbaarheid.',
  'Andere locatie binnen dezelfde organisatie.',
];

export const ESCALATED_WHOM = ['Wethouder jeugd', 'Bovenregionaal expertteam', 'Beleidsadviseur jeugd', 'Regiocoördinator'];

export const ACTIONS = [
  'Bel de aanbieder over de startdatum.',
  'Stuur het advies naar de gemeente met het verzoek om een reactie.',
  'Plan een gezamenlijk overleg met alle betrokken aanbieders.',
  'Vraag de Wlz-indicatie aan.',
  'Koppel de stand van zaken terug aan de verwijzer.',
  'Zoek een overbruggingsplek voor de weekenden.',
];

export const ACTION_OWNERS = ['Verwijzer wijkteam', 'Casusregisseur gemeente', 'Jeugdconsulent', 'Gedragswetenschapper aanbieder'];

export const FEEDBACK_TEXTS = [
  'Het advies gaf richting en de partijen kwamen eindelijk om tafel.',
  'Nuttig, maar de uitvoering liep vast op de wachtlijst.',
  'Wij voelden ons gehoord; het plan is duidelijk.',
  'Het advies was te algemeen om mee verder te kunnen.',
];

export const QUESTION_SUMMARIES = [
  'Welke passende plek met behandeling is er voor deze jeugdige, nu de huidige plek stopt?',
  'Hoe kan de hulp thuis zo worden ingericht dat uithuisplaatsing wordt voorkomen?',
  'Welke route en financiering zijn er voor zorg over de grens van 18 jaar?',
  'Wie neemt de regie nu meerdere aanbieders betrokken zijn zonder gedeeld plan?',
];

export const ANALYSES = [
  'Stapeling van problematiek; eerdere hulp sloot niet aan bij het niveau van de jeugdige.',
  'De vraag is helder, maar het aanbod ontbreekt in de regio; wachtlijsten van maanden.',
  'Veel betrokken partijen zonder gedeeld plan; niemand voelt zich eigenaar.',
];
