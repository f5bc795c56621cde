/**
 * `call <method> '<json input>'`: one API method through the dispatcher, as
 * --user, exactly as the app calls it (permission check, validation, audit
 * record in the same transaction). The result goes to stdout as JSON; a
 * failure goes to stderr as the typed error `{code, params, fields}` and the
 * exit status is 1. Wrong usage (no method, input that is not JSON) is one
 * "fout: ..." line and exit status 2.
 */
import { readFileSync } from 'node:fs';
import { AppError } from '../../../shared/api/errors.js';
import { api, isMethodName } from '../../../shared/api/index.js';
import { unlock } from '../session.js';
import { CliError, printJson, type Command } from '../util.js';

function parseInput(raw: string | undefined): unknown {
  if (raw === undefined) return {};
  // '-' reads the input from stdin, so secrets in it stay out of the process list.
  const text = raw === '-' ? readFileSync(0, 'utf8') : raw;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new CliError('de invoer is geen geldige JSON (voorbeeld: \'{"caseId": 1}\')', 2);
  }
}

/** The typed error as scripts receive it. */
export function errorJson(err: AppError): { code: string; params: Record<string, unknown>; fields?: AppError['fields'] } {
  return { code: err.code, params: err.params, ...(err.fields ? { fields: err.fields } : {}) };
}

export const callCommand: Command = {
  name: 'call',
  usage: [
    "call METHODE ['JSON']          voer één API-methode uit als --user (rechten en auditlog als in de app);",
    '                              resultaat als JSON op stdout, fout als JSON {code, params, fields} op stderr',
  ],
  options: ['data-dir', 'user'],
  positionals: ['method', 'input'],
  async run(backend, opts) {
    const [method, rawInput] = opts.args;
    if (!method) throw new CliError('geef de methode, bijvoorbeeld: call cases.list \'{}\' (zie: methods)', 2);
    const input = parseInput(rawInput);
    try {
      if (!isMethodName(method)) throw new AppError('NOT_FOUND');
      // Public methods (vault.status, ...) run without a session, as in the app.
      if (api[method].access !== 'public') await unlock(backend, opts, { defaultMustBeAdmin: false });
      const res = await backend.dispatcher.dispatch(method, input);
      if (!res.ok) throw AppError.fromData(res.error);
      printJson(res.result ?? null);
      return 0;
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      printJson(errorJson(err), process.stderr);
      return 1;
    } finally {
      // Log out as the app does, so the audit log shows where the session ended.
      if (backend.vault.session) await backend.dispatcher.dispatch('session.lock', {});
    }
  },
};
