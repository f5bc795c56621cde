/**
 * Live events from the backend (shared/api/events.ts), the same in Electron and
 * in a browser: the preload's `window.adviestafel.onEvent` (IPC), or else the
 * loopback bridge's Server-Sent Events stream /api/events (same cookie and
 * origin checks as the calls). One connection per window, opened while anyone listens.
 */
import { useEffect, useRef } from 'react';
import { isAppEvent, type AppEvent, type AppEventOf, type AppEventType } from '../../shared/api/events';

type Listener = (event: AppEvent) => void;

const listeners = new Set<Listener>();
let detach: (() => void) | null = null;

function deliver(raw: unknown): void {
  if (!isAppEvent(raw)) return;
  for (const l of [...listeners]) l(raw);
}

function attach(): () => void {
  const preload = window.adviestafel;
  if (preload?.onEvent) return preload.onEvent(deliver);
  const source = new EventSource('/api/events');
  source.onmessage = (message: MessageEvent<string>) => {
    try {
      deliver(JSON.parse(message.data));
    } catch {
      // not an event: ignore
    }
  };
  return () => source.close();
}

/** Every backend event, until the returned function is called. */
export function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  detach ??= attach();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && detach) {
      detach();
      detach = null;
    }
  };
}

/** Calls `handler` for every event of one type while the component is mounted. */
export function useAppEvent<T extends AppEventType>(type: T, handler: (event: AppEventOf<T>) => void): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(
    () =>
      subscribe((event) => {
        if (event.type === type) latest.current(event as AppEventOf<T>);
      }),
    [type],
  );
}
