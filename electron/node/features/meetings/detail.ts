/** Building the meeting views: summary, detail (agenda, attendance, warnings, live state) and the family view. */
import type { AgendaItem, FamilyView, MeetingDetail, MeetingSummary } from '../../../../shared/api/index.js';
import { computeSchedule, familyPresent, TIMED_PHASES, type TimedPhase } from '../../../../shared/domain/meetings.js';
import { initials } from '../../../../shared/domain/names.js';
import { missingSectors, quorumState } from '../../../../shared/domain/sectors.js';
import { pickFamilySafe } from '../../../../shared/domain/visibility.js';
import type { ReadDb } from '../../db/database.js';
import { getReferral } from '../cases/cases.sql.js';
import { listGuests, listItems, type ItemRow } from './agenda.sql.js';
import { listAttendance, listConflicts, suggestAttendance } from './attendance.sql.js';
import { getMeetingRow, getMeetingSettings, seriesTitle, type MeetingRow } from './meetings.sql.js';
import { listNoteFields } from './notes.sql.js';

const secondsBetween = (from: string, to: string) => Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 1000));

/** Seconds per timed phase including the running stretch up to `now`. */
export function phaseTotals(item: ItemRow, now: string): Record<TimedPhase, number> {
  const t = { deel1: item.seconds_deel1, deel2: item.seconds_deel2, advies: item.seconds_advies };
  if (item.phase_started_at && (TIMED_PHASES as readonly string[]).includes(item.phase)) {
    t[item.phase as TimedPhase] += secondsBetween(item.phase_started_at, now);
  }
  return t;
}

/**
 * Seconds behind schedule: for finished items the time used minus the time
 * planned (a short item wins time back), for items under way only the overrun.
 */
export function delaySeconds(items: readonly ItemRow[], now: string): number {
  let delay = 0;
  for (const it of items) {
    const t = phaseTotals(it, now);
    const used = t.deel1 + t.deel2 + t.advies;
    const planned = (it.minutes_deel1 + it.minutes_deel2) * 60;
    if (it.phase === 'afgerond') delay += used - planned;
    else if (it.phase !== 'voorbereiding') delay += Math.max(0, used - planned);
  }
  return delay;
}

export function toSummary(
  m: MeetingRow,
  extra: { seriesTitle: string; itemCount: number; plannedMinutes: number },
): MeetingSummary {
  const available = m.start_time && m.end_time ? computeSchedule([], m.start_time, m.end_time).availableMinutes : 0;
  return {
    id: m.id,
    seriesId: m.series_id,
    seriesTitle: extra.seriesTitle,
    date: m.date,
    startTime: m.start_time,
    endTime: m.end_time,
    location: m.location,
    videoLink: m.video_link,
    status: m.status,
    cancelReason: m.cancel_reason,
    movedFrom: m.moved_from,
    extra: m.extra === 1,
    capacity: m.capacity,
    itemCount: extra.itemCount,
    plannedMinutes: extra.plannedMinutes,
    overrunMinutes: available ? Math.max(0, extra.plannedMinutes - available) : 0,
    decisionsStatus: m.decisions_status,
  };
}

export function loadMeeting(db: ReadDb, meetingId: number, now: string): MeetingDetail {
  const m = getMeetingRow(db, meetingId);
  const rows = listItems(db, meetingId);
  const saved = listAttendance(db, meetingId);
  const attendance = saved.length ? saved : suggestAttendance(db);
  const present = new Set<string>(attendance.filter((a) => a.status !== 'afwezig').map((a) => a.sector));
  const schedule = m.start_time
    ? computeSchedule(rows.map((r) => ({ minutesDeel1: r.minutes_deel1, minutesDeel2: r.minutes_deel2 })), m.start_time, m.end_time || m.start_time)
    : null;
  const items: AgendaItem[] = rows.map((r, i) => {
    const areas = r.areas ? r.areas.split(',') : [];
    return {
      id: r.id,
      caseId: r.case_id,
      caseCode: r.code,
      initials: initials(r.first, r.last),
      urgency: r.urgency,
      problemAreas: areas,
      position: i + 1,
      minutesDeel1: r.minutes_deel1,
      minutesDeel2: r.minutes_deel2,
      plannedStart: schedule?.slots[i]?.start ?? '',
      plannedDeel2Start: schedule?.slots[i]?.deel2Start ?? '',
      plannedEnd: schedule?.slots[i]?.end ?? '',
      carriedOverFrom: r.carried_from_date ?? '',
      phase: r.phase,
      phaseStartedAt: r.phase_started_at,
      phaseSeconds: { deel1: r.seconds_deel1, deel2: r.seconds_deel2, advies: r.seconds_advies },
      guests: listGuests(db, r.id),
      conflicts: listConflicts(db, r.case_id),
      sectorWarnings: missingSectors(r.case_id, areas, present),
    };
  });
  const plannedMinutes = rows.reduce((a, r) => a + r.minutes_deel1 + r.minutes_deel2, 0);
  const summary = toSummary(m, { seriesTitle: seriesTitle(db, m.series_id), itemCount: rows.length, plannedMinutes });
  return {
    ...summary,
    items,
    attendance,
    attendanceSaved: saved.length > 0,
    quorum: quorumState(getMeetingSettings(db).quorum, attendance),
    sectorWarnings: items.flatMap((i) => i.sectorWarnings),
    availableMinutes: schedule?.availableMinutes ?? 0,
    live: {
      currentItemId: m.current_item_id,
      startedAt: m.started_at,
      endedAt: m.ended_at,
      timerRunning: m.timer_running === 1,
      delaySeconds: delaySeconds(rows, now),
    },
  };
}

/**
 * The family view: everything here passes through pickFamilySafe, so only fields
 * declared family-safe in shared/domain/visibility.ts can reach the screen.
 */
export function familyView(db: ReadDb, meetingId: number, now: string): FamilyView {
  const d = loadMeeting(db, meetingId, now);
  const meeting = pickFamilySafe('meeting', { ...d, delaySeconds: d.live.delaySeconds });
  const current = d.items.find((i) => i.id === d.live.currentItemId) ?? null;
  if (!current) return { mode: 'idle', meeting, current: null, agenda: [], caseIds: [] };
  const item = pickFamilySafe('agendaItem', current);
  if (!familyPresent(current.phase)) {
    return {
      mode: 'team',
      meeting,
      current: { item },
      agenda: d.items.map((i) => pickFamilySafe('agendaItem', { caseCode: i.caseCode, plannedStart: i.plannedStart, phase: i.phase })),
      caseIds: d.items.map((i) => i.caseId),
    };
  }
  const referral = getReferral(db, current.caseId);
  const notes = Object.fromEntries(Object.entries(listNoteFields(db, current.id)).map(([k, v]) => [k, v.text]));
  const members = d.attendanceSaved
    ? d.attendance
        .filter((a) => a.status !== 'afwezig')
        .map((a) => pickFamilySafe('member', { ...a, name: a.status === 'vervangen' ? a.replacedBy : a.name }))
    : [];
  return {
    mode: 'family',
    meeting,
    current: {
      item,
      case: pickFamilySafe('case', { ...referral, code: current.caseCode }),
      notes: pickFamilySafe('itemNote', notes),
      guests: current.guests.filter((g) => g.deel1).map((g) => pickFamilySafe('guest', g)),
      members,
    },
    agenda: [],
    caseIds: [current.caseId],
  };
}
