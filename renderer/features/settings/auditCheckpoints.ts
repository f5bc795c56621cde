/**
 * The signed checkpoints of an audit verification as lines for the audit tab:
 * how many there are and verify, then precisely what does not match (the first
 * changed entry, entries removed at the end, each checkpoint that fails).
 * Pure, so the wording is tested without a browser (tests/unit/ui).
 */
import type { AuditVerification } from '../../../shared/api/index';

export interface CheckpointLine {
  /** Key in the 'settings' namespace. */
  key: string;
  params: Record<string, string | number>;
  problem: boolean;
}

export function checkpointLines(r: AuditVerification, userName: (id: number) => string, when: (iso: string) => string): CheckpointLine[] {
  const lines: CheckpointLine[] = [];
  const { total, valid, lastAt } = r.checkpoints;
  if (total === 0) lines.push({ key: 'audit.cp.none', params: {}, problem: false });
  else lines.push({ key: 'audit.cp.summary', params: { valid, total, lastAt: lastAt ? when(lastAt) : '–' }, problem: valid < total });
  if (r.firstChanged) lines.push({ key: 'audit.cp.firstChanged', params: { position: r.firstChanged.position }, problem: true });
  if (r.removedTail) {
    const { expected, found } = r.removedTail;
    lines.push({ key: 'audit.cp.removedTail', params: { expected, found, missing: expected - found }, problem: true });
  }
  for (const p of r.problems) {
    lines.push({ key: `audit.cp.problem.${p.kind}`, params: { user: userName(p.userId), at: when(p.at), count: p.count }, problem: true });
  }
  return lines;
}
