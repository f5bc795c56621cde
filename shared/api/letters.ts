/**
 * Letters (issue 10): PDF documents rendered from structured data, never typed by hand.
 * - 'professional': the Adviesbrief to the referrer and the addressed parties.
 * - 'family': the letter to the youth and parents, plain Dutch (B1); its advice content is
 *   taken only through pickFamilySafe (shared/domain/visibility.ts): the declaration decides.
 * - 'besluitenlijst': a meeting's decisions per case code with attendance (internal).
 * Each in Dutch or English, chosen per letter.
 *
 * Flow: `letters.preview` / `letters.previewMeeting` render in the backend worker and return
 * the PDF (base64) to show page by page; `letters.record` / `letters.recordMeeting` render
 * again from the same data and store the exact bytes with their SHA-256, the advice version,
 * who and when. A stored letter never changes (a later advice version makes a new letter).
 * `letters.recordSent` adds a "verzonden" record (to whom, how, when: the app sends nothing).
 *
 * Errors besides VALIDATION / FORBIDDEN / NOT_FOUND:
 * - NO_APPROVED_ADVICE {}: a case letter before the advice was approved (vastgesteld).
 * - LETTERHEAD_INCOMPLETE {}: the letterhead has no team name yet (beheerder: Instellingen > Briefpapier).
 * - CONFLICT {}: record with an advice version that is no longer the approved one.
 * - VALIDATION with field 'logo': v.logo_not_image (not a PNG or SVG by its bytes) or v.logo_too_big.
 */
import { z } from '../zod.js';
import { isoDate } from '../domain/referral.js';
import { id, method, none } from './method.js';

export const LETTER_KINDS = ['professional', 'family', 'besluitenlijst'] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];
/** The letters made from a case's approved advice. */
export const CASE_LETTER_KINDS = ['professional', 'family'] as const;
export type CaseLetterKind = (typeof CASE_LETTER_KINDS)[number];

export const LETTER_LANGS = ['nl', 'en'] as const;
export type LetterLang = (typeof LETTER_LANGS)[number];

/** How a recorded letter went out (the app itself sends nothing). */
export const SEND_CHANNELS = ['post', 'email', 'beveiligde_mail', 'hand', 'anders'] as const;
export type SendChannel = (typeof SEND_CHANNELS)[number];

/** A logo upload: PNG or SVG, at most this many bytes. */
export const LOGO_MAX_BYTES = 2 * 1024 * 1024;
export const LOGO_TYPES = ['image/png', 'image/svg+xml'] as const;
export type LogoType = (typeof LOGO_TYPES)[number];

export interface LetterheadFields {
  teamName: string;
  address: string;
  signatureName: string;
  signatureFunction: string;
  footerText: string;
}

export interface Letterhead extends LetterheadFields {
  /** The uploaded logo, or null: the letters then carry the default logo (resources/letterhead). */
  logo: { type: LogoType; bytes: number; base64: string } | null;
  /** The team name is filled in: letters can be made. */
  complete: boolean;
}

/** A rendered letter, shown page by page before it is recorded. */
export interface LetterPreview {
  pdfBase64: string;
  pages: number;
  sha256: string;
  title: string;
  /** Case code (or meeting date), kind and date; never a name. */
  fileName: string;
  /** The advice version printed (case letters), else null. */
  adviceVersion: number | null;
  /** The letter number it gets when recorded now (per case, or per meeting). */
  number: number;
}

export interface LetterSend {
  id: number;
  recipient: string;
  channel: SendChannel;
  sentOn: string;
  note: string;
  recordedBy: string;
  recordedAt: string;
}

export interface LetterInfo {
  id: number;
  kind: LetterKind;
  lang: LetterLang;
  caseId: number | null;
  caseCode: string;
  meetingId: number | null;
  meetingDate: string;
  number: number;
  title: string;
  fileName: string;
  adviceVersion: number | null;
  sha256: string;
  pages: number;
  bytes: number;
  createdBy: string;
  createdAt: string;
  sends: LetterSend[];
}

export interface StoredLetter extends LetterInfo {
  pdfBase64: string;
}

const line = (max: number) => z.string().trim().max(max, { error: 'v.too_long' });

export const LetterheadInput = z
  .object({
    teamName: line(120).min(1, { error: 'v.required' }),
    address: line(400).default(''),
    signatureName: line(120).default(''),
    signatureFunction: line(120).default(''),
    footerText: line(400).default(''),
  })
  .strict();

/** Base64 of the uploaded file; the bytes are checked in the backend (magic bytes, size). */
const logoData = z.string().max(Math.ceil((LOGO_MAX_BYTES * 4) / 3) + 8, { error: 'v.logo_too_big' });

const caseLetter = {
  caseId: id,
  kind: z.enum(CASE_LETTER_KINDS),
  lang: z.enum(LETTER_LANGS).default('nl'),
};
const meetingLetter = { meetingId: id, lang: z.enum(LETTER_LANGS).default('nl') };

export const SendInput = z
  .object({
    letterId: id,
    recipient: line(200).min(1, { error: 'v.required' }),
    channel: z.enum(SEND_CHANNELS),
    sentOn: isoDate,
    note: line(1000).default(''),
  })
  .strict();

const caseOf = (_i: unknown, r: { caseId: number | null } | null) => [r?.caseId];

export const lettersApi = {
  // Letterhead (beheerder). Holds no personal data of clients: not logged when read.
  'letters.letterhead': method<Letterhead>()({ input: none, access: 'session', audit: null }),
  'letters.saveLetterhead': method<Letterhead>()({
    input: LetterheadInput,
    access: 'settings.manage',
    audit: { action: 'letterhead.update' },
  }),
  /** null: back to the default logo. */
  'letters.setLogo': method<Letterhead>()({
    input: z.object({ logo: logoData.nullable() }).strict(),
    access: 'settings.manage',
    audit: { action: 'letterhead.logo' },
  }),
  /** A sample letter on the letterhead being edited (not saved); logo undefined = the stored one. */
  'letters.previewLetterhead': method<LetterPreview>()({
    input: z
      .object({
        letterhead: LetterheadInput.extend({ teamName: line(120) }),
        logo: logoData.nullable().optional(),
        lang: z.enum(LETTER_LANGS).default('nl'),
      })
      .strict(),
    access: 'settings.manage',
    audit: null,
  }),

  // Letters from a case's approved advice.
  'letters.preview': method<LetterPreview>()({
    input: z.object(caseLetter).strict(),
    access: 'advice.read',
    audit: { action: 'letter.preview', cases: 'input', reads: true },
  }),
  /** adviceVersion: the version the user previewed; CONFLICT when another was approved since. */
  'letters.record': method<LetterInfo>()({
    input: z.object({ ...caseLetter, adviceVersion: z.number().int().positive() }).strict(),
    access: 'advice.follow',
    audit: { action: 'letter.record', cases: 'input' },
  }),
  'letters.list': method<LetterInfo[]>()({
    input: z.object({ caseId: id }).strict(),
    access: 'advice.read',
    audit: { action: 'letter.list', cases: 'input' },
  }),

  // The besluitenlijst of a meeting (internal: case codes, decisions, attendance).
  'letters.previewMeeting': method<LetterPreview>()({
    input: z.object(meetingLetter).strict(),
    access: 'meeting.read',
    audit: { action: 'letter.preview', reads: true },
  }),
  /** sha256: the preview's hash; CONFLICT when the list (or the next number) changed since that preview. */
  'letters.recordMeeting': method<LetterInfo>()({
    input: z.object({ ...meetingLetter, sha256: z.string().regex(/^[0-9a-f]{64}$/).optional() }).strict(),
    access: 'meeting.decide',
    audit: { action: 'letter.record' },
  }),
  'letters.listMeeting': method<LetterInfo[]>()({
    input: z.object({ meetingId: id }).strict(),
    access: 'meeting.read',
    audit: null,
  }),

  /** One recorded letter with its bytes (to view or save). */
  'letters.get': method<StoredLetter>()({
    input: z.object({ letterId: id }).strict(),
    access: 'advice.read',
    audit: { action: 'letter.read', cases: caseOf },
  }),
  'letters.recordSent': method<LetterInfo>()({
    input: SendInput,
    access: 'advice.follow',
    audit: { action: 'letter.sent', cases: caseOf },
  }),
};
