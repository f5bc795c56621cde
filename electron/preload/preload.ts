/**
 * Sandboxed preload (bundled to dist/electron/preload.cjs, kept under 20 KB: no
 * zod, no contract). Exposes exactly three functions, `window.adviestafel.call`,
 * `window.adviestafel.onEvent` and `window.adviestafel.openPresentation` (the meeting's
 * presentation as a second window, electron/main/presentation.ts), and never ipcRenderer itself. Unknown method
 * names are rejected here, against the generated list shared/api/method-names.ts,
 * before they reach the main process; events are checked against EVENT_TYPES.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { isAppEvent, type AppEvent, type EventTransport } from '../../shared/api/events.js';
import type { Envelope, Transport } from '../../shared/api/method.js';
import { METHOD_NAME_LIST } from '../../shared/api/method-names.js';

/** Same literals as IPC_CHANNEL / EVENT_CHANNEL / PRESENT_CHANNEL in electron/node/shell-policy.ts (a sandboxed preload cannot load node:path). */
const CHANNEL = 'adviestafel:call';
const EVENT_CHANNEL = 'adviestafel:event';
const PRESENT_CHANNEL = 'adviestafel:present';
const KNOWN = new Set<string>(METHOD_NAME_LIST);

const preloadApi = {
  call(method: string, input: unknown): Promise<Envelope<unknown>> {
    if (typeof method !== 'string' || !KNOWN.has(method)) {
      return Promise.reject(new Error('Onbekende API-methode'));
    }
    return ipcRenderer.invoke(CHANNEL, method, input) as Promise<Envelope<unknown>>;
  },
  onEvent(listener: (event: AppEvent) => void): () => void {
    if (typeof listener !== 'function') throw new TypeError('listener');
    const handler = (_e: IpcRendererEvent, event: unknown) => {
      if (isAppEvent(event)) listener(event);
    };
    ipcRenderer.on(EVENT_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, handler);
    };
  },
  /** Resolves true when the main process opened (or brought forward) the presentation window. */
  openPresentation(meetingId: number): Promise<boolean> {
    if (!Number.isSafeInteger(meetingId) || meetingId <= 0) return Promise.reject(new TypeError('meetingId'));
    return ipcRenderer.invoke(PRESENT_CHANNEL, meetingId) as Promise<boolean>;
  },
} satisfies Transport & EventTransport & { openPresentation(meetingId: number): Promise<boolean> };

export type PreloadApi = typeof preloadApi;

contextBridge.exposeInMainWorld('adviestafel', preloadApi);
