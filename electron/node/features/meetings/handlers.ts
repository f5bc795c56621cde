/** Meetings: planning, the agenda, attendance, the live meeting, notes and the besluitenlijst. */
import { AppError } from '../../../../shared/api/errors.js';
import type { MethodName } from '../../../../shared/api/index.js';
import { computeSchedule, defaultGuestPhases, proposeAgenda } from '../../../../shared/domain/meetings.js';
import { todayIso } from '../../../../shared/domain/dates.js';
import { read, type HandlerGroup } from '../../dispatch/types.js';
import { caseEvent } from '../cases/case-writes.js';
import { getCaseRow } from '../cases/cases.sql.js';
import { deleteGuest, getGuest, getItemRow, listItems, listWaiting, saveGuest, setPositions, setSlot } from './agenda.sql.js';
import { conflictOwner, insertConflict, replaceAttendance, withdrawConflict } from './attendance.sql.js';
import { isChair, ownConflict } from './conflicts.js';
import { getVersion } from './decisions.sql.js';
import { familyView, loadMeeting, toSummary } from './detail.js';
import { writeIcs } from './ics.js';
import { nextCase, setCurrent, setPhase, setTimer, startMeeting, stopMeeting } from './live.js';
import {
  endSeries,
  getMeetingRow,
  getMeetingSettings,
  getSeries,
  insertMeeting,
  listMeetingRows,
  listSeries,
  putMeetingSettings,
  requireOpen,
} from './meetings.sql.js';
import { replaceDisruptions } from './notes.sql.js';
import { firstShown } from './shown.js';
import { addCases, cancelMeeting, changed, createSeries, moveMeeting, removeCase } from './planning.js';
import { establishDecisions, loadDecisions, loadNotes, saveNote, setDecision } from './records.js';

type MeetingsMethods = Extract<MethodName, `meetings.${string}`>;

export const meetingsHandlers: HandlerGroup<MeetingsMethods> = {
  'meetings.settings': read(({ db }) => getMeetingSettings(db)),
  'meetings.updateSettings': ({ db }, s) => {
    const current = getMeetingSettings(db);
    putMeetingSettings(db, {
      quorum: s.quorum ?? current.quorum,
      minutesDeel1: s.minutesDeel1 ?? current.minutesDeel1,
      minutesDeel2: s.minutesDeel2 ?? current.minutesDeel2,
      capacity: s.capacity ?? current.capacity,
    });
    return getMeetingSettings(db);
  },

  // --- planning
  'meetings.listSeries': read(({ db, now }) => listSeries(db, now.slice(0, 10))),
  'meetings.createSeries': (ctx, s) => {
    const { seriesId, meetingIds } = createSeries(ctx, s);
    return { series: getSeries(ctx.db, seriesId, todayIso()), meetingIds };
  },
  'meetings.endSeries': (ctx, { seriesId, lastDate }) => {
    getSeries(ctx.db, seriesId, todayIso());
    endSeries(ctx.db, seriesId, lastDate);
    return getSeries(ctx.db, seriesId, todayIso());
  },
  'meetings.list': read(({ db }, { from, to, includeCancelled }) =>
    listMeetingRows(db, from, to, includeCancelled).map((r) =>
      toSummary(r, { seriesTitle: r.series_title ?? '', itemCount: r.item_count, plannedMinutes: r.planned_minutes }),
    ),
  ),
  'meetings.get': read(({ db, now }, { meetingId }) => loadMeeting(db, meetingId, now)),
  'meetings.addExtra': (ctx, i) => {
    if (i.seriesId !== null) getSeries(ctx.db, i.seriesId, todayIso());
    const id = insertMeeting(ctx.db, { ...i, extra: true }, ctx.session.user.id, ctx.now);
    changed(ctx, id);
    return loadMeeting(ctx.db, id, ctx.now);
  },
  'meetings.move': (ctx, i) => {
    moveMeeting(ctx, i);
    return loadMeeting(ctx.db, i.meetingId, ctx.now);
  },
  'meetings.cancel': (ctx, { meetingId, reason }) => {
    const returnedCaseIds = cancelMeeting(ctx, meetingId, reason);
    const d = loadMeeting(ctx.db, meetingId, ctx.now);
    return { meeting: toSummary(getMeetingRow(ctx.db, meetingId), d), returnedCaseIds };
  },

  // --- agenda
  'meetings.waiting': read(({ db }) => listWaiting(db)),
  'meetings.proposal': read(({ db }, { meetingId }) => {
    const m = getMeetingRow(db, meetingId);
    requireOpen(m);
    const s = getMeetingSettings(db);
    const items = listItems(db, meetingId);
    const used = items.reduce((a, r) => a + r.minutes_deel1 + r.minutes_deel2, 0);
    const available = m.start_time && m.end_time ? computeSchedule([], m.start_time, m.end_time).availableMinutes : Infinity;
    const slot = s.minutesDeel1 + s.minutesDeel2;
    const cases = proposeAgenda(
      listWaiting(db).filter((c) => c.plannedMeetingId === null && c.ready),
      { capacity: m.capacity, alreadyPlanned: items.length, minutesLeft: available - used, slotMinutes: slot },
    );
    const left = available - used - cases.length * slot;
    return { cases, minutesLeft: Number.isFinite(left) ? left : 0 };
  }),
  'meetings.addCases': (ctx, { meetingId, caseIds }) => {
    addCases(ctx, meetingId, caseIds);
    return loadMeeting(ctx.db, meetingId, ctx.now);
  },
  'meetings.removeCase': (ctx, { itemId }) => loadMeeting(ctx.db, removeCase(ctx, itemId), ctx.now),
  'meetings.reorder': (ctx, { meetingId, itemIds }) => {
    requireOpen(getMeetingRow(ctx.db, meetingId));
    const current = listItems(ctx.db, meetingId).map((i) => i.id);
    if (itemIds.length !== current.length || new Set(itemIds).size !== itemIds.length || itemIds.some((id) => !current.includes(id))) {
      throw new AppError('VALIDATION', {}, { itemIds: { key: 'v.invalid', params: {} } });
    }
    setPositions(ctx.db, itemIds);
    changed(ctx, meetingId);
    return loadMeeting(ctx.db, meetingId, ctx.now);
  },
  'meetings.setSlot': (ctx, { itemId, minutesDeel1, minutesDeel2 }) => {
    const item = getItemRow(ctx.db, itemId);
    requireOpen(getMeetingRow(ctx.db, item.meeting_id));
    setSlot(ctx.db, itemId, minutesDeel1, minutesDeel2);
    changed(ctx, item.meeting_id);
    return loadMeeting(ctx.db, item.meeting_id, ctx.now);
  },
  'meetings.saveGuest': (ctx, g) => {
    const item = getItemRow(ctx.db, g.itemId);
    requireOpen(getMeetingRow(ctx.db, item.meeting_id));
    const phases = defaultGuestPhases(g.kind);
    saveGuest(ctx.db, {
      id: g.guestId,
      itemId: g.itemId,
      kind: g.kind,
      name: g.name,
      role: g.role,
      deel1: g.deel1 ?? phases.deel1,
      deel2: g.deel2 ?? phases.deel2,
    });
    changed(ctx, item.meeting_id);
    return loadMeeting(ctx.db, item.meeting_id, ctx.now);
  },
  'meetings.removeGuest': (ctx, { guestId }) => {
    const item = getItemRow(ctx.db, getGuest(ctx.db, guestId).itemId);
    requireOpen(getMeetingRow(ctx.db, item.meeting_id));
    deleteGuest(ctx.db, guestId);
    changed(ctx, item.meeting_id);
    return loadMeeting(ctx.db, item.meeting_id, ctx.now);
  },
  'meetings.guestInvite': read(({ db, now }, { guestId }) => {
    const guest = getGuest(db, guestId);
    const item = getItemRow(db, guest.itemId);
    const d = loadMeeting(db, item.meeting_id, now);
    const it = d.items.find((i) => i.id === item.id)!;
    if (!d.startTime || !it.plannedStart) {
      throw new AppError('VALIDATION', {}, { startTime: { key: 'v.time_required', params: {} } });
    }
    const start = guest.deel1 ? it.plannedStart : it.plannedDeel2Start;
    const end = guest.deel2 ? it.plannedEnd : it.plannedDeel2Start;
    const content = writeIcs({
      uid: `overleg-${d.id}-gast-${guest.id}@adviestafel`,
      stamp: now,
      date: d.date,
      start,
      end,
      // The case code, never a name.
      summary: `Overleg expertteam, casus ${it.caseCode}`,
      description: guest.deel1 && !guest.deel2 ? 'Deel 1: gesprek met jeugdige, ouders en verwijzer.' : '',
      location: d.location || d.videoLink,
      url: d.videoLink,
    });
    return { fileName: `uitnodiging-${it.caseCode}-${d.date}.ics`, content, caseId: item.case_id };
  }),

  // --- attendance and conflicts of interest
  'meetings.setAttendance': (ctx, { meetingId, members }) => {
    const m = getMeetingRow(ctx.db, meetingId);
    if (m.status === 'geannuleerd') throw new AppError('MEETING_CLOSED', { status: m.status });
    replaceAttendance(ctx.db, meetingId, members);
    changed(ctx, meetingId);
    return loadMeeting(ctx.db, meetingId, ctx.now);
  },
  'meetings.declareConflict': (ctx, c) => {
    getMeetingRow(ctx.db, c.meetingId);
    getCaseRow(ctx.db, c.caseId);
    insertConflict(ctx.db, ownConflict(ctx.session.user, c), ctx.session.user.id, ctx.now);
    caseEvent(ctx, c.caseId, 'belangenconflict', c.memberName);
    changed(ctx, c.meetingId);
    return loadMeeting(ctx.db, c.meetingId, ctx.now);
  },
  'meetings.withdrawConflict': (ctx, { meetingId, conflictId }) => {
    const owner = conflictOwner(ctx.db, conflictId);
    if (owner === undefined) throw new AppError('NOT_FOUND');
    if (!isChair(ctx.session.user) && owner.userId !== ctx.session.user.id) {
      throw new AppError('FORBIDDEN', { rule: 'conflict_own_only' });
    }
    const caseId = withdrawConflict(ctx.db, conflictId, ctx.now);
    if (caseId === undefined) throw new AppError('NOT_FOUND');
    caseEvent(ctx, caseId, 'belangenconflict_ingetrokken');
    changed(ctx, meetingId);
    return loadMeeting(ctx.db, meetingId, ctx.now);
  },

  // --- the live meeting
  'meetings.start': (ctx, { meetingId }) => {
    startMeeting(ctx, meetingId);
    return loadMeeting(ctx.db, meetingId, ctx.now);
  },
  'meetings.stop': (ctx, { meetingId }) => {
    const carriedOver = stopMeeting(ctx, meetingId);
    return { meeting: loadMeeting(ctx.db, meetingId, ctx.now), carriedOver };
  },
  'meetings.setCurrent': (ctx, { meetingId, itemId }) => {
    setCurrent(ctx, meetingId, itemId);
    return loadMeeting(ctx.db, meetingId, ctx.now);
  },
  'meetings.nextCase': (ctx, { meetingId }) => {
    nextCase(ctx, meetingId);
    return loadMeeting(ctx.db, meetingId, ctx.now);
  },
  'meetings.setPhase': (ctx, { itemId, phase }) => loadMeeting(ctx.db, setPhase(ctx, itemId, phase), ctx.now),
  'meetings.familyLeft': (ctx, { itemId }) => loadMeeting(ctx.db, setPhase(ctx, itemId, 'deel2', true), ctx.now),
  'meetings.setTimer': (ctx, { meetingId, running }) => {
    setTimer(ctx, meetingId, running);
    return loadMeeting(ctx.db, meetingId, ctx.now);
  },
  // Audited once per session and case (shown.ts): the presentation re-reads at every change.
  'meetings.familyView': read(({ db, now, session }, { meetingId }) => {
    const view = familyView(db, meetingId, now);
    const scope = view.mode === 'family' ? 'family' : 'agenda';
    return { ...view, caseIds: firstShown(session.user, meetingId, scope, view.caseIds) };
  }),

  // --- notes
  'meetings.notes': read(({ db }, { itemId }) => loadNotes(db, itemId)),
  'meetings.saveNote': (ctx, i) => saveNote(ctx, i),
  'meetings.setDisruptions': (ctx, { itemId, codes }) => {
    const item = getItemRow(ctx.db, itemId);
    replaceDisruptions(ctx.db, itemId, codes);
    changed(ctx, item.meeting_id);
    return loadNotes(ctx.db, itemId);
  },

  // --- besluitenlijst
  'meetings.decisions': read(({ db }, { meetingId }) => loadDecisions(db, meetingId)),
  'meetings.setDecision': (ctx, d) => {
    setDecision(ctx, d);
    changed(ctx, d.meetingId);
    return loadDecisions(ctx.db, d.meetingId);
  },
  'meetings.establishDecisions': (ctx, { meetingId }) => {
    establishDecisions(ctx, meetingId);
    changed(ctx, meetingId);
    return loadDecisions(ctx.db, meetingId);
  },
  'meetings.decisionVersion': read(({ db }, { meetingId, version }) => {
    const v = getVersion(db, meetingId, version);
    if (!v) throw new AppError('NOT_FOUND');
    return v;
  }),
};
