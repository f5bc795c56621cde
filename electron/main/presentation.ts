/**
 * The presentation screen as a second BrowserWindow (window.open is denied for every web
 * contents, see window.ts): one channel, PRESENT_CHANNEL, from the app's own main frame with a
 * meeting id. The window goes full screen on a second display when there is one
 * (display-choice.ts), otherwise it opens beside the chair's window. It loads the app's
 * presentation route, with the same preload and session as the main window, so it follows the
 * meeting through the event channel and reads only the backend's family view. A lock closes it.
 */
import { BrowserWindow, ipcMain, screen } from 'electron';
import { log } from '../node/log.js';
import { APP_NAME } from '../node/paths.js';
import { PRESENT_CHANNEL, WEB_PREFERENCES, isTrustedSender, presentationUrl } from '../node/shell-policy.js';
import { choosePresentationDisplay, presentationMeetingId } from './display-choice.js';

let presentation: BrowserWindow | null = null;

function openPresentationWindow(meetingId: number, chair: BrowserWindow | null, preload: string, devTools: boolean): void {
  const url = presentationUrl(meetingId);
  if (presentation && !presentation.isDestroyed()) {
    if (presentation.webContents.getURL() !== url) void presentation.loadURL(url);
    presentation.show();
    presentation.focus();
    return;
  }
  const place = choosePresentationDisplay(
    screen.getAllDisplays(),
    chair && !chair.isDestroyed() ? chair.getBounds() : null,
    screen.getPrimaryDisplay().id,
  );
  const win = new BrowserWindow({
    ...place.bounds,
    fullscreen: place.fullscreen,
    show: false,
    title: `${APP_NAME} – presentatie`,
    autoHideMenuBar: true,
    webPreferences: { ...WEB_PREFERENCES, preload, devTools },
  });
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (presentation === win) presentation = null;
  });
  presentation = win;
  // The presentation belongs to the chair's window: it closes with it (and never keeps the app open alone).
  chair?.once('closed', () => {
    if (!win.isDestroyed()) win.close();
  });
  void win.loadURL(url);
}

/** At a lock the projector shows nothing of the app any more: the presentation window closes. */
export function closePresentation(): void {
  if (presentation && !presentation.isDestroyed()) presentation.close();
  presentation = null;
}

export function registerPresentation(preload: string, devTools: boolean): void {
  ipcMain.handle(PRESENT_CHANNEL, (event, rawMeetingId: unknown): boolean => {
    const frame = event.senderFrame;
    const meetingId = presentationMeetingId(rawMeetingId);
    if (!frame || !isTrustedSender(frame.url, frame.parent === null) || meetingId === null) {
      log.warn('presentation request denied');
      return false;
    }
    openPresentationWindow(meetingId, BrowserWindow.fromWebContents(event.sender), preload, devTools);
    return true;
  });
}
