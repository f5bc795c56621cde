/**
 * The meetings feature's reads and changes, and the key factory that names their
 * cache entries. Components use these hooks, never an inline useQuery/useMutation.
 *
 * Every window following a meeting listens to the backend's 'meeting.changed'
 * event (renderer/api/events.ts) and refreshes that meeting's reads: the chair,
 * the note-taker and the presentation screen stay in step without polling.
 */
import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { DecisionList, Input, ItemNotes, MeetingDetail, MethodName, Result } from '../../../shared/api/index';
import { pickFamilySafe } from '../../../shared/domain/visibility';
import { useAppEvent } from '../../api/events';
import { queryKey, useApiCommand, useApiQuery } from '../../app/query';

export const meetingsKeys = {
  all: () => [queryKey('meetings.list'), queryKey('meetings.listSeries'), queryKey('meetings.waiting')],
  settings: () => queryKey('meetings.settings', {}),
  series: () => queryKey('meetings.listSeries', {}),
  lists: () => queryKey('meetings.list'),
  list: (params: Input<'meetings.list'>) => queryKey('meetings.list', params),
  waiting: () => queryKey('meetings.waiting', {}),
  proposal: (meetingId: number) => queryKey('meetings.proposal', { meetingId }),
  details: () => queryKey('meetings.get'),
  detail: (meetingId: number) => queryKey('meetings.get', { meetingId }),
  familyViews: () => queryKey('meetings.familyView'),
  familyView: (meetingId: number) => queryKey('meetings.familyView', { meetingId }),
  allNotes: () => queryKey('meetings.notes'),
  notes: (itemId: number) => queryKey('meetings.notes', { itemId }),
  allDecisions: () => queryKey('meetings.decisions'),
  decisions: (meetingId: number) => queryKey('meetings.decisions', { meetingId }),
  decisionVersion: (meetingId: number, version: number) => queryKey('meetings.decisionVersion', { meetingId, version }),
};

const valid = (n: number) => Number.isInteger(n) && n > 0;

export function useMeetingSettings() {
  return useApiQuery(meetingsKeys.settings(), 'meetings.settings', {}, { staleTime: 60_000 });
}

export function useSeriesList() {
  return useApiQuery(meetingsKeys.series(), 'meetings.listSeries', {});
}

export function useMeetingList(params: Input<'meetings.list'>) {
  return useApiQuery(meetingsKeys.list(params), 'meetings.list', params);
}

export function useMeeting(meetingId: number) {
  return useApiQuery(meetingsKeys.detail(meetingId), 'meetings.get', { meetingId }, { enabled: valid(meetingId) });
}

export function useWaitingCases(enabled = true) {
  return useApiQuery(meetingsKeys.waiting(), 'meetings.waiting', {}, { enabled });
}

/** What the family may see (the backend builds it from the field-safety declaration). */
export function useFamilyView(meetingId: number) {
  return useApiQuery(meetingsKeys.familyView(meetingId), 'meetings.familyView', { meetingId }, { enabled: valid(meetingId) });
}

export function useItemNotes(itemId: number) {
  return useApiQuery(meetingsKeys.notes(itemId), 'meetings.notes', { itemId }, { enabled: valid(itemId), staleTime: 0 });
}

/**
 * Deel 1 notes while the family is in the room: the cached read is narrowed to
 * the fields declared family-safe (shared/domain/visibility.ts) before any
 * component sees it, so deel 2 fields cannot reach the screen.
 */
export function useFamilySafeNotes(itemId: number) {
  return useApiQuery(meetingsKeys.notes(itemId), 'meetings.notes', { itemId }, {
    enabled: valid(itemId),
    staleTime: 0,
    select: (n) => ({ ...n, fields: pickFamilySafe('itemNote', n.fields) }) as Result<'meetings.notes'>,
  });
}

export function useDecisions(meetingId: number) {
  return useApiQuery(meetingsKeys.decisions(meetingId), 'meetings.decisions', { meetingId }, { enabled: valid(meetingId) });
}

export function useDecisionVersion(meetingId: number, version: number) {
  return useApiQuery(meetingsKeys.decisionVersion(meetingId, version), 'meetings.decisionVersion', { meetingId, version }, {
    enabled: valid(meetingId) && version > 0,
  });
}

/** Planning changes: every list refreshes. */
export function usePlanningCommand<M extends 'meetings.createSeries' | 'meetings.endSeries' | 'meetings.cancel'>(method: M) {
  return useApiCommand(method, { invalidates: [meetingsKeys.lists(), meetingsKeys.series(), meetingsKeys.waiting(), meetingsKeys.details()] });
}

export type DetailMethod = {
  [M in MethodName]: Result<M> extends MeetingDetail ? M : never;
}[MethodName];

/** A change that returns the meeting: the cache gets it at once; lists and the waiting list refresh. */
export function useMeetingCommand<M extends DetailMethod>(method: M) {
  const mutation = useApiCommand<M>(method, {
    update: (qc, result) => {
      const d = result as MeetingDetail;
      qc.setQueryData(meetingsKeys.detail(d.id), d);
    },
    invalidates: [meetingsKeys.lists(), meetingsKeys.waiting(), meetingsKeys.familyViews()],
  });
  const { mutateAsync } = mutation;
  const run = useCallback(async (input: Input<M>): Promise<MeetingDetail> => (await mutateAsync(input)) as MeetingDetail, [mutateAsync]);
  return { run, isPending: mutation.isPending };
}

export function useStopMeeting() {
  return useApiCommand('meetings.stop', {
    update: (qc, r) => qc.setQueryData(meetingsKeys.detail(r.meeting.id), r.meeting),
    invalidates: [meetingsKeys.lists(), meetingsKeys.waiting()],
  });
}

export function useProposal() {
  return useApiCommand('meetings.proposal');
}

export function useGuestInvite() {
  return useApiCommand('meetings.guestInvite');
}

export function useDecisionCommand<M extends 'meetings.setDecision' | 'meetings.establishDecisions'>(method: M) {
  return useApiCommand(method, {
    update: (qc, r) => {
      const list = r as DecisionList;
      qc.setQueryData(meetingsKeys.decisions(list.meetingId), list);
    },
    invalidates: [meetingsKeys.lists()],
  });
}

/** A saved note field goes into the cached notes at once, so an editor mounted next starts from it. */
export function useSaveNote() {
  return useApiCommand('meetings.saveNote', {
    update: (qc, r, input) =>
      qc.setQueryData<ItemNotes>(meetingsKeys.notes(r.itemId), (old) =>
        old
          ? {
              ...old,
              fields: {
                ...old.fields,
                [r.field]: { ...old.fields[r.field], text: input.text, version: r.version, savedAt: r.savedAt },
              },
            }
          : old,
      ),
  });
}

export function useSetDisruptions() {
  return useApiCommand('meetings.setDisruptions', {
    update: (qc, r) => qc.setQueryData(meetingsKeys.notes(r.itemId), r),
  });
}

/**
 * Follow one meeting live: on every 'meeting.changed' for it, refresh its
 * reads (the open meeting, the family view, notes, the besluitenlijst).
 */
export function useFollowMeeting(meetingId: number) {
  const qc = useQueryClient();
  useAppEvent('meeting.changed', (event) => {
    if (event.meetingId !== meetingId) return;
    void qc.invalidateQueries({ queryKey: meetingsKeys.detail(meetingId) });
    void qc.invalidateQueries({ queryKey: meetingsKeys.familyView(meetingId) });
    void qc.invalidateQueries({ queryKey: meetingsKeys.decisions(meetingId) });
    void qc.invalidateQueries({ queryKey: meetingsKeys.allNotes() });
  });
}

/** Any meeting changed: refresh the planning lists. */
export function useFollowMeetings() {
  const qc = useQueryClient();
  useAppEvent('meeting.changed', () => {
    void qc.invalidateQueries({ queryKey: meetingsKeys.lists() });
  });
}
