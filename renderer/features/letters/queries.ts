/** The letters feature's reads and changes (shared/api/letters.ts) and their cache keys. */
import type { LetterInfo } from '../../../shared/api/index';
import { queryKey, useApiCommand, useApiQuery } from '../../app/query';

export const lettersKeys = {
  letterhead: () => queryKey('letters.letterhead', {}),
  caseLetters: (caseId: number) => queryKey('letters.list', { caseId }),
  meetingLetters: (meetingId: number) => queryKey('letters.listMeeting', { meetingId }),
};

export function useMeetingLetters(meetingId: number) {
  return useApiQuery(lettersKeys.meetingLetters(meetingId), 'letters.listMeeting', { meetingId });
}

export const usePreviewMeetingLetter = () => useApiCommand('letters.previewMeeting');

export function useRecordMeetingLetter() {
  return useApiCommand('letters.recordMeeting', {
    update: (qc, r) => void (r.meetingId && qc.invalidateQueries({ queryKey: lettersKeys.meetingLetters(r.meetingId) })),
  });
}

export function useLetterhead() {
  return useApiQuery(lettersKeys.letterhead(), 'letters.letterhead', {});
}

export function useCaseLetters(caseId: number) {
  return useApiQuery(lettersKeys.caseLetters(caseId), 'letters.list', { caseId });
}

export function useSaveLetterhead() {
  return useApiCommand('letters.saveLetterhead', { update: (qc, r) => qc.setQueryData(lettersKeys.letterhead(), r) });
}

export function useSetLogo() {
  return useApiCommand('letters.setLogo', { update: (qc, r) => qc.setQueryData(lettersKeys.letterhead(), r) });
}

/** Rendering for the preview: nothing is cached (the PDF is shown and then dropped). */
export const usePreviewLetter = () => useApiCommand('letters.preview');
export const usePreviewLetterhead = () => useApiCommand('letters.previewLetterhead');
export const useGetLetter = () => useApiCommand('letters.get');

const refreshList = (r: LetterInfo) => [
  ...(r.caseId ? [lettersKeys.caseLetters(r.caseId)] : []),
  ...(r.meetingId ? [lettersKeys.meetingLetters(r.meetingId)] : []),
];

export function useRecordLetter() {
  return useApiCommand('letters.record', {
    update: (qc, r) => refreshList(r).forEach((queryKey) => void qc.invalidateQueries({ queryKey })),
  });
}

export function useRecordSent() {
  return useApiCommand('letters.recordSent', {
    update: (qc, r) => refreshList(r).forEach((queryKey) => void qc.invalidateQueries({ queryKey })),
  });
}
