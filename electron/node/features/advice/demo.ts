/**
 * Demo advice: for the demo cases that were discussed, advices in every state,
 * deterministic from the seed and dated along each case's own timeline:
 * concepts for discussed cases, approved advices (some corrected, a few with an
 * open correction), responses of every kind (some deadlines overdue), actions,
 * reviews, feedback, and for closed cases the outcome with knelpunten. Written
 * with the feature's own data functions; cases that already have an advice are
 * skipped, so running it twice adds nothing twice.
 */
import type { Content } from './advices.sql.js';
import {
  ACHTERLIGGENDE_KNELPUNTEN,
  ADVICE_CATEGORIES,
  KNELPUNTEN,
  TEAM_ACTIVITIES,
  defaultReviewDate,
  type FittingPlace,
  type ResponseState,
} from '../../../../shared/domain/advice.js';
import { addDays } from '../../../../shared/domain/meetings.js';
import { LIVING_SITUATIONS } from '../../../../shared/domain/taxonomies.js';
import { Rng } from '../../demo/corpus.js';
import type { Ctx } from '../../dispatch/types.js';
import { insertCaseEvent } from '../cases/case-events.sql.js';
import { withStatementCache } from '../cases/demo.js';
import { dayOf } from './advice-file.js';
import { approveVersion, getAdviceRow, insertAdvice, insertVersion, setReviewDate, stopAwaiting, type AdviceRow } from './advices.sql.js';
import { insertFeedback, insertReview, upsertOutcome } from './evaluation.sql.js';
import { insertAction, setActionStatus, upsertResponse } from './responses.sql.js';
import * as T from './demo-texts.js';

export interface DemoAdviceResult {
  drafts: number;
  approved: number;
  corrected: number;
  openCorrections: number;
  responses: Partial<Record<ResponseState, number>>;
  actions: number;
  reviews: number;
  feedback: number;
  outcomes: number;
}

const stamp = (date: string, time = '15:30:00') => `${date}T${time}.000Z`;
const minDate = (a: string, b: string) => (a < b ? a : b);

interface CaseInfo {
  status: string;
  closure_reason: string;
  discussed: string | null;
  approved: string | null;
}

function content(rng: Rng, adviceDate: string, userId: number): Content {
  const n = rng.int(2, 4);
  const categories = rng.sample(ADVICE_CATEGORIES, n);
  return {
    adviceDate,
    questionSummary: rng.pick(T.QUESTION_SUMMARIES),
    analysis: rng.pick(T.ANALYSES),
    items: categories.map((category) => {
      const [kind, names] = rng.pick(T.PARTIES);
      return {
        category,
        financingRoute: category === 'financieringsroute' ? rng.pick(['jeugdwet', 'wlz', 'maatwerk', 'gedeelde_financiering'] as const) : '',
        text: rng.pick(T.ITEM_TEXTS[category]),
        addresseeKind: kind,
        addresseeName: rng.pick(names),
        deadline: rng.chance(0.9) ? addDays(adviceDate, rng.int(2, 6) * 7) : '',
      };
    }),
    teamActivities: rng.sample(TEAM_ACTIVITIES, rng.int(1, 3)),
    director: rng.chance(0.6)
      ? { kind: 'verwijzer', userId: null, name: 'Verwijzer' }
      : rng.chance(0.5)
        ? { kind: 'teamlid', userId, name: '' }
        : { kind: 'andere_professional', userId: null, name: rng.pick(T.ACTION_OWNERS) },
    weight: rng.weighted([['advies', 6], ['zwaarwegend', 3], ['bindend', 1]] as const),
    weightBasis: 'Regionale afspraak over de adviezen van het expertteam',
    weightBasisDate: '2024-01-01',
  };
}

/** Closed cases have every response; open ones often wait, less so the longer ago the deadline passed. */
function respond(rng: Rng, closed: boolean, daysPastDeadline: number): ResponseState {
  const waiting = closed ? 0 : daysPastDeadline > 42 ? 4 : daysPastDeadline > 0 ? 20 : 45;
  return rng.weighted<ResponseState>([
    ['geen_reactie', waiting],
    ['akkoord', 45],
    ['akkoord_met_wijzigingen', 25],
    ['geweigerd', 20],
    ['geescaleerd', 10],
  ]);
}

const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

export function generateDemoAdvice(outer: Ctx, caseIds: readonly number[], seed: number): DemoAdviceResult {
  const ctx: Ctx = { ...outer, db: withStatementCache(outer.db) };
  const rng = new Rng(seed);
  const today = dayOf(ctx.now);
  const userId = ctx.session.user.id;
  const result: DemoAdviceResult = { drafts: 0, approved: 0, corrected: 0, openCorrections: 0, responses: {}, actions: 0, reviews: 0, feedback: 0, outcomes: 0 };
  const info = ctx.db.prepare(
    `SELECT c.status, c.closure_reason,
            (SELECT max(at) FROM case_events e WHERE e.case_id = c.id AND e.to_status = 'besproken') AS discussed,
            (SELECT min(at) FROM case_events e WHERE e.case_id = c.id AND e.to_status = 'advies_vastgesteld') AS approved
       FROM cases c WHERE c.id = ?`,
  );
  const meetingOf = ctx.db.prepare(
    `SELECT ai.id, ai.meeting_id, m.date FROM agenda_items ai JOIN meetings m ON m.id = ai.meeting_id
      WHERE ai.case_id = ? AND ai.phase = 'afgerond' AND m.date < ? ORDER BY m.date DESC LIMIT 1`,
  );
  const event = (caseId: number, at: string, kind: string, detail: string) => insertCaseEvent(ctx.db, { caseId, at, userId, kind, detail });

  for (const caseId of caseIds) {
    const c = info.get(caseId) as CaseInfo | undefined;
    if (!c?.discussed || getAdviceRow(ctx.db, caseId)) continue;
    // Discussed in a demo meeting: the advice is that meeting's (drafted in its Advies phase, approved that day).
    const link = meetingOf.get(caseId, today) as { id: number; meeting_id: number; date: string } | undefined;
    const day = link?.date ?? (c.approved ?? c.discussed).slice(0, 10);
    const adviceDate = day;
    const meta = { reason: '', meetingId: link?.meeting_id ?? null, agendaItemId: link?.id ?? null, userId, now: stamp(adviceDate, '16:00:00') };

    if (!c.approved) {
      // Discussed, not (yet) approved: a concept for half of the open ones.
      if (c.status !== 'besproken' || !rng.chance(0.5)) continue;
      const advice = insertAdvice(ctx.db, caseId, userId, meta.now);
      insertVersion(ctx.db, advice, 1, content(rng, adviceDate, userId), meta);
      event(caseId, meta.now, 'advies_concept', 'v1');
      result.drafts += 1;
      continue;
    }

    let advice: AdviceRow = insertAdvice(ctx.db, caseId, userId, meta.now);
    let body = content(rng, adviceDate, userId);
    const v1 = insertVersion(ctx.db, advice, 1, body, meta);
    const approvedAt = stamp(day, '17:00:00');
    approveVersion(ctx.db, advice, { id: v1, version: 1 }, { approverId: userId, sessionUserId: userId, now: approvedAt, reviewDate: defaultReviewDate(day) });
    event(caseId, approvedAt, 'advies_vastgesteld', 'v1');
    result.approved += 1;
    let version = 1;
    const open = c.status === 'advies_vastgesteld' || c.status === 'in_opvolging';
    const fixDay = addDays(day, rng.int(3, 20));
    if (rng.chance(0.15) && fixDay < today) {
      // A correction: one item reworded, one deadline moved; approved again.
      advice = getAdviceRow(ctx.db, caseId)!;
      body = { ...body, items: body.items.map((it, i) => ({ ...it, key: i + 1, ...(i === 0 ? { text: `${it.text} Uiterlijk binnen zes weken.` } : {}) })) };
      const v2 = insertVersion(ctx.db, advice, 2, body, { ...meta, reason: 'Termijn aangescherpt na overleg met de aanbieder', now: stamp(fixDay, '10:00:00') });
      approveVersion(ctx.db, advice, { id: v2, version: 2 }, { approverId: userId, sessionUserId: userId, now: stamp(fixDay, '11:00:00'), reviewDate: '' });
      event(caseId, stamp(fixDay, '11:00:00'), 'advies_correctie', 'v2');
      result.corrected += 1;
      version = 2;
    }
    if (open && rng.chance(0.04)) {
      advice = getAdviceRow(ctx.db, caseId)!;
      insertVersion(ctx.db, advice, version + 1, body, { ...meta, reason: 'Nieuwe informatie van de verwijzer', now: stamp(today, '09:00:00') });
      result.openCorrections += 1;
    }
    if (c.status === 'advies_vastgesteld') continue;

    // Follow-up: responses, actions, and for closed cases the review, feedback and outcome.
    const closed = c.status === 'afgesloten';
    const keys = (ctx.db.prepare('SELECT item_key, deadline FROM advice_items WHERE advice_id = ? AND in_force = 1').all(advice.id) as { item_key: number; deadline: string }[]);
    for (const k of keys) {
      const state = respond(rng, closed, k.deadline ? daysBetween(k.deadline, today) : 0);
      if (state === 'geen_reactie') continue;
      const on = minDate(addDays(adviceDate, rng.int(3, 35)), today);
      upsertResponse(
        ctx.db,
        advice.id,
        {
          caseId,
          itemKey: k.item_key,
          state,
          changes: rng.pick(T.CHANGES),
          reason: rng.pick(T.REFUSALS),
          escalatedTo: rng.pick(['bovenregionaal_netwerk', 'gemeente_doorzettingsmacht'] as const),
          escalatedOn: on,
          escalatedWhom: rng.pick(T.ESCALATED_WHOM),
          respondedOn: on,
        },
        userId,
        stamp(on),
      );
      result.responses[state] = (result.responses[state] ?? 0) + 1;
    }
    for (let i = rng.int(closed ? 0 : 1, 3); i > 0; i--) {
      const mine = rng.chance(0.3);
      const due = addDays(adviceDate, rng.int(1, 10) * 7);
      const id = insertAction(
        ctx.db,
        advice.id,
        { caseId, itemKey: rng.chance(0.7) && keys.length ? rng.pick(keys).item_key : null, whoUserId: mine ? userId : null, whoName: mine ? '' : rng.pick(T.ACTION_OWNERS), what: rng.pick(T.ACTIONS), due },
        userId,
        stamp(adviceDate, '17:30:00'),
      );
      if (closed || (due < today && rng.chance(daysBetween(due, today) > 28 ? 0.92 : 0.5))) setActionStatus(ctx.db, id, rng.chance(0.85) ? 'gedaan' : 'vervallen', stamp(minDate(due, today)));
      result.actions += 1;
    }
    if (!closed) {
      // Follow-up running for longer than 8 weeks: the team reviewed (or moved the review) every 8 weeks,
      // so the next review falls somewhere in the coming 8 weeks; a few were missed and are overdue.
      const periods = Math.floor(daysBetween(day, today) / 56);
      if (periods >= 1) {
        const heldOn = addDays(day, 56 * periods);
        if (rng.chance(0.3)) {
          insertReview(ctx.db, advice.id, { caseId, heldOn, items: keys.map((k) => ({ itemKey: k.item_key, result: rng.pick(['uitgevoerd', 'deels', 'niet'] as const), disruption: rng.chance(0.5) ? rng.pick(['organisatorisch', 'wettelijk', 'inhoudelijk', 'verstoorde_werkrelaties'] as const) : '' })), decision: 'escaleren', reason: '', escalatedTo: 'bovenregionaal_netwerk', note: '' }, userId, stamp(heldOn));
          result.reviews += 1;
        }
        setReviewDate(ctx.db, advice.id, rng.chance(0.08) ? heldOn : addDays(heldOn, 56));
      }
      continue;
    }
    const closedAt = (ctx.db.prepare(`SELECT max(at) FROM case_events WHERE case_id = ? AND to_status = 'afgesloten'`).pluck().get(caseId) as string | null)?.slice(0, 10) ?? today;
    const closedOn = closedAt > adviceDate ? closedAt : minDate(addDays(adviceDate, rng.int(30, 90)), today);
    insertReview(
      ctx.db,
      advice.id,
      { caseId, heldOn: closedOn, items: keys.map((k) => ({ itemKey: k.item_key, result: rng.weighted([['uitgevoerd', 5], ['deels', 3], ['niet', 2]] as const), disruption: rng.chance(0.3) ? rng.pick(['organisatorisch', 'wettelijk', 'inhoudelijk', 'verstoorde_werkrelaties'] as const) : '' })), decision: 'afsluiten', reason: '', escalatedTo: '', note: '' },
      userId,
      stamp(closedOn, '10:00:00'),
    );
    setReviewDate(ctx.db, advice.id, '');
    stopAwaiting(ctx.db, advice.id);
    result.reviews += 1;
    for (const source of ['verwijzer', 'gezin'] as const) {
      if (!rng.chance(source === 'verwijzer' ? 0.7 : 0.45)) continue;
      insertFeedback(ctx.db, advice.id, { caseId, source, score: rng.weighted([[5, 3], [4, 4], [3, 2], [2, 1], [1, 1]] as const), text: rng.pick(T.FEEDBACK_TEXTS), givenBy: source === 'gezin' ? 'Ouder' : 'Verwijzer' }, userId, stamp(closedOn, '10:30:00'));
      result.feedback += 1;
    }
    const fitting: FittingPlace = c.closure_reason === 'passende_plek' ? rng.weighted([['ja', 8], ['deels', 2]] as const) : rng.weighted([['deels', 4], ['nee', 6]] as const);
    const knelpunt = rng.weighted(KNELPUNTEN.map((k) => [k, k === 'gevraagd_aanbod_ontbreekt' ? 5 : k === 'visieverschil' ? 3 : 1] as const));
    upsertOutcome(
      ctx.db,
      {
        caseId,
        fittingPlace: fitting,
        placeType: fitting === 'nee' ? rng.pick(['thuis', 'zonder_vaste_plek', 'residentieel'] as const) : rng.pick(LIVING_SITUATIONS),
        knelpunt,
        achterliggend: knelpunt === 'gevraagd_aanbod_ontbreekt' ? rng.weighted(ACHTERLIGGENDE_KNELPUNTEN.map((a) => [a, a === 'wachtlijst' ? 5 : 2] as const)) : '',
        closureReason: 'passende_plek',
        note: '',
      },
      userId,
      stamp(closedOn, '11:00:00'),
    );
    result.outcomes += 1;
  }
  return result;
}
