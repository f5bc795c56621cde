/**
 * "Presentatiescherm openen": the presentation route in a second window. In Electron the preload's
 * openPresentation asks the main process for a second BrowserWindow, on the second display when
 * there is one (window.open is denied there); in a browser (preview, tests) a new tab of the same
 * origin. Either way it follows the meeting through the event channel, not through this window.
 */
export const PRESENTATION_WINDOW = 'adviestafel-presentatie';

interface PresentationBridge {
  openPresentation?: (meetingId: number) => Promise<boolean>;
}

export function presentationUrl(meetingId: number): string {
  return `${window.location.origin}${window.location.pathname}#/present/${meetingId}`;
}

export function openPresentation(meetingId: number): void {
  const desktop = window.adviestafel as PresentationBridge | undefined;
  if (desktop?.openPresentation) {
    void desktop.openPresentation(meetingId);
    return;
  }
  window.open(presentationUrl(meetingId), PRESENTATION_WINDOW, 'noopener');
}
