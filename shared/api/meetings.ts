/**
 * Meetings, part one: the series, the agenda with guests and slots, attendance
 * and conflicts of interest. Part two (meeting-live.ts): the live two-phase
 * discussion, notes (autosaved, with conflict detection), the besluitenlijst and
 * the family-safe view.
 *
 * Every method that returns a `MeetingDetail` audits one 'meeting.*' record per
 * case on the agenda (a meeting view reads every case it shows).
 *
 * Case status: the status model has no 'gepland'; a case on an open agenda keeps
 * 'wacht_op_bespreking' (WaitingCase.plannedMeetingId says where it is planned).
 * `meetings.stop` moves every case that was reached (past voorbereiding) to
 * 'besproken' and carries the others to the next planned meeting ('doorgeschoven',
 * on the case timeline). Timeline kinds: shared/domain/meetings.ts MEETING_EVENT_KINDS.
 * Every mutation raises `{ type: 'meeting.changed', meetingId }`.
 *
 * Errors besides VALIDATION / FORBIDDEN / NOT_FOUND:
 * - NOTE_CONFLICT (saveNote with a stale baseVersion): params
 *   { itemId, field, baseVersion, currentVersion, currentText, yourText, savedBy, savedAt }.
 * - MEETING_CLOSED (the meeting is cancelled or finished): { status }.
 * - MEETING_NOT_RUNNING (a live action before start or after stop): { status }.
 * - CASE_NOT_WAITING (a case not in 'wacht_op_bespreking'): { status }.
 * - CASE_ALREADY_PLANNED (the case is on another open agenda): { meetingId, date }.
 * - PHASE_TRANSITION ({ from, to }; deel1 -> deel2 only through `meetings.familyLeft`).
 * - CONSENT_REQUIRED (from the cases feature's consent gate).
 */
import { crossField, z, type Unchecked } from '../zod.js';
import { isoDate } from '../domain/referral.js';
import { isIsoDate, todayIso } from '../domain/dates.js';
import {
  ATTENDANCE_STATUSES,
  GUEST_KINDS,
  MAX_SLOT_MINUTES,
  TIME_RE,
  toMinutes,
  type AttendanceStatus,
  type GuestKind,
  type ItemPhase,
  type MeetingStatus,
  type TimedPhase,
} from '../domain/meetings.js';
import { SECTORS, type QuorumState, type Sector, type SectorWarning } from '../domain/sectors.js';
import { URGENCIES } from '../domain/taxonomies.js';
import { id, method, none } from './method.js';

// --- result types ----------------------------------------------------------------

export interface MeetingSettings {
  /** Members present (or replaced) needed for a quorum; 0 = no quorum rule. */
  quorum: number;
  minutesDeel1: number;
  minutesDeel2: number;
  /** Default number of cases per meeting. */
  capacity: number;
}

export interface Series {
  id: number;
  title: string;
  intervalWeeks: number;
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  startTime: string;
  endTime: string;
  location: string;
  videoLink: string;
  capacity: number;
  firstDate: string;
  untilDate: string;
  active: boolean;
  /** Meetings of the series from today on, not cancelled. */
  upcoming: number;
}

export interface MeetingSummary {
  id: number;
  seriesId: number | null;
  seriesTitle: string;
  date: string;
  /** 'HH:MM', or '' while not yet known (an extra meeting may be planned without a time). */
  startTime: string;
  endTime: string;
  location: string;
  videoLink: string;
  status: MeetingStatus;
  cancelReason: string;
  /** The original date when the meeting was moved, else ''. */
  movedFrom: string;
  /** Added outside the series. */
  extra: boolean;
  capacity: number;
  itemCount: number;
  plannedMinutes: number;
  overrunMinutes: number;
  decisionsStatus: 'concept' | 'vastgesteld';
}

export interface Guest {
  id: number;
  itemId: number;
  kind: GuestKind;
  name: string;
  role: string;
  deel1: boolean;
  deel2: boolean;
}

export interface Conflict {
  id: number;
  caseId: number;
  userId: number | null;
  memberName: string;
  reason: string;
  recordedBy: string;
  recordedAt: string;
}

export interface AgendaItem {
  id: number;
  caseId: number;
  caseCode: string;
  initials: string;
  urgency: (typeof URGENCIES)[number];
  problemAreas: string[];
  position: number;
  minutesDeel1: number;
  minutesDeel2: number;
  /** Computed from the order and the meeting's start time ('' when the meeting has no time yet). */
  plannedStart: string;
  plannedDeel2Start: string;
  plannedEnd: string;
  /** Carried over ('doorgeschoven') from an earlier meeting: that meeting's date, else ''. */
  carriedOverFrom: string;
  phase: ItemPhase;
  /** When the running timer of the current phase started (ISO), or null when not running. */
  phaseStartedAt: string | null;
  /** Seconds accumulated per timed phase, excluding the running stretch since phaseStartedAt. */
  phaseSeconds: Record<TimedPhase, number>;
  guests: Guest[];
  conflicts: Conflict[];
  sectorWarnings: SectorWarning[];
}

export interface Attendee {
  id: number;
  userId: number | null;
  name: string;
  sector: Sector;
  status: AttendanceStatus;
  /** Who stands in when status is 'vervangen'. */
  replacedBy: string;
}

export interface LiveState {
  currentItemId: number | null;
  startedAt: string | null;
  endedAt: string | null;
  timerRunning: boolean;
  /** Seconds behind the planned schedule at the time of the call (negative: ahead). */
  delaySeconds: number;
}

export interface MeetingDetail extends MeetingSummary {
  items: AgendaItem[];
  /**
   * The recorded attendance; while none is recorded (attendanceSaved false) a
   * suggestion: the members of the latest meeting with attendance, or the active
   * team members, all 'aanwezig' (ids 0). Quorum and sector warnings use what is shown.
   */
  attendance: Attendee[];
  attendanceSaved: boolean;
  quorum: QuorumState;
  /** Every sector warning of every item, for the agenda's banner. */
  sectorWarnings: SectorWarning[];
  availableMinutes: number;
  live: LiveState;
}

export interface WaitingCase {
  caseId: number;
  code: string;
  initials: string;
  urgency: (typeof URGENCIES)[number];
  problemAreas: string[];
  /** Since when the case waits (ISO). */
  waitingSince: string;
  /** Carried over ('doorgeschoven') from an earlier meeting. */
  carriedOver: boolean;
  /** Came back from a cancelled meeting. */
  returnedFromCancelled: boolean;
  /** Consent for registration (or a legal ground) is in place, so addCases will take it; false after a withdrawal. */
  ready: boolean;
  /** Already on an open agenda: that meeting, else null. */
  plannedMeetingId: number | null;
  plannedDate: string;
}

export interface Proposal {
  /** Cases to add, in proposal order (urgency, then waiting time). */
  cases: WaitingCase[];
  /** Minutes left on the agenda after adding them. */
  minutesLeft: number;
}

export interface CancelResult {
  meeting: MeetingSummary;
  /** Cases taken off the agenda, back on the waiting list (marked on their timeline). */
  returnedCaseIds: number[];
}

export interface IcsFile {
  /** No personal data: 'uitnodiging-<case code>-<date>.ics'. */
  fileName: string;
  /** RFC 5545 text with CRLF line ends. */
  content: string;
}

// --- inputs ------------------------------------------------------------------------

const trimmed = (max: number) => z.string().trim().max(max).default('');
const time = z.string().trim().regex(TIME_RE, { error: 'v.time_invalid' });
const optTime = z
  .string()
  .trim()
  .refine((s) => s === '' || TIME_RE.test(s), { error: 'v.time_invalid' })
  .default('');
const notPast = isoDate.refine((d) => !isIsoDate(d) || d >= todayIso(), { error: 'v.date_past' });
const minutes = z.number().int().min(0).max(MAX_SLOT_MINUTES);
const capacity = z.number().int().min(1).max(20);
const meetingRef = z.object({ meetingId: id }).strict();
const itemRef = z.object({ itemId: id }).strict();

// Cross-field rules run also when a field failed (crossField), so they check types themselves.
function endAfterStart(v: Unchecked<{ startTime: string; endTime: string }>, ctx: z.RefinementCtx): void {
  const { startTime: s, endTime: e } = v;
  if (typeof s === 'string' && typeof e === 'string' && TIME_RE.test(s) && TIME_RE.test(e) && toMinutes(e) <= toMinutes(s)) {
    ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'v.end_before_start' });
  }
}

export const SeriesInput = z
  .object({
    title: z.string().trim().min(1).max(100),
    intervalWeeks: z.number().int().min(1).max(8).default(2),
    weekday: z.number().int().min(1).max(7),
    startTime: time,
    endTime: time,
    location: trimmed(200),
    videoLink: trimmed(500),
    capacity: capacity.default(6),
    /** The first meeting is the first `weekday` on or after this date; a date in the past is refused. */
    firstDate: notPast,
    /** Last possible date; '' = `monthsAhead` months after firstDate. */
    untilDate: z.union([isoDate, z.literal('')]).default(''),
    monthsAhead: z.number().int().min(1).max(24).default(6),
  })
  .strict()
  .check(
    crossField((v, ctx) => {
      endAfterStart(v, ctx);
      const { untilDate: until, firstDate: first } = v;
      if (typeof until === 'string' && typeof first === 'string' && isIsoDate(until) && isIsoDate(first) && until < first)
        ctx.addIssue({ code: 'custom', path: ['untilDate'], message: 'v.until_before_first' });
    }),
  );

export const ExtraMeetingInput = z
  .object({
    seriesId: id.nullable().default(null),
    date: notPast,
    startTime: optTime,
    endTime: optTime,
    location: trimmed(200),
    videoLink: trimmed(500),
    capacity: capacity.default(6),
  })
  .strict()
  .check(crossField(endAfterStart));

export const MoveMeetingInput = z
  .object({
    meetingId: id,
    date: notPast,
    startTime: optTime,
    endTime: optTime,
    location: trimmed(200),
    videoLink: trimmed(500),
  })
  .strict()
  .check(crossField(endAfterStart));

export const GuestInput = z
  .object({
    itemId: id,
    /** Absent: a new guest. */
    guestId: id.optional(),
    kind: z.enum(GUEST_KINDS),
    name: z.string().trim().min(1).max(200),
    role: trimmed(200),
    /** Absent: the default for the kind (family and referrer deel 1 only; an expert both). */
    deel1: z.boolean().optional(),
    deel2: z.boolean().optional(),
  })
  .strict();

export const AttendanceInput = z
  .object({
    meetingId: id,
    members: z
      .array(
        z
          .object({
            userId: id.nullable().default(null),
            name: z.string().trim().min(1).max(200),
            sector: z.enum(SECTORS),
            status: z.enum(ATTENDANCE_STATUSES),
            replacedBy: trimmed(200),
          })
          .strict()
          .check(
            crossField((m, ctx) => {
              if (m.status === 'vervangen' && m.replacedBy === '')
                ctx.addIssue({ code: 'custom', path: ['replacedBy'], message: 'v.replaced_by_required' });
            }),
          ),
      )
      .max(60),
  })
  .strict();

// --- audit helpers -------------------------------------------------------------------

const detailCases = (_input: unknown, r: MeetingDetail | null) => r?.items.map((i) => i.caseId) ?? [];
const resultCase = (_input: unknown, r: { caseId: number } | null) => [r?.caseId];

// --- methods ---------------------------------------------------------------------------

export const meetingsApi = {
  'meetings.settings': method<MeetingSettings>()({ input: none, access: 'meeting.read', audit: null }),
  'meetings.updateSettings': method<MeetingSettings>()({
    /** Fields left out keep their current value. */
    input: z
      .object({
        quorum: z.number().int().min(0).max(60).optional(),
        minutesDeel1: minutes.optional(),
        minutesDeel2: minutes.optional(),
        capacity: capacity.optional(),
      })
      .strict(),
    access: 'settings.manage',
    audit: { action: 'settings.update' },
  }),

  // Planning
  'meetings.listSeries': method<Series[]>()({ input: none, access: 'meeting.read', audit: null }),
  'meetings.createSeries': method<{ series: Series; meetingIds: number[] }>()({
    input: SeriesInput,
    access: 'meeting.plan',
    audit: { action: 'meeting.series.create' },
  }),
  'meetings.endSeries': method<Series>()({
    /** Stops the series after `lastDate`: later meetings without an agenda are removed. */
    input: z.object({ seriesId: id, lastDate: isoDate }).strict(),
    access: 'meeting.plan',
    audit: { action: 'meeting.series.end' },
  }),
  'meetings.list': method<MeetingSummary[]>()({
    input: z
      .object({
        from: z.union([isoDate, z.literal('')]).default(''),
        to: z.union([isoDate, z.literal('')]).default(''),
        includeCancelled: z.boolean().default(true),
      })
      .strict(),
    access: 'meeting.read',
    audit: null,
  }),
  'meetings.get': method<MeetingDetail>()({
    input: meetingRef,
    access: 'meeting.read',
    audit: { action: 'meeting.read', cases: detailCases },
  }),
  'meetings.addExtra': method<MeetingDetail>()({
    input: ExtraMeetingInput,
    access: 'meeting.plan',
    audit: { action: 'meeting.create' },
  }),
  'meetings.move': method<MeetingDetail>()({
    input: MoveMeetingInput,
    access: 'meeting.plan',
    audit: { action: 'meeting.move', cases: detailCases },
  }),
  'meetings.cancel': method<CancelResult>()({
    input: z.object({ meetingId: id, reason: z.string().trim().min(1, { error: 'v.reason_required' }).max(2000) }).strict(),
    access: 'meeting.plan',
    audit: { action: 'meeting.cancel', cases: (_i, r: CancelResult | null) => r?.returnedCaseIds ?? [] },
  }),

  // Agenda
  'meetings.waiting': method<WaitingCase[]>()({
    /** Codes and initials only, like the case list: one audit record for the list, not one per case. */
    input: none,
    access: 'meeting.prepare',
    audit: { action: 'meeting.waiting_list' },
  }),
  'meetings.proposal': method<Proposal>()({
    input: meetingRef,
    access: 'meeting.prepare',
    audit: { action: 'meeting.proposal', cases: (_i, r: Proposal | null) => r?.cases.map((c) => c.caseId) ?? [] },
  }),
  'meetings.addCases': method<MeetingDetail>()({
    input: z.object({ meetingId: id, caseIds: z.array(id).min(1).max(30) }).strict(),
    access: 'meeting.prepare',
    audit: { action: 'meeting.agenda.add', cases: detailCases },
  }),
  'meetings.removeCase': method<MeetingDetail>()({
    input: itemRef,
    access: 'meeting.prepare',
    audit: { action: 'meeting.agenda.remove', cases: detailCases },
  }),
  'meetings.reorder': method<MeetingDetail>()({
    input: z.object({ meetingId: id, itemIds: z.array(id).max(60) }).strict(),
    access: 'meeting.prepare',
    audit: { action: 'meeting.agenda.reorder', cases: detailCases },
  }),
  'meetings.setSlot': method<MeetingDetail>()({
    input: z.object({ itemId: id, minutesDeel1: minutes, minutesDeel2: minutes }).strict(),
    access: 'meeting.prepare',
    audit: { action: 'meeting.agenda.slot', cases: detailCases },
  }),
  'meetings.saveGuest': method<MeetingDetail>()({
    input: GuestInput,
    access: 'meeting.prepare',
    audit: { action: 'meeting.guest.save', cases: detailCases },
  }),
  'meetings.removeGuest': method<MeetingDetail>()({
    input: z.object({ guestId: id }).strict(),
    access: 'meeting.prepare',
    audit: { action: 'meeting.guest.remove', cases: detailCases },
  }),
  'meetings.guestInvite': method<IcsFile & { caseId: number }>()({
    input: z.object({ guestId: id }).strict(),
    access: 'meeting.prepare',
    audit: { action: 'meeting.guest.invite', cases: resultCase },
  }),

  // Attendance and conflicts of interest
  'meetings.setAttendance': method<MeetingDetail>()({
    input: AttendanceInput,
    access: 'meeting.attendance',
    audit: { action: 'meeting.attendance', cases: detailCases },
  }),
  'meetings.declareConflict': method<MeetingDetail>()({
    input: z
      .object({
        meetingId: id,
        caseId: id,
        userId: id.nullable().default(null),
        memberName: z.string().trim().min(1).max(200),
        reason: z.string().trim().min(1, { error: 'v.reason_required' }).max(2000),
      })
      .strict(),
    access: 'meeting.conflict',
    audit: { action: 'meeting.conflict.declare', cases: 'input' },
  }),
  'meetings.withdrawConflict': method<MeetingDetail>()({
    input: z.object({ meetingId: id, conflictId: id }).strict(),
    access: 'meeting.conflict',
    audit: { action: 'meeting.conflict.withdraw', cases: detailCases },
  }),

};
