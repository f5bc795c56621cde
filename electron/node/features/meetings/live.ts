/** The live meeting: start and stop, the current item, phases and their timers. */
import { AppError } from '../../../../shared/api/errors.js';
import type { StopResult } from '../../../../shared/api/index.js';
import { canSetPhase, TIMED_PHASES, type ItemPhase } from '../../../../shared/domain/meetings.js';
import type { Ctx } from '../../dispatch/types.js';
import { changeStatus, caseEvent } from '../cases/case-writes.js';
import { getCaseRow } from '../cases/cases.sql.js';
import { getItemRow, listItems, setItemTimer, type ItemRow } from './agenda.sql.js';
import { loadMeeting, phaseTotals } from './detail.js';
import { getMeetingRow, updateMeeting, type MeetingRow } from './meetings.sql.js';
import { carryOver, changed } from './planning.js';

const timed = (p: ItemPhase) => (TIMED_PHASES as readonly string[]).includes(p);

function requireRunning(m: MeetingRow): void {
  if (m.status !== 'bezig') throw new AppError('MEETING_NOT_RUNNING', { status: m.status });
}

/** Bank the running stretch of `item` and put it in `phase`; a new stretch starts when the timer runs. */
function enterPhase(ctx: Ctx, item: ItemRow, phase: ItemPhase, running: boolean): void {
  const t = phaseTotals(item, ctx.now);
  setItemTimer(ctx.db, item.id, {
    phase,
    startedAt: running && timed(phase) ? ctx.now : null,
    deel1: t.deel1,
    deel2: t.deel2,
    advies: t.advies,
  });
}

export function startMeeting(ctx: Ctx, meetingId: number): void {
  const m = getMeetingRow(ctx.db, meetingId);
  if (m.status !== 'gepland') throw new AppError('MEETING_CLOSED', { status: m.status });
  const first = listItems(ctx.db, meetingId).find((i) => i.phase !== 'afgerond');
  updateMeeting(ctx.db, meetingId, { status: 'bezig', started_at: ctx.now, timer_running: 1, current_item_id: first?.id ?? null }, ctx.now);
  changed(ctx, meetingId);
}

/** End the meeting: discussed cases become 'besproken'; cases not reached are carried over. */
export function stopMeeting(ctx: Ctx, meetingId: number): StopResult['carriedOver'] {
  const m = getMeetingRow(ctx.db, meetingId);
  requireRunning(m);
  const items = listItems(ctx.db, meetingId);
  for (const it of items) if (it.phase_started_at) enterPhase(ctx, it, it.phase, false);
  updateMeeting(ctx.db, meetingId, { status: 'afgerond', ended_at: ctx.now, timer_running: 0, current_item_id: null }, ctx.now);
  const notReached: number[] = [];
  for (const it of items) {
    if (it.phase === 'voorbereiding') {
      notReached.push(it.case_id);
      continue;
    }
    caseEvent(ctx, it.case_id, 'besproken_in_overleg', m.date);
    if (getCaseRow(ctx.db, it.case_id).status === 'wacht_op_bespreking') changeStatus(ctx, it.case_id, 'besproken');
  }
  const carried = carryOver(ctx, m, notReached);
  changed(ctx, meetingId);
  return carried;
}

function itemOf(ctx: Ctx, meetingId: number, itemId: number): ItemRow {
  const item = getItemRow(ctx.db, itemId);
  if (item.meeting_id !== meetingId) throw new AppError('NOT_FOUND');
  return item;
}

export function setCurrent(ctx: Ctx, meetingId: number, itemId: number): void {
  const m = getMeetingRow(ctx.db, meetingId);
  requireRunning(m);
  const item = itemOf(ctx, meetingId, itemId);
  if (m.current_item_id !== null && m.current_item_id !== itemId) {
    const cur = getItemRow(ctx.db, m.current_item_id);
    // Nobody leaves the family in the room by switching cases: deel 1 must be closed first.
    if (cur.phase === 'deel1') throw new AppError('PHASE_TRANSITION', { from: 'deel1', to: 'voorbereiding' });
    enterPhase(ctx, cur, cur.phase, false);
  }
  enterPhase(ctx, item, item.phase, m.timer_running === 1);
  updateMeeting(ctx.db, meetingId, { current_item_id: itemId }, ctx.now);
  changed(ctx, meetingId);
}

/** Close the current item and make the next open one current. */
export function nextCase(ctx: Ctx, meetingId: number): void {
  const m = getMeetingRow(ctx.db, meetingId);
  requireRunning(m);
  const items = listItems(ctx.db, meetingId);
  const idx = items.findIndex((i) => i.id === m.current_item_id);
  const cur = idx >= 0 ? items[idx]! : null;
  if (cur) {
    if (cur.phase === 'deel1') throw new AppError('PHASE_TRANSITION', { from: 'deel1', to: 'afgerond' });
    enterPhase(ctx, cur, cur.phase === 'voorbereiding' ? 'voorbereiding' : 'afgerond', false);
  }
  const next = items.slice(idx + 1).find((i) => i.phase !== 'afgerond') ?? items.find((i) => i.phase === 'voorbereiding' && i.id !== cur?.id);
  if (next) enterPhase(ctx, next, next.phase, m.timer_running === 1);
  updateMeeting(ctx.db, meetingId, { current_item_id: next?.id ?? null }, ctx.now);
  changed(ctx, meetingId);
}

export function setPhase(ctx: Ctx, itemId: number, phase: ItemPhase, viaFamilyLeft = false): number {
  const item = getItemRow(ctx.db, itemId);
  const m = getMeetingRow(ctx.db, item.meeting_id);
  requireRunning(m);
  const allowed = viaFamilyLeft ? item.phase === 'deel1' && phase === 'deel2' : canSetPhase(item.phase, phase);
  if (!allowed) throw new AppError('PHASE_TRANSITION', { from: item.phase, to: phase });
  if (m.current_item_id !== itemId) {
    if (m.current_item_id !== null) {
      const cur = getItemRow(ctx.db, m.current_item_id);
      if (cur.phase === 'deel1') throw new AppError('PHASE_TRANSITION', { from: 'deel1', to: phase });
      enterPhase(ctx, cur, cur.phase, false);
    }
    updateMeeting(ctx.db, m.id, { current_item_id: itemId }, ctx.now);
  }
  enterPhase(ctx, item, phase, m.timer_running === 1);
  changed(ctx, m.id);
  return m.id;
}

export function setTimer(ctx: Ctx, meetingId: number, running: boolean): void {
  const m = getMeetingRow(ctx.db, meetingId);
  requireRunning(m);
  if ((m.timer_running === 1) === running) return;
  if (m.current_item_id !== null) {
    const cur = getItemRow(ctx.db, m.current_item_id);
    enterPhase(ctx, cur, cur.phase, running);
  }
  updateMeeting(ctx.db, meetingId, { timer_running: running ? 1 : 0 }, ctx.now);
  changed(ctx, meetingId);
}

export const detailAt = (ctx: Ctx, meetingId: number) => loadMeeting(ctx.db, meetingId, ctx.now);
