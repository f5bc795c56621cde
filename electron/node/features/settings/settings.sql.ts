/** The settings table: one JSON value per key. */
import type { Db, ReadDb } from '../../db/database.js';

export function getSetting<T>(db: ReadDb, key: string): T | undefined {
  const v = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key) as string | undefined;
  return v === undefined ? undefined : (JSON.parse(v) as T);
}

export function putSetting(db: Db, key: string, value: unknown): void {
  db.prepare(
    `INSERT INTO settings (key, value) VALUES (?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  ).run(key, JSON.stringify(value));
}
