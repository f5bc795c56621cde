/**
 * Where the presentation window goes (plain data, no 'electron' import, so it is tested without
 * an Electron binary: tests/unit/shell/display-choice.test.ts). A second display (the projector,
 * or the screen shared in a video call) gets the window full screen; with one display it opens
 * as an ordinary window beside the chair's.
 */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DisplayInfo {
  id: number;
  bounds: Rect;
  workArea: Rect;
}

export interface Placement {
  /** The display chosen, or null when there is only the chair's. */
  displayId: number | null;
  bounds: Rect;
  fullscreen: boolean;
}

const WINDOW_WIDTH = 1024;
const WINDOW_HEIGHT = 720;

const centre = (r: Rect) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });
const contains = (r: Rect, p: { x: number; y: number }) =>
  p.x >= r.x && p.x < r.x + r.width && p.y >= r.y && p.y < r.y + r.height;

/**
 * Choose the presentation's display: any display other than the one the chair's window is on
 * (its centre decides; unknown: the primary one), the largest of those first, then the lowest id
 * so the choice is stable. With none left: an ordinary window centred on the chair's display.
 */
export function choosePresentationDisplay(
  displays: readonly DisplayInfo[],
  chairWindow: Rect | null,
  primaryId: number,
): Placement {
  const chairDisplay =
    (chairWindow && displays.find((d) => contains(d.bounds, centre(chairWindow)))) ??
    displays.find((d) => d.id === primaryId) ??
    displays[0];
  const others = displays
    .filter((d) => d !== chairDisplay)
    .sort((a, b) => b.bounds.width * b.bounds.height - a.bounds.width * a.bounds.height || a.id - b.id);
  const target = others[0];
  if (target) return { displayId: target.id, bounds: { ...target.bounds }, fullscreen: true };
  const area = chairDisplay?.workArea ?? { x: 0, y: 0, width: WINDOW_WIDTH, height: WINDOW_HEIGHT };
  const width = Math.min(WINDOW_WIDTH, area.width);
  const height = Math.min(WINDOW_HEIGHT, area.height);
  return {
    displayId: null,
    bounds: {
      x: Math.round(area.x + (area.width - width) / 2),
      y: Math.round(area.y + (area.height - height) / 2),
      width,
      height,
    },
    fullscreen: false,
  };
}

/** The meeting id the renderer asked to present: a positive integer, or null (refused). */
export function presentationMeetingId(raw: unknown): number | null {
  return typeof raw === 'number' && Number.isSafeInteger(raw) && raw > 0 ? raw : null;
}
