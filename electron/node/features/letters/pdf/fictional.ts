/**
 * A fictional professional letter (no client data): what the background warm-up renders
 * (warm.ts), and what the bench and the letter tests build their letters from.
 */
import type { AdviceVersion } from '../../../../../shared/api/advice-types.js';
import type { LetterModel } from './render.js';

export interface FictionalLetter {
  /** The letter's date, yyyy-mm-dd; the advice is approved on it and the items are due four weeks later. */
  date: string;
  analysis: string;
  items: number;
  caseCode: string;
  referrerName?: string;
  teamName?: string;
  footerText?: string;
  weightBasis?: string;
}

const ITEM = 'organiseer de hulp zó dat de overgang geleidelijk verloopt en coördinatie bij één partij ligt.';

function plusDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export function fictionalLetter(f: FictionalLetter): LetterModel & { kind: 'professional' } {
  const advice: AdviceVersion = {
    id: 1,
    version: 1,
    status: 'vastgesteld',
    adviceDate: f.date,
    questionSummary: 'Een passende plek met verblijf, dicht bij school en het netwerk.',
    analysis: f.analysis,
    items: Array.from({ length: f.items }, (_, i) => ({
      key: i + 1,
      position: i,
      category: 'passende_zorg' as const,
      financingRoute: '' as const,
      text: `Onderdeel ${i + 1}: ${ITEM}`,
      addresseeKind: 'zorgaanbieder' as const,
      addresseeName: `Aanbieder ${i + 1}`,
      deadline: plusDays(f.date, 28),
    })),
    teamActivities: ['advies'],
    director: { kind: 'verwijzer', userId: null, name: 'Wijkteam Noord' },
    weight: 'zwaarwegend',
    weightBasis: f.weightBasis ?? '',
    weightBasisDate: f.weightBasis ? '2025-01-01' : '',
    reason: '',
    meetingId: null,
    agendaItemId: null,
    draftedBy: 'Notulist',
    draftedAt: `${f.date}T10:00:00Z`,
    updatedAt: `${f.date}T10:00:00Z`,
    approvedBy: 'Voorzitter',
    approvedById: 1,
    approvedAt: `${f.date}T11:00:00Z`,
    approvedInSessionOf: '',
  };
  return {
    kind: 'professional',
    lang: 'nl',
    letterhead: {
      teamName: f.teamName ?? 'Regionaal Expertteam Jeugd',
      address: 'Postbus 1\n1234 AB Plaats',
      signatureName: 'Voorzitter',
      signatureFunction: 'Voorzitter expertteam',
      footerText: f.footerText ?? '',
      logo: null,
    },
    caseCode: f.caseCode,
    reference: `${f.caseCode}/1`,
    date: f.date,
    referrer: { name: f.referrerName ?? 'Verwijzer', organisation: 'Wijkteam Noord' },
    advice,
  };
}
