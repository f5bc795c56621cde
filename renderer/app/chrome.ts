/**
 * What the shell around a screen shows, and what must happen before a lock.
 *
 * Focus modes: a screen can ask the shell to unmount its header, navigation
 * and notifications (not hide them with CSS): 'family' while the family is in
 * the room (deel 1 of a meeting), 'presentation' for the projector window,
 * which also has no idle lock of its own (nobody touches it; the backend's own
 * idle backstop and the chair's window still lock the vault).
 *
 * Before-lock: screens with unsaved typing (meeting notes) register a flush;
 * every lock (the button, the idle lock) runs them first, then locks.
 */
import { useLayoutEffect, useSyncExternalStore } from 'react';

export type ChromeMode = 'normal' | 'family' | 'presentation';

let mode: ChromeMode = 'normal';
const subscribers = new Set<() => void>();

function setMode(next: ChromeMode): void {
  if (mode === next) return;
  mode = next;
  for (const s of [...subscribers]) s();
}

function subscribe(listener: () => void): () => void {
  subscribers.add(listener);
  return () => subscribers.delete(listener);
}

/** The current focus mode ('normal': the full shell). */
export function useChromeMode(): ChromeMode {
  return useSyncExternalStore(subscribe, () => mode);
}

/** While the calling component is mounted, the shell runs in `m` (set before paint). */
export function useFocusMode(m: ChromeMode): void {
  useLayoutEffect(() => {
    setMode(m);
    return () => setMode('normal');
  }, [m]);
}

type Flush = () => Promise<unknown>;
const flushers = new Set<Flush>();

/** Run `flush` before every lock while registered; returns the unregister function. */
export function registerBeforeLock(flush: Flush): () => void {
  flushers.add(flush);
  return () => {
    flushers.delete(flush);
  };
}

/** Every registered flush, at most `timeoutMs` in all; failures do not stop the lock. */
export async function runBeforeLock(timeoutMs = 3000): Promise<void> {
  if (flushers.size === 0) return;
  await Promise.race([
    Promise.allSettled([...flushers].map((f) => f())),
    new Promise((resolve) => setTimeout(resolve, timeoutMs)),
  ]);
}
