/**
 * `letter`: render a letter and record it like the app does (letters.record / letters.recordMeeting,
 * through the dispatcher: permission, audit record, exact bytes + SHA-256 in the vault), then
 * write the PDF to --out. That file is plain, outside the encrypted vault: the user's explicit act.
 */
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CASE_LETTER_KINDS, LETTER_LANGS, type CaseLetterKind, type LetterLang } from '../../../shared/api/letters.js';
import { isIsoDate } from '../../../shared/domain/dates.js';
import { unlock } from '../session.js';
import { CliError, print, type Command } from '../util.js';

export const letterCommand: Command = {
  name: 'letter',
  usage: [
    'letter --case CODE --kind professional|family [--lang nl|en] --out BESTAND.pdf',
    '                                 brief uit het vastgestelde advies van de casus; wordt vastgelegd in de kluis',
    'letter --meeting JJJJ-MM-DD --kind besluitenlijst [--lang nl|en] --out BESTAND.pdf',
    '                                 besluitenlijst van het overleg van die dag; wordt vastgelegd in de kluis',
  ],
  options: ['data-dir', 'user', 'out', 'case', 'kind', 'lang', 'meeting'],
  async run(backend, opts) {
    const lang = (opts.lang ?? 'nl') as LetterLang;
    if (!LETTER_LANGS.includes(lang)) throw new CliError('--lang moet nl of en zijn', 2);
    if (!opts.out?.trim()) throw new CliError('geef het doelbestand met --out BESTAND.pdf', 2);
    const target = resolve(opts.out);
    if (existsSync(target)) throw new CliError(`${target} bestaat al; kies een nieuwe bestandsnaam`);
    if (!existsSync(dirname(target)) || !statSync(dirname(target)).isDirectory()) throw new CliError(`de map ${dirname(target)} bestaat niet`);
    const byMeeting = opts.meeting !== undefined;
    if (byMeeting === (opts.case !== undefined)) throw new CliError('geef --case CODE of --meeting JJJJ-MM-DD', 2);
    if (byMeeting && opts.kind !== 'besluitenlijst') throw new CliError('bij --meeting hoort --kind besluitenlijst', 2);
    if (!byMeeting && !CASE_LETTER_KINDS.includes(opts.kind as CaseLetterKind)) {
      throw new CliError('bij --case hoort --kind professional of --kind family', 2);
    }
    if (byMeeting && !isIsoDate(opts.meeting!)) throw new CliError('--meeting verwacht een datum als JJJJ-MM-DD', 2);

    await unlock(backend, opts);
    const db = backend.vault.requireSession().db;
    let info;
    if (byMeeting) {
      const meetingId = db
        .prepare(`SELECT id FROM meetings WHERE date = ? AND status <> 'geannuleerd' ORDER BY start_time, id LIMIT 1`)
        .pluck()
        .get(opts.meeting) as number | undefined;
      if (meetingId === undefined) throw new CliError(`geen overleg op ${opts.meeting}`);
      info = await backend.dispatcher.call('letters.recordMeeting', { meetingId, lang });
    } else {
      const caseId = db.prepare('SELECT id FROM cases WHERE code = ?').pluck().get(opts.case!.trim()) as number | undefined;
      if (caseId === undefined) throw new CliError(`geen casus met code ${opts.case}`);
      const advice = await backend.dispatcher.call('advice.get', { caseId });
      if (!advice.approved) throw new CliError('deze casus heeft nog geen vastgesteld advies');
      info = await backend.dispatcher.call('letters.record', {
        caseId,
        kind: opts.kind as CaseLetterKind,
        lang,
        adviceVersion: advice.approved.version,
      });
    }
    const stored = await backend.dispatcher.call('letters.get', { letterId: info.id });
    writeFileSync(target, Buffer.from(stored.pdfBase64, 'base64'), { flag: 'wx', mode: 0o600 });
    print([
      `Brief vastgelegd: ${info.title}, nummer ${info.number}, ${info.pages} pagina('s), SHA-256 ${info.sha256}.`,
      `PDF geschreven: ${target}`,
      'Let op: dit bestand staat onversleuteld buiten de kluis. Bewaar en verstuur het zorgvuldig.',
    ]);
    return 0;
  },
};
