import type Database from 'better-sqlite3-multiple-ciphers';

/** One schema step. `version` becomes PRAGMA user_version once it has run. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}
