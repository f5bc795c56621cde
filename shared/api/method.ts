/**
 * The building blocks of the API contract. Each feature module
 * (`shared/api/<feature>.ts`) declares its methods with `method<Result>()({...})`;
 * `index.ts` merges them into the one contract the dispatcher enforces.
 */
import { z } from '../zod.js';
import type { Permission } from '../domain/roles.js';
import type { ApiErrorData } from './errors.js';

/** Who may call: nobody needs to be unlocked ('public'), any unlocked user ('session'), or a permission. */
export type Access = 'public' | 'session' | Permission;

/** Names the cases a call concerns, from its parsed input and its result (one audit record per case). */
export type CaseIds = (input: any, result: any) => ReadonlyArray<number | null | undefined>;

export interface AuditSpec {
  /** Stable action name as logged, e.g. 'case.read'. */
  action: string;
  /**
   * The cases concerned: the input's caseId, the result's id, or a function that
   * names several (a meeting concerns every case on its agenda). Absent: no case.
   */
  cases?: 'input' | 'result' | CaseIds;
  /** Write records only for the cases named: a call that names none writes none (a repeated read already audited). */
  onlyCases?: true;
  /** Public methods that end the session (lock) record before they run, while the log is still open. */
  before?: true;
  /**
   * The call shows personal data and changes none of it, although its handler is not a read()
   * handler (it renders and keeps a file, or caches figures). A read() handler needs no flag.
   * Tells "looked at" from "recorded or changed" where a person is shown who did what with their
   * file (electron/node/features/read-actions.ts).
   */
  reads?: true;
}

export interface MethodDef<I extends z.ZodType = z.ZodType, R = unknown> {
  input: I;
  access: Access;
  /** null: the call touches no personal data and is not logged. */
  audit: AuditSpec | null;
  /** Phantom field carrying the result type; never set at run time. */
  readonly result?: R;
}

export function method<R>() {
  return <I extends z.ZodType, A extends Access>(
    def: Omit<MethodDef<I, R>, 'result' | 'access'> & { access: A },
  ): MethodDef<I, R> & { access: A } => def;
}

export const none = z.object({}).strict();
export const id = z.number().int().positive();
export const caseRef = z.object({ caseId: id }).strict();

/** The envelope every transport returns. */
export type Envelope<R> = { ok: true; result: R } | { ok: false; error: ApiErrorData };

/** What the preload exposes as `window.adviestafel` and the bridge client mimics. */
export interface Transport {
  call(method: string, input: unknown): Promise<Envelope<unknown>>;
}
