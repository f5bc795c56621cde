/**
 * Running one backup of the open vault: the configured folder and rotation,
 * progress as 'job.progress' (job 'backup') and the outcome as
 * 'backup.finished', the outcome kept in the settings table (for the warning
 * "Laatste geslaagde back-up: ... geleden"). Synchronous: it holds the backend
 * worker's thread (never the window's) for the few seconds it takes, and the
 * session cannot be locked halfway.
 */
import { AppError } from '../../../shared/api/errors.js';
import type { Emit } from '../../../shared/api/events.js';
import { appendAudit } from '../audit/audit.js';
import type { Session } from '../vault/vault.js';
import { keyringPath } from '../vault/keyring.js';
import { readConfig, readStatus, writeFailure, writeStatus } from './config.js';
import { BACKUP_STEPS, writeBackup, type BackupStep, type BackupWritten } from './write.js';

export type BackupTrigger = 'manual' | 'daily' | 'meeting' | 'lock';

export interface RunOptions {
  session: Session;
  dataDir: string;
  emit: Emit;
  now: Date;
  trigger: BackupTrigger;
  /** Recorded as the device of an automatic backup's audit record. */
  device: string;
  inject?: (step: BackupStep) => void;
}

export function runBackup(opts: RunOptions): BackupWritten {
  const { db, user } = opts.session;
  const config = readConfig(db);
  const progress = (step: BackupStep | 'done') =>
    opts.emit({ type: 'job.progress', job: 'backup', done: step === 'done' ? BACKUP_STEPS.length : BACKUP_STEPS.indexOf(step), total: BACKUP_STEPS.length });
  const record = (outcome: string) => {
    // A manual backup is recorded by the dispatcher with the call; an automatic one here.
    if (opts.trigger === 'manual') return;
    appendAudit(db, { userId: user.id, userName: user.name, role: user.roles.join('+'), action: 'backup.auto', caseId: null, outcome, device: opts.device });
  };
  const at = opts.now.toISOString();
  const previous = readStatus(db);
  if (!config.folder) throw new AppError('BACKUP_NOT_CONFIGURED');
  try {
    const vaultId = db.prepare(`SELECT value FROM meta WHERE key = 'vault_id'`).pluck().get() as string;
    const written = writeBackup(db, {
      folder: config.folder,
      keyringFile: keyringPath(opts.dataDir),
      vaultId,
      at: opts.now,
      rotation: config,
      progress,
      ...(opts.inject ? { inject: opts.inject } : {}),
    });
    writeStatus(db, { lastSuccessAt: at, lastSuccessName: written.name, lastAttemptAt: at, lastError: null, lastErrno: null });
    record('ok');
    progress('done');
    opts.emit({ type: 'backup.finished', ok: true, code: null });
    return written;
  } catch (err) {
    const e = writeFailure(err);
    if (db.open) {
      writeStatus(db, { ...previous, lastAttemptAt: at, lastError: e.code, lastErrno: typeof e.params.errno === 'string' ? e.params.errno : null });
      record(e.code.toLowerCase());
    }
    opts.emit({ type: 'backup.finished', ok: false, code: e.code });
    throw e;
  }
}
