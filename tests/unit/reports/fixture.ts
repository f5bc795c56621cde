/**
 * A fixed, fictional dataset for the report tests, written straight into the tables so every
 * date is exact. Every figure of the period 2026-01-01 – 2026-06-30 is worked out by hand in
 * report.test.ts. C13 was referred before the period (closed in it), C14 after it.
 */
import type { Db } from '../../../electron/node/db/database.js';
import { emptyReferral } from '../../../shared/domain/referral.js';

export const FROM = '2026-01-01';
export const TO = '2026-06-30';

interface Spec {
  ref: string;
  birth: string;
  place: string;
  referrer: string;
  living: string;
  questions: string[];
  areas: string[];
  /** Meeting date -> verstoringen of that discussion. */
  discussed?: [string, string[]][];
  advice?: { on: string; weight: string; activities: string[]; responses: string[] };
  feedback?: [source: string, score: number, on: string][];
  closed?: { on: string; knelpunt: string; achterliggend?: string; fitting: string };
}

const Z = 'Zuiderdam';
const V = 'Veenhoven';
const AT = ['autisme', 'trauma'];

/** C1..C14, by index + 1. */
export const CASES: Spec[] = [
  { ref: '2026-01-05', birth: '2015-06-01', place: Z, referrer: 'lokale_toegang', living: 'thuis', questions: ['aanbod_behandeling'], areas: AT,
    discussed: [['2026-02-10', ['organisatorisch', 'wettelijk']], ['2026-03-10', ['wettelijk']]],
    advice: { on: '2026-02-10', weight: 'advies', activities: ['advies', 'procesregie'], responses: ['akkoord', 'geweigerd'] },
    feedback: [['verwijzer', 4, '2026-04-01'], ['gezin', 3, '2026-04-01']],
    closed: { on: '2026-04-01', knelpunt: 'gevraagd_aanbod_ontbreekt', achterliggend: 'wachtlijst', fitting: 'ja' } },
  { ref: '2026-01-06', birth: '2008-06-01', place: Z, referrer: 'lokale_toegang', living: 'thuis', questions: ['aanbod_behandeling'], areas: AT,
    discussed: [['2026-02-10', ['inhoudelijk']]],
    advice: { on: '2026-02-10', weight: 'advies', activities: ['advies'], responses: ['akkoord'] },
    feedback: [['verwijzer', 4, '2026-04-02']],
    closed: { on: '2026-04-02', knelpunt: 'gevraagd_aanbod_ontbreekt', achterliggend: 'wachtlijst', fitting: 'ja' } },
  { ref: '2026-01-12', birth: '2008-10-01', place: Z, referrer: 'lokale_toegang', living: 'thuis', questions: ['aanbod_behandeling'], areas: ['autisme', 'lvb'],
    discussed: [['2026-02-10', []]],
    advice: { on: '2026-02-12', weight: 'advies', activities: ['advies', 'bemiddeling'], responses: ['geen_reactie'] },
    feedback: [['verwijzer', 5, '2026-04-15']],
    closed: { on: '2026-04-15', knelpunt: 'gevraagd_aanbod_ontbreekt', achterliggend: 'terughoudendheid_zorgaanbieder', fitting: 'ja' } },
  { ref: '2026-01-20', birth: '2009-06-01', place: Z, referrer: 'lokale_toegang', living: 'thuis', questions: ['aanbod_behandeling'], areas: ['trauma', 'lvb'],
    discussed: [['2026-03-10', ['organisatorisch', 'inhoudelijk', 'verstoorde_werkrelaties']]],
    advice: { on: '2026-03-10', weight: 'zwaarwegend', activities: ['advies', 'procesregie', 'maatwerk_organiseren'], responses: ['akkoord', 'akkoord_met_wijzigingen'] },
    feedback: [['verwijzer', 2, '2026-05-01']],
    closed: { on: '2026-05-01', knelpunt: 'gevraagd_aanbod_ontbreekt', achterliggend: 'terughoudendheid_zorgaanbieder', fitting: 'deels' } },
  { ref: '2026-01-25', birth: '2009-07-01', place: Z, referrer: 'lokale_toegang', living: 'thuis', questions: ['aanbod_behandeling', 'aanbod_verblijf'], areas: ['autisme', 'trauma', 'lvb'],
    discussed: [['2026-03-10', []]],
    advice: { on: '2026-03-10', weight: 'zwaarwegend', activities: ['advies'], responses: ['geescaleerd'] },
    feedback: [['verwijzer', 4, '2026-05-10']],
    closed: { on: '2026-05-10', knelpunt: 'gevraagd_aanbod_ontbreekt', achterliggend: 'aanbod_bestaat_niet', fitting: 'deels' } },
  { ref: '2026-02-02', birth: '2009-08-01', place: Z, referrer: 'lokale_toegang', living: 'pleeggezin', questions: ['maatwerk'], areas: [],
    discussed: [['2026-03-10', ['organisatorisch']]] },
  { ref: '2026-02-03', birth: '2009-09-01', place: Z, referrer: 'huisarts', living: 'pleeggezin', questions: ['maatwerk'], areas: ['autisme'] },
  { ref: '2026-02-04', birth: '2011-01-01', place: Z, referrer: 'huisarts', living: 'pleeggezin', questions: ['maatwerk'], areas: ['gezin_opvoeding'] },
  { ref: '2026-02-10', birth: '2012-01-01', place: Z, referrer: 'gecertificeerde_instelling', living: 'pleeggezin', questions: ['maatwerk'],
    areas: ['autisme', 'trauma', 'agressie', 'depressie', 'zelfbeschadiging', 'eetproblemen'] },
  { ref: '2026-02-15', birth: '2012-05-01', place: Z, referrer: 'gecertificeerde_instelling', living: 'pleeggezin', questions: ['maatwerk'], areas: ['agressie', 'depressie', 'lvb'] },
  { ref: '2026-02-20', birth: '2011-06-01', place: V, referrer: 'gecertificeerde_instelling', living: 'kliniek', questions: ['maatwerk'],
    areas: ['autisme', 'agressie', 'depressie', 'gezin_opvoeding'] },
  { ref: '2026-04-07', birth: '2010-12-01', place: V, referrer: '', living: '', questions: [], areas: ['trauma', 'agressie', 'depressie', 'lvb', 'verslaving'] },
  { ref: '2025-11-10', birth: '2010-01-01', place: V, referrer: 'zorgaanbieder', living: 'thuis', questions: ['coordinatie'], areas: ['trauma'],
    discussed: [['2025-11-30', ['wettelijk']]],
    advice: { on: '2025-12-01', weight: 'bindend', activities: ['consultatie'], responses: ['akkoord'] },
    feedback: [['verwijzer', 5, '2026-01-20'], ['gezin', 1, '2025-12-15']],
    closed: { on: '2026-01-15', knelpunt: 'visieverschil', fitting: 'nee' } },
  { ref: '2026-08-01', birth: '2010-01-01', place: Z, referrer: 'onderwijs', living: 'thuis', questions: ['coordinatie'], areas: ['trauma'] },
];

const stamp = (d: string, t = '12:00:00') => `${d}T${t}.000Z`;

/** Writes the dataset; returns the case ids (C1 = ids[0]) and the agenda item ids with a signaal. */
export function writeDataset(db: Db, userId: number): { ids: number[]; signalItems: number[] } {
  const meetings = new Map<string, number>();
  const meeting = (date: string) => {
    let id = meetings.get(date);
    if (!id) {
      id = Number(
        db
          .prepare(`INSERT INTO meetings (date, capacity, status, created_by, created_at, updated_at) VALUES (?, 6, 'afgerond', ?, ?, ?)`)
          .run(date, userId, stamp(date), stamp(date)).lastInsertRowid,
      );
      meetings.set(date, id);
    }
    return id;
  };
  const event = (caseId: number, at: string, to: string) =>
    db.prepare(`INSERT INTO case_events (case_id, at, user_id, kind, to_status) VALUES (?, ?, ?, 'status', ?)`).run(caseId, stamp(at), userId, to);
  const ids: number[] = [];
  const items: number[] = [];
  CASES.forEach((c, i) => {
    const status = c.closed ? 'afgesloten' : c.advice ? 'in_opvolging' : c.discussed ? 'besproken' : 'aangemeld';
    const year = Number(c.ref.slice(0, 4));
    const id = Number(
      db
        .prepare(
          `INSERT INTO cases (code, year, seq, status, youth_first_name, youth_last_name, birth_date, municipality, referrer_org,
             urgency, referred_on, created_by, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, 'Testvoorbeeld', ?, ?, 'Wijkteam', 'normaal', ?, ?, ?, ?)`,
        )
        .run(`T-${i + 1}`, year, i + 1, status, `Jeugdige${i + 1}`, c.birth, c.place, c.ref, userId, stamp(c.ref), stamp(c.ref)).lastInsertRowid,
    );
    ids.push(id);
    const r = emptyReferral();
    r.youth.firstName = `Jeugdige${i + 1}`;
    r.youth.lastName = 'Testvoorbeeld';
    r.youth.birthDate = c.birth;
    r.youth.municipality = c.place;
    r.youth.livingSituation = c.living as typeof r.youth.livingSituation;
    r.referrer.type = c.referrer as typeof r.referrer.type;
    r.questionTypes = c.questions as typeof r.questionTypes;
    r.problemAreas = c.areas;
    db.prepare('INSERT INTO case_referrals (case_id, referral) VALUES (?, ?)').run(id, JSON.stringify(r));
    for (const a of c.areas) db.prepare('INSERT INTO case_problem_areas (case_id, area_id) VALUES (?, ?)').run(id, a);
    event(id, c.ref, 'aangemeld');
    for (const [date, codes] of c.discussed ?? []) {
      const item = Number(
        db
          .prepare(
            `INSERT INTO agenda_items (meeting_id, case_id, position, minutes_deel1, minutes_deel2, phase, added_by, added_at)
             VALUES (?, ?, ?, 30, 20, 'afgerond', ?, ?)`,
          )
          .run(meeting(date), id, i, userId, stamp(date)).lastInsertRowid,
      );
      for (const code of codes) db.prepare('INSERT INTO item_disruptions (item_id, code) VALUES (?, ?)').run(item, code);
      if (i < 2 && date === '2026-02-10') {
        const text = i === 0 ? 'Wachtlijst voor gezinshuizen groeit; Jeugdige1 wacht al maanden.' : 'Geen passend aanbod voor 17-jarigen met LVB.';
        db.prepare(`INSERT INTO item_notes (item_id, field, text, version, saved_by, saved_at) VALUES (?, 'signalen', ?, 1, ?, ?)`).run(item, text, userId, stamp(date));
        items.push(item);
      }
    }
    if (c.advice) {
      const a = c.advice;
      const adviceId = Number(
        db
          .prepare(`INSERT INTO advices (case_id, approved_version, approved_on, created_by, created_at) VALUES (?, 1, ?, ?, ?)`)
          .run(id, a.on, userId, stamp(a.on)).lastInsertRowid,
      );
      const versionId = Number(
        db
          .prepare(
            `INSERT INTO advice_versions (advice_id, version, status, advice_date, team_activities, weight, drafted_by, drafted_at, updated_at)
             VALUES (?, 1, 'vastgesteld', ?, ?, ?, ?, ?, ?)`,
          )
          .run(adviceId, a.on, JSON.stringify(a.activities), a.weight, userId, stamp(a.on), stamp(a.on)).lastInsertRowid,
      );
      a.responses.forEach((state, k) => {
        db.prepare(
          `INSERT INTO advice_items (version_id, advice_id, case_id, item_key, position, category, text, addressee_kind, in_force)
           VALUES (?, ?, ?, ?, ?, 'passende_zorg', 'Een passende plek zoeken.', 'zorgaanbieder', 1)`,
        ).run(versionId, adviceId, id, k + 1, k);
        if (state !== 'geen_reactie') {
          db.prepare(
            `INSERT INTO advice_responses (advice_id, item_key, state, responded_on, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)`,
          ).run(adviceId, k + 1, state, a.on, userId, stamp(a.on));
        }
      });
      for (const [source, score, on] of c.feedback ?? []) {
        db.prepare(
          `INSERT INTO advice_feedback (advice_id, source, score, given_by, recorded_by, recorded_at) VALUES (?, ?, ?, 'Iemand', ?, ?)`,
        ).run(adviceId, source, score, userId, stamp(on));
      }
    }
    if (c.closed) {
      event(id, c.closed.on, 'afgesloten');
      db.prepare(
        `INSERT INTO case_outcomes (case_id, fitting_place, place_type, knelpunt, achterliggend, recorded_by, recorded_at)
         VALUES (?, ?, 'thuis', ?, ?, ?, ?)`,
      ).run(id, c.closed.fitting, c.closed.knelpunt, c.closed.achterliggend ?? '', userId, stamp(c.closed.on));
    }
  });
  return { ids, signalItems: items };
}

/** Removes the live rows of these cases, as an erasure would (after archiveCaseFacts). */
export function deleteCases(db: Db, ids: number[]): void {
  const list = JSON.stringify(ids);
  const inIds = 'IN (SELECT value FROM json_each(?))';
  db.prepare(`DELETE FROM meeting_decisions WHERE case_id ${inIds}`).run(list);
  db.prepare(`DELETE FROM agenda_items WHERE case_id ${inIds}`).run(list);
  db.prepare(`DELETE FROM cases WHERE id ${inIds}`).run(list);
}
