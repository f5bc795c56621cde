/**
 * The main window and the rules every web contents lives by: no navigation away
 * from the app, no new windows, no webviews, no permissions, no downloads but the app's own.
 * Allow-listed https links open in the user's own browser.
 */
import { BrowserWindow, dialog, shell, type Session, type WebContents } from 'electron';
import { APP_NAME } from '../node/paths.js';
import { APP_ENTRY_URL, APP_ORIGIN, WEB_PREFERENCES, isAllowedExternal, isAppUrl } from '../node/shell-policy.js';

function openExternally(url: string): void {
  if (isAllowedExternal(url)) void shell.openExternal(url);
}

/** Applied to every web contents the app creates (see main.ts 'web-contents-created'). */
export function hardenWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: 'deny' };
  });
  const stayInApp = (event: { preventDefault(): void }, url: string) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    openExternally(url);
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** The window's session: deny every permission and every download the app did not create. */
export function hardenSession(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  // Only files the renderer made itself (blob: URLs of the app, e.g. the recovery key) may be
  // saved, and Electron then always asks where, with its native save dialog.
  ses.on('will-download', (event, item) => {
    if (!item.getURL().startsWith(`blob:${APP_ORIGIN}/`)) event.preventDefault();
  });
}

export function createMainWindow(preload: string, devTools: boolean): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 840,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: APP_NAME,
    webPreferences: { ...WEB_PREFERENCES, preload, devTools },
  });
  win.once('ready-to-show', () => win.show());
  // A form with unsaved changes holds the window open (the renderer's beforeunload, app/unsaved.tsx);
  // Electron then closes nothing and asks nothing by itself, so ask here. preventDefault lets it close.
  win.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(win, {
      type: 'question',
      title: 'Wijzigingen niet opgeslagen',
      message: 'Wijzigingen niet opgeslagen',
      detail: 'Een formulier heeft wijzigingen die nog niet zijn opgeslagen. Ga terug om ze op te slaan, of sluit zonder op te slaan.',
      buttons: ['Terug', 'Sluiten zonder opslaan'],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    });
    if (choice === 1) event.preventDefault();
  });
  void win.loadURL(APP_ENTRY_URL);
  return win;
}
