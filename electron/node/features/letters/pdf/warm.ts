/**
 * Warming the PDF renderer in the background after an unlock, so the user's first letter is not
 * the one that pays for loading and parsing the fonts, starting the layout engine (yoga's
 * WebAssembly) and compiling the layout code: one sample letter (no client data) is rendered and
 * dropped. Scheduled a moment after the unlock, once per worker, so it does not delay the first
 * screen; unref'd, so it never keeps a process alive.
 */
import { renderLetter } from './render.js';

export const WARM_DELAY_MS = 1500;

let state: 'cold' | 'scheduled' | 'warm' = 'cold';
let warming: Promise<void> | null = null;

/** Render one sample letter now (idempotent); resolves when the renderer is warm. */
export function warmUpNow(): Promise<void> {
  warming ??= renderLetter({
    kind: 'sample',
    lang: 'nl',
    date: '2026-01-05',
    letterhead: {
      teamName: 'Regionaal Expertteam Jeugd – opwarmen',
      address: 'Postbus 1\n1234 AB Plaats',
      signatureName: 'Voorzitter',
      signatureFunction: 'Voorzitter expertteam',
      footerText: 'Één proefbrief: coördinatie, reïntegratie, café.',
      logo: null,
    },
  }).then(
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
