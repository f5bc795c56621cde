/** On demo data (meetings, advice, letters, reports): every case past its period can be erased, and nothing dangles afterwards. */
import { describe, expect, it } from 'vitest';
import { generateDemoData } from '../../../electron/node/demo/index.js';
import { unlockedBackend } from '../helpers.js';
import { db } from './fixtures.js';

describe('erasure on demo data', () => {
  it('erases every due case, keeps the foreign keys and the audit chain intact', async () => {
    const b = await unlockedBackend();
    const session = b.vault.requireSession();
    session.db.transaction(() =>
      generateDemoData({ vault: b.vault, db: session.db, session, now: new Date().toISOString(), emit: () => {} }, { cases: 80, seed: 7 }),
    )();
    await b.dispatcher.call('retention.setPolicy', {
      closed: { amount: 1, unit: 'maanden' },
      notTakenOn: { amount: 1, unit: 'maanden' },
      withoutConsent: { amount: 1, unit: 'maanden' },
    });
    const due = await b.dispatcher.call('retention.due', {});
    expect(due.cases.length).toBeGreaterThan(5);
    expect(new Set(due.cases.map((c) => c.category))).toEqual(new Set(['closed', 'notTakenOn', 'withoutConsent']));
    const failed: string[] = [];
    for (const c of due.cases) {
      try {
        await b.dispatcher.call('retention.erase', { caseId: c.caseId, confirmCode: c.code });
      } catch (err) {
        failed.push(`${c.code}: ${(err as Error).message}`);
      }
    }
    expect(failed).toEqual([]);
    expect(db(b).pragma('foreign_key_check')).toEqual([]);
    expect((await b.dispatcher.call('audit.verify', {})).ok).toBe(true);
    expect((await b.dispatcher.call('retention.due', {})).cases).toEqual([]);
  }, 180_000);
});
