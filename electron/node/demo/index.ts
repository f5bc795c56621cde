/**
 * Fictional demo data, for demonstrations, manual testing and the benchmark.
 *
 * One generator per feature, all drawing from the one fictional corpus
 * (corpus.ts), run in order inside one transaction: all or nothing. A later
 * generator may use what an earlier one made (meetings put the demo cases on
 * their agendas). A new feature adds its generator file and one line below;
 * each generator gets its own seed derived from the run's seed, so adding a
 * feature does not change what the earlier ones produce.
 */
import type { Ctx } from '../dispatch/types.js';
import { generateDemoCases, type DemoResult } from '../features/cases/demo.js';
import { generateDemoMeetings, type DemoMeetingsResult } from '../features/meetings/demo.js';
import { generateDemoAdvice, type DemoAdviceResult } from '../features/advice/demo.js';
import { generateDemoReports, type DemoReportsResult } from '../features/reports/demo.js';

export { DEMO_MUNICIPALITIES, mulberry32 } from './corpus.js';
export { demoCasePlans, generateDemoCases, planDemoCases, writeDemoCase } from '../features/cases/demo.js';
export type { DemoCasePlan, DemoResult, DemoStep } from '../features/cases/demo.js';

export interface DemoOptions {
  /** Number of cases to add. */
  cases: number;
  seed: number;
}

/** What each feature's generator made. */
export interface DemoData {
  cases: DemoResult;
  meetings: DemoMeetingsResult;
  advice: DemoAdviceResult;
  reports: DemoReportsResult;
}

/** A per-feature seed: the same run seed gives each feature its own, stable sequence. */
export function featureSeed(seed: number, feature: string): number {
  let h = seed >>> 0;
  for (const ch of feature) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h;
}

/** Run every feature's generator, in order, in one transaction (a savepoint inside the caller's). */
export function generateDemoData(ctx: Ctx, opts: DemoOptions): DemoData {
  return ctx.db.transaction(() => {
    // The cases keep the run's seed itself, so `--seed S` gives the same cases as before.
    const cases = generateDemoCases(ctx, opts.cases, opts.seed);
    const meetings = generateDemoMeetings(ctx, cases.ids, featureSeed(opts.seed, 'meetings'));
    // After the meetings: an advice drafted in a meeting links to its agenda item.
    const advice = generateDemoAdvice(ctx, cases.ids, featureSeed(opts.seed, 'advice'));
    // After the meetings: the voorzitter's judgement of their signalen.
    const reports = generateDemoReports(ctx, cases.ids, featureSeed(opts.seed, 'reports'));
    return { cases, meetings, advice, reports };
  })();
}
