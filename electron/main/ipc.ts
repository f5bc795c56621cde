/**
 * The single IPC channel for calls, and the event channel back. Only the app's
 * own main frame may call; anything else gets a DENIED_ORIGIN envelope. Calls go
 * to the backend worker as messages; the dispatcher there validates the rest.
 */
import { BrowserWindow, ipcMain } from 'electron';
import type { AppEvent } from '../../shared/api/events.js';
import type { Envelope } from '../../shared/api/index.js';
import { AppError } from '../../shared/api/errors.js';
import { log } from '../node/log.js';
import { EVENT_CHANNEL, IPC_CHANNEL, isAppUrl, isTrustedSender } from '../node/shell-policy.js';
import type { BackendHost } from '../node/worker/host.js';

export function registerIpc(backend: BackendHost): void {
  ipcMain.handle(IPC_CHANNEL, async (event, method: unknown, input: unknown): Promise<Envelope<unknown>> => {
    const frame = event.senderFrame;
    if (!frame || !isTrustedSender(frame.url, frame.parent === null)) {
      // No URL or input in the log: only the fact.
      log.warn('ipc call denied');
      return { ok: false, error: new AppError('DENIED_ORIGIN').toData() };
    }
    return backend.dispatch(method, input);
  });
}

/** Every backend event to every window showing the app (never to anything else). */
export function forwardEvents(backend: BackendHost): () => void {
  return backend.onEvent((event: AppEvent) => {
    for (const win of BrowserWindow.getAllWindows()) {
      const contents = win.webContents;
      if (contents.isDestroyed() || !isAppUrl(contents.getURL())) continue;
      contents.send(EVENT_CHANNEL, event);
    }
  });
}
