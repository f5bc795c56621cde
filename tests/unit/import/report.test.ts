/**
 * Imported cases count in the reports exactly where the app's own cases do: the report's facts
 * (features/reports/facts.ts) and the period report's figures include them, column by column.
 * Three fictional rows, every figure worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { liveFacts } from '../../../electron/node/features/reports/facts.js';
import type { PeriodReport } from '../../../shared/api/reports.js';
import { unlockedBackend } from '../helpers.js';
import { CLOSED, HEADER, csvBase64, type Row } from './files.js';

const header = [...HEADER, 'datum bespreking', 'gewicht advies', 'verblijfssituatie na afsluiting'];
const ROWS: Row[] = [
  CLOSED, // referred 2024-02-03, 13 years old, advice (and so discussed) 2024-03-12, closed 2024-07-15
  {
    aanmelddatum: '01-05-2024',
    geboortedatum: '01-06-2015',
    gemeente: 'Oosterveld',
    'aanmelder type': 'Huisarts',
    'type hulpvraag': 'Meedenken over maatwerk',
    probleemgebieden: 'Depressie',
    verblijfssituatie: 'Pleeggezin',
    'datum bespreking': '20-05-2024',
    verstoringen: 'Inhoudelijk (geen passend aanbod)',
    'datum advies': '01-06-2024',
    'gewicht advies': 'Bindend advies',
    'wat het team deed': 'Bemiddeling',
    afsluitdatum: '01-09-2024',
    uitkomst: 'Nee',
    'verblijfssituatie na afsluiting': 'Gezinshuis',
    'meest bepalende knelpunt': 'Financiering',
  },
  { aanmelddatum: '15-11-2024', geboortedatum: '01-01-2007', gemeente: 'zuiderdam', probleemgebieden: '' },
];

async function imported() {
  const b = await unlockedBackend();
  const result = await b.dispatcher.call('import.run', { format: 'csv', data: csvBase64(ROWS, { header }) });
  return { b, result };
}

const exact = (r: PeriodReport, key: string) => Object.fromEntries(r.tables.find((t) => t.key === key)!.rows.map((x) => [x.key, x.cell.n]));

describe('imported cases in the reports', () => {
  it('land in the report facts column by column', async () => {
    const { b, result } = await imported();
    const facts = liveFacts(b.vault.requireSession().db);
    expect(facts.map((f) => f.caseId)).toEqual(result.caseIds);
    expect(facts[0]).toMatchObject({
      referredOn: '2024-02-03',
      municipality: 'Zuiderdam',
      ageGroup: '13-17',
      age16plus: false,
      transition18: false,
      referrerType: 'lokale_toegang',
      livingSituation: 'thuis',
      questionTypes: ['aanbod_verblijf'],
      problemAreas: ['agressie', 'autisme', 'trauma'],
      discussions: [{ on: '2024-03-12', disruptions: ['organisatorisch', 'wettelijk'] }],
      advice: { approvedOn: '2024-03-12', weight: 'advies', activities: ['advies', 'procesregie'], responses: [] },
      closedOn: '2024-07-15',
      outcome: { fittingPlace: 'ja', placeType: '', knelpunt: 'gevraagd_aanbod_ontbreekt', achterliggend: 'wachtlijst' },
    });
    expect(facts[1]).toMatchObject({
      ageGroup: '5-12',
      discussions: [{ on: '2024-05-20', disruptions: ['inhoudelijk'] }],
      advice: { approvedOn: '2024-06-01', weight: 'bindend', activities: ['bemiddeling'] },
      closedOn: '2024-09-01',
      outcome: { fittingPlace: 'nee', placeType: 'gezinshuis', knelpunt: 'financiering', achterliggend: '' },
    });
    // 17 at the referral: 16+ and the 18-/18+ flag; the municipality in the vault's spelling; nothing after the referral.
    expect(facts[2]).toMatchObject({ municipality: 'Zuiderdam', age16plus: true, transition18: true, problemAreas: [], discussions: [], advice: null, closedOn: '' });
  });

  it('count in the period report’s figures', async () => {
    const { b } = await imported();
    const r = await b.dispatcher.call('reports.period', { from: '2024-01-01', to: '2024-12-31', municipality: '', mode: 'internal' });
    expect(exact(r, 'totals')).toEqual({ aanmeldingen: 3, besprekingen: 2, besproken_casussen: 2, adviezen: 2, afgesloten: 2 });
    expect(exact(r, 'referrer_type')).toMatchObject({ lokale_toegang: 1, huisarts: 1, onbekend: 1 });
    expect(exact(r, 'age_group')).toEqual({ '0-4': 0, '5-12': 1, '13-17': 2, '18-23': 0 });
    expect(exact(r, 'problem_area_count')).toMatchObject({ '1': 1, '3': 1, onduidelijk: 1 });
    expect(exact(r, 'disruption_type')).toMatchObject({ organisatorisch: 1, wettelijk: 1, inhoudelijk: 1, verstoorde_werkrelaties: 0 });
    expect(exact(r, 'knelpunt')).toMatchObject({ gevraagd_aanbod_ontbreekt: 1, financiering: 1, visieverschil: 0 });
    expect(exact(r, 'achterliggend')).toMatchObject({ wachtlijst: 1, aanbod_bestaat_niet: 0 });
    expect(exact(r, 'team_activity')).toMatchObject({ advies: 1, procesregie: 1, bemiddeling: 1, consultatie: 0 });
    expect(exact(r, 'advice_weight')).toMatchObject({ advies: 1, zwaarwegend: 0, bindend: 1 });
    expect(exact(r, 'fitting_place')).toMatchObject({ ja: 1, nee: 1, deels: 0 });
    // Only the Zuiderdam cases when filtered by municipality.
    const z = await b.dispatcher.call('reports.period', { from: '2024-01-01', to: '2024-12-31', municipality: 'Zuiderdam', mode: 'internal' });
    expect(exact(z, 'totals')).toMatchObject({ aanmeldingen: 2, afgesloten: 1 });
  });

  it('a later change to the imported verstoringen reaches the stored report facts', async () => {
    const { b, result } = await imported();
    const query = { from: '2024-01-01', to: '2024-12-31', municipality: '', mode: 'internal' } as const;
    expect(exact(await b.dispatcher.call('reports.period', query), 'disruption_type')).toMatchObject({ organisatorisch: 1, wettelijk: 1 });
    b.vault.requireSession().db.prepare(`DELETE FROM case_disruptions WHERE case_id = ? AND code = 'wettelijk'`).run(result.caseIds[0]);
    expect(exact(await b.dispatcher.call('reports.period', query), 'disruption_type')).toMatchObject({ organisatorisch: 1, wettelijk: 0 });
  });
});
