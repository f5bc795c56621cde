/** `methods`: every API method with the permission it needs and the audit action it records. */
import { api, METHOD_NAMES } from '../../../shared/api/index.js';
import { print, printJson, type Command } from '../util.js';

export interface MethodRow {
  method: string;
  /** 'public' (no unlock needed), 'session' (any unlocked user) or a permission such as 'case.read'. */
  access: string;
  audited: boolean;
  /** The audit action recorded, or null when the method is not audited. */
  auditAction: string | null;
}

export function methodRows(): MethodRow[] {
  return [...METHOD_NAMES].sort().map((name) => {
    const def = api[name];
    return { method: name, access: def.access, audited: def.audit !== null, auditAction: def.audit?.action ?? null };
  });
}

export const methodsCommand: Command = {
  name: 'methods',
  usage: ['methods [--json]              alle API-methoden met hun recht en of (en als wat) ze gelogd worden'],
  options: ['json'],
  run(_backend, opts) {
    const rows = methodRows();
    if (opts.json) {
      printJson(rows);
      return Promise.resolve(0);
    }
    const table = [
      ['methode', 'recht', 'audit'],
      ...rows.map((r) => [r.method, r.access, r.auditAction ? `ja (${r.auditAction})` : 'nee']),
    ];
    const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
    print(table.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd()));
    return Promise.resolve(0);
  },
};
