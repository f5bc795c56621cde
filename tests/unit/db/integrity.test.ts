/** Fast unlock: a quick check at open, the full check in the background after unlock, reported when it fails. */
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppEvent } from '../../../shared/api/events.js';
import { createBackend } from '../../../electron/node/app.js';
import { openDatabase } from '../../../electron/node/db/database.js';
import { BackgroundCheck, FULL_AT_OPEN_MAX_PAGES } from '../../../electron/node/db/integrity.js';
import { PASS, tempDir, unlockedBackend } from '../helpers.js';

const PAGE = 4096;

/** Overwrite part of page `pgno` (1-based) of a closed database file. */
function damagePage(file: string, pgno: number): void {
  const bytes = readFileSync(file);
  bytes.fill(0x41, (pgno - 1) * PAGE + 100, (pgno - 1) * PAGE + 400);
  writeFileSync(file, bytes);
}

describe('integrity', () => {
  it('runs the full check in the background after unlock and reports a sound vault as ok', async () => {
    const b = await unlockedBackend();
    expect(await b.vault.integrityChecked()).toBe('ok');
    expect(b.vault.sessionInfo().integrityFailed).toBe(false);
  });

  it('leaves the first reads after an unlock to the user: the full check starts after its delay', async () => {
    const b = await unlockedBackend();
    const db = b.vault.requireSession().db;
    const check = new BackgroundCheck(() => undefined, 300);
    const started = Date.now();
    const run = check.start(db, () => db);
    await new Promise((r) => setTimeout(r, 100));
    expect(check.state).toBe('pending');
    expect(await run).toBe('ok');
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('checks the new file again after a re-key swapped the connection', async () => {
    const b = await unlockedBackend();
    try {
      // At once, while the check of the first connection is still running: the re-key closes that connection.
      await b.dispatcher.call('vault.rekey', {});
      expect(await b.vault.integrityChecked()).toBe('ok');
      expect(b.vault.sessionInfo().integrityFailed).toBe(false);
    } finally {
      b.close();
    }
  });

  it('finds a damaged page that the quick check at open does not read', async () => {
    const file = join(tempDir(), 'groot.db');
    const key = randomBytes(32);
    const db = openDatabase(file, key, { create: true });
    db.exec(`CREATE TABLE filler(x); INSERT INTO filler SELECT randomblob(500) FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i < 12000) SELECT i FROM n);`);
    db.pragma('wal_checkpoint(TRUNCATE)');
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.close();
    expect(pages).toBeGreaterThan(FULL_AT_OPEN_MAX_PAGES);
    damagePage(file, Math.floor(pages * 0.413));

    // Large file: the open probes a sample of pages and lets this one through ...
    const reopened = openDatabase(file, key);
    try {
      // ... and the background check finds it.
      let reported = 0;
      const check = new BackgroundCheck(() => reported++, 0);
      expect(await check.start(reopened, () => reopened)).toBe('failed');
      expect(check.state).toBe('failed');
      expect(reported).toBe(1);
    } finally {
      reopened.close();
    }
  });

  it('reports a failed background check on the session and as an integrity.failed event', async () => {
    const dataDir = tempDir();
    const events: AppEvent[] = [];
    const b = createBackend({ dataDir, logN: 10, device: 'testapparaat', emit: (e) => events.push(e) });
    try {
      await b.dispatcher.call('vault.create', { teamName: 'Expertteam Testregio', userName: 'Voorzitter Test', passphrase: PASS });
      const db = b.vault.requireSession().db;
      db.exec(`CREATE TABLE filler(x); INSERT INTO filler SELECT randomblob(500) FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i < 12000) SELECT i FROM n);`);
      const pages = db.pragma('page_count', { simple: true }) as number;
      await b.vault.integrityChecked();
      b.vault.lock();
      damagePage(join(dataDir, 'adviestafel.db'), Math.floor(pages * 0.413));

      const session = await b.dispatcher.call('vault.unlock', { userId: 1, passphrase: PASS });
      expect(session.integrityFailed).toBe(false); // not known yet: the check runs after unlock
      expect(await b.vault.integrityChecked()).toBe('failed');
      expect(events).toContainEqual({ type: 'integrity.failed' });
      expect((await b.dispatcher.call('vault.status', {})).session?.integrityFailed).toBe(true);
    } finally {
      b.close();
    }
  });
});
