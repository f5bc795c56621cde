/**
 * The period report on a fixed dataset (fixture.ts) whose every figure is worked out by hand:
 * exact counts (internal), suppression (public), the drill-down, archived facts counting exactly
 * like live ones, and the signalen marked by the voorzitter.
 */
import { describe, expect, it } from 'vitest';
import { archiveCaseFacts } from '../../../electron/node/features/reports/facts.js';
import type { PeriodReport, ReportTable } from '../../../shared/api/reports.js';
import { basisSentence } from '../../../shared/api/reports.js';
import { unlockedBackend } from '../helpers.js';
import { deleteCases, FROM, TO, writeDataset } from './fixture.js';

async function setup() {
  const b = await unlockedBackend();
  const session = b.vault.requireSession();
  const data = writeDataset(session.db, session.user.id);
  const report = (mode: 'public' | 'internal', municipality = '') =>
    b.dispatcher.call('reports.period', { from: FROM, to: TO, municipality, mode });
  return { b, db: session.db, ...data, report };
}

const table = (r: PeriodReport, key: string): ReportTable => r.tables.find((t) => t.key === key)!;
/** row key -> what is shown ("12", "<5", "x", "0"). */
const shown = (r: PeriodReport, key: string) => Object.fromEntries(table(r, key).rows.map((x) => [x.key, x.cell.display]));
const exact = (r: PeriodReport, key: string) => Object.fromEntries(table(r, key).rows.map((x) => [x.key, x.cell.n]));

describe('period report: exact counts (voor intern gebruik)', () => {
  it('keeps Geen and Onduidelijk apart: ‘Geen probleemgebied’ alone counts as Geen, no area as Onduidelijk, and is no row of the areas table', async () => {
    const { report, db } = await setup();
    // T-6 was referred without any problem area (Onduidelijk above); now the referral says none plays.
    db.prepare(`INSERT INTO case_problem_areas (case_id, area_id) SELECT id, 'geen' FROM cases WHERE code = 'T-6'`).run();
    const r = await report('internal');
    expect(exact(r, 'problem_area_count')).toEqual({ geen: 1, '1': 2, '2': 4, '3': 2, '4': 1, '5': 1, '6_of_meer': 1, onduidelijk: 0 });
    expect(table(r, 'problem_area').rows.map((x) => x.key)).not.toContain('geen');
    expect(table(r, 'problem_area').rows).toHaveLength(17);
    expect(table(r, 'problem_area_count').rows.find((x) => x.key === 'geen')!.label).toBe('Geen');
  });

  it('counts every figure of the half-year as worked out by hand, zero categories listed', async () => {
    const { report } = await setup();
    const r = await report('internal');
    expect(r.internal).toBe(true);
    expect(r.hiddenCells).toBe(0);
    expect(exact(r, 'totals')).toEqual({ aanmeldingen: 12, besprekingen: 7, besproken_casussen: 6, adviezen: 5, afgesloten: 6 });
    expect(exact(r, 'referrals_per_month')).toEqual({ '2026-01': 5, '2026-02': 6, '2026-03': 0, '2026-04': 1, '2026-05': 0, '2026-06': 0 });
    expect(table(r, 'referrals_per_month').rows.map((x) => x.label)).toEqual(['januari 2026', 'februari 2026', 'maart 2026', 'april 2026', 'mei 2026', 'juni 2026']);
    expect(exact(r, 'referrer_type')).toEqual({
      ouders_jeugdige: 0, lokale_toegang: 6, gecertificeerde_instelling: 3, zorgaanbieder: 0, huisarts: 2,
      onderwijs: 0, gemeente: 0, landelijk: 0, anders: 0, onbekend: 1,
    });
    expect(table(r, 'referrer_type').rows.find((x) => x.key === 'lokale_toegang')!.label).toBe('Lokale toegang/wijkteam');
    expect(exact(r, 'age_group')).toEqual({ '0-4': 0, '5-12': 1, '13-17': 11, '18-23': 0 });
    expect(exact(r, 'age_16_plus')).toEqual({ ja: 6, nee: 6 });
    expect(exact(r, 'transition_18')).toEqual({ ja: 2, nee: 10 });
    expect(exact(r, 'question_type')).toEqual({ aanbod_behandeling: 5, aanbod_verblijf: 1, maatwerk: 6, coordinatie: 0, bemiddeling: 0, onbekend: 1 });
    expect(exact(r, 'problem_area_count')).toEqual({ geen: 0, '1': 2, '2': 4, '3': 2, '4': 1, '5': 1, '6_of_meer': 1, onduidelijk: 1 });
    expect(exact(r, 'problem_area')).toMatchObject({
      autisme: 7, trauma: 6, agressie: 4, suicidaliteit: 0, depressie: 4, zelfbeschadiging: 1, eetproblemen: 1, lvb: 5,
      verslaving: 1, gezin_opvoeding: 2, sgg: 0, anders: 0,
    });
    expect(table(r, 'problem_area').rows).toHaveLength(17);
    // Ties (4 and 4; seven pairs of 2 at the cut) in taxonomy order; every pair tied with the tenth is listed.
    expect(table(r, 'problem_combination').rows.map((x) => [x.key, x.cell.n])).toEqual([
      ['autisme+trauma', 4], ['agressie+depressie', 4], ['trauma+lvb', 3], ['autisme+agressie', 2], ['autisme+depressie', 2],
      ['autisme+lvb', 2], ['trauma+agressie', 2], ['trauma+depressie', 2], ['agressie+lvb', 2], ['depressie+lvb', 2],
    ]);
    expect(table(r, 'problem_combination').rows[0]!.label).toBe('Autisme + Trauma');
    expect(exact(r, 'living_situation')).toEqual({
      thuis: 5, pleeggezin: 5, gezinshuis: 0, kleinschalige_woonvoorziening: 0, residentieel: 0, jeugdzorgplus: 0, kliniek: 1,
      zonder_vaste_plek: 0, anders: 0, onbekend: 1,
    });
    expect(exact(r, 'disruption_type')).toEqual({ organisatorisch: 3, wettelijk: 1, inhoudelijk: 2, verstoorde_werkrelaties: 1 });
    expect(exact(r, 'disruption_count')).toEqual({ '0': 2, '1': 2, '2': 1, '3': 1, '4': 0 });
    // The total of mentions is the sum over the cases, and equals the sum of the table by type.
    expect(table(r, 'disruption_count').total).toMatchObject({ label: 'Totaal aantal vermeldingen', cell: { n: 7 } });
    expect(exact(r, 'knelpunt')).toEqual({ gevraagd_aanbod_ontbreekt: 5, visieverschil: 1, financiering: 0, samenwerking: 0, wet_regelgeving: 0, anders: 0 });
    expect(exact(r, 'achterliggend')).toEqual({ wachtlijst: 2, terughoudendheid_zorgaanbieder: 2, aanbod_bestaat_niet: 1 });
    expect(table(r, 'achterliggend').parent).toEqual({ figure: 'knelpunt', row: 'gevraagd_aanbod_ontbreekt' });
    expect(exact(r, 'fitting_place')).toEqual({ ja: 3, deels: 2, nee: 1 });
    expect(exact(r, 'advice_weight')).toEqual({ advies: 3, zwaarwegend: 2, bindend: 0 });
    expect(exact(r, 'response_state')).toEqual({ geen_reactie: 1, akkoord: 3, akkoord_met_wijzigingen: 1, geweigerd: 1, geescaleerd: 1 });
    expect(table(r, 'response_state').basis.n.n).toBe(7);
    expect(exact(r, 'feedback_verwijzer')).toEqual({ '1': 0, '2': 1, '3': 0, '4': 3, '5': 2 });
    expect(table(r, 'feedback_verwijzer').note).toContain('Gemiddeld: 4,0.');
    expect(exact(r, 'feedback_gezin')).toEqual({ '1': 0, '2': 0, '3': 1, '4': 0, '5': 0 });
    expect(r.leadTimes.rows.map((x) => [x.key, x.n.n, x.medianDays, x.p90Days])).toEqual([
      ['aanmelding_bespreking', 6, 36, 49],
      ['bespreking_advies', 5, 0, 2],
      ['advies_afsluiting', 6, 51.5, 62],
      ['aanmelding_afsluiting', 6, 89.5, 105],
    ]);
  });

  it('multiple answers: percentages of cases that add up to more than 100 %, with the base and answer mode as data', async () => {
    const { report } = await setup();
    const r = await report('internal');
    const acts = table(r, 'team_activity');
    expect(Object.fromEntries(acts.rows.map((x) => [x.key, x.cell.pct]))).toMatchObject({ advies: 100, procesregie: 40, bemiddeling: 20, maatwerk_organiseren: 20, consultatie: 0 });
    expect(acts.rows.reduce((s, x) => s + (x.cell.pct ?? 0), 0)).toBe(180);
    expect(acts.total).toBeNull();
    expect(basisSentence(acts.basis, 'nl')).toBe('meerdere antwoorden mogelijk, percentages van casussen met een vastgesteld advies (N=5)');
    expect(basisSentence(table(r, 'knelpunt').basis, 'nl')).toBe('1 antwoord mogelijk, afgesloten casussen (N=6)');
    expect(table(r, 'problem_area').rows.reduce((s, x) => s + (x.cell.n ?? 0), 0)).toBe(31);
    expect(table(r, 'question_type').rows.find((x) => x.key === 'aanbod_behandeling')!.cell.pct).toBe(41.7);
  });

  it('filters on municipality', async () => {
    const { report } = await setup();
    const r = await report('internal', 'Veenhoven');
    expect(exact(r, 'totals')).toEqual({ aanmeldingen: 2, besprekingen: 0, besproken_casussen: 0, adviezen: 0, afgesloten: 1 });
    expect(r.period.municipality).toBe('Veenhoven');
    expect(r.municipalities).toEqual(['Veenhoven', 'Zuiderdam']);
  });
});

describe('period report: small-cell suppression (public, and every export)', () => {
  it('shows 1–4 as "<5", hides the cell a total would reveal them by, and withholds tables that cannot be made safe', async () => {
    const { report } = await setup();
    const r = await report('public');
    expect(r.internal).toBe(false);
    // Apr = 1 alone would follow from the total (12 - 5 - 6): January and February are hidden too.
    expect(shown(r, 'referrals_per_month')).toEqual({ '2026-01': 'x', '2026-02': 'x', '2026-03': '0', '2026-04': '<5', '2026-05': '0', '2026-06': '0' });
    expect(shown(r, 'age_group')).toEqual({ '0-4': '0', '5-12': '<5', '13-17': 'x', '18-23': '0' });
    expect(shown(r, 'transition_18')).toEqual({ ja: '<5', nee: 'x' });
    // Two cells of 1 add up to 2: the smallest count of 5 or more (thuis, first of the tie) is hidden.
    expect(shown(r, 'living_situation')).toMatchObject({ thuis: 'x', pleeggezin: '5', kliniek: '<5', onbekend: '<5', gezinshuis: '0' });
    // Three hidden cells that add up to 6 can each be 1 to 4: nothing more to hide.
    expect(shown(r, 'referrer_type')).toMatchObject({ lokale_toegang: '6', gecertificeerde_instelling: '<5', huisarts: '<5', onbekend: '<5', anders: '0' });
    // 5 and 1 of N=6: even hiding the 5 leaves the 1 recoverable; the table is withheld, and its sub-table with it.
    expect(Object.values(shown(r, 'knelpunt'))).toEqual(['x', 'x', 'x', 'x', 'x', 'x']);
    expect(table(r, 'knelpunt').note).toBe('Te weinig casussen om deze tabel veilig te tonen.');
    expect(Object.values(shown(r, 'achterliggend'))).toEqual(['x', 'x', 'x']);
    expect(shown(r, 'disruption_count')).toEqual({ '0': '<5', '1': '<5', '2': '<5', '3': '<5', '4': '0' });
    expect(table(r, 'disruption_count').total!.cell.display).toBe('x');
    expect(table(r, 'feedback_gezin').basis.n.display).toBe('<5');
    // No mean score beside hidden cells: with N it would give away their sum.
    expect(table(r, 'feedback_verwijzer').note).toBe('Score 1 = niet nuttig, 5 = zeer nuttig.');
    expect(basisSentence(table(r, 'feedback_gezin').basis, 'nl')).toBe('1 antwoord mogelijk, terugkoppelingen van gezinnen (N=<5)');
    // Percentages of hidden cells are hidden too; visible ones stay.
    for (const t of r.tables) for (const row of t.rows) if (row.cell.hidden !== 'none') expect(row.cell.pct).toBeNull();
    expect(table(r, 'living_situation').rows.find((x) => x.key === 'pleeggezin')!.cell.pct).toBe(41.7);
    expect(r.hiddenCells).toBeGreaterThan(20);
    expect(r.leadTimes.rows.map((x) => x.medianDays)).toEqual([36, 0, 51.5, 89.5]);
  });

  it('internal mode and the drill-down are for team members only', async () => {
    const { b } = await setup();
    await b.dispatcher.call('users.create', { name: 'Bea Beheer', roles: ['beheerder'], passphrase: 'beheerder wachtzin lang genoeg' });
    const bea = (await b.dispatcher.call('users.list', {})).find((u: { name: string }) => u.name === 'Bea Beheer')!;
    await b.dispatcher.call('vault.unlock', { userId: bea.id, passphrase: 'beheerder wachtzin lang genoeg' });
    await expect(b.dispatcher.call('reports.period', { from: FROM, to: TO, mode: 'public' })).resolves.toMatchObject({ internal: false });
    await expect(b.dispatcher.call('reports.period', { from: FROM, to: TO, mode: 'internal' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(b.dispatcher.call('reports.cases', { from: FROM, to: TO, figure: 'totals', row: 'aanmeldingen' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(b.dispatcher.call('reports.period', { from: TO, to: FROM })).rejects.toMatchObject({ code: 'VALIDATION', fields: { to: { key: 'v.period_order' } } });
  });
});

describe('drill-down and archived facts', () => {
  it('lists the cases behind a figure by code and initials, the same ones the figure counts', async () => {
    const { b } = await setup();
    const list = await b.dispatcher.call('reports.cases', { from: FROM, to: TO, figure: 'transition_18', row: 'ja' });
    // Newest referral first.
    expect(list.cases.map((c) => [c.code, c.initials])).toEqual([['T-3', 'J.T.'], ['T-2', 'J.T.']]);
    expect(list).toMatchObject({ total: 2, archived: 0 });
    expect(JSON.stringify(list)).not.toContain('Jeugdige');
    const lead = await b.dispatcher.call('reports.cases', { from: FROM, to: TO, figure: 'lead_times', row: 'bespreking_advies' });
    expect(lead.cases).toHaveLength(5);
    const audit = b.vault.requireSession().db.prepare(`SELECT count(*) FROM audit_log WHERE action = 'report.cases'`).pluck().get();
    expect(audit).toBe(2 + 5);
  });

  it('counts archived facts exactly like live ones: archive, delete the live rows, same figures', async () => {
    const { b, db, ids, report } = await setup();
    const before = { pub: await report('public'), int: await report('internal') };
    db.transaction(() => {
      for (const id of ids) archiveCaseFacts(db, id);
      deleteCases(db, ids);
    })();
    expect(db.prepare('SELECT count(*) FROM cases').pluck().get()).toBe(0);
    const stored = (db.prepare('SELECT facts FROM report_archive').pluck().all() as string[]).join('\n');
    for (const personal of ['Jeugdige', 'Testvoorbeeld', 'T-1', '2015-06-01', 'Wachtlijst']) expect(stored).not.toContain(personal);
    const after = { pub: await report('public'), int: await report('internal') };
    for (const mode of ['pub', 'int'] as const) {
      expect(after[mode].tables).toEqual(before[mode].tables);
      expect(after[mode].leadTimes).toEqual(before[mode].leadTimes);
      expect(after[mode].archivedCases).toBe(13);
    }
    const list = await b.dispatcher.call('reports.cases', { from: FROM, to: TO, figure: 'transition_18', row: 'ja' });
    expect(list).toMatchObject({ cases: [], total: 0, archived: 2 });
    expect(() => archiveCaseFacts(db, ids[0]!)).toThrow();
  });
});

describe('signalen and the summary', () => {
  it('shows only the signalen the voorzitter marked fit, in the wording chosen', async () => {
    const { b, signalItems } = await setup();
    const listed = await b.dispatcher.call('reports.signals', { from: FROM, to: TO });
    expect(listed.map((s) => [s.itemId, s.fit])).toEqual([[signalItems[0], false], [signalItems[1], false]]);
    expect((await b.dispatcher.call('reports.period', { from: FROM, to: TO })).signals).toEqual([]);
    const marked = await b.dispatcher.call('reports.markSignal', { itemId: signalItems[0]!, fit: true, text: 'Wachtlijst voor gezinshuizen groeit.' });
    expect(marked).toMatchObject({ fit: true, reportText: 'Wachtlijst voor gezinshuizen groeit.', markedBy: 'Voorzitter Test' });
    await b.dispatcher.call('reports.markSignal', { itemId: signalItems[1]!, fit: false });
    const r = await b.dispatcher.call('reports.period', { from: FROM, to: TO });
    expect(r.signals).toEqual(['Wachtlijst voor gezinshuizen groeit.']);
    await b.dispatcher.call('reports.markSignal', { itemId: signalItems[1]!, fit: true });
    expect((await b.dispatcher.call('reports.period', { from: FROM, to: TO })).signals).toEqual([
      'Wachtlijst voor gezinshuizen groeit.',
      'Geen passend aanbod voor 17-jarigen met LVB.',
    ]);
    await expect(b.dispatcher.call('reports.markSignal', { itemId: 9999, fit: true })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('keeps the written summary per period and municipality', async () => {
    const { b } = await setup();
    const saved = await b.dispatcher.call('reports.saveSummary', { from: FROM, to: TO, text: 'Het eerste halfjaar in het kort.' });
    expect(saved).toMatchObject({ text: 'Het eerste halfjaar in het kort.', updatedBy: 'Voorzitter Test' });
    expect((await b.dispatcher.call('reports.period', { from: FROM, to: TO })).summary.text).toBe('Het eerste halfjaar in het kort.');
    expect((await b.dispatcher.call('reports.period', { from: FROM, to: TO, municipality: 'Veenhoven' })).summary.text).toBe('');
  });
});
