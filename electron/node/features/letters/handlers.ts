/**
 * Letters (shared/api/letters.ts). Rendering is async, so previews and recordings are prepared
 * handlers: the data are read and the PDF rendered first (in this backend worker, in memory),
 * then `run` stores it in the dispatcher's transaction, after checking that what was rendered
 * is still current (the approved advice version and the letter number).
 */
import { createHash } from 'node:crypto';
import { AppError } from '../../../../shared/api/errors.js';
import type { LetterPreview, LogoType } from '../../../../shared/api/letters.js';
import { LOGO_MAX_BYTES } from '../../../../shared/api/letters.js';
import { read, type HandlerGroup, type PreparedHandler } from '../../dispatch/types.js';
import type { Ctx } from '../../dispatch/types.js';
import {
  getLetterInfo,
  getLetterhead,
  getStoredLetter,
  insertLetter,
  insertSend,
  listCaseLetters,
  listMeetingLetters,
  nextLetterNumber,
  saveLetterheadFields,
  saveLogo,
  toLetterhead,
} from './letters.sql.js';
import { letterDate, prepareCaseLetter, prepareMeetingLetter, type Prepared } from './models.js';
import { sniffLogo } from './pdf/logo.js';
import { renderLetter, type RenderedLetter } from './pdf/render.js';

type LetterMethods =
  | 'letters.letterhead'
  | 'letters.saveLetterhead'
  | 'letters.setLogo'
  | 'letters.previewLetterhead'
  | 'letters.preview'
  | 'letters.record'
  | 'letters.list'
  | 'letters.previewMeeting'
  | 'letters.recordMeeting'
  | 'letters.listMeeting'
  | 'letters.get'
  | 'letters.recordSent';

const logoIssue = (key: string) => new AppError('VALIDATION', {}, { logo: { key, params: {} } });

/** A logo upload: base64 of a PNG or SVG file (by its bytes) of at most 2 MB. */
export function decodeLogo(base64: string): { type: LogoType; data: Buffer } {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64.replace(/\s/g, ''))) throw logoIssue('v.logo_not_image');
  const data = Buffer.from(base64, 'base64');
  if (data.length > LOGO_MAX_BYTES) throw logoIssue('v.logo_too_big');
  const type = sniffLogo(data);
  if (!type) throw logoIssue('v.logo_not_image');
  return { type, data };
}

const toPreview = (p: Prepared, r: RenderedLetter): LetterPreview => ({
  pdfBase64: r.pdf.toString('base64'),
  pages: r.pages,
  sha256: r.sha256,
  title: r.title,
  fileName: p.fileName,
  adviceVersion: p.adviceVersion,
  number: p.number,
});

interface Rendered {
  prepared: Prepared;
  rendered: RenderedLetter;
}

/**
 * The last letter each session rendered, by its model's hash: the same model gives the same bytes,
 * so "Vastleggen" right after the preview stores the previewed PDF without rendering it again.
 * Held per session object only, so it goes with the session at a lock.
 */
const lastRendered = new WeakMap<object, { key: string; rendered: RenderedLetter }>();

function modelKey(model: Prepared['model']): string {
  const json = JSON.stringify(model, function (this: Record<string, unknown>, k: string, v: unknown) {
    const raw = this[k];
    return raw instanceof Uint8Array ? `sha256:${createHash('sha256').update(raw).digest('hex')}` : v;
  });
  return createHash('sha256').update(json).digest('hex');
}

async function renderPrepared(ctx: Pick<Ctx, 'session'>, prepared: Prepared): Promise<Rendered> {
  const key = modelKey(prepared.model);
  const hit = lastRendered.get(ctx.session);
  if (hit?.key === key) return { prepared, rendered: hit.rendered };
  const rendered = await renderLetter(prepared.model);
  lastRendered.set(ctx.session, { key, rendered });
  return { prepared, rendered };
}

/** Store what was rendered, if it is still what the database says now. */
function store(ctx: Ctx, { prepared: p, rendered: r }: Rendered, recheck: Prepared) {
  if (recheck.adviceVersionId !== p.adviceVersionId || recheck.number !== p.number) throw new AppError('CONFLICT');
  const id = insertLetter(
    ctx.db,
    {
      kind: p.kind,
      lang: p.lang,
      caseId: p.caseId,
      meetingId: p.meetingId,
      number: p.number,
      title: r.title,
      fileName: p.fileName,
      adviceVersionId: p.adviceVersionId,
      adviceVersion: p.adviceVersion,
      pdf: r.pdf,
      sha256: r.sha256,
      pages: r.pages,
    },
    ctx.session.user.id,
    ctx.now,
  );
  return getLetterInfo(ctx.db, id)!;
}

const preview: PreparedHandler<'letters.preview', Rendered> = {
  prepare: (ctx, i) => renderPrepared(ctx, prepareCaseLetter(ctx.db, i.caseId, i.kind, i.lang, ctx.now)),
  run: (_ctx, _i, r) => toPreview(r.prepared, r.rendered),
};

const record: PreparedHandler<'letters.record', Rendered> = {
  prepare: async (ctx, i) => {
    const prepared = prepareCaseLetter(ctx.db, i.caseId, i.kind, i.lang, ctx.now);
    // The user saw this version in the preview; a newer approval since then needs a new look.
    if (prepared.adviceVersion !== i.adviceVersion) throw new AppError('CONFLICT');
    return renderPrepared(ctx, prepared);
  },
  run: (ctx, i, r) => store(ctx, r, prepareCaseLetter(ctx.db, i.caseId, i.kind, i.lang, ctx.now)),
};

const previewMeeting: PreparedHandler<'letters.previewMeeting', Rendered> = {
  prepare: (ctx, i) => renderPrepared(ctx, prepareMeetingLetter(ctx.db, i.meetingId, i.lang, ctx.now)),
  run: (_ctx, _i, r) => toPreview(r.prepared, r.rendered),
};

const recordMeeting: PreparedHandler<'letters.recordMeeting', Rendered> = {
  prepare: async (ctx, i) => {
    const r = await renderPrepared(ctx, prepareMeetingLetter(ctx.db, i.meetingId, i.lang, ctx.now));
    // Record what the user looked at: a list changed since the preview needs a new look.
    if (i.sha256 !== undefined && r.rendered.sha256 !== i.sha256) throw new AppError('CONFLICT');
    return r;
  },
  run: (ctx, i, r) => store(ctx, r, { ...r.prepared, number: nextLetterNumber(ctx.db, { meetingId: i.meetingId }) }),
};

const previewLetterhead: PreparedHandler<'letters.previewLetterhead', Rendered> = {
  prepare: async (ctx, i) => {
    const stored = getLetterhead(ctx.db);
    const logo = i.logo === undefined ? stored.logo : i.logo === null ? null : decodeLogo(i.logo);
    const date = letterDate(ctx.now);
    const prepared: Prepared = {
      model: { kind: 'sample', lang: i.lang, letterhead: { ...i.letterhead, logo }, date },
      kind: 'professional',
      lang: i.lang,
      caseId: null,
      meetingId: null,
      number: 0,
      fileName: `briefpapier_${date}.pdf`,
      adviceVersionId: null,
      adviceVersion: null,
    };
    return renderPrepared(ctx, prepared);
  },
  run: (_ctx, _i, r) => toPreview(r.prepared, r.rendered),
};

export const lettersHandlers: HandlerGroup<LetterMethods> = {
  'letters.letterhead': read(({ db }) => toLetterhead(getLetterhead(db))),

  'letters.saveLetterhead': (ctx, fields) => {
    saveLetterheadFields(ctx.db, fields, ctx.session.user.id, ctx.now);
    return toLetterhead(getLetterhead(ctx.db));
  },

  'letters.setLogo': (ctx, { logo }) => {
    saveLogo(ctx.db, logo === null ? null : decodeLogo(logo), ctx.session.user.id, ctx.now);
    return toLetterhead(getLetterhead(ctx.db));
  },

  'letters.previewLetterhead': previewLetterhead,
  'letters.preview': preview,
  'letters.record': record,
  'letters.list': read(({ db }, { caseId }) => {
    getCaseExists(db, caseId);
    return listCaseLetters(db, caseId);
  }),
  'letters.previewMeeting': previewMeeting,
  'letters.recordMeeting': recordMeeting,
  'letters.listMeeting': read(({ db }, { meetingId }) => listMeetingLetters(db, meetingId)),

  'letters.get': read(({ db }, { letterId }) => {
    const letter = getStoredLetter(db, letterId);
    if (!letter) throw new AppError('NOT_FOUND');
    return letter;
  }),

  'letters.recordSent': (ctx, s) => {
    if (!getLetterInfo(ctx.db, s.letterId)) throw new AppError('NOT_FOUND');
    insertSend(ctx.db, s, ctx.session.user.id, ctx.now);
    return getLetterInfo(ctx.db, s.letterId)!;
  },
};

function getCaseExists(db: Parameters<typeof listCaseLetters>[0], caseId: number): void {
  if (!db.prepare('SELECT 1 FROM cases WHERE id = ?').get(caseId)) throw new AppError('NOT_FOUND');
}
