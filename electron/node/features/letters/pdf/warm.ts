/**
 * Warming the PDF renderer in the background after an unlock, so the user's first letter is not
 * the one that pays for loading and parsing the fonts, starting the layout engine (yoga's
 * WebAssembly) and compiling the layout code: one fictional letter (no client data) is rendered
 * and dropped. Scheduled a moment after the unlock, once per worker, so it does not delay the first
 * screen; unref'd, so it never keeps a process alive.
 */
import type { AdviceVersion } from '../../../../../shared/api/advice-types.js';
import { renderLetter, type LetterModel } from './render.js';

export const WARM_DELAY_MS = 1500;

let state: 'cold' | 'scheduled' | 'warm' = 'cold';
let warming: Promise<void> | null = null;

const LINE = 'Het team ziet dat één vaste begeleider, een voorspelbare dagstructuur en coördinatie bij één partij helpen. ';

/** A fictional two-page Adviesbrief: every part of the layout a real letter uses (bold, lists, a page break). */
function warmUpModel(): LetterModel {
  const advice: AdviceVersion = {
    id: 1,
    version: 1,
    status: 'vastgesteld',
    adviceDate: '2026-01-05',
    questionSummary: 'Een passende plek, dicht bij school en het netwerk.',
    analysis: [LINE.repeat(5), LINE.repeat(5)].join('\n\n'),
    items: [1, 2, 3].map((n) => ({
      key: n,
      position: n - 1,
      category: 'passende_zorg' as const,
      financingRoute: '' as const,
      text: `Onderdeel ${n}: organiseer de hulp zó dat de overgang geleidelijk verloopt.`,
      addresseeKind: 'zorgaanbieder' as const,
      addresseeName: `Aanbieder ${n}`,
      deadline: '2026-02-02',
    })),
    teamActivities: ['advies'],
    director: { kind: 'verwijzer', userId: null, name: 'Wijkteam' },
    weight: 'zwaarwegend',
    weightBasis: 'Regionale afspraak',
    weightBasisDate: '2025-01-01',
    reason: '',
    meetingId: null,
    agendaItemId: null,
    draftedBy: 'Notulist',
    draftedAt: '2026-01-05T10:00:00Z',
    updatedAt: '2026-01-05T10:00:00Z',
    approvedBy: 'Voorzitter',
    approvedById: 1,
    approvedAt: '2026-01-05T11:00:00Z',
    approvedInSessionOf: '',
  };
  return {
    kind: 'professional',
    lang: 'nl',
    letterhead: {
      teamName: 'Regionaal Expertteam Jeugd',
      address: 'Postbus 1\n1234 AB Plaats',
      signatureName: 'Voorzitter',
      signatureFunction: 'Voorzitter expertteam',
      footerText: 'Opwarmen',
      logo: null,
    },
    caseCode: '2026-0000',
    reference: '2026-0000/1',
    date: '2026-01-05',
    referrer: { name: 'Verwijzer', organisation: 'Wijkteam' },
    advice,
  };
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
