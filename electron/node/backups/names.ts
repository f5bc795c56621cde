/**
 * Backup file names and the listing of a backup folder. A name holds a
 * team-neutral prefix, a short random fragment of the vault's id (so that two
 * teams sharing a network folder never rotate each other's backups) and the
 * local date and time; never a team, user or client name.
 *
 *   adviestafel-3f9a12c4-2026-11-26-101500.db
 *   adviestafel-3f9a12c4-2026-11-26-101500.db.keyring.json
 *
 * A backup is complete when both files exist: the writer renames the keyring
 * into place before the database, so a `.db` never lacks its keyring unless
 * someone removed it. Half-written files carry a `.partial` suffix (plus
 * SQLite's `.partial-journal` when a copy was cut short).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const PREFIX = 'adviestafel-';
export const KEYRING_SUFFIX = '.keyring.json';
export const PARTIAL_SUFFIX = '.partial';
const NAME = /^adviestafel-([0-9a-f]{8})-(\d{4})-(\d{2})-(\d{2})-(\d{2})(\d{2})(\d{2})\.db$/;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The vault-id fragment used in file names. */
export function vaultTag(vaultId: string): string {
  const hex = vaultId.replace(/[^0-9a-f]/gi, '').toLowerCase();
  return (hex + '00000000').slice(0, 8);
}

/** The file name of a backup made at `at` (local time). */
export function backupName(vaultId: string, at: Date): string {
  const d = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  const t = `${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
  return `${PREFIX}${vaultTag(vaultId)}-${d}-${t}.db`;
}

/** The tag and moment a backup name records, or null for any other file. */
export function parseBackupName(name: string): { tag: string; at: Date } | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [, tag, y, mo, d, h, mi, s] = m;
  const at = new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  return Number.isNaN(at.getTime()) ? null : { tag: tag!, at };
}

export type BackupFileState = 'complete' | 'keyring_missing';

export interface BackupFile {
  name: string;
  path: string;
  tag: string;
  at: Date;
  bytes: number;
  state: BackupFileState;
}

/** The backups in `folder` (all vaults, or only `tag`'s), newest first. Throws the fs error when unreadable. */
export function listBackupFiles(folder: string, tag?: string): BackupFile[] {
  const out: BackupFile[] = [];
  for (const name of readdirSync(folder)) {
    const parsed = parseBackupName(name);
    if (!parsed || (tag && parsed.tag !== tag)) continue;
    const path = join(folder, name);
    let bytes: number;
    try {
      const st = statSync(path);
      if (!st.isFile()) continue;
      bytes = st.size;
    } catch {
      continue;
    }
    out.push({ name, path, ...parsed, bytes, state: existsSync(path + KEYRING_SUFFIX) ? 'complete' : 'keyring_missing' });
  }
  return out.sort((a, b) => b.at.getTime() - a.at.getTime() || b.name.localeCompare(a.name));
}

/** Leftovers of an interrupted write of this vault's backups (`*.partial`), and keyrings whose database is gone. */
export function leftoverFiles(folder: string, tag: string): string[] {
  const names = readdirSync(folder);
  const own = (n: string) => n.startsWith(`${PREFIX}${tag}-`);
  return names.filter((n) => {
    if (!own(n)) return false;
    // A killed VACUUM INTO also leaves its rollback journal beside the partial copy.
    if (n.endsWith(PARTIAL_SUFFIX) || n.endsWith(`${PARTIAL_SUFFIX}-journal`)) return true;
    if (n.endsWith(`.db${KEYRING_SUFFIX}`)) return !names.includes(n.slice(0, -KEYRING_SUFFIX.length));
    return false;
  });
}
