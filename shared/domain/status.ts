/** Case statuses and the transitions the backend allows. */
export const CASE_STATUSES = [
  'aangemeld',
  'in_screening',
  'wacht_op_bespreking',
  'besproken',
  'advies_vastgesteld',
  'in_opvolging',
  'afgesloten',
  'niet_in_behandeling',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const TRANSITIONS: Record<CaseStatus, readonly CaseStatus[]> = {
  aangemeld: ['in_screening', 'niet_in_behandeling'],
  in_screening: ['wacht_op_bespreking', 'niet_in_behandeling', 'aangemeld'],
  wacht_op_bespreking: ['besproken', 'in_screening'],
  besproken: ['advies_vastgesteld', 'wacht_op_bespreking', 'afgesloten'],
  // Back to the waiting list when the review decides to discuss the case again (advice.recordReview).
  advies_vastgesteld: ['in_opvolging', 'afgesloten', 'wacht_op_bespreking'],
  in_opvolging: ['afgesloten', 'wacht_op_bespreking'],
  afgesloten: [],
  niet_in_behandeling: ['aangemeld'],
};

export function canTransition(from: CaseStatus, to: CaseStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Statuses still in the team's hands (not closed, not declined). */
export const OPEN_STATUSES: readonly CaseStatus[] = CASE_STATUSES.filter(
  (s) => s !== 'afgesloten' && s !== 'niet_in_behandeling',
);
