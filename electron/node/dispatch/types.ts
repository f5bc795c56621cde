/**
 * How features plug into the dispatcher: one handler per contract method.
 *
 * Reading versus writing is a type, not a habit. A handler is one of:
 * - `read(fn)`: gets a `ReadCtx`, whose `db` is a `ReadDb` (statements without
 *   `run`, no `exec`/`pragma`/`transaction`), whose `session` carries no
 *   connection and whose `vault` offers only queries. Writing does not compile;
 *   at run time the dispatcher also hands it a view that refuses any statement
 *   SQLite does not mark read-only. The dispatcher still writes the call's audit
 *   record, with the full connection, in the same transaction.
 * - a plain function `(ctx: Ctx, input) => result`: may write.
 * - `{ prepare, run }`: slow async work first (key derivation), then a write.
 * Data modules (`<table>.sql.ts`) follow suit: read functions take `ReadDb`,
 * write functions take `Db`, so a read handler cannot call a writer either.
 */
import type { Api, MethodName, ParsedInput, Result } from '../../../shared/api/index.js';
import type { Emit } from '../../../shared/api/events.js';
import type { Db, ReadDb } from '../db/database.js';
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

/** The vault's query methods: what a read handler may ask of it. */
export type ReadVault = Pick<Vault, 'autoLockMinutes' | 'hasKeyringUser' | 'status' | 'sessionInfo' | 'verifyAudit'>;

/** What a read-only handler receives: nothing in it can write. */
export interface ReadCtx {
  vault: ReadVault;
  db: ReadDb;
  session: Omit<Session, 'db'>;
  now: string;
}

/** Runs inside the dispatcher's transaction; must be synchronous. */
export type TxHandler<M extends MethodName> = (ctx: Ctx, input: ParsedInput<M>) => Result<M>;

/** A read-only handler (see above); build it with `read(fn)`. */
export interface ReadHandler<M extends MethodName> {
  readonly read: (ctx: ReadCtx, input: ParsedInput<M>) => Result<M>;
}

/** Marks a handler read-only: its context cannot write (checked by the type checker and at run time). */
export function read<M extends MethodName>(fn: (ctx: ReadCtx, input: ParsedInput<M>) => Result<M>): ReadHandler<M> {
  return { read: fn };
}

/**
 * Slow work (key derivation) runs first, outside the transaction; then `run`
 * commits everything, or nothing, together with the audit record.
 */
export interface PreparedHandler<M extends MethodName, P> {
  prepare(ctx: Ctx, input: ParsedInput<M>): Promise<P>;
  run(ctx: Ctx, input: ParsedInput<M>, prepared: P): Result<M>;
  /** Optional: runs after the commit (outside any transaction), e.g. a WAL checkpoint after an erasure. */
  afterCommit?(ctx: Ctx, result: Result<M>): void;
}

export type PublicHandler<M extends MethodName> = (ctx: PublicCtx, input: ParsedInput<M>) => Promise<Result<M>> | Result<M>;

export type Handler<M extends MethodName> = Api[M]['access'] extends 'public'
  ? PublicHandler<M>
  : TxHandler<M> | ReadHandler<M> | PreparedHandler<M, any>;

export type Handlers = { [M in MethodName]: Handler<M> };
export type HandlerGroup<K extends MethodName> = { [M in K]: Handler<M> };
