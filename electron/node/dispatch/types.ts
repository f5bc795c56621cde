/** How services plug into the dispatcher: one handler per contract method. */
import type { Api, MethodName, ParsedInput, Result } from '../../../shared/api/index.js';
import type { Emit } from '../../../shared/api/events.js';
import type { Db } from '../db/database.js';
import type { Session, Vault } from '../vault/vault.js';

/** What a public handler (no unlocked session needed) may use. */
export interface PublicCtx {
  vault: Vault;
  /** Raise an event for every window of the app (shared/api/events.ts). */
  emit: Emit;
}

/** What a handler that needs an unlocked vault receives. */
export interface Ctx {
  vault: Vault;
  db: Db;
  session: Session;
  /** Request time, ISO. One value per call, so every row a call writes agrees. */
  now: string;
  /** Raise an event for every window of the app (shared/api/events.ts). */
  emit: Emit;
}

/** Runs inside the dispatcher's transaction; must be synchronous. */
export type TxHandler<M extends MethodName> = (ctx: Ctx, input: ParsedInput<M>) => Result<M>;

/**
 * Slow work (key derivation) runs first, outside the transaction; then `run`
 * commits everything, or nothing, together with the audit record.
 */
export interface PreparedHandler<M extends MethodName, P> {
  prepare(ctx: Ctx, input: ParsedInput<M>): Promise<P>;
  run(ctx: Ctx, input: ParsedInput<M>, prepared: P): Result<M>;
}

export type PublicHandler<M extends MethodName> = (ctx: PublicCtx, input: ParsedInput<M>) => Promise<Result<M>> | Result<M>;

export type Handler<M extends MethodName> = Api[M]['access'] extends 'public'
  ? PublicHandler<M>
  : TxHandler<M> | PreparedHandler<M, any>;

export type Handlers = { [M in MethodName]: Handler<M> };
export type HandlerGroup<K extends MethodName> = { [M in K]: Handler<M> };
