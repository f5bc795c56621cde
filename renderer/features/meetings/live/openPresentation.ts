/**
 * "Presentatiescherm openen": the presentation route in a second window. In a
 * browser (preview, tests) a new tab of the same origin; it follows the
 * meeting through the event channel, not through this window.
 */
export const PRESENTATION_WINDOW = 'adviestafel-presentatie';

export function presentationUrl(meetingId: number): string {
  return `${window.location.origin}${window.location.pathname}#/present/${meetingId}`;
}

export function openPresentation(meetingId: number): void {
  window.open(presentationUrl(meetingId), PRESENTATION_WINDOW, 'noopener');
}
