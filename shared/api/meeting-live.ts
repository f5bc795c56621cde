/**
 * Meetings, part two: the live meeting (phases, timers, current item), notes
 * (autosave with optimistic concurrency), the besluitenlijst and the family view.
 * Part one (series, agenda, guests, attendance) is meetings.ts; the error codes
 * are listed there.
 */
import { z } from '../zod.js';
import {
  DECISIONS,
  ITEM_PHASES,
  MAX_NOTE_CHARS,
  NOTE_FIELDS,
  type Decision,
  type GuestKind,
  type ItemPhase,
  type MeetingStatus,
  type NoteField,
  type TimedPhase,
} from '../domain/meetings.js';
import type { Sector } from '../domain/sectors.js';
import { DISRUPTIONS } from '../domain/taxonomies.js';
import { id, method } from './method.js';
import type { Attendee, MeetingDetail } from './meetings.js';

// --- result types ----------------------------------------------------------------
export interface StopResult {
  meeting: MeetingDetail;
  /** Cases not reached, moved to the next meeting (doorgeschoven); empty when there is none. */
  carriedOver: { caseId: number; toMeetingId: number | null }[];
}

export interface NoteFieldState {
  text: string;
  /** 0 while never saved. */
  version: number;
  savedAt: string | null;
  savedBy: string;
}

export interface ItemNotes {
  itemId: number;
  caseId: number;
  caseCode: string;
  fields: Record<NoteField, NoteFieldState>;
  disruptions: (typeof DISRUPTIONS)[number][];
}

export interface NoteSaved {
  itemId: number;
  caseId: number;
  field: NoteField;
  version: number;
  /** ISO; the save is durable (committed with synchronous=FULL) when the call returns. */
  savedAt: string;
}

export interface DecisionRow {
  itemId: number;
  caseId: number;
  caseCode: string;
  decision: Decision | '';
  summary: string;
}

export interface DecisionVersionInfo {
  version: number;
  reason: string;
  at: string;
  by: string;
}

export interface DecisionList {
  meetingId: number;
  date: string;
  status: 'concept' | 'vastgesteld';
  /** The established version shown (0 while never established). */
  version: number;
  items: DecisionRow[];
  attendance: Attendee[];
  versions: DecisionVersionInfo[];
}

export interface DecisionVersion extends DecisionVersionInfo {
  items: DecisionRow[];
  attendance: Attendee[];
}

/**
 * What the family may see, built only through `pickFamilySafe` (shared/domain/visibility.ts).
 * mode 'family' (the current item is in deel 1): the current case's safe fields, no agenda.
 * mode 'team' (another phase): agenda codes, current code, phase and timer, no case content.
 * mode 'idle': no current item.
 */
export interface FamilyView {
  mode: 'family' | 'team' | 'idle';
  meeting: { date: string; startTime: string; endTime: string; status: MeetingStatus; delaySeconds: number };
  current: null | {
    item: {
      caseCode: string;
      phase: ItemPhase;
      plannedStart: string;
      minutesDeel1: number;
      minutesDeel2: number;
      phaseStartedAt: string | null;
      phaseSeconds: Record<TimedPhase, number>;
    };
    /** Family mode only. */
    case?: { code: string; questionFamily: string };
    /** Family mode only: deel 1 notes. */
    notes?: Partial<Record<'hulpvraagVerhelderd' | 'watGaatGoed' | 'watIsNodig' | 'afspraken', string>>;
    /** Family mode only: guests attending deel 1 of this case, and present members. */
    guests?: { name: string; kind: GuestKind; role: string }[];
    members?: { name: string; sector: Sector }[];
  };
  /** Team mode only: the agenda by case code. */
  agenda: { caseCode: string; plannedStart: string; phase: ItemPhase }[];
  /**
   * For the audit record only (numbers, never displayed): the cases this session is shown here for
   * the first time. A refresh that shows nothing new names none and writes no record.
   */
  caseIds: number[];
}

// --- inputs ------------------------------------------------------------------------

const trimmed = (max: number) => z.string().trim().max(max).default('');
const meetingRef = z.object({ meetingId: id }).strict();
const itemRef = z.object({ itemId: id }).strict();
const detailCases = (_input: unknown, r: MeetingDetail | null) => r?.items.map((i) => i.caseId) ?? [];
const resultCase = (_input: unknown, r: { caseId: number } | null) => [r?.caseId];

export const SaveNoteInput = z
  .object({
    itemId: id,
    field: z.enum(NOTE_FIELDS),
    text: z.string().max(MAX_NOTE_CHARS),
    /** The version the editor started from (0 for a never-saved field). */
    baseVersion: z.number().int().min(0),
  })
  .strict();

export const DecisionInput = z
  .object({
    meetingId: id,
    caseId: id,
    decision: z.union([z.enum(DECISIONS), z.literal('')]),
    summary: trimmed(4000),
    /** Required once the list is established (vastgesteld). */
    reason: trimmed(2000),
  })
  .strict();

// --- methods ---------------------------------------------------------------------------

export const meetingLiveApi = {
  // The live meeting
  'meetings.start': method<MeetingDetail>()({
    input: meetingRef,
    access: 'meeting.run',
    audit: { action: 'meeting.start', cases: detailCases },
  }),
  'meetings.stop': method<StopResult>()({
    /** Ends the meeting: discussed cases become 'besproken', cases not reached move to the next meeting. */
    input: meetingRef,
    access: 'meeting.run',
    audit: { action: 'meeting.stop', cases: (_i, r: StopResult | null) => r?.meeting.items.map((i) => i.caseId) ?? [] },
  }),
  'meetings.setCurrent': method<MeetingDetail>()({
    input: z.object({ meetingId: id, itemId: id }).strict(),
    access: 'meeting.run',
    audit: { action: 'meeting.current', cases: detailCases },
  }),
  'meetings.nextCase': method<MeetingDetail>()({
    /** Closes the current item (phase 'afgerond') and makes the next open one current, in voorbereiding. */
    input: meetingRef,
    access: 'meeting.run',
    audit: { action: 'meeting.current', cases: detailCases },
  }),
  'meetings.setPhase': method<MeetingDetail>()({
    input: z.object({ itemId: id, phase: z.enum(ITEM_PHASES) }).strict(),
    access: 'meeting.run',
    audit: { action: 'meeting.phase', cases: detailCases },
  }),
  'meetings.familyLeft': method<MeetingDetail>()({
    /** "De familie heeft de ruimte verlaten": deel 1 -> deel 2, the only way out of family-safe mode. */
    input: itemRef,
    access: 'meeting.run',
    audit: { action: 'meeting.phase', cases: detailCases },
  }),
  'meetings.setTimer': method<MeetingDetail>()({
    input: z.object({ meetingId: id, running: z.boolean() }).strict(),
    access: 'meeting.run',
    audit: { action: 'meeting.timer', cases: detailCases },
  }),
  'meetings.familyView': method<FamilyView>()({
    input: meetingRef,
    access: 'meeting.read',
    audit: { action: 'meeting.family_view', cases: (_i, r: FamilyView | null) => r?.caseIds ?? [], onlyCases: true },
  }),

  // Notes
  'meetings.notes': method<ItemNotes>()({
    input: itemRef,
    access: 'meeting.read',
    audit: { action: 'meeting.notes.read', cases: resultCase },
  }),
  'meetings.saveNote': method<NoteSaved>()({
    input: SaveNoteInput,
    access: 'meeting.notes',
    audit: { action: 'meeting.notes.save', cases: resultCase },
  }),
  'meetings.setDisruptions': method<ItemNotes>()({
    input: z.object({ itemId: id, codes: z.array(z.enum(DISRUPTIONS)).max(DISRUPTIONS.length) }).strict(),
    access: 'meeting.notes',
    audit: { action: 'meeting.notes.save', cases: resultCase },
  }),

  // Besluitenlijst
  'meetings.decisions': method<DecisionList>()({
    input: meetingRef,
    access: 'meeting.read',
    audit: { action: 'meeting.decisions.read', cases: (_i, r: DecisionList | null) => r?.items.map((i) => i.caseId) ?? [] },
  }),
  'meetings.setDecision': method<DecisionList>()({
    input: DecisionInput,
    access: 'meeting.decide',
    audit: { action: 'meeting.decisions.update', cases: 'input' },
  }),
  'meetings.establishDecisions': method<DecisionList>()({
    /** Vaststellen by the voorzitter: the current list becomes a numbered version. */
    input: meetingRef,
    access: 'meeting.establish',
    audit: { action: 'meeting.decisions.establish', cases: (_i, r: DecisionList | null) => r?.items.map((i) => i.caseId) ?? [] },
  }),
  'meetings.decisionVersion': method<DecisionVersion>()({
    input: z.object({ meetingId: id, version: z.number().int().min(1) }).strict(),
    access: 'meeting.read',
    audit: { action: 'meeting.decisions.read', cases: (_i, r: DecisionVersion | null) => r?.items.map((i) => i.caseId) ?? [] },
  }),
};
