/**
 * The stored facts (report_case_facts): each case's facts as liveFacts derives them, kept so a
 * report reads one small row per case. Triggers (migration 0009) mark changed cases in
 * report_dirty; refreshFacts works those out again, in the same transaction as the report call.
 */
import type { Db, ReadDb } from '../../db/database.js';
import { liveFacts, toArchived, type FactRow } from './facts.js';

const CHUNK = 2000;

/**
 * Work out the facts of the cases marked dirty; returns them by case id (null: the case is gone).
 * Raises report_state.refreshes when it did anything, so a session's in-memory copy (cache.ts)
 * can tell its own refreshes from someone else's (the CLI on the same vault).
 */
export function refreshFacts(db: Db): Map<number, FactRow | null> {
  const changed = new Map<number, FactRow | null>();
  const dirty = db.prepare('SELECT case_id FROM report_dirty ORDER BY case_id').pluck().all() as number[];
  if (dirty.length === 0) return changed;
  const put = db.prepare('INSERT OR REPLACE INTO report_case_facts (case_id, facts) VALUES (?, ?)');
  const drop = db.prepare('DELETE FROM report_case_facts WHERE case_id = ?');
  const done = db.prepare('DELETE FROM report_dirty WHERE case_id = ?');
  db.transaction(() => {
    for (let i = 0; i < dirty.length; i += CHUNK) {
      const ids = dirty.slice(i, i + CHUNK);
      const facts = new Map(liveFacts(db, { caseIds: ids }).map((f) => [f.caseId!, f]));
      for (const id of ids) {
        const f = facts.get(id);
        if (f) {
          const stored: FactRow = { ...toArchived(f), caseId: id };
          put.run(id, JSON.stringify(stored));
          changed.set(id, stored);
        } else {
          drop.run(id);
          changed.set(id, null);
        }
        done.run(id);
      }
    }
    db.prepare('UPDATE report_state SET refreshes = refreshes + 1 WHERE id = 1').run();
  })();
  return changed;
}

/** True when no case waits to be worked out again (a read handler may then use the stored facts). */
export const factsCurrent = (db: ReadDb) => db.prepare('SELECT 1 FROM report_dirty LIMIT 1').get() === undefined;

export const storedCount = (db: ReadDb) => db.prepare('SELECT count(*) FROM report_case_facts').pluck().get() as number;

/** Every stored live fact, parsed in one go. */
export function storedFacts(db: ReadDb): FactRow[] {
  const rows = db.prepare('SELECT facts FROM report_case_facts ORDER BY case_id').pluck().all() as string[];
  return rows.length ? (JSON.parse(`[${rows.join(',')}]`) as FactRow[]) : [];
}
