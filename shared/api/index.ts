/**
 * The API contract: every feature's methods merged into one map. Each method
 * names its zod input schema, its result type, the permission it needs and the
 * audit action it records (see method.ts). The dispatcher enforces all of it;
 * the renderer's client and the transports are typed from here, so a method
 * exists everywhere or nowhere. A new feature adds `shared/api/<feature>.ts`
 * and one line below.
 */
import type { z } from '../zod.js';
import type { MethodDef } from './method.js';
import { adviceApi } from './advice.js';
import { auditApi } from './audit.js';
import { backupsApi } from './backups.js';
import { casesApi } from './cases.js';
import { draftsApi } from './drafts.js';
import { importApi } from './import.js';
import { lettersApi } from './letters.js';
import { retentionApi } from './retention.js';
import { meetingLiveApi } from './meeting-live.js';
import { meetingsApi } from './meetings.js';
import { reportsApi } from './reports.js';
import { settingsApi } from './settings.js';
import { usersApi } from './users.js';
import { vaultApi } from './vault.js';

export const api = {
  ...vaultApi,
  ...usersApi,
  ...settingsApi,
  ...auditApi,
  ...casesApi,
  ...meetingsApi,
  ...meetingLiveApi,
  ...adviceApi,
  ...draftsApi,
  ...lettersApi,
  ...retentionApi,
  ...reportsApi,
  ...importApi,
  ...backupsApi,
} as const satisfies Record<string, MethodDef>;

export type Api = typeof api;
export type MethodName = keyof Api;
export type Input<M extends MethodName> = z.input<Api[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Api[M]['input']>;
export type Result<M extends MethodName> = Api[M] extends MethodDef<z.ZodType, infer R> ? R : never;

export const METHOD_NAMES = Object.keys(api) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(api, name);
}

export * from './method.js';
export * from './vault.js';
export * from './users.js';
export * from './settings.js';
export * from './audit.js';
export * from './cases.js';
export * from './meetings.js';
export * from './meeting-live.js';
export * from './advice.js';
export * from './drafts.js';
export * from './letters.js';
export * from './retention.js';
export * from './backups.js';
export * from './reports.js';
export * from './import.js';
