/** Planning writes: series, extra meetings, moving and cancelling, the agenda and carrying cases over. */
import { AppError } from '../../../../shared/api/errors.js';
import type { ParsedInput } from '../../../../shared/api/index.js';
import { seriesDates } from '../../../../shared/domain/meetings.js';
import type { Ctx } from '../../dispatch/types.js';
import { loadCase } from '../cases/case-file.js';
import { caseEvent } from '../cases/case-writes.js';
import { getCaseRow } from '../cases/cases.sql.js';
import { deleteItem, getItemRow, insertItem, itemCaseIds, itemHasNotes, openAgendaOf } from './agenda.sql.js';
import {
  getMeetingRow,
  getMeetingSettings,
  insertMeeting,
  insertSeries,
  nextOpenMeeting,
  requireOpen,
  updateMeeting,
  type MeetingRow,
} from './meetings.sql.js';

export const changed = (ctx: Ctx, meetingId: number): void => ctx.emit({ type: 'meeting.changed', meetingId });

/** Months after an ISO date, clamped to the month's last day. */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, last))).toISOString().slice(0, 10);
}

export function createSeries(ctx: Ctx, s: ParsedInput<'meetings.createSeries'>): { seriesId: number; meetingIds: number[] } {
  const until = s.untilDate || addMonths(s.firstDate, s.monthsAhead);
  const seriesId = insertSeries(ctx.db, { ...s, untilDate: until }, ctx.session.user.id, ctx.now);
  const meetingIds = seriesDates(s.firstDate, until, s.weekday, s.intervalWeeks).map((date) =>
    insertMeeting(
      ctx.db,
      { seriesId, date, startTime: s.startTime, endTime: s.endTime, location: s.location, videoLink: s.videoLink, capacity: s.capacity, extra: false },
      ctx.session.user.id,
      ctx.now,
    ),
  );
  return { seriesId, meetingIds };
}

export function moveMeeting(ctx: Ctx, i: ParsedInput<'meetings.move'>): void {
  const m = getMeetingRow(ctx.db, i.meetingId);
  if (m.status !== 'gepland') throw new AppError('MEETING_CLOSED', { status: m.status });
  updateMeeting(
    ctx.db,
    m.id,
    {
      date: i.date,
      start_time: i.startTime,
      end_time: i.endTime,
      location: i.location,
      video_link: i.videoLink,
      moved_from: i.date !== m.date ? m.moved_from || m.date : m.moved_from,
    },
    ctx.now,
  );
  changed(ctx, m.id);
}

/** Cancel one meeting: its cases go back to the waiting list, with a marker on their timeline. */
export function cancelMeeting(ctx: Ctx, meetingId: number, reason: string): number[] {
  const m = getMeetingRow(ctx.db, meetingId);
  if (m.status !== 'gepland') throw new AppError('MEETING_CLOSED', { status: m.status });
  const caseIds = itemCaseIds(ctx.db, meetingId);
  ctx.db.prepare('DELETE FROM agenda_items WHERE meeting_id = ?').run(meetingId);
  updateMeeting(ctx.db, meetingId, { status: 'geannuleerd', cancel_reason: reason }, ctx.now);
  for (const caseId of caseIds) caseEvent(ctx, caseId, 'overleg_geannuleerd', m.date);
  changed(ctx, meetingId);
  return caseIds;
}

/** Put waiting cases on the agenda: status, consent and one open agenda per case are checked. */
export function addCases(ctx: Ctx, meetingId: number, caseIds: readonly number[], carriedFrom: number | null = null): void {
  const m = getMeetingRow(ctx.db, meetingId);
  requireOpen(m);
  const settings = getMeetingSettings(ctx.db);
  for (const caseId of new Set(caseIds)) {
    const c = getCaseRow(ctx.db, caseId);
    if (c.status !== 'wacht_op_bespreking') throw new AppError('CASE_NOT_WAITING', { status: c.status });
    if (!c.legal_ground) {
      const consent = loadCase(ctx.db, caseId).consentState;
      if (!consent.sufficient) throw new AppError('CONSENT_REQUIRED', { missing: consent.missing });
    }
    const planned = openAgendaOf(ctx.db, caseId);
    if (planned) {
      if (planned.meetingId === meetingId) continue;
      throw new AppError('CASE_ALREADY_PLANNED', { meetingId: planned.meetingId, date: planned.date });
    }
    insertItem(
      ctx.db,
      { meetingId, caseId, minutesDeel1: settings.minutesDeel1, minutesDeel2: settings.minutesDeel2, carriedFrom },
      ctx.session.user.id,
      ctx.now,
    );
    caseEvent(ctx, caseId, carriedFrom ? 'doorgeschoven' : 'geagendeerd', m.date);
  }
  changed(ctx, meetingId);
}

export function removeCase(ctx: Ctx, itemId: number): number {
  const item = getItemRow(ctx.db, itemId);
  const m = getMeetingRow(ctx.db, item.meeting_id);
  requireOpen(m);
  // Notes are never dropped silently: an item with notes stays.
  if (item.phase !== 'voorbereiding' || itemHasNotes(ctx.db, itemId)) throw new AppError('CONFLICT');
  deleteItem(ctx.db, itemId);
  if (m.current_item_id === itemId) updateMeeting(ctx.db, m.id, { current_item_id: null }, ctx.now);
  caseEvent(ctx, item.case_id, 'van_agenda', m.date);
  changed(ctx, m.id);
  return m.id;
}

/**
 * Cases not reached in `m` (still in voorbereiding) go to the next planned
 * meeting, marked 'doorgeschoven'; without a next meeting they wait, marked too.
 */
export function carryOver(ctx: Ctx, m: MeetingRow, notReached: readonly number[]): { caseId: number; toMeetingId: number | null }[] {
  if (!notReached.length) return [];
  const next = nextOpenMeeting(ctx.db, m.date)?.id;
  return notReached.map((caseId) => {
    if (next === undefined) {
      caseEvent(ctx, caseId, 'doorgeschoven', '');
      return { caseId, toMeetingId: null };
    }
    const planned = openAgendaOf(ctx.db, caseId);
    if (!planned || planned.meetingId === m.id) addCases(ctx, next, [caseId], m.id);
    return { caseId, toMeetingId: next };
  });
}
