/**
 * The reports' anonymised facts of a case, kept before it is erased (issue 13, point 6), so the
 * half-year and annual reports give the same figures afterwards. The archive itself belongs to the
 * reports feature (features/reports/facts.ts, migration 0009).
 */
export { archiveCaseFacts } from '../reports/facts.js';
