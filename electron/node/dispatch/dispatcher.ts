/**
 * The one dispatcher. Every call, from IPC, the test bridge or the CLI, goes:
 * contract lookup -> zod validation -> access check -> service in a transaction
 * together with its audit record -> typed result or typed error (Dutch message).
 */
import { hostname } from 'node:os';
import { api, isMethodName, type Envelope, type MethodName, type Input, type Result } from '../../../shared/api/index.js';
import { AppError, validationError, type ApiErrorData } from '../../../shared/api/errors.js';
import { actingRole, type Permission } from '../../../shared/domain/roles.js';
import { appendAudit } from '../audit/audit.js';
import type { Vault } from '../vault/vault.js';
import type { AuditSpec } from '../../../shared/api/method.js';
import type { Emit } from '../../../shared/api/events.js';
import type { Ctx, Handlers, PreparedHandler, PublicHandler, ReadCtx, ReadHandler, TxHandler } from './types.js';
import { readOnly } from '../db/database.js';
import { log } from '../log.js';

export interface DispatcherOptions {
  vault: Vault;
  handlers: Handlers;
  /** Recorded as the device in the audit log. */
  device?: string;
  /** Where handlers' events go (the host delivers them to the windows); default: dropped. */
  emit?: Emit;
}

export class Dispatcher {
  readonly vault: Vault;
  private readonly handlers: Handlers;
  private readonly device: string;
  private readonly emit: Emit;

  constructor(opts: DispatcherOptions) {
    this.vault = opts.vault;
    this.handlers = opts.handlers;
    this.device = opts.device ?? hostname();
    this.emit = opts.emit ?? (() => {});
  }

  /** Typed entry point for in-process callers (CLI, tests). Throws AppError on failure. */
  async call<M extends MethodName>(method: M, input: Input<M>): Promise<Result<M>> {
    const res = await this.dispatch(method, input);
    if (!res.ok) throw AppError.fromData(res.error);
    return res.result as Result<M>;
  }

  /** Untyped entry point for transports: never throws, always answers an envelope. */
  async dispatch(method: unknown, rawInput: unknown): Promise<Envelope<unknown>> {
    try {
      if (!isMethodName(method)) throw new AppError('NOT_FOUND');
      return { ok: true, result: await this.run(method, rawInput ?? {}) };
    } catch (err) {
      return { ok: false, error: this.toErrorData(method, err) };
    }
  }

  private async run(method: MethodName, rawInput: unknown): Promise<unknown> {
    const def = api[method];
    const parse = () => {
      const parsed = def.input.safeParse(rawInput);
      if (!parsed.success) throw validationError(parsed.error.issues);
      return parsed.data as never;
    };

    if (def.access === 'public') {
      const input = parse();
      const record = () => {
        const session = this.vault.session;
        if (!def.audit || !session) return;
        appendAudit(session.db, {
          userId: session.user.id,
          userName: session.user.name,
          role: session.user.roles.join('+'),
          action: def.audit.action,
          caseId: null,
          outcome: 'ok',
          device: this.device,
        });
      };
      if (def.audit?.before) record();
      const result = await (this.handlers[method] as PublicHandler<MethodName>)({ vault: this.vault, emit: this.emit }, input);
      if (!def.audit?.before) record();
      return result;
    }

    // Access before validation: a caller without the permission learns nothing about the input's shape.
    const session = this.vault.requireSession();
    this.vault.touch();
    const role =
      def.access === 'session' ? (session.user.roles[0] ?? '') : actingRole(session.user.roles, def.access as Permission);
    if (role === null) {
      if (def.audit) this.auditFailure(def.audit.action, rawInput, 'denied');
      throw new AppError('FORBIDDEN');
    }
    const input = parse();

    const ctx: Ctx = { vault: this.vault, db: session.db, session, now: new Date().toISOString(), emit: this.emit };
    const handler = this.handlers[method] as
      | TxHandler<MethodName>
      | ReadHandler<MethodName>
      | PreparedHandler<MethodName, unknown>;
    try {
      const prepared = 'prepare' in handler ? await handler.prepare(ctx, input) : undefined;
      // The session may have been locked while key derivation ran.
      if (this.vault.session !== session) throw new AppError('LOCKED');
      const out = session.db.transaction(() => {
        const result =
          typeof handler === 'function'
            ? handler(ctx, input)
            : 'read' in handler
              ? handler.read(readCtx(ctx), input)
              : handler.run(ctx, input, prepared);
        if (result instanceof Promise) throw new Error(`handler ${method} must be synchronous`);
        if (def.audit) {
          for (const caseId of casesConcerned(def.audit, input, result)) {
            appendAudit(session.db, {
              userId: session.user.id,
              userName: session.user.name,
              role,
              action: def.audit.action,
              caseId,
              outcome: 'ok',
              device: this.device,
              at: ctx.now,
            });
          }
        }
        return result;
      })();
      // Keyring changes staged in the transaction are promoted now it committed; a removed member triggers a re-key.
      await this.vault.afterCommit();
      if (typeof handler === 'object' && 'afterCommit' in handler && handler.afterCommit) handler.afterCommit(ctx, out as never);
      return out;
    } catch (err) {
      this.vault.afterRollback();
      if (def.audit && err instanceof AppError && err.code !== 'VALIDATION' && err.code !== 'LOCKED') {
        this.auditFailure(def.audit.action, rawInput, err.code.toLowerCase());
      }
      throw err;
    }
  }

  /** Refused or failed attempts are logged too, in their own small transaction. */
  private auditFailure(action: string, rawInput: unknown, outcome: string): void {
    const session = this.vault.session;
    if (!session) return;
    const raw = (rawInput as { caseId?: unknown } | null)?.caseId;
    const caseId =
      typeof raw === 'number' && session.db.prepare('SELECT 1 FROM cases WHERE id = ?').get(raw) ? raw : null;
    appendAudit(session.db, {
      userId: session.user.id,
      userName: session.user.name,
      role: session.user.roles.join('+'),
      action,
      caseId,
      outcome,
      device: this.device,
    });
  }

  private toErrorData(method: unknown, err: unknown): ApiErrorData {
    if (err instanceof AppError) return err.toData();
    const code = (err as { code?: string })?.code ?? '';
    if (code.startsWith('SQLITE_CONSTRAINT')) return new AppError('CONFLICT').toData();
    // Never log input or messages: they may hold personal data. Method and error kind only.
    log.error('dispatch failed', { method: String(method), kind: (err as Error)?.name ?? typeof err, code });
    return new AppError('INTERNAL').toData();
  }
}

/** A read handler's view of the call: a connection that refuses writes, no keyring access. */
function readCtx(ctx: Ctx): ReadCtx {
  return { vault: ctx.vault, db: readOnly(ctx.db), session: { user: ctx.session.user }, now: ctx.now };
}

/** One NEN 7513 record per case a call concerns; one record without a case when it names none (unless onlyCases). */
export function casesConcerned(spec: AuditSpec, input: unknown, result: unknown): (number | null)[] {
  const from = spec.cases;
  const raw =
    from === 'input'
      ? [(input as { caseId?: number } | null)?.caseId]
      : from === 'result'
        ? [(result as { id?: number } | null)?.id]
        : typeof from === 'function'
          ? from(input, result)
          : [];
  const ids = [...new Set(raw.filter((x): x is number => typeof x === 'number'))];
  return ids.length > 0 || spec.onlyCases ? ids : [null];
}
