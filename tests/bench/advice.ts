/**
 * Advice figures for `npm run bench`, on the benchmark's vault (10,000 cases):
 * the demo advice generator runs over every case first (drafts, approved and
 * corrected advices, responses, actions, reviews, outcomes), then
 * - followup_overview_ms: followup.overview through the dispatcher (overdue
 *   responses, overdue actions, reviews due; audit included), median of 30;
 * - advice_get_ms: advice.get of a case with an advice in follow-up, median of 30.
 */
import type { Backend } from '../../electron/node/app.js';
import { generateDemoAdvice } from '../../electron/node/features/advice/demo.js';
import { type Metric, median, timed } from './measure.js';

export async function benchAdvice(b: Backend, progress: (msg: string) => void): Promise<Metric[]> {
  progress('adviezen, reacties en acties bij alle casussen...');
  const session = b.vault.requireSession();
  const db = session.db;
  const ids = db.prepare('SELECT id FROM cases ORDER BY id').pluck().all() as number[];
  const ctx = { vault: b.vault, db, session, now: new Date().toISOString(), emit: () => {} };
  const t0 = performance.now();
  const made = db.transaction(() => generateDemoAdvice(ctx, ids, 9))();
  const genMs = performance.now() - t0;

  const d = b.dispatcher;
  for (let i = 0; i < 5; i++) await d.call('followup.overview', {});
  const overview: number[] = [];
  for (let i = 0; i < 30; i++) overview.push(await timed(() => d.call('followup.overview', {})));
  const o = await d.call('followup.overview', {});

  const inFollowUp = db
    .prepare(`SELECT a.case_id FROM advices a JOIN cases c ON c.id = a.case_id WHERE c.status = 'in_opvolging' ORDER BY a.id LIMIT 30`)
    .pluck()
    .all() as number[];
  for (const caseId of inFollowUp.slice(0, 3)) await d.call('advice.get', { caseId });
  const gets: number[] = [];
  for (const caseId of inFollowUp) gets.push(await timed(() => d.call('advice.get', { caseId })));

  return [
    {
      metric: 'followup_overview_ms',
      value: median(overview),
      unit: 'ms',
      budget: 50,
      note: `via dispatcher; ${o.totals.overdueResponses} overdue responses, ${o.totals.overdueActions} overdue actions, ${o.totals.reviewsDue} reviews due`,
    },
    { metric: 'advice_get_ms', value: median(gets), unit: 'ms', note: 'via dispatcher, incl. audit write' },
    { metric: 'demo_advice_10k_s', value: genMs / 1000, unit: 's', note: `${made.approved} approved, ${made.drafts} drafts, ${made.outcomes} outcomes` },
  ];
}
