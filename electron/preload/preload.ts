/**
 * Sandboxed preload (bundled to dist/electron/preload.cjs). Exposes exactly one
 * function, `window.adviestafel.call`, and never ipcRenderer itself. Unknown
 * method names are rejected here, before they reach the main process.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { METHOD_NAMES, type Envelope, type Transport } from '../../shared/api/index.js';

/** Same literal as IPC_CHANNEL in electron/node/shell-policy.ts (a sandboxed preload cannot load node:path). */
const CHANNEL = 'adviestafel:call';
const KNOWN = new Set<string>(METHOD_NAMES);

const preloadApi = {
  call(method: string, input: unknown): Promise<Envelope<unknown>> {
    if (typeof method !== 'string' || !KNOWN.has(method)) {
      return Promise.reject(new Error('Onbekende API-methode'));
    }
    return ipcRenderer.invoke(CHANNEL, method, input) as Promise<Envelope<unknown>>;
  },
} satisfies Transport;

export type PreloadApi = typeof preloadApi;

contextBridge.exposeInMainWorld('adviestafel', preloadApi);
