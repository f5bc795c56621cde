/**
 * Which cases a session has already been shown on a meeting's family view (the chair's deel 1
 * screen and the presentation screen): the presentation refreshes at every meeting change, and
 * only the first time a case appears there in a session is a read worth an audit record. Kept in
 * memory per session (a lock ends the session, so the next unlock audits afresh); 'agenda' (the
 * case code on the agenda) and 'family' (the case's family-safe content) count separately.
 */
const shown = new WeakMap<object, Set<string>>();

/** The cases in caseIds not yet shown in this session for this meeting and scope; marks them shown. */
export function firstShown(session: object, meetingId: number, scope: 'agenda' | 'family', caseIds: readonly number[]): number[] {
  let seen = shown.get(session);
  if (!seen) shown.set(session, (seen = new Set()));
  const fresh: number[] = [];
  for (const caseId of caseIds) {
    const key = `${meetingId}:${scope}:${caseId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    fresh.push(caseId);
  }
  return fresh;
}
