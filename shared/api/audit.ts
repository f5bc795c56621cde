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
}

export interface AuditVerification {
  ok: boolean;
  entries: number;
  /** First entry whose hash does not match, when !ok. */
  brokenAt: number | null;
}

export const auditApi = {
  'audit.list': method<AuditEntry[]>()({
    input: z.object({ limit: z.number().int().min(1).max(1000).default(200) }).strict(),
    access: 'audit.read',
    audit: { action: 'audit.read' },
  }),
  'audit.verify': method<AuditVerification>()({ input: none, access: 'audit.read', audit: null }),
};
