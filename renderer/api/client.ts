/**
 * The renderer's only way to the backend. In Electron the preload exposes
 * `window.adviestafel.call`; in a browser (preview, Playwright) the same calls go
 * to the loopback test bridge. Both end in the same dispatcher.
 */
import type { Envelope, Input, MethodName, Result, Transport } from '../../shared/api/index';
import type { ApiErrorData, ErrorCode, FieldIssue } from '../../shared/api/errors';
import type { EventTransport } from '../../shared/api/events';

declare global {
  interface Window {
    /** The preload's API (Electron only): calls, and events (see ./events.ts). */
    adviestafel?: Transport & Partial<EventTransport>;
  }
}

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly params: Record<string, unknown>;
  readonly fields: Record<string, FieldIssue>;

  constructor(data: ApiErrorData) {
    super(data.message);
    this.name = 'ApiError';
    this.code = data.code;
    this.params = data.params;
    this.fields = data.fields ?? {};
  }
}

const bridgeTransport: Transport = {
  async call(method, input) {
    const res = await fetch('/api/call', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ method, input }),
    });
    if (!res.ok) {
      return { ok: false, error: { code: 'DENIED_ORIGIN', message: 'Geen toegang tot de testbrug.', params: {} } };
    }
    return (await res.json()) as Envelope<unknown>;
  },
};

const transport = (): Transport => window.adviestafel ?? bridgeTransport;

type Listener = () => void;
const lockedListeners = new Set<Listener>();

/** Called when any call finds the vault locked (a lock the event stream did not report). */
export function onLocked(listener: Listener): () => void {
  lockedListeners.add(listener);
  return () => lockedListeners.delete(listener);
}

export async function call<M extends MethodName>(method: M, input: Input<M>): Promise<Result<M>> {
  const env = await transport().call(method, input);
  if (env.ok) return env.result as Result<M>;
  if (env.error.code === 'LOCKED' || env.error.code === 'WORKER_DIED') lockedListeners.forEach((l) => l());
  throw new ApiError(env.error);
}
