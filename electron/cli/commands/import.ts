/**
 * `import --file FILE.csv|.xlsx [--dry-run]`: a team's earlier registration as cases, through
 * the same dispatcher methods as the beheerder's Importeren screen (import.check, import.run:
 * permission, audit, all or nothing). The dry run prints per row what would be created and every
 * problem by row and column, in the same Dutch as the screen (renderer/i18n/locales/nl/import.json).
 * A file with problems is never imported: the real run checks first and stops at the first problem.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import type { ImportCheck, ImportFormat, ImportProblem } from '../../../shared/api/import.js';
import { IMPORT_MAX_BYTES } from '../../../shared/api/import.js';
import { isoToDutch } from '../../../shared/domain/dates.js';
import importNl from '../../../renderer/i18n/locales/nl/import.json';
import casesNl from '../../../renderer/i18n/locales/nl/cases.json';
import { unlock } from '../session.js';
import { CliError, print, printJson, type Command } from '../util.js';

const nl = importNl as Record<string, string>;

/** The screen's Dutch text for a key, with its {{name}} / {{name, number}} placeholders filled in. */
export function text(key: string, params: Record<string, unknown> = {}): string {
  const template = nl[key] ?? key;
  return template.replace(/\{\{(\w+)(?:, number)?\}\}/g, (_m, name: string) => {
    const v = params[name];
    return typeof v === 'number' ? v.toLocaleString('nl-NL') : String(v ?? '');
  });
}

const plural = (key: string, count: number, params: Record<string, unknown> = {}) =>
  text(`${key}_${count === 1 ? 'one' : 'other'}`, { count, ...params });

export function problemLine(p: ImportProblem): string {
  const where = p.row === 0 ? 'bestand' : p.row === 1 ? `rij 1 (kopregel), kolom ‘${p.column}’` : `rij ${p.row}, kolom ‘${p.column}’`;
  return `${where}: ${text(`problem.${p.code}`, { ...p.params })}`;
}

export function previewLines(check: ImportCheck): string[] {
  const status = casesNl as Record<string, string>;
  return check.preview.map((p) =>
    [
      `rij ${p.row}: ${p.code}`,
      p.initials || '(geen initialen)',
      `aangemeld ${isoToDutch(p.referredOn)}`,
      p.municipality,
      status[`status.${p.status}`] ?? p.status,
      ...(p.adviceOn ? [`advies ${isoToDutch(p.adviceOn)}`] : []),
      ...(p.closedOn ? [`afgesloten ${isoToDutch(p.closedOn)}`] : []),
    ].join(', '),
  );
}

function readInput(file: string | undefined): { format: ImportFormat; data: string } {
  if (!file?.trim()) throw new CliError('geef het bestand met --file BESTAND.csv of --file BESTAND.xlsx', 2);
  const path = resolve(file);
  const ext = extname(path).toLowerCase();
  if (ext !== '.csv' && ext !== '.xlsx') throw new CliError('--file moet een .csv- of .xlsx-bestand zijn', 2);
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new CliError(`bestand ${path} bestaat niet of is niet leesbaar`);
  }
  if (size > IMPORT_MAX_BYTES) throw new CliError(text('problem.file_too_big'));
  return { format: ext.slice(1) as ImportFormat, data: readFileSync(path).toString('base64') };
}

export const importCommand: Command = {
  name: 'import',
  usage: [
    'import --file BESTAND.csv|BESTAND.xlsx [--dry-run] [--json]',
    '                              eerdere registratie importeren als casussen (beheerder); --dry-run: alleen controleren',
  ],
  options: ['data-dir', 'user', 'file', 'dry-run', 'json'],
  async run(backend, opts) {
    const input = readInput(opts.file);
    await unlock(backend, opts);
    const check = await backend.dispatcher.call('import.check', input);
    if (opts.json && (opts.dryRun || !check.ok)) printJson(check);
    else {
      print([
        plural('check.rows', check.rows),
        ...(check.ok ? [plural('check.ok', check.preview.length)] : []),
        ...(opts.dryRun && check.preview.length > 0 ? ['', `${text('check.previewTitle')}:`, ...previewLines(check)] : []),
        ...(check.problems.length > 0 ? ['', `${text('check.problemsTitle')}:`, ...check.problems.map(problemLine)] : []),
      ]);
    }
    if (!check.ok) {
      const n = check.problems.length;
      throw new CliError(`het bestand bevat ${n} ${n === 1 ? 'probleem' : 'problemen'}; er is niets geïmporteerd`);
    }
    if (opts.dryRun) return 0;
    const done = await backend.dispatcher.call('import.run', input);
    if (opts.json) printJson(done);
    else print([plural('run.done', done.created, { first: done.firstCode, last: done.lastCode })]);
    return 0;
  },
};
