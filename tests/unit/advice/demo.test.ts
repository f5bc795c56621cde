/** Demo advice: every state present at a realistic scale, deterministic per seed, consistent with the closing rule. */
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/node/app.js';
import { generateDemoData } from '../../../electron/node/demo/index.js';
import type { Ctx } from '../../../electron/node/dispatch/types.js';
import { unlockedBackend } from '../helpers.js';

const NOW = '2026-11-26T08:00:00.000Z';

function ctxOf(b: Backend): Ctx {
  const session = b.vault.requireSession();
  return { vault: b.vault, db: session.db, session, now: NOW, emit: () => {} };
}

describe('demo advice', () => {
  it('drafts, approved and corrected advices, every response type, overdue items, reviews, feedback and outcomes; same per seed', async () => {
    const b = await unlockedBackend();
    const r = generateDemoData(ctxOf(b), { cases: 600, seed: 11 });
    const a = r.advice;
    expect(a.drafts).toBeGreaterThan(0);
    expect(a.approved).toBeGreaterThan(50);
    expect(a.corrected).toBeGreaterThan(0);
    for (const s of ['akkoord', 'akkoord_met_wijzigingen', 'geweigerd', 'geescaleerd'] as const) expect(a.responses[s] ?? 0).toBeGreaterThan(0);
    expect(a.outcomes).toBeGreaterThan(0);
    expect(a.feedback).toBeGreaterThan(0);

    const db = b.vault.requireSession().db;
    const q = (sql: string) => db.prepare(sql).pluck().get() as number;
    // Every closed case with an approved advice has its outcome (the closing rule holds for demo data too).
    expect(
      q(`SELECT count(*) FROM advices a JOIN cases c ON c.id = a.case_id
          WHERE c.status = 'afgesloten' AND a.approved_version IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM case_outcomes o WHERE o.case_id = c.id)`),
    ).toBe(0);
    // Achterliggend only under 'gevraagd aanbod ontbreekt'.
    expect(q(`SELECT count(*) FROM case_outcomes WHERE (knelpunt = 'gevraagd_aanbod_ontbreekt') <> (achterliggend <> '')`)).toBe(0);
    expect(q(`SELECT count(*) FROM advice_versions WHERE status = 'vervangen'`)).toBe(a.corrected);
    expect(q(`SELECT count(*) FROM advice_versions WHERE meeting_id IS NOT NULL`)).toBeGreaterThan(0);

    // The overview has realistic content on the demo's "today".
    const session = b.vault.requireSession();
    const { followupOverview } = await import('../../../electron/node/features/advice/followup.sql.js');
    const o = followupOverview(session.db, NOW.slice(0, 10), 50);
    expect(o.totals.overdueResponses).toBeGreaterThan(0);
    expect(o.totals.overdueActions).toBeGreaterThan(0);
    expect(o.totals.reviewsDue).toBeGreaterThan(0);

    const dump = (x: Backend) =>
      x.vault.requireSession().db.prepare(`SELECT c.code, v.version, v.status, count(i.id) AS items FROM advice_versions v
          JOIN advices a ON a.id = v.advice_id JOIN cases c ON c.id = a.case_id LEFT JOIN advice_items i ON i.version_id = v.id
          GROUP BY v.id ORDER BY c.code, v.version`).all();
    const again = await unlockedBackend();
    generateDemoData(ctxOf(again), { cases: 600, seed: 11 });
    expect(dump(again)).toEqual(dump(b));
  });
});
