/**
 * Which audit actions only look: those whose every method has a read-only handler (`read()`,
 * dispatch/types.ts: the dispatcher gives it nothing that can write) or declares `reads` in its
 * audit spec (it shows data and keeps a file or a cache, changing none of it). Derived from the
 * handlers and the contract, never from an action's name: a new method is a change until its
 * handler is read-only or it says so. Used where a person is shown who looked at their file and
 * who changed it (the data-subject export).
 */
import { api, type MethodName } from '../../../shared/api/index.js';
import type { AuditSpec } from '../../../shared/api/method.js';
import { handlers } from './index.js';

let reads: Set<string> | null = null;

/** Read lazily: this module and the handler map import each other through the features. */
export function isReadAction(action: string): boolean {
  if (!reads) {
    const onlyReads = new Map<string, boolean>();
    for (const method of Object.keys(api) as MethodName[]) {
      const audit = api[method].audit as AuditSpec | null;
      if (!audit) continue;
      const handler = handlers[method] as unknown;
      const isRead = audit.reads === true || (typeof handler === 'object' && handler !== null && 'read' in handler);
      onlyReads.set(audit.action, (onlyReads.get(audit.action) ?? true) && isRead);
    }
    reads = new Set([...onlyReads].filter(([, r]) => r).map(([a]) => a));
  }
  return reads.has(action);
}
