/**
 * The single IPC channel. Only the app's own main frame may call; anything else
 * gets a DENIED_ORIGIN envelope. The dispatcher validates the rest.
 */
import { ipcMain } from 'electron';
import type { Envelope } from '../../shared/api/index.js';
import { AppError } from '../../shared/api/errors.js';
import type { Dispatcher } from '../node/dispatch/dispatcher.js';
import { log } from '../node/log.js';
import { IPC_CHANNEL, isTrustedSender } from '../node/shell-policy.js';

export function registerIpc(dispatcher: Dispatcher): void {
  ipcMain.handle(IPC_CHANNEL, async (event, method: unknown, input: unknown): Promise<Envelope<unknown>> => {
    const frame = event.senderFrame;
    if (!frame || !isTrustedSender(frame.url, frame.parent === null)) {
      // No URL or input in the log: only the fact.
      log.warn('ipc call denied');
      return { ok: false, error: new AppError('DENIED_ORIGIN').toData() };
    }
    return dispatcher.dispatch(method, input);
  });
}
