/**
 * Retention figures for `npm run bench`, on the benchmark's vault (10,000 cases with the demo
 * meetings and advice the earlier steps added), with periods of one month so closed and declined
 * demo cases are due:
 * - retention_due_10k_ms: the voorzitter's "Te vernietigen" list (retention.due) through the
 *   dispatcher, median of 5;
 * - erase_case_ms: one retention.erase through the dispatcher (reports' facts archived, every
 *   table, the search index, the audit redaction, the audit record, the commit and the WAL
 *   truncated after it), median over 15 due cases. Budget 200.
 */
import type { Backend } from '../../electron/node/app.js';
import { type Metric, median, timed } from './measure.js';

export async function benchRetention(b: Backend, progress: (msg: string) => void): Promise<Metric[]> {
  progress('bewaartermijnen: lijst te vernietigen en casussen vernietigen...');
  const d = b.dispatcher;
  const month = { amount: 1, unit: 'maanden' as const };
  await d.call('retention.setPolicy', { closed: month, notTakenOn: month, withoutConsent: month });
  const dueTimes: number[] = [];
  for (let i = 0; i < 5; i++) dueTimes.push(await timed(() => d.call('retention.due', {})));
  const due = await d.call('retention.due', {});
  const picks = due.cases.slice(0, 15);
  if (picks.length === 0) throw new Error('bench: no due cases');
  const erase: number[] = [];
  for (const c of picks) erase.push(await timed(() => d.call('retention.erase', { caseId: c.caseId, confirmCode: c.code })));
  return [
    { metric: 'retention_due_10k_ms', value: median(dueTimes), unit: 'ms', note: `retention.due via dispatcher, ${due.cases.length} due cases` },
    {
      metric: 'erase_case_ms',
      value: median(erase),
      unit: 'ms',
      budget: 200,
      note: `retention.erase via dispatcher incl. facts archive, audit redaction and WAL truncate; median of ${picks.length}`,
    },
  ];
}

/** `npx tsx tests/bench/retention.ts`: just these figures, on a fresh 10,000-case demo vault. */
if (process.argv[1]?.endsWith('retention.ts')) {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { createBackend } = await import('../../electron/node/app.js');
  const { generateDemoData } = await import('../../electron/node/demo/index.js');
  const dir = mkdtempSync(join(tmpdir(), 'adviestafel-bench-retention-'));
  const b = createBackend({ dataDir: dir, logN: 10, device: 'bench' });
  try {
    await b.dispatcher.call('vault.create', { teamName: 'Benchteam', userName: 'Beheerder Benchmark', passphrase: 'benchmark wachtzin voor een tijdelijke kluis' });
    const session = b.vault.requireSession();
    process.stderr.write('[bench] 10.000 demo-casussen...\n');
    session.db.transaction(() =>
      generateDemoData({ vault: b.vault, db: session.db, session, now: new Date().toISOString(), emit: () => {} }, { cases: 10_000, seed: 2024 }),
    )();
    for (const m of await benchRetention(b, (msg) => process.stderr.write(`[bench] ${msg}\n`))) {
      process.stdout.write(`${m.metric} ${m.value.toFixed(1)} ${m.unit}${m.budget ? ` (budget ${m.budget})` : ''}  ${m.note ?? ''}\n`);
    }
  } finally {
    b.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
