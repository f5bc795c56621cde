/**
 * Demo meetings: a year of a fortnightly series around today, deterministic from
 * the seed. Past meetings have attendance, discussed cases with notes and phase
 * times, an established besluitenlijst, and now and then a cancellation; the next
 * upcoming meetings get agendas (through the same addCases the app uses) with
 * guests. Runs once per vault: when a series exists already it adds nothing.
 */
import { AppError } from '../../../../shared/api/errors.js';
import { addDays, DECISIONS, type Decision, type NoteField } from '../../../../shared/domain/meetings.js';
import type { Referral } from '../../../../shared/domain/referral.js';
import type { Sector } from '../../../../shared/domain/sectors.js';
import { ADULTS, Rng, surname } from '../../demo/corpus.js';
import type { Ctx } from '../../dispatch/types.js';
import { insertCaseEvent } from '../cases/case-events.sql.js';
import { getReferral } from '../cases/cases.sql.js';
import { insertItem, saveGuest, setItemTimer } from './agenda.sql.js';
import { replaceAttendance } from './attendance.sql.js';
import { insertVersion, listDecisionRows, upsertDecision } from './decisions.sql.js';
import { getMeetingSettings, updateMeeting } from './meetings.sql.js';
import { replaceDisruptions, writeNoteField } from './notes.sql.js';
import { addCases, createSeries } from './planning.js';

export interface DemoMeetingsResult {
  series: number;
  past: number;
  cancelled: number;
  upcomingWithAgenda: number;
  discussed: number;
}

const MEMBER_SECTORS: readonly Sector[] = ['jeugdzorg', 'ggz', 'lvb', 'gemeente', 'onderwijs', 'verslavingszorg', 'volwassenenzorg', 'jeugdbescherming'];

const NOTES: Record<NoteField, readonly string[]> = {
  hulpvraagVerhelderd: [
    'De jeugdige wil vooral een plek waar {naam} kan blijven, zonder opnieuw te verhuizen.',
    'Ouders vragen om één vast aanspreekpunt in plaats van steeds nieuwe hulpverleners.',
    'De vraag is verschoven van een behandelplek naar ondersteuning thuis en op school.',
  ],
  watGaatGoed: [
    '- contact met de mentor is goed\n- sport twee keer per week',
    'De band met oma is sterk; de jeugdige voelt zich daar veilig.',
    'Ouders werken goed samen met het wijkteam.',
  ],
  watIsNodig: [
    'Rust, duidelijke afspraken en iemand die het overzicht houdt.',
    '- een passende dagbesteding\n- begeleiding bij de overstap naar 18+',
    'Een behandeling die aansluit bij het niveau van de jeugdige.',
  ],
  afspraken: [
    'Verwijzer neemt contact op met de aanbieder; terugkoppeling binnen twee weken.',
    'Ouders bespreken het advies thuis; de verwijzer belt volgende week.',
    'Het team stuurt het advies binnen vijf werkdagen naar de verwijzer.',
  ],
  analyse: [
    'Stapeling van problematiek; eerdere hulp sloot niet aan bij het LVB-niveau.',
    'Het gezin loopt vast op wachtlijsten; samenwerking tussen aanbieders ontbreekt.',
    'Onduidelijk wie de regie heeft; veel partijen, geen gedeeld plan.',
  ],
  overwegingen: [
    'Maatwerk lijkt nodig: combinatie van ambulante behandeling en logeeropvang.',
    'Overwogen is een klinische opname; het team kiest eerst voor intensieve thuisbehandeling.',
    'Zwaarwegend advies aan de gemeente om de overgang naar 18+ nu voor te bereiden.',
  ],
  financiering: [
    'Jeugdwet via de gemeente; mogelijk gedeelde financiering met de Wlz.',
    'Maatwerkbudget aanvragen; zorgaanbieders verdelen de kosten.',
    'Zvw voor de behandeling, Jeugdwet voor de begeleiding.',
  ],
  verstoringen: ['Scheidslijn Wmo-Wlz vertraagt de plaatsing.', 'Geen passend aanbod in de regio.', ''],
  signalen: ['Opnieuw een casus waarin het aanbod voor LVB met psychiatrie ontbreekt.', 'Wachtlijsten voor gezinshuizen in de regio.', ''],
};

/** The ISO timestamp of `date` at `hhmm`, local time taken as UTC (demo data only). */
const at = (date: string, hhmm: string) => `${date}T${hhmm}:00.000Z`;

export function generateDemoMeetings(ctx: Ctx, caseIds: readonly number[], seed: number): DemoMeetingsResult {
  const result: DemoMeetingsResult = { series: 0, past: 0, cancelled: 0, upcomingWithAgenda: 0, discussed: 0 };
  if (ctx.db.prepare('SELECT 1 FROM meeting_series LIMIT 1').get()) return result;
  const rng = new Rng(seed);
  const today = ctx.now.slice(0, 10);
  const first = addDays(today, -364);
  const { meetingIds } = createSeries(
    { ...ctx, now: at(first, '09:00') },
    {
      title: 'Expertteam Lindewaard-Veenhoven',
      intervalWeeks: 2,
      weekday: 2,
      startTime: '13:00',
      endTime: '17:00',
      location: 'Stadskantoor Lindewaard, zaal De Linde',
      videoLink: '',
      capacity: 5,
      firstDate: first,
      untilDate: addDays(today, 183),
      monthsAhead: 6,
    },
  );
  result.series = 1;

  const members = MEMBER_SECTORS.map((sector) => ({ name: `${rng.pick(ADULTS)} ${surname(rng)}`, sector }));
  const meetings = meetingIds.map(
    (id) => ctx.db.prepare('SELECT id, date FROM meetings WHERE id = ?').get(id) as { id: number; date: string },
  );
  const set = new Set(caseIds);
  const discussedPool = (ctx.db
    .prepare(
      `SELECT id, referred_on FROM cases WHERE status IN ('besproken', 'advies_vastgesteld', 'in_opvolging')
       OR (status = 'afgesloten' AND EXISTS (SELECT 1 FROM screenings s WHERE s.case_id = cases.id AND s.outcome = 'geschikt'))
       ORDER BY referred_on, id`,
    )
    .all() as { id: number; referred_on: string }[]).filter((c) => set.has(c.id));
  const used = new Set<number>();
  const settings = getMeetingSettings(ctx.db);

  for (const m of meetings.filter((x) => x.date < today)) {
    result.past++;
    const mctx: Ctx = { ...ctx, now: at(m.date, '12:00') };
    if (rng.chance(0.08)) {
      updateMeeting(ctx.db, m.id, { status: 'geannuleerd', cancel_reason: rng.pick(['Te weinig aanmeldingen', 'Feestdag', 'Te weinig leden beschikbaar']) }, mctx.now);
      result.cancelled++;
      continue;
    }
    replaceAttendance(
      ctx.db,
      m.id,
      members.map((p) => {
        const status = rng.weighted([['aanwezig', 8], ['afwezig', 1], ['vervangen', 1]] as const);
        return { userId: null, name: p.name, sector: p.sector, status, replacedBy: status === 'vervangen' ? `${rng.pick(ADULTS)} ${surname(rng)}` : '' };
      }),
    );
    const candidates = discussedPool.filter((c) => !used.has(c.id) && c.referred_on <= addDays(m.date, -10));
    const n = Math.min(candidates.length, rng.int(2, 5));
    const chosen = candidates.slice(0, n);
    chosen.forEach((c) => used.add(c.id));
    let clock = 13 * 60;
    for (const c of chosen) {
      const itemId = insertItem(ctx.db, { meetingId: m.id, caseId: c.id, minutesDeel1: settings.minutesDeel1, minutesDeel2: settings.minutesDeel2, carriedFrom: null }, ctx.session.user.id, mctx.now);
      const d1 = settings.minutesDeel1 * 60 + rng.int(-8, 12) * 60;
      const d2 = settings.minutesDeel2 * 60 + rng.int(-5, 10) * 60;
      setItemTimer(ctx.db, itemId, { phase: 'afgerond', startedAt: null, deel1: d1, deel2: d2, advies: rng.int(3, 8) * 60 });
      const referral = getReferral(ctx.db, c.id);
      addGuests(ctx, itemId, referral, rng);
      const stamp = at(m.date, `${String(Math.floor(clock / 60)).padStart(2, '0')}:${String(clock % 60).padStart(2, '0')}`);
      for (const [field, options] of Object.entries(NOTES) as [NoteField, readonly string[]][]) {
        const text = rng.pick(options).replace('{naam}', referral.youth.firstName);
        if (text) writeNoteField(ctx.db, itemId, field, text, 1, ctx.session.user.id, stamp);
      }
      if (rng.chance(0.6)) replaceDisruptions(ctx.db, itemId, rng.sample(['organisatorisch', 'wettelijk', 'inhoudelijk', 'verstoorde_werkrelaties'] as const, rng.int(1, 2)));
      const decision: Decision = rng.weighted([[DECISIONS[0], 8], [DECISIONS[1], 1], [DECISIONS[2], 1]] as const);
      upsertDecision(ctx.db, { meetingId: m.id, caseId: c.id, decision, summary: rng.pick(NOTES.overwegingen) }, ctx.session.user.id, stamp);
      insertCaseEvent(ctx.db, { caseId: c.id, at: stamp, userId: ctx.session.user.id, kind: 'besproken_in_overleg', detail: m.date });
      clock += settings.minutesDeel1 + settings.minutesDeel2;
      result.discussed++;
    }
    updateMeeting(ctx.db, m.id, { status: 'afgerond', started_at: at(m.date, '13:00'), ended_at: at(m.date, '16:45') }, mctx.now);
    insertVersion(ctx.db, { meetingId: m.id, version: 1, items: listDecisionRows(ctx.db, m.id), attendance: [], reason: '' }, ctx.session.user.id, at(m.date, '17:00'));
    updateMeeting(ctx.db, m.id, { decisions_status: 'vastgesteld', decisions_version: 1 }, at(m.date, '17:00'));
  }

  // The next three meetings get agendas from the waiting list, most urgent and longest waiting first.
  const waiting = (ctx.db
    .prepare(
      `SELECT id FROM cases WHERE status = 'wacht_op_bespreking'
       ORDER BY CASE urgency WHEN 'zeer_hoog' THEN 0 WHEN 'hoog' THEN 1 ELSE 2 END, referred_on, id`,
    )
    .pluck()
    .all() as number[]).filter((id) => set.has(id));
  for (const m of meetings.filter((x) => x.date >= today).slice(0, 3)) {
    const take = waiting.splice(0, rng.int(3, 5));
    let added = 0;
    for (const caseId of take) {
      try {
        addCases(ctx, m.id, [caseId]);
        added++;
      } catch (err) {
        // A case whose consent was withdrawn stays off the agenda, as in the app.
        if (!(err instanceof AppError)) throw err;
      }
    }
    if (added) result.upcomingWithAgenda++;
    for (const item of ctx.db.prepare('SELECT id, case_id FROM agenda_items WHERE meeting_id = ?').all(m.id) as { id: number; case_id: number }[]) {
      addGuests(ctx, item.id, getReferral(ctx.db, item.case_id), rng);
    }
  }
  return result;
}

function addGuests(ctx: Ctx, itemId: number, r: Referral, rng: Rng): void {
  if (r.referrer.name) saveGuest(ctx.db, { itemId, kind: 'verwijzer', name: r.referrer.name, role: r.referrer.organisation, deel1: true, deel2: false });
  if (rng.chance(0.7)) saveGuest(ctx.db, { itemId, kind: 'jeugdige', name: r.youth.firstName, role: '', deel1: true, deel2: false });
  for (const g of r.guardians.slice(0, 2)) saveGuest(ctx.db, { itemId, kind: 'ouder', name: g.name, role: g.relation, deel1: true, deel2: false });
  if (rng.chance(0.2)) saveGuest(ctx.db, { itemId, kind: 'deskundige', name: `${rng.pick(ADULTS)} ${surname(rng)}`, role: 'deskundige op afroep', deel1: true, deel2: true });
}
