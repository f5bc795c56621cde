/**
 * BackendHost: the host side of the backend worker. Electron main and the test
 * bridge hold one; it only passes messages ({id, method, input} -> envelope) and
 * relays events. Nothing secret lives here.
 *
 * If the worker dies (exit or uncaught error), calls still in flight are answered
 * with WORKER_DIED, listeners get `vault.locked` with reason 'worker_died', and the
 * next call starts a fresh worker (locked: the user unlocks again). Every
 * acknowledged write was committed by SQLite (WAL, synchronous=FULL) before its
 * envelope left the worker, so it survives.
 */
import type { Worker } from 'node:worker_threads';
import { AppError, type ApiErrorData } from '../../../shared/api/errors.js';
import type { AppEvent } from '../../../shared/api/events.js';
import type { Envelope, Input, MethodName, Result } from '../../../shared/api/index.js';
import { log } from '../log.js';
import type { ControlOp, FromWorker, ToWorker, WorkerConfig } from './protocol.js';

/** Starts one worker thread running backend-worker (the bundle in Electron, the .ts source under tsx). */
export type WorkerFactory = (config: WorkerConfig) => Worker;

export interface BackendHostOptions extends WorkerConfig {
  createWorker: WorkerFactory;
}

type EventListener = (event: AppEvent) => void;

interface Pending {
  resolve(value: unknown): void;
  kind: 'call' | 'control';
}

/** Rebuild an error that crossed the thread boundary as data. */
const toError = (e: ApiErrorData) => new AppError(e.code, e.params as never, e.fields);

const died = (): Envelope<unknown> => ({ ok: false, error: new AppError('WORKER_DIED').toData() });

export class BackendHost {
  private readonly config: WorkerConfig;
  private readonly createWorker: WorkerFactory;
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<EventListener>();
  private nextId = 1;
  private closed = false;
  /** How many workers were started (a restart after a death adds one). */
  starts = 0;

  constructor(opts: BackendHostOptions) {
    const { createWorker, ...config } = opts;
    this.createWorker = createWorker;
    this.config = config;
    // Start at once, so the first call does not wait for the worker to load.
    this.ensureWorker();
  }

  /** Untyped entry point for transports: never throws, always answers an envelope. */
  dispatch(method: unknown, input: unknown): Promise<Envelope<unknown>> {
    if (this.closed) return Promise.resolve({ ok: false, error: new AppError('LOCKED').toData() });
    return this.send('call', (id) => ({ kind: 'call', id, method, input })) as Promise<Envelope<unknown>>;
  }

  /** Typed entry point (tests, scripts). Throws AppError on failure. */
  async call<M extends MethodName>(method: M, input: Input<M>): Promise<Result<M>> {
    const env = await this.dispatch(method, input);
    if (!env.ok) throw toError(env.error);
    return env.result as Result<M>;
  }

  /** Every event the backend raises, plus `vault.locked` 'worker_died'. Returns the unsubscribe. */
  onEvent(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Lock now, without an audit record (close, test helpers). Windows get `vault.locked`. */
  async lock(): Promise<void> {
    if (!this.worker) return;
    await this.control({ op: 'lock' });
  }

  /**
   * Test-only (the worker refuses unless started with testHooks): move the
   * backend's clock forward by `advanceMs` and run the idle backstop now.
   */
  async idleCheck(advanceMs: number): Promise<boolean> {
    return (await this.control({ op: 'idleCheck', advanceMs })) as boolean;
  }

  /** Test-only operations: a slow async job, a busy worker thread, a crash. */
  async testOp(op: Extract<ControlOp, { op: 'sleep' | 'block' | 'crash' }>): Promise<void> {
    await this.control(op);
  }

  /** Lock, stop the worker. Idempotent; calls afterwards answer LOCKED. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const worker = this.worker;
    if (!worker) return;
    try {
      await this.control({ op: 'lock' }, true);
    } catch {
      // already dying: terminate anyway
    }
    this.worker = null;
    await worker.terminate();
  }

  private async control(op: ControlOp, evenIfClosed = false): Promise<unknown> {
    if (this.closed && !evenIfClosed) throw new AppError('LOCKED');
    const res = await this.send('control', (id) => ({ kind: 'control', id, control: op }), evenIfClosed);
    // A refused control op answers with an error envelope instead of a value.
    if (res && typeof res === 'object' && (res as Envelope<unknown>).ok === false) {
      throw toError((res as Extract<Envelope<unknown>, { ok: false }>).error);
    }
    return res;
  }

  private send(kind: Pending['kind'], build: (id: number) => ToWorker, evenIfClosed = false): Promise<unknown> {
    const worker = evenIfClosed ? this.worker : this.ensureWorker();
    if (!worker) return Promise.resolve(died());
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, { resolve, kind });
      worker.postMessage(build(id));
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = this.createWorker(this.config);
    this.starts += 1;
    this.worker = worker;
    worker.on('message', (msg: FromWorker) => this.receive(msg));
    worker.on('error', (err: Error) => {
      // Kind only: a message could carry data.
      log.error('backend worker failed', { kind: err?.name ?? typeof err });
    });
    worker.on('exit', (code) => this.onExit(worker, code));
    return worker;
  }

  private receive(msg: FromWorker): void {
    if (msg.kind === 'event') {
      this.deliver(msg.event);
      return;
    }
    const p = this.pending.get(msg.id);
    if (!p) return;
    this.pending.delete(msg.id);
    p.resolve(msg.kind === 'reply' ? msg.envelope : msg.value);
  }

  private deliver(event: AppEvent): void {
    for (const l of [...this.listeners]) {
      try {
        l(event);
      } catch (err) {
        log.error('event listener failed', { kind: (err as Error)?.name ?? typeof err });
      }
    }
  }

  private onExit(worker: Worker, code: number): void {
    if (this.worker !== worker && this.worker !== null) return;
    this.worker = null;
    const inFlight = [...this.pending.values()];
    this.pending.clear();
    for (const p of inFlight) p.resolve(died());
    if (this.closed) return;
    log.warn('backend worker stopped', { code });
    this.deliver({ type: 'vault.locked', reason: 'worker_died' });
  }
}
