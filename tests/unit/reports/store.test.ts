/**
 * The stored facts (report_case_facts) follow every change: after each change to a table the
 * facts come from, the report from the stored facts equals one worked out afresh from the live
 * tables, and the change shows where it should.
 */
import { describe, expect, it } from 'vitest';
import { periodReport } from '../../../electron/node/features/reports/report.js';
import { refreshFacts } from '../../../electron/node/features/reports/store.js';
import type { PeriodReport } from '../../../shared/api/reports.js';
import { unlockedBackend } from '../helpers.js';
import { FROM, TO, writeDataset } from './fixture.js';

const exact = (r: PeriodReport, key: string) => Object.fromEntries(r.tables.find((t) => t.key === key)!.rows.map((x) => [x.key, x.cell.n]));

describe('stored report facts', () => {
  it('follow changes to every table they come from', async () => {
    const b = await unlockedBackend();
    const { db, user } = b.vault.requireSession();
    const { ids } = writeDataset(db, user.id);
    const q = { from: FROM, to: TO, municipality: '', mode: 'internal' as const, lang: 'nl' as const };
    const check = async () => {
      const stored = await b.dispatcher.call('reports.period', q);
      const fresh = periodReport(db, q, stored.generatedAt, null);
      expect(stored.tables).toEqual(fresh.tables);
      expect(stored.leadTimes).toEqual(fresh.leadTimes);
      expect(db.prepare('SELECT count(*) FROM report_dirty').pluck().get()).toBe(0);
      return stored;
    };
    expect(exact(await check(), 'totals')).toMatchObject({ besprekingen: 7, besproken_casussen: 6 });
    expect(db.prepare('SELECT count(*) FROM report_case_facts').pluck().get()).toBe(14);

    const [c3, c7] = [ids[2]!, ids[6]!];
    db.prepare(`INSERT INTO case_problem_areas (case_id, area_id) VALUES (?, 'suicidaliteit')`).run(c7);
    expect(exact(await check(), 'problem_area')).toMatchObject({ suicidaliteit: 1, autisme: 7 });

    db.prepare(`UPDATE case_referrals SET referral = json_set(referral, '$.referrer.type', 'huisarts') WHERE case_id = ?`).run(ids[0]);
    expect(exact(await check(), 'referrer_type')).toMatchObject({ lokale_toegang: 5, huisarts: 3 });

    const item3 = db.prepare('SELECT id FROM agenda_items WHERE case_id = ?').pluck().get(c3) as number;
    db.prepare(`INSERT INTO item_disruptions (item_id, code) VALUES (?, 'wettelijk')`).run(item3);
    expect(exact(await check(), 'disruption_type')).toMatchObject({ wettelijk: 2 });

    const advice3 = db.prepare('SELECT id FROM advices WHERE case_id = ?').pluck().get(c3) as number;
    db.prepare(`INSERT INTO advice_responses (advice_id, item_key, state, responded_on, recorded_by, recorded_at) VALUES (?, 1, 'akkoord', ?, ?, ?)`).run(advice3, '2026-03-01', user.id, '2026-03-01T10:00:00.000Z');
    expect(exact(await check(), 'response_state')).toMatchObject({ geen_reactie: 0, akkoord: 4 });

    // Worked out by someone else (another process on the same vault): the session reads everything again.
    db.prepare(`UPDATE advice_versions SET weight = 'bindend' WHERE advice_id = ?`).run(advice3);
    expect(refreshFacts(db).size).toBe(1);
    expect(exact(await check(), 'advice_weight')).toEqual({ advies: 2, zwaarwegend: 2, bindend: 1 });

    db.prepare(`INSERT INTO advice_feedback (advice_id, source, score, given_by, recorded_by, recorded_at) VALUES (?, 'gezin', 5, 'Iemand', ?, '2026-05-05T10:00:00.000Z')`).run(advice3, user.id);
    expect(exact(await check(), 'feedback_gezin')).toMatchObject({ '3': 1, '5': 1 });

    db.prepare(`UPDATE case_outcomes SET knelpunt = 'financiering', achterliggend = '' WHERE case_id = ?`).run(c3);
    expect(exact(await check(), 'knelpunt')).toMatchObject({ gevraagd_aanbod_ontbreekt: 4, financiering: 1 });

    db.prepare(`UPDATE meetings SET status = 'geannuleerd' WHERE date = '2026-03-10'`).run();
    expect(exact(await check(), 'totals')).toMatchObject({ besprekingen: 3, besproken_casussen: 3 });

    db.prepare(`INSERT INTO case_events (case_id, at, user_id, kind, to_status) VALUES (?, '2026-06-01T10:00:00.000Z', ?, 'status', 'afgesloten')`).run(c3, user.id);
    db.prepare(`UPDATE cases SET birth_date = '2000-01-01' WHERE id = ?`).run(c7);
    const r = await check();
    expect(exact(r, 'age_group')).toMatchObject({ '13-17': 10 });
    expect(r.leadTimes.rows.find((x) => x.key === 'aanmelding_afsluiting')!.p90Days).toBe(140);

    db.prepare('DELETE FROM agenda_items WHERE case_id = ?').run(c3);
    db.prepare('DELETE FROM meeting_decisions WHERE case_id = ?').run(c3);
    db.prepare('DELETE FROM cases WHERE id = ?').run(c3);
    expect(exact(await check(), 'totals')).toMatchObject({ aanmeldingen: 11 });
    expect(db.prepare('SELECT count(*) FROM report_case_facts').pluck().get()).toBe(13);
  });

  it('mark a case changed even when a foreign-key cascade deletes a watched row of an already marked case', async () => {
    // SQLite runs triggers fired by a foreign-key action with ABORT as their conflict policy, so an
    // INSERT OR IGNORE in the trigger would fail with UNIQUE when the case is marked already.
    const b = await unlockedBackend();
    const { db, user } = b.vault.requireSession();
    const { ids } = writeDataset(db, user.id);
    const c3 = ids[2]!;
    db.prepare('INSERT OR IGNORE INTO report_dirty (case_id) VALUES (?)').run(c3);
    const advice3 = db.prepare('SELECT id FROM advices WHERE case_id = ?').pluck().get(c3) as number;
    const version = db.prepare('SELECT id FROM advice_versions WHERE advice_id = ? ORDER BY id DESC').pluck().get(advice3) as number;
    expect(db.prepare('SELECT count(*) FROM advice_items WHERE version_id = ?').pluck().get(version)).toBeGreaterThan(0);
    expect(() => db.prepare('DELETE FROM advice_versions WHERE id = ?').run(version)).not.toThrow();
    expect(db.prepare('SELECT count(*) FROM advice_items WHERE version_id = ?').pluck().get(version)).toBe(0);
    expect(db.prepare('SELECT count(*) FROM report_dirty WHERE case_id = ?').pluck().get(c3)).toBe(1);
  });
});
