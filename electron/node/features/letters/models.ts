/**
 * Gathering what a letter prints, from the database (read-only): the letterhead, the case's
 * approved advice (or a meeting's besluitenlijst), the reference and the number it gets.
 */
import { AppError } from '../../../../shared/api/errors.js';
import type { CaseLetterKind, LetterKind, LetterLang } from '../../../../shared/api/letters.js';
import { todayIso } from '../../../../shared/domain/dates.js';
import type { ReadDb } from '../../db/database.js';
import { loadAdviceFile } from '../advice/advice-file.js';
import { getCaseRow, getReferral } from '../cases/cases.sql.js';
import { getMeetingRow } from '../meetings/meetings.sql.js';
import { loadDecisions } from '../meetings/records.js';
import { getLetterhead, nextLetterNumber, type LetterheadData } from './letters.sql.js';
import { familyModel } from './pdf/family.js';
import type { LetterModel } from './pdf/render.js';

export interface Prepared {
  model: LetterModel;
  kind: LetterKind;
  lang: LetterLang;
  caseId: number | null;
  meetingId: number | null;
  number: number;
  fileName: string;
  adviceVersionId: number | null;
  adviceVersion: number | null;
}

const FILE_WORDS: Record<LetterLang, Record<LetterKind, string>> = {
  nl: { professional: 'adviesbrief', family: 'brief-gezin', besluitenlijst: 'besluitenlijst' },
  en: { professional: 'advice-letter', family: 'family-letter', besluitenlijst: 'decision-list' },
};

/** Case code (or meeting date), kind and date: never a name. */
export function letterFileName(lang: LetterLang, kind: LetterKind, owner: string, date: string): string {
  const safe = owner.replace(/[^A-Za-z0-9-]/g, '');
  return `${safe}_${FILE_WORDS[lang][kind]}_${date}.pdf`;
}

export const letterDate = (nowIso: string): string => todayIso(new Date(nowIso));

export function requireLetterhead(db: ReadDb): LetterheadData {
  const letterhead = getLetterhead(db);
  if (letterhead.teamName.trim() === '') throw new AppError('LETTERHEAD_INCOMPLETE');
  return letterhead;
}

export function prepareCaseLetter(db: ReadDb, caseId: number, kind: CaseLetterKind, lang: LetterLang, nowIso: string): Prepared {
  const row = getCaseRow(db, caseId);
  const advice = loadAdviceFile(db, caseId, nowIso).approved;
  if (!advice) throw new AppError('NO_APPROVED_ADVICE');
  const letterhead = requireLetterhead(db);
  const date = letterDate(nowIso);
  const number = nextLetterNumber(db, { caseId });
  const reference = `${row.code}/${number}`;
  const base = { lang, letterhead, reference, date };
  const referral = getReferral(db, caseId);
  const model: LetterModel =
    kind === 'professional'
      ? {
          kind,
          ...base,
          caseCode: row.code,
          referrer: { name: referral.referrer.name, organisation: referral.referrer.organisation },
          advice,
        }
      : { kind, ...familyModel(base, { code: row.code, questionFamily: referral.questionFamily }, advice) };
  return {
    model,
    kind,
    lang,
    caseId,
    meetingId: null,
    number,
    fileName: letterFileName(lang, kind, row.code, date),
    adviceVersionId: advice.id,
    adviceVersion: advice.version,
  };
}

export function prepareMeetingLetter(db: ReadDb, meetingId: number, lang: LetterLang, nowIso: string): Prepared {
  const meeting = getMeetingRow(db, meetingId);
  const letterhead = requireLetterhead(db);
  const list = loadDecisions(db, meetingId);
  const date = letterDate(nowIso);
  const number = nextLetterNumber(db, { meetingId });
  return {
    model: {
      kind: 'besluitenlijst',
      lang,
      letterhead,
      reference: `BL-${meeting.date}/${number}`,
      date,
      meetingDate: meeting.date,
      status: list.status,
      version: list.version,
      items: list.items.map((i) => ({ caseCode: i.caseCode, decision: i.decision, summary: i.summary })),
      attendance: list.attendance.map((a) => ({ name: a.name, sector: a.sector, status: a.status, replacedBy: a.replacedBy })),
    },
    kind: 'besluitenlijst',
    lang,
    caseId: null,
    meetingId,
    number,
    fileName: letterFileName(lang, 'besluitenlijst', meeting.date, date),
    adviceVersionId: null,
    adviceVersion: null,
  };
}
