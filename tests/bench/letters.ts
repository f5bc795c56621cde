/**
 * Letter figures for `npm run bench`: a professional letter of 3 pages (4 advice items and a
 * long analysis), rendered to PDF in memory as the backend worker does.
 * - letter_pdf_warmup_ms: the background warm-up the worker runs after an unlock (a fictional 2-page
 *   letter, cold: fonts loaded and parsed, the layout engine started; pdf/warm.ts). No budget: nobody waits.
 * - letter_pdf_first_ms: the first 3-page letter after that warm-up, i.e. the first letter a user
 *   renders in the app (budget 600).
 * - letter_pdf_warm_ms: median of 20 renders after that (budget 100).
 * `-- --cold` (standalone) measures the first render without the warm-up instead.
 */
import './production.js';
import { fictionalLetter } from '../../electron/node/features/letters/pdf/fictional.js';
import { renderLetter, type LetterModel } from '../../electron/node/features/letters/pdf/render.js';
import { warmUpNow } from '../../electron/node/features/letters/pdf/warm.js';
import { type Metric } from './measure.js';

const SENTENCE = 'Het team ziet dat de jeugdige veel baat heeft bij één vaste begeleider en een voorspelbare dagstructuur. ';

export function threePageLetter(): LetterModel {
  return fictionalLetter({
    date: '2026-03-02',
    analysis: Array.from({ length: 2 }, () => SENTENCE.repeat(4)).join('\n\n'),
    items: 4,
    caseCode: '2026-0001',
    teamName: 'Regionaal Expertteam Jeugd Benchmark',
    footerText: 'Benchmark',
    weightBasis: 'Regionale afspraak expertteam 2025',
  });
}

export async function benchLetters(progress: (msg: string) => void, cold = false): Promise<Metric[]> {
  progress('brieven: adviesbrief van 3 pagina’s als PDF...');
  const model = threePageLetter();
  const w0 = performance.now();
  if (!cold) await warmUpNow();
  const warmupMs = performance.now() - w0;
  const t0 = performance.now();
  const first = await renderLetter(model);
  const firstMs = performance.now() - t0;
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    await renderLetter(model);
    times.push(performance.now() - t);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const warm = (sorted[9]! + sorted[10]!) / 2;
  const note = `${first.pages} pages, ${Math.round(first.pdf.length / 1024)} KB`;
  return [
    ...(cold ? [] : [{ metric: 'letter_pdf_warmup_ms', value: warmupMs, unit: 'ms', note: 'background, after unlock (a fictional 2-page letter, cold)' }]),
    { metric: 'letter_pdf_first_ms', value: firstMs, unit: 'ms', budget: 600, note: cold ? `${note}, cold (no warm-up)` : `${note}, after the warm-up` },
    { metric: 'letter_pdf_warm_ms', value: warm, unit: 'ms', budget: 100, note: 'median of 20' },
  ];
}

// Standalone: `npx tsx tests/bench/letters.ts` prints the two figures.
if (process.argv[1]?.endsWith('letters.ts')) {
  void benchLetters((m) => process.stderr.write(`[bench] ${m}\n`), process.argv.includes('--cold')).then((ms) => {
    for (const m of ms) process.stdout.write(`${m.metric} ${m.value.toFixed(0)} ${m.unit} (budget ${m.budget}) ${m.note ?? ''}\n`);
  });
}
