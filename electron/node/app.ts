/**
 * Wiring shared by every host (Electron main, test bridge, CLI): one vault, one
 * dispatcher, and the idle backstop that locks the vault when the window is gone.
 */
import { Dispatcher } from './dispatch/dispatcher.js';
import { handlers } from './services/index.js';
import { Vault, type VaultOptions } from './vault/vault.js';

export interface Backend {
  vault: Vault;
  dispatcher: Dispatcher;
  /** Stop timers and lock. */
  close(): void;
}

export function createBackend(opts: VaultOptions & { device?: string; idleCheckMs?: number }): Backend {
  const vault = new Vault(opts);
  const dispatcher = new Dispatcher({ vault, handlers, device: opts.device });
  // The renderer locks on idle itself; this is the backstop should it not.
  const timer = setInterval(() => vault.lockIfIdle(), opts.idleCheckMs ?? 30_000);
  timer.unref();
  return {
    vault,
    dispatcher,
    close() {
      clearInterval(timer);
      vault.lock();
    },
  };
}
