/**
 * Advice, mandate and follow-up (DOMAIN.md steps 4-7): the fixed code lists and
 * the rules that run anywhere (overdue, review date, who committed). Labels live
 * in the renderer's translations (advice.json), keyed by these codes.
 */
import { addDays } from './meetings.js';

/** Advice item categories (DOMAIN.md step 4). */
export const ADVICE_CATEGORIES = [
  'passende_zorg',
  'volgorde_hulp',
  'snelheid_urgentie',
  'route',
  'overbrugging_wachttijd',
  'aanvullende_vervolgzorg',
  'perspectief_lange_termijn',
  'financieringsroute',
  'overig',
] as const;
export type AdviceCategory = (typeof ADVICE_CATEGORIES)[number];

/** Only for items of category 'financieringsroute'. */
export const FINANCING_ROUTES = ['jeugdwet', 'wlz', 'zvw', 'wmo', 'onderwijs', 'maatwerk', 'gedeelde_financiering'] as const;
export type FinancingRoute = (typeof FINANCING_ROUTES)[number];

/** Categories never shown to the family (letters, shared screens): finance is deel 2 business. */
export const INTERNAL_ADVICE_CATEGORIES: readonly AdviceCategory[] = ['financieringsroute'];

/** Wat het team deed (multi). */
export const TEAM_ACTIVITIES = [
  'consultatie',
  'advies',
  'partijen_bij_elkaar',
  'bemiddeling',
  'procesregie',
  'maatwerk_organiseren',
  'doorgeleiding',
  'teruggelegd_lokale_toegang',
] as const;
export type TeamActivity = (typeof TEAM_ACTIVITIES)[number];

/** The party an advice item is addressed to (plus a free name, e.g. the provider's name). */
export const ADDRESSEE_KINDS = [
  'verwijzer',
  'zorgaanbieder',
  'gemeente',
  'gi',
  'school',
  'lokale_toegang',
  'zorgkantoor',
  'huisarts',
  'ouders_jeugdige',
  'anders',
] as const;
export type AddresseeKind = (typeof ADDRESSEE_KINDS)[number];

/** Who holds process direction after the meeting. */
export const DIRECTOR_KINDS = ['verwijzer', 'teamlid', 'andere_professional'] as const;
export type DirectorKind = (typeof DIRECTOR_KINDS)[number];

/** The advice's weight (mandaat). */
export const ADVICE_WEIGHTS = ['advies', 'zwaarwegend', 'bindend'] as const;
export type AdviceWeight = (typeof ADVICE_WEIGHTS)[number];

/** A version: concept (editable), vastgesteld (approved, locked, current), vervangen (superseded by a correction). */
export const VERSION_STATUSES = ['concept', 'vastgesteld', 'vervangen'] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];

/** The addressed party's response to one advice item. */
export const RESPONSE_STATES = ['geen_reactie', 'akkoord', 'akkoord_met_wijzigingen', 'geweigerd', 'geescaleerd'] as const;
export type ResponseState = (typeof RESPONSE_STATES)[number];

export const ESCALATION_TARGETS = ['bovenregionaal_netwerk', 'gemeente_doorzettingsmacht'] as const;
export type EscalationTarget = (typeof ESCALATION_TARGETS)[number];

/** Actions (procesregie). */
export const ACTION_STATUSES = ['open', 'gedaan', 'vervallen'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Evaluation: per advice item. */
export const ITEM_RESULTS = ['uitgevoerd', 'deels', 'niet'] as const;
export type ItemResult = (typeof ITEM_RESULTS)[number];

export const FEEDBACK_SOURCES = ['verwijzer', 'gezin'] as const;
export type FeedbackSource = (typeof FEEDBACK_SOURCES)[number];

export const REVIEW_DECISIONS = ['afsluiten', 'opnieuw_bespreken', 'escaleren'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** Closing: was a fitting place reached? */
export const FITTING_PLACE = ['ja', 'deels', 'nee'] as const;
export type FittingPlace = (typeof FITTING_PLACE)[number];

/** Meest bepalende knelpunt (single choice, closed cases only). Editable later; codes are stable. */
export const KNELPUNTEN = [
  'gevraagd_aanbod_ontbreekt',
  'visieverschil',
  'financiering',
  'samenwerking',
  'wet_regelgeving',
  'anders',
] as const;
export type Knelpunt = (typeof KNELPUNTEN)[number];

/** Achterliggend knelpunt: only under 'gevraagd_aanbod_ontbreekt' (wachtlijst is never a top-level knelpunt). */
export const ACHTERLIGGENDE_KNELPUNTEN = ['wachtlijst', 'terughoudendheid_zorgaanbieder', 'aanbod_bestaat_niet'] as const;
export type AchterliggendKnelpunt = (typeof ACHTERLIGGENDE_KNELPUNTEN)[number];
export const KNELPUNT_WITH_SUB: Knelpunt = 'gevraagd_aanbod_ontbreekt';

/** Case timeline (case_events.kind) entries written by the advice feature. */
export const ADVICE_EVENT_KINDS = [
  'advies_concept',
  'advies_vastgesteld',
  'advies_correctie',
  'reactie',
  'actie',
  'evaluatie',
  'terugkoppeling',
  'opnieuw_bespreken',
  'escalatie',
  'afgesloten_met_uitkomst',
] as const;

/** Default review: 8 weeks after approval. */
export const REVIEW_WEEKS = 8;
/** The follow-up overview lists reviews due within this many days. */
export const REVIEW_HORIZON_DAYS = 14;

export function defaultReviewDate(approvedOn: string): string {
  return addDays(approvedOn.slice(0, 10), REVIEW_WEEKS * 7);
}

/** A deadline is overdue when today is past it and the party has not responded. */
export function isResponseOverdue(deadline: string, state: ResponseState, today: string): boolean {
  return deadline !== '' && state === 'geen_reactie' && today > deadline;
}

/** An action is overdue when today is past its date and it is still open. */
export function isActionOverdue(due: string, status: ActionStatus, today: string): boolean {
  return due !== '' && status === 'open' && today > due;
}

export function isReviewDue(reviewDate: string, today: string): boolean {
  return reviewDate !== '' && reviewDate <= addDays(today, REVIEW_HORIZON_DAYS);
}

/** Committed = accepted (with or without changes); not committed = refused; open = no response or escalated. */
export type Commitment = 'toegezegd' | 'geweigerd' | 'open';
export function commitmentOf(state: ResponseState): Commitment {
  if (state === 'akkoord' || state === 'akkoord_met_wijzigingen') return 'toegezegd';
  if (state === 'geweigerd') return 'geweigerd';
  return 'open';
}

/** Party identity for the "who committed" summary: kind + name, case and spacing insensitive. */
export function partyKey(kind: string, name: string): string {
  return `${kind}:${name.trim().replace(/\s+/g, ' ').toLowerCase()}`;
}
