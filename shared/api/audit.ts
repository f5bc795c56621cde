/** The NEN 7513 access log: read it and verify its hash chain. */
import { z } from '../zod.js';
import { method, none } from './method.js';

export interface AuditEntry {
  id: number;
  at: string;
  userName: string;
  role: string;
  action: string;
  caseCode: string | null;
  outcome: string;
  device: string;
  /**
   * With `group`: consecutive case-list views (one per search keystroke) by the same
   * user on the same device are one row; `count` says how many, from `firstAt` to `at`.
   * Absent for a single entry. The log itself keeps every entry.
   */
  count?: number;
  firstAt?: string;
}

export type CheckpointProblemKind = 'bad_signature' | 'unknown_key' | 'mismatch' | 'missing_in_database';

export interface AuditVerification {
  ok: boolean;
  entries: number;
  /** First entry whose hash does not match, when !ok. */
  brokenAt: number | null;
  /** First entry (1-based position in the log, and its id) that differs from what a signed checkpoint recorded. */
  firstChanged: { position: number; id: number | null } | null;
  /** Entries removed at the end: a signed checkpoint counted `expected`, the log holds `found`. */
  removedTail: { expected: number; found: number } | null;
  /** Signed checkpoints found (database and keyring mirror) and how many verified. */
  checkpoints: { total: number; valid: number; lastAt: string | null };
  /** Checkpoints that do not verify, do not match the log, or are missing from the database. */
  problems: { kind: CheckpointProblemKind; count: number; at: string; userId: number }[];
}

export const auditApi = {
  'audit.list': method<AuditEntry[]>()({
    input: z
      .object({
        limit: z.number().int().min(1).max(1000).default(200),
        /** Group consecutive case-list views (the limit then counts rows as shown). */
        group: z.boolean().default(false),
      })
      .strict(),
    access: 'audit.read',
    audit: { action: 'audit.read' },
  }),
  'audit.verify': method<AuditVerification>()({ input: none, access: 'audit.read', audit: null }),
};
