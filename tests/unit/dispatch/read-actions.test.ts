/**
 * Which audit actions count as "looked at the file" (the data-subject export's access list): a
 * read-only handler or a `reads` declaration in the contract, never the action's name.
 */
import { describe, expect, it } from 'vitest';
import { api, type MethodName } from '../../../shared/api/index.js';
import type { AuditSpec } from '../../../shared/api/method.js';
import { handlers } from '../../../electron/node/features/index.js';
import { isReadAction } from '../../../electron/node/features/read-actions.js';

const specs = (Object.keys(api) as MethodName[]).flatMap((m) => {
  const audit = api[m].audit as AuditSpec | null;
  return audit ? [{ method: m, audit, readHandler: typeof handlers[m] === 'object' && 'read' in (handlers[m] as object) }] : [];
});

describe('read actions', () => {
  it('looking at a case is a read, whatever the action is called; recording or changing is not', () => {
    for (const a of ['case.read', 'case.duplicates', 'advice.read', 'letter.read', 'letter.preview', 'report.cases', 'meeting.family_view', 'subject.export']) {
      expect(isReadAction(a), a).toBe(true);
    }
    for (const a of ['case.create', 'case.update', 'case.status', 'consent.add', 'advice.draft', 'advice.approve', 'letter.record', 'meeting.current', 'retention.erase']) {
      expect(isReadAction(a), a).toBe(false);
    }
    // Unknown (an action from an older version, or none at all): not claimed to be a read.
    expect(isReadAction('case.somethingNew')).toBe(false);
  });

  it('`reads` is declared only where the handler is not read-only already, and never on an action another method uses to write', () => {
    for (const { method, audit, readHandler } of specs.filter((s) => s.audit.reads)) {
      expect(readHandler, `${method}: read-only handler, drop 'reads'`).toBe(false);
      const writers = specs.filter((s) => s.audit.action === audit.action && !s.audit.reads && !s.readHandler);
      expect(writers.map((w) => w.method), `${audit.action} is also written by`).toEqual([]);
    }
  });
});
