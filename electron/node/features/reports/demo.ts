/**
 * Demo report content: the voorzitter's judgement of the demo meetings' signalen (most marked
 * fit, as written: the demo texts name no one), so the report's Signalen section is not empty.
 * Deterministic from the seed; signalen already judged are left alone.
 */
import { Rng } from '../../demo/corpus.js';
import type { Ctx } from '../../dispatch/types.js';
import { markSignal } from './signals.sql.js';

export interface DemoReportsResult {
  signalsFit: number;
  signalsNotFit: number;
}

export function generateDemoReports(ctx: Ctx, caseIds: readonly number[], seed: number): DemoReportsResult {
  const rng = new Rng(seed);
  const result: DemoReportsResult = { signalsFit: 0, signalsNotFit: 0 };
  const items = ctx.db
    .prepare(
      `SELECT n.item_id, n.text, n.saved_at FROM item_notes n JOIN agenda_items ai ON ai.id = n.item_id
       WHERE n.field = 'signalen' AND trim(n.text) <> '' AND ai.case_id IN (SELECT value FROM json_each(?))
         AND NOT EXISTS (SELECT 1 FROM report_signals rs WHERE rs.item_id = n.item_id)
       ORDER BY n.item_id`,
    )
    .all(JSON.stringify(caseIds)) as { item_id: number; text: string; saved_at: string }[];
  for (const it of items) {
    const fit = rng.chance(0.7);
    markSignal(ctx.db, { itemId: it.item_id, fit, text: it.text.trim(), userId: ctx.session.user.id, now: it.saved_at });
    if (fit) result.signalsFit += 1;
    else result.signalsNotFit += 1;
  }
  return result;
}
