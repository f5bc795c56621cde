/** Drafts (shared/api/drafts.ts): always the caller's own, by the session's user id. */
import { read, type HandlerGroup } from '../../dispatch/types.js';
import { deleteDraft, getDraft, listDrafts, putDraft } from './drafts.sql.js';

type DraftMethods = 'drafts.save' | 'drafts.list' | 'drafts.get' | 'drafts.discard';

export const draftsHandlers: HandlerGroup<DraftMethods> = {
  'drafts.save': ({ db, session, now }, draft) => putDraft(db, session.user.id, draft, now),

  'drafts.list': read(({ db, session }) => listDrafts(db, session.user.id)),

  'drafts.get': read(({ db, session }, { key }) => getDraft(db, session.user.id, key)),

  'drafts.discard': ({ db, session }, { key }) => ({ discarded: deleteDraft(db, session.user.id, key) }),
};
