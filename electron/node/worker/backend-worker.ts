/**
 * The backend worker (bundled to dist/electron/backend-worker.cjs; under tsx the
 * host loads this source). It owns the vault, the keys, the database and the
 * dispatcher; its host only passes messages (electron/node/worker/protocol.ts).
 * Started by BackendHost (host.ts); never imports 'electron'.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../../shared/api/errors.js';
import type { AppEvent } from '../../../shared/api/events.js';
import { createBackend } from '../app.js';
import { scheduleWarmUp } from '../features/letters/pdf/warm.js';
import type { ControlOp, FromWorker, ToWorker, WorkerConfig } from './protocol.js';

const port = parentPort;
if (!port) throw new Error('backend-worker must run in a worker thread');
const config = workerData as WorkerConfig;

const post = (msg: FromWorker) => port.postMessage(msg);
const emit = (event: AppEvent) => post({ kind: 'event', event });

/** The test hooks move this clock forward instead of waiting. */
let clockOffset = 0;

const backend = createBackend({
  dataDir: config.dataDir,
  ...(config.logN !== undefined ? { logN: config.logN } : {}),
  ...(config.device !== undefined ? { device: config.device } : {}),
  ...(config.idleCheckMs !== undefined ? { idleCheckMs: config.idleCheckMs } : {}),
  now: () => Date.now() + clockOffset,
  emit,
});

async function call(method: unknown, input: unknown) {
  const wasUnlocked = backend.vault.session !== null;
  // A lock while the last good backup is older than a day makes one first (backups/scheduler.ts); the
  // windows show the unlock screen at once instead of the open vault for the seconds that takes.
  if (method === 'session.lock' && wasUnlocked && backend.backups.due()) {
    emit({ type: 'vault.locked', reason: 'user' });
    backend.backups.beforeLock();
  }
  const envelope = await backend.dispatcher.dispatch(method, input);
  if (envelope.ok && typeof method === 'string') backend.backups.afterCall(method);
  // The first letter should not pay for the PDF renderer's start: warm it a moment after an unlock.
  if (envelope.ok && (method === 'vault.unlock' || method === 'vault.create' || method === 'vault.recover')) scheduleWarmUp();
  // A user locked (from any window): every other window shows the unlock screen too.
  if (method === 'session.lock' && envelope.ok && wasUnlocked) emit({ type: 'vault.locked', reason: 'user' });
  return envelope;
}

async function control(op: ControlOp): Promise<unknown> {
  if (op.op === 'lock') {
    const wasUnlocked = backend.vault.session !== null;
    backend.vault.lock();
    if (wasUnlocked) emit({ type: 'vault.locked', reason: 'user' });
    return null;
  }
  if (!config.testHooks) throw new AppError('FORBIDDEN');
  switch (op.op) {
    case 'idleCheck':
      clockOffset += Math.max(0, op.advanceMs);
      return backend.idleCheck();
    case 'sleep':
      await new Promise((done) => setTimeout(done, op.ms));
      return null;
    case 'block': {
      const until = Date.now() + op.ms;
      while (Date.now() < until) {
        // busy on purpose: a synchronous job holding the worker's thread
      }
      return null;
    }
    case 'crash':
      setImmediate(() => {
        throw new Error('backend worker crash (test)');
      });
      return null;
  }
}

port.on('message', (msg: ToWorker) => {
  if (msg.kind === 'call') {
    void call(msg.method, msg.input).then((envelope) => post({ kind: 'reply', id: msg.id, envelope }));
  } else {
    control(msg.control).then(
      (value) => post({ kind: 'control-reply', id: msg.id, value }),
      (err: unknown) =>
        post({ kind: 'reply', id: msg.id, envelope: { ok: false, error: (err instanceof AppError ? err : new AppError('INTERNAL')).toData() } }),
    );
  }
});

// The host ends the worker with terminate(); lock first when the thread is asked to stop.
port.on('close', () => backend.close());
