/**
 * Messages between a host (Electron main, the test bridge) and the backend
 * worker. Plain, structured-cloneable data only: method names, inputs,
 * envelopes and events. Keys and database handles never leave the worker.
 */
import type { AppEvent } from '../../../shared/api/events.js';
import type { Envelope } from '../../../shared/api/index.js';

/** What the worker is started with (workerData). */
export interface WorkerConfig {
  dataDir: string;
  /** scrypt cost as log2(N); lower only in tests. */
  logN?: number;
  /** Recorded as the device in the audit log. */
  device?: string;
  /** How often the idle backstop looks (ms). */
  idleCheckMs?: number;
  /** Accept the test-only operations below (tests and the e2e bridge; never Electron). */
  testHooks?: boolean;
}

/** Operations besides calls. Those marked test-only are refused unless testHooks is set. */
export type ControlOp =
  /** Lock now (no audit record, unlike session.lock): the host's close and test helpers. */
  | { op: 'lock' }
  /** Test-only: move the vault's clock forward, then run the idle backstop now. Answers whether it locked. */
  | { op: 'idleCheck'; advanceMs: number }
  /** Test-only: a slow asynchronous job (waits `ms`), as a long report or backup would. */
  | { op: 'sleep'; ms: number }
  /** Test-only: keep the worker's thread busy for `ms` (a long synchronous job, e.g. a PDF). */
  | { op: 'block'; ms: number }
  /** Test-only: the worker dies with an uncaught error. */
  | { op: 'crash' };

export type ToWorker =
  | { kind: 'call'; id: number; method: unknown; input: unknown }
  | { kind: 'control'; id: number; control: ControlOp };

export type FromWorker =
  | { kind: 'reply'; id: number; envelope: Envelope<unknown> }
  | { kind: 'control-reply'; id: number; value: unknown }
  | { kind: 'event'; event: AppEvent };
