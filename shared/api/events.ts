/**
 * The one event channel from the backend to every window: typed, plain data
 * (it crosses a worker boundary, IPC and Server-Sent Events). Handlers raise
 * events with `ctx.emit(event)`; the host delivers them to every window of the
 * app (Electron IPC, or the bridge's /api/events stream); the renderer listens
 * with `subscribe` / `useAppEvent` (renderer/api/events.ts).
 *
 * No zod and no imports here: the sandboxed preload checks events against
 * EVENT_TYPES and must stay small. No personal data in events: ids and codes only.
 */

export type LockReason = 'idle' | 'user' | 'worker_died';

export type AppEvent =
  /** The vault was locked: by its idle backstop, by a user (any window), or because the backend stopped. */
  | { type: 'vault.locked'; reason: LockReason }
  /** Progress of long work (a report, a backup, a PDF): `done` of `total` steps. */
  | { type: 'job.progress'; job: string; done: number; total: number }
  /** A meeting changed (agenda, current item): windows following it refresh. */
  | { type: 'meeting.changed'; meetingId: number }
  /** The background integrity check found damage. */
  | { type: 'integrity.failed' }
  /** A backup (automatic or asked for) finished; `code`: the error code when it failed. */
  | { type: 'backup.finished'; ok: boolean; code: string | null };

export type AppEventType = AppEvent['type'];
export type AppEventOf<T extends AppEventType> = Extract<AppEvent, { type: T }>;
export type Emit = (event: AppEvent) => void;

/** What the preload adds to `window.adviestafel` for events; returns the unsubscribe. */
export interface EventTransport {
  onEvent(listener: (event: AppEvent) => void): () => void;
}

export const EVENT_TYPES = ['vault.locked', 'job.progress', 'meeting.changed', 'integrity.failed', 'backup.finished'] as const satisfies readonly AppEventType[];

/** Every AppEventType is listed (compile-time check). */
type Missing = Exclude<AppEventType, (typeof EVENT_TYPES)[number]>;
const _allListed: Missing extends never ? true : false = true;
void _allListed;

/** A light shape check for untrusted input (IPC, the SSE stream). */
export function isAppEvent(value: unknown): value is AppEvent {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return typeof type === 'string' && (EVENT_TYPES as readonly string[]).includes(type);
}
