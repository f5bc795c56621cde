/**
 * What the shell around a screen shows, and what must happen before a lock.
 *
 * Focus modes: a screen can ask the shell to unmount its header, navigation
 * and notifications (not hide them with CSS): 'family' while the family is in
 * the room (deel 1 of a meeting), 'presentation' for the projector window,
 * which also has no idle lock of its own (nobody touches it; the backend's own
 * idle backstop and the chair's window still lock the vault).
 *
 * Before-lock: screens with unsaved typing (meeting notes, every guarded form)
 * register a flush; every lock (the button, the idle lock) runs them first,
 * then locks. A lock the user chose first asks the registered questions (the
 * unsaved-changes dialog), which may keep the vault open.
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

/** Why the vault locks: the user asked (button, shortcut) or the idle timer ran out. */
export type LockReason = 'user' | 'idle';
/** Saves what is typed (or keeps it as an encrypted draft); runs before every lock, time-limited. */
type Flush = (reason: LockReason) => Promise<unknown>;
/** Asked before a lock the user chose (not the idle lock); false keeps the vault open. Not time-limited: a person answers. */
type Confirm = () => Promise<boolean>;
const flushers = new Set<Flush>();
const confirmers = new Set<Confirm>();

/**
 * Run `flush` before every lock while registered, and ask `confirm` first when
 * the user locks (the unsaved-changes dialog, renderer/app/unsaved.tsx).
 * Returns the unregister function.
 */
export function registerBeforeLock(flush: Flush, confirm?: Confirm): () => void {
  flushers.add(flush);
  if (confirm) confirmers.add(confirm);
  return () => {
    flushers.delete(flush);
    if (confirm) confirmers.delete(confirm);
  };
}

/** Before a lock the user chose: every registered question, in turn; false as soon as one says "not now". */
export async function confirmLock(): Promise<boolean> {
  for (const confirm of [...confirmers]) {
    if (!(await confirm().catch(() => true))) return false;
  }
  return true;
}

/** Every registered flush, at most `timeoutMs` in all; failures do not stop the lock. */
export async function runBeforeLock(reason: LockReason = 'user', timeoutMs = 3000): Promise<void> {
  if (flushers.size === 0) return;
  await Promise.race([
    Promise.allSettled([...flushers].map((f) => f(reason))),
    new Promise((resolve) => setTimeout(resolve, timeoutMs)),
  ]);
}
