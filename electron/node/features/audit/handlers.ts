/** The NEN 7513 access log: read it and verify its hash chain. */
import { verifyAuditChain } from '../../audit/audit.js';
import { read, type HandlerGroup } from '../../dispatch/types.js';
import { listAuditEntries } from './audit-log.sql.js';

type AuditMethods = 'audit.list' | 'audit.verify';

export const auditHandlers: HandlerGroup<AuditMethods> = {
  'audit.list': read(({ db }, { limit }) => listAuditEntries(db, limit)),

  'audit.verify': read(({ db }) => verifyAuditChain(db)),
};
