/**
 * keyring.json: the only file beside the database. It holds wrapped copies of
 * the data key and what the unlock screen must show before anything is
 * decrypted: the team name and the team members' display names. No client data.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync, openSync, fsyncSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import type { KdfParams, Wrapped } from './crypto.js';

export interface KeyringUser {
  userId: number;
  name: string;
  kdf: KdfParams;
  wrap: Wrapped;
}

export interface Keyring {
  format: 1;
  vaultId: string;
  teamName: string;
  createdAt: string;
  users: KeyringUser[];
  recovery: { kdf: KdfParams; wrap: Wrapped };
}

export const KEYRING_FILE = 'keyring.json';
export const DATABASE_FILE = 'adviestafel.db';

export function keyringPath(dataDir: string): string {
  return join(dataDir, KEYRING_FILE);
}

export function databasePath(dataDir: string): string {
  return join(dataDir, DATABASE_FILE);
}

export function keyringExists(dataDir: string): boolean {
  return existsSync(keyringPath(dataDir));
}

export function readKeyring(dataDir: string): Keyring {
  const parsed = JSON.parse(readFileSync(keyringPath(dataDir), 'utf8')) as Keyring;
  if (parsed.format !== 1 || !Array.isArray(parsed.users)) throw new Error('unknown keyring format');
  return parsed;
}

/** Atomic replace: write a sibling, fsync, rename. A crash leaves the old or the new file, never half. */
export function writeKeyring(dataDir: string, keyring: Keyring): void {
  const target = keyringPath(dataDir);
  const tmp = `${target}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(keyring, null, 2), { mode: 0o600 });
  const fd = openSync(tmp, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, target);
}

export function newVaultId(): string {
  return randomUUID();
}

export const userAad = (k: Pick<Keyring, 'vaultId'>, userId: number) => `adviestafel:${k.vaultId}:user:${userId}`;
export const recoveryAad = (k: Pick<Keyring, 'vaultId'>) => `adviestafel:${k.vaultId}:recovery`;
