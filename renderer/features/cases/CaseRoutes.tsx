/** Placeholder: replaced by the cases feature (list, referral, case file). */
export function CaseRoutes() {
  return null;
}
