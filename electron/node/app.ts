/**
 * Wiring shared by every host: one vault, one dispatcher, and the idle backstop
 * that locks the vault when the window is gone. Electron and the test bridge run
 * this inside the backend worker (electron/node/worker/); the one-shot CLI and the
 * unit tests run it in-process.
 */
import type { Emit } from '../../shared/api/events.js';
import { BackupScheduler } from './backups/scheduler.js';
import { finishInterruptedRestore } from './backups/restore.js';
import { Dispatcher } from './dispatch/dispatcher.js';
import { handlers } from './features/index.js';
import { Vault, type VaultOptions } from './vault/vault.js';

export interface Backend {
  vault: Vault;
  dispatcher: Dispatcher;
  /** Automatic backups (electron/node/backups/scheduler.ts). */
  backups: BackupScheduler;
  /** Run the idle backstop now (as its timer does); true when it locked the vault. */
  idleCheck(): boolean;
  /** Stop timers and lock. */
  close(): void;
}

export interface BackendOptions extends VaultOptions {
  device?: string;
  idleCheckMs?: number;
  /** Events raised by handlers and by the idle backstop; default: dropped. */
  emit?: Emit;
}

export function createBackend(opts: BackendOptions): Backend {
  // A restore that a kill interrupted puts the previous vault back before anything opens it.
  finishInterruptedRestore(opts.dataDir);
  const vault = new Vault(opts);
  const emit: Emit = opts.emit ?? (() => {});
  const dispatcher = new Dispatcher({ vault, handlers, device: opts.device, emit });
  const idleCheck = (): boolean => {
    const locked = vault.lockIfIdle();
    if (locked) emit({ type: 'vault.locked', reason: 'idle' });
    return locked;
  };
  // The renderer locks on idle itself; this is the backstop should it not.
  const timer = setInterval(idleCheck, opts.idleCheckMs ?? 30_000);
  timer.unref();
  const backups = new BackupScheduler({ vault, emit, now: opts.now ?? Date.now, device: opts.device ?? vault.device });
  backups.start();
  return {
    vault,
    dispatcher,
    backups,
    idleCheck,
    close() {
      clearInterval(timer);
      backups.stop();
      vault.lock();
    },
  };
}
