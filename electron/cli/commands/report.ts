/**
 * `report`: the period report as a file (reports.export through the dispatcher: permission and
 * audit record as in the app). Always the public report: small counts suppressed, no names or
 * codes. Never overwrites a file; the file is plain, outside the encrypted vault.
 */
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { EXPORT_FORMATS, REPORT_LANGS, type ExportFormat, type ReportLang } from '../../../shared/api/reports.js';
import { isIsoDate } from '../../../shared/domain/dates.js';
import { unlock } from '../session.js';
import { CliError, print, type Command } from '../util.js';

export const reportCommand: Command = {
  name: 'report',
  usage: [
    'report --from JJJJ-MM-DD --to JJJJ-MM-DD --format pdf|csv|xlsx --out BESTAND [--municipality GEMEENTE] [--lang nl|en]',
    '                                 rapportage over de periode (kleine aantallen verborgen); overschrijft nooit een bestand',
  ],
  options: ['data-dir', 'user', 'out', 'from', 'to', 'format', 'municipality', 'lang'],
  async run(backend, opts) {
    const { from, to } = opts;
    if (!from || !isIsoDate(from)) throw new CliError('--from verwacht een datum als JJJJ-MM-DD', 2);
    if (!to || !isIsoDate(to)) throw new CliError('--to verwacht een datum als JJJJ-MM-DD', 2);
    if (to < from) throw new CliError('--to ligt vóór --from', 2);
    const format = opts.format as ExportFormat;
    if (!EXPORT_FORMATS.includes(format)) throw new CliError('--format moet pdf, csv of xlsx zijn', 2);
    const lang = (opts.lang ?? 'nl') as ReportLang;
    if (!REPORT_LANGS.includes(lang)) throw new CliError('--lang moet nl of en zijn', 2);
    if (!opts.out?.trim()) throw new CliError(`geef het doelbestand met --out BESTAND.${format}`, 2);
    const target = resolve(opts.out);
    if (existsSync(target)) throw new CliError(`${target} bestaat al; kies een nieuwe bestandsnaam`);
    if (!existsSync(dirname(target)) || !statSync(dirname(target)).isDirectory()) throw new CliError(`de map ${dirname(target)} bestaat niet`);

    await unlock(backend, opts);
    const out = await backend.dispatcher.call('reports.export', { from, to, municipality: opts.municipality ?? '', format, lang });
    writeFileSync(target, Buffer.from(out.base64, 'base64'), { flag: 'wx', mode: 0o600 });
    print([
      `Rapportage geschreven: ${target} (${out.bytes.toLocaleString('nl-NL')} bytes).`,
      'Kleine aantallen zijn verborgen ("<5", "x"); het bestand bevat geen namen of casuscodes.',
      'Het bestand staat onversleuteld buiten de kluis.',
    ]);
    return 0;
  },
};
