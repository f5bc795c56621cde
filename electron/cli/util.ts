/**
 * Shared pieces of the admin CLI: the parsed options, the one-line Dutch
 * failure, number options, JSON output and the device name in the audit log.
 */
import { hostname } from 'node:os';
import { AppError } from '../../shared/api/errors.js';
import { formatMessage } from '../../shared/i18n/messages.js';
import type { Backend } from '../node/app.js';

/** Global and per-command options, as parsed by main.ts. */
export interface Options {
  command: string;
  /** Positional arguments after the command name. */
  args: string[];
  dataDir: string;
  user?: string;
  team?: string;
  out?: string;
  /** `restore`: the backup file; `report`: the first day of the period. */
  from?: string;
  /** `report`: the last day of the period, the file format and an optional municipality. */
  to?: string;
  format?: string;
  municipality?: string;
  cases?: string;
  seed?: string;
  /** `letter`: case code, kind, language, meeting date. */
  case?: string;
  kind?: string;
  lang?: string;
  meeting?: string;
  /** `import`: the file to import, and whether to only check it. */
  file?: string;
  dryRun?: boolean;
  force: boolean;
  json: boolean;
}

/** A failure with a ready Dutch line; exitCode 2 means wrong usage. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** Recorded as the device in the audit log. */
export const device = `${hostname()} (cli)`;

const FIELD_NAMES: Record<string, string> = {
  teamName: '--team',
  userName: '--user',
  passphrase: 'wachtzin',
  newPassphrase: 'wachtzin',
};

/** One Dutch line for any error; never a stack trace, never an unknown error's own message. */
export function describe(err: unknown): string {
  if (err instanceof CliError) return err.message;
  if (err instanceof AppError) {
    if (err.code === 'VALIDATION' && err.fields) {
      const [path, issue] = Object.entries(err.fields)[0] ?? [];
      if (path !== undefined && issue) {
        return `${FIELD_NAMES[path] ?? path}: ${formatMessage('nl', issue.key, issue.params)}`;
      }
    }
    return err.message;
  }
  const code = (err as { code?: unknown })?.code;
  const name = (err as { name?: unknown })?.name;
  // Messages of unexpected errors may quote data; report only their kind.
  return `onverwachte fout (${[name, code].filter((x) => typeof x === 'string' && x).join(', ') || typeof err})`;
}

export function exitCodeOf(err: unknown): number {
  return err instanceof CliError ? err.exitCode : 1;
}

export function intOption(name: string, raw: string | undefined, min: number, max: number): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw.trim()) || Number(raw) < min || Number(raw) > max) {
    throw new CliError(`--${name} moet een geheel getal van ${min} tot en met ${max} zijn`, 2);
  }
  return Number(raw);
}

/** TEST ONLY: a lower scrypt cost for vaults made by tests (ADVIESTAFEL_TEST_LOGN). */
export function testLogN(): number | undefined {
  const raw = process.env.ADVIESTAFEL_TEST_LOGN;
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > 22) {
    throw new CliError('ADVIESTAFEL_TEST_LOGN moet een geheel getal van 1 tot en met 22 zijn', 2);
  }
  return Number(raw);
}

/** Lines of text on stdout. */
export function print(lines: readonly string[]): void {
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** A value as indented JSON on stdout or stderr. */
export function printJson(value: unknown, to: NodeJS.WriteStream = process.stdout): void {
  to.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** One CLI command: its help text, the options it accepts and what it does. */
export interface Command {
  name: string;
  /** Help lines (the first starts with the command and its options). */
  usage: readonly string[];
  /** Option names it accepts besides --help. */
  options: readonly string[];
  /** Names of its positional arguments, in order; the last ones may be optional (run checks). */
  positionals?: readonly string[];
  run(backend: Backend, opts: Options): Promise<number>;
}
