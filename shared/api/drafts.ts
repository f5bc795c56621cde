/**
 * Drafts: what a user had typed in a form when the vault locked (idle or by
 * choice), kept in the encrypted database until they restore or discard it.
 * Strictly per user: every method works on the caller's own drafts only.
 * A form is named by a key such as 'referral:new' or 'referral:case:12'; a
 * draft that belongs to a case names it (caseId), so the audit log records it.
 */
import { z } from '../zod.js';
import { id, method, none } from './method.js';

/** A form key: lower-case words separated by ':', e.g. 'consent:case:12'. */
export const draftKey = z
  .string()
  .regex(/^[a-z][a-z0-9-]*(:[a-z0-9-]+)*$/, { error: 'v.invalid_format' })
  .max(100);

/** At most this many characters of JSON per draft. */
export const DRAFT_MAX_CHARS = 500_000;

const draftValues = z.unknown().refine(
  (v) => {
    if (v === undefined) return false;
    try {
      const json = JSON.stringify(v);
      return typeof json === 'string' && json.length <= DRAFT_MAX_CHARS;
    } catch {
      return false;
    }
  },
  { error: 'v.too_big' },
);

/** Where in the app the form lives, e.g. '/cases/12?tab=toestemming' (no personal data: codes and ids only). */
export const draftPath = z
  .string()
  .regex(/^\/[A-Za-z0-9\-/?=&._]*$/, { error: 'v.invalid_format' })
  .max(300);

/** A stored draft without its values (what the forms check for). */
export interface DraftInfo {
  key: string;
  caseId: number | null;
  /** Where the form is, so the app can go back there after unlocking. */
  path: string;
  /** ISO time it was saved. */
  savedAt: string;
}

export interface Draft extends DraftInfo {
  values: unknown;
}

const keyRef = z.object({ key: draftKey }).strict();

export const draftsApi = {
  'drafts.save': method<DraftInfo>()({
    input: z
      .object({ key: draftKey, caseId: id.nullable().default(null), path: draftPath, values: draftValues })
      .strict(),
    access: 'session',
    audit: { action: 'draft.save', cases: 'input' },
  }),
  /** The caller's drafts, newest first, without their values (no personal data: not logged). */
  'drafts.list': method<DraftInfo[]>()({ input: none, access: 'session', audit: null }),
  /** One draft with its values; null when there is none. */
  'drafts.get': method<Draft | null>()({
    input: keyRef,
    access: 'session',
    audit: { action: 'draft.read', cases: (_input, result: Draft | null) => [result?.caseId] },
  }),
  'drafts.discard': method<{ discarded: boolean }>()({
    input: keyRef,
    access: 'session',
    audit: { action: 'draft.discard' },
  }),
};
