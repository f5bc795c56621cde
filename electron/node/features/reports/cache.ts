/**
 * The facts of the open session, kept in memory between reports until a table they come from
 * changes (report_state.version, raised by triggers; migration 0009); on a change they are read
 * again from the stored facts (store.ts), which the report handlers bring up to date first. Keyed by the session's
 * user object: a lock or another unlock makes a new one, so the cache goes with the session.
 * The facts hold no names, codes or free text; only category codes, dates and case ids.
 */
import type { ReadDb } from '../../db/database.js';
import { archivedFacts, liveFacts, type FactFilter, type FactRow } from './facts.js';
import { factsCurrent, storedFacts } from './store.js';

interface Entry {
  version: number;
  facts: FactRow[];
}

const cache = new WeakMap<object, Entry>();

export const factsVersion = (db: ReadDb) => db.prepare('SELECT version FROM report_state WHERE id = 1').pluck().get() as number;

/** Every fact (live and archived) up to `referredUntil`, optionally for one municipality. */
export function factsFor(db: ReadDb, f: Omit<FactFilter, 'caseIds'>, key: object | null): FactRow[] {
  // Without a session key, or while cases wait to be worked out again (store.ts): read afresh.
  if (key === null || !factsCurrent(db)) return [...liveFacts(db, f), ...archivedFacts(db, f)];
  const version = factsVersion(db);
  let entry = cache.get(key);
  if (!entry || entry.version !== version) {
    entry = { version, facts: [...storedFacts(db), ...archivedFacts(db)] };
    cache.set(key, entry);
  }
  const until = f.referredUntil ?? '';
  const place = f.municipality ?? '';
  if (!until && !place) return entry.facts;
  return entry.facts.filter((x) => (!until || x.referredOn <= until) && (!place || x.municipality === place));
}
