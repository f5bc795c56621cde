/** The NEN 7513 access log: read it and verify its hash chain. */
import { read, type HandlerGroup } from '../../dispatch/types.js';
import { listAuditEntries, listAuditGrouped } from './audit-log.sql.js';

type AuditMethods = 'audit.list' | 'audit.verify';

export const auditHandlers: HandlerGroup<AuditMethods> = {
  'audit.list': read(({ db }, { limit, group }) => (group ? listAuditGrouped(db, limit) : listAuditEntries(db, limit))),

  // The hash chain plus every signed checkpoint (database and keyring mirror).
  'audit.verify': read(({ vault }) => vault.verifyAudit()),
};
