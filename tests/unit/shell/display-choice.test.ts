/**
 * The presentation window's display (electron/main/display-choice.ts, plain data): the projector
 * or second screen when there is one, never the chair's own display; one display: an ordinary
 * window on it. Electron itself cannot run here; the IPC wiring is checked in security.test.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  choosePresentationDisplay,
  presentationMeetingId,
  type DisplayInfo,
} from '../../../electron/main/display-choice.js';

const laptop: DisplayInfo = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 0, width: 1920, height: 1040 },
};
const projector: DisplayInfo = {
  id: 2,
  bounds: { x: 1920, y: 0, width: 1280, height: 720 },
  workArea: { x: 1920, y: 0, width: 1280, height: 720 },
};
const bigScreen: DisplayInfo = {
  id: 3,
  bounds: { x: -2560, y: 0, width: 2560, height: 1440 },
  workArea: { x: -2560, y: 0, width: 2560, height: 1400 },
};
const chairOnLaptop = { x: 100, y: 100, width: 1280, height: 840 };

describe('choosePresentationDisplay', () => {
  it('puts the presentation full screen on the second display', () => {
    expect(choosePresentationDisplay([laptop, projector], chairOnLaptop, 1)).toEqual({
      displayId: 2,
      bounds: projector.bounds,
      fullscreen: true,
    });
  });

  it('never on the display the chair works on, even when that is not the primary one', () => {
    const chairOnProjector = { x: 2000, y: 50, width: 1000, height: 600 };
    expect(choosePresentationDisplay([laptop, projector], chairOnProjector, 1).displayId).toBe(1);
  });

  it('prefers the largest other display, and the choice is stable', () => {
    expect(choosePresentationDisplay([laptop, projector, bigScreen], chairOnLaptop, 1).displayId).toBe(3);
    expect(choosePresentationDisplay([bigScreen, projector, laptop], chairOnLaptop, 1).displayId).toBe(3);
  });

  it('with one display: an ordinary window centred in its work area, not full screen', () => {
    const p = choosePresentationDisplay([laptop], chairOnLaptop, 1);
    expect(p.displayId).toBeNull();
    expect(p.fullscreen).toBe(false);
    expect(p.bounds).toEqual({ x: 448, y: 160, width: 1024, height: 720 });
  });

  it('a small display gets a window that fits it', () => {
    const small: DisplayInfo = { id: 7, bounds: { x: 0, y: 0, width: 800, height: 600 }, workArea: { x: 0, y: 0, width: 800, height: 560 } };
    expect(choosePresentationDisplay([small], null, 7).bounds).toEqual({ x: 0, y: 0, width: 800, height: 560 });
  });

  it('without the chair window known, the primary display counts as the chair’s', () => {
    expect(choosePresentationDisplay([projector, laptop], null, 1).displayId).toBe(2);
  });
});

describe('presentationMeetingId', () => {
  it('accepts a positive integer and refuses anything else', () => {
    expect(presentationMeetingId(12)).toBe(12);
    for (const bad of [0, -1, 1.5, '12', null, undefined, Number.NaN, 2 ** 60, { id: 1 }]) {
      expect(presentationMeetingId(bad)).toBeNull();
    }
  });
});
