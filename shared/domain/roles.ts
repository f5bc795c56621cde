/** App roles (DOMAIN.md) and what each may do. The dispatcher enforces this table. */
export const ROLES = ['voorzitter', 'screener', 'notulist', 'teamlid', 'beheerder'] as const;
export type Role = (typeof ROLES)[number];

const TEAM: Role[] = ['voorzitter', 'screener', 'notulist', 'teamlid'];

/** Permission -> roles that hold it. Order matters: the first matching role is logged as the acting role. */
export const PERMISSIONS = {
  'case.read': TEAM,
  'case.create': ['voorzitter', 'screener'],
  'case.edit': ['voorzitter', 'screener'],
  'case.status': ['voorzitter', 'screener'],
  'case.legalGround': ['voorzitter'],
  'consent.write': ['voorzitter', 'screener'],
  'screening.write': ['screener', 'voorzitter'],
  // Meetings: the voorzitter plans and runs, the screener prepares agendas, the notulist writes notes.
  'meeting.read': TEAM,
  'meeting.plan': ['voorzitter'],
  'meeting.prepare': ['voorzitter', 'screener'],
  'meeting.run': ['voorzitter'],
  'meeting.attendance': ['voorzitter', 'notulist'],
  'meeting.notes': ['notulist', 'voorzitter'],
  'meeting.conflict': TEAM,
  'meeting.decide': ['voorzitter', 'notulist'],
  'meeting.establish': ['voorzitter'],
  // Advice: the notulist drafts, the voorzitter approves (step-up, also in the notulist's session) and
  // corrects; team members record responses, actions, reviews and feedback; the screener reads.
  'advice.read': TEAM,
  'advice.draft': ['notulist', 'voorzitter'],
  'advice.approve': ['voorzitter', 'notulist'],
  'advice.correct': ['voorzitter'],
  'advice.follow': ['teamlid', 'voorzitter', 'notulist'],
  // Reports: the suppressed report for every user (it identifies no child); exact counts, the
  // drill-down to cases and the signalen text for team members; the voorzitter marks signalen and
  // writes the summary.
  'report.read': ['voorzitter', 'screener', 'notulist', 'teamlid', 'beheerder'],
  'report.internal': TEAM,
  'report.edit': ['voorzitter'],
  'users.manage': ['beheerder'],
  'settings.manage': ['beheerder'],
  'taxonomy.manage': ['beheerder'],
  'audit.read': ['beheerder'],
  // Retention (issue 13): the beheerder sets the policy (settings.manage); the voorzitter erases and exports.
  'retention.erase': ['voorzitter'],
  'subject.export': ['voorzitter'],
  // Importing a team's existing registrations (spreadsheets) as cases.
  'import.run': ['beheerder'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** The role under which a user acts for a permission, or null when none of their roles holds it. */
export function actingRole(roles: readonly Role[], permission: Permission): Role | null {
  const allowed = PERMISSIONS[permission] as readonly Role[];
  return allowed.find((r) => roles.includes(r)) ?? null;
}

export function can(roles: readonly Role[] | undefined, permission: Permission): boolean {
  return !!roles && actingRole(roles, permission) !== null;
}
