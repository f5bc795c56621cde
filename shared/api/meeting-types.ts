/**
 * Result types of the meetings contract (shared/api/meetings.ts, part one):
 * series, meetings, agenda items, guests, attendance, conflicts and the waiting list.
 */
import type { AttendanceStatus, GuestKind, ItemPhase, MeetingStatus, TimedPhase } from '../domain/meetings.js';
import type { URGENCIES } from '../domain/taxonomies.js';
import type { QuorumState, Sector, SectorWarning } from '../domain/sectors.js';

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
  /** Declared by the voorzitter on the member's behalf (recorded as such), not by the member themself. */
  byChair: boolean;
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
