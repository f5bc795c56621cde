/**
 * Meetings, part one: the series, the agenda with guests and slots, attendance
 * and conflicts of interest. Part two (meeting-live.ts): the live two-phase
 * discussion, notes (autosaved, with conflict detection), the besluitenlijst and
 * the family-safe view. Result types: meeting-types.ts.
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
import { ATTENDANCE_STATUSES, GUEST_KINDS, MAX_SLOT_MINUTES, TIME_RE, toMinutes } from '../domain/meetings.js';
import { SECTORS } from '../domain/sectors.js';
import { id, method, none } from './method.js';
import type { CancelResult, IcsFile, MeetingDetail, MeetingSettings, MeetingSummary, Proposal, Series, WaitingCase } from './meeting-types.js';

export * from './meeting-types.js';

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
    /**
     * A member declares their own conflict (userId: their own, or null with their own name); only the
     * voorzitter may declare one for another member (recorded as declared by the chair). Otherwise
     * FORBIDDEN with params { rule: 'conflict_own_only' }; withdrawing follows the same rule.
     */
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
