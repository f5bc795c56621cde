/**
 * The facts of the open session, kept in memory between reports. Keyed by the session's user
 * object: a lock or another unlock makes a new one, so the copy goes with the session. The facts
 * hold no names, codes or free text; only category codes, dates and case ids.
 *
 * syncFacts (every report call, first thing) brings the stored facts up to date (store.ts) and
 * the session's copy with them: only the cases just worked out again are replaced. The copy is
 * read back whole from the stored facts when that cannot be trusted: on first use, after a
 * refresh by someone else (report_state.refreshes), or when a case disappeared (its stored row
 * went with it, so the count no longer matches). Archived facts are re-read on every change
 * (report_state.version, raised by triggers; migration 0009): a small table.
 */
import type { Db, ReadDb } from '../../db/database.js';
import { archivedFacts, liveFacts, type FactFilter, type FactRow } from './facts.js';
import { factsCurrent, refreshFacts, storedCount, storedFacts } from './store.js';

interface Entry {
  version: number;
  refreshes: number;
  live: Map<number, FactRow>;
  archived: FactRow[];
  facts: FactRow[];
}

const cache = new WeakMap<object, Entry>();

interface State {
  version: number;
  refreshes: number;
}
const stateOf = (db: ReadDb) => db.prepare('SELECT version, refreshes FROM report_state WHERE id = 1').get() as State;

function load(db: ReadDb, s: State): Entry {
  const live = new Map(storedFacts(db).map((f) => [f.caseId!, f]));
  const archived = archivedFacts(db);
  return { ...s, live, archived, facts: [...live.values(), ...archived] };
}

/** Bring the stored facts and the session's copy up to date. */
export function syncFacts(db: Db, key: object): void {
  const before = stateOf(db);
  const changed = refreshFacts(db);
  const after = stateOf(db);
  const entry = cache.get(key);
  if (entry && entry.version === before.version && changed.size === 0) return;
  if (!entry || entry.refreshes !== before.refreshes) {
    cache.set(key, load(db, after));
    return;
  }
  for (const [id, f] of changed) {
    if (f) entry.live.set(id, f);
    else entry.live.delete(id);
  }
  if (entry.live.size !== storedCount(db)) {
    cache.set(key, load(db, after));
    return;
  }
  entry.archived = archivedFacts(db);
  entry.facts = [...entry.live.values(), ...entry.archived];
  Object.assign(entry, after);
}

/**
 * Every fact (live and archived) up to `referredUntil`, optionally for one municipality: the
 * session's copy when it is current (after syncFacts), else read afresh from the live tables.
 */
export function factsFor(db: ReadDb, f: Omit<FactFilter, 'caseIds'>, key: object | null): FactRow[] {
  const entry = key === null ? undefined : cache.get(key);
  if (!entry || !factsCurrent(db) || entry.version !== stateOf(db).version) return [...liveFacts(db, f), ...archivedFacts(db, f)];
  const until = f.referredUntil ?? '';
  const place = f.municipality ?? '';
  if (!until && !place) return entry.facts;
  return entry.facts.filter((x) => (!until || x.referredOn <= until) && (!place || x.municipality === place));
}
