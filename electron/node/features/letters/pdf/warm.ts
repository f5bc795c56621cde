/**
 * Warming the PDF renderer in the background after an unlock, so the user's first letter is not
 * the one that pays for loading and parsing the fonts, starting the layout engine (yoga's
 * WebAssembly) and compiling the layout code: one fictional letter (no client data) is rendered
 * and dropped. Scheduled a moment after the unlock, once per worker, so it does not delay the first
 * screen; unref'd, so it never keeps a process alive.
 */
import { fictionalLetter } from './fictional.js';
import { renderLetter, type LetterModel } from './render.js';

export const WARM_DELAY_MS = 1500;

let state: 'cold' | 'scheduled' | 'warm' = 'cold';
let warming: Promise<void> | null = null;

const LINE = 'Het team ziet dat één vaste begeleider, een voorspelbare dagstructuur en coördinatie bij één partij helpen. ';

/** A fictional two-page Adviesbrief: every part of the layout a real letter uses (bold, lists, a page break). */
function warmUpModel(): LetterModel {
  return fictionalLetter({
    date: '2026-01-05',
    analysis: [LINE.repeat(5), LINE.repeat(5)].join('\n\n'),
    items: 3,
    caseCode: '2026-0000',
    footerText: 'Opwarmen',
    weightBasis: 'Regionale afspraak',
  });
}

/** Render one fictional letter now (idempotent); resolves when the renderer is warm. */
export function warmUpNow(): Promise<void> {
  warming ??= renderLetter(warmUpModel()).then(
    () => {
      state = 'warm';
    },
    () => {
      // A failed warm-up costs nothing: the first real letter loads what it needs.
      warming = null;
      state = 'cold';
    },
  );
  return warming;
}

/** After an unlock: warm up once, a moment later, in the background. */
export function scheduleWarmUp(delayMs = WARM_DELAY_MS): void {
  if (state !== 'cold') return;
  state = 'scheduled';
  setTimeout(() => void warmUpNow(), delayMs).unref();
}
