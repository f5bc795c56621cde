/**
 * `backups [MAP]`: the backups in a folder with their status (complete, or the
 * keyring beside it missing). Without MAP: the vault's configured folder, after
 * unlocking, with the last good backup and the last failure.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BackupStatus } from '../../../shared/api/index.js';
import { formatMessage } from '../../../shared/i18n/messages.js';
import { listBackupFiles, type BackupFile } from '../../node/backups/names.js';
import { unlock } from '../session.js';
import { CliError, printJson, print, type Command } from '../util.js';

const nlDate = (d: Date) =>
  `${String(d.getDate()).padStart(2, '0')}-${String(d.getMonth() + 1).padStart(2, '0')}-${d.getFullYear()} ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
const mb = (bytes: number) => (bytes / 1024 / 1024).toLocaleString('nl-NL', { maximumFractionDigits: 1 });
const STATE: Record<BackupFile['state'], string> = { complete: 'compleet', keyring_missing: 'SLEUTELBOS ONTBREEKT (niet terug te zetten)' };

function statusLines(s: BackupStatus): string[] {
  const out = [`Back-upmap: ${s.folder ?? '(niet ingesteld)'}`, `Bewaren: ${s.daily} dagelijks, ${s.weekly} wekelijks, ${s.monthly} maandelijks`];
  out.push(s.lastSuccessAt ? `Laatste geslaagde back-up: ${nlDate(new Date(s.lastSuccessAt))} (${s.daysSinceSuccess} dagen geleden)` : 'Laatste geslaagde back-up: nog geen');
  if (s.lastError) out.push(`Laatste poging MISLUKT: ${formatMessage('nl', `e.${s.lastError}`, { errno: '' })}`);
  return out;
}

export const backupsCommand: Command = {
  name: 'backups',
  usage: ['backups [MAP]                 back-ups in MAP (standaard: de ingestelde back-upmap) met hun status'],
  options: ['data-dir', 'user', 'json'],
  positionals: ['map'],
  async run(backend, opts) {
    let folder = opts.args[0] ? resolve(opts.args[0]) : null;
    let status: BackupStatus | null = null;
    if (!folder) {
      await unlock(backend, opts);
      status = await backend.dispatcher.call('backups.status', {});
      if (!status.folder) throw new CliError('er is nog geen back-upmap ingesteld (Instellingen, Back-ups); of geef een MAP');
      folder = status.folder;
    }
    if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new CliError(`de map ${folder} bestaat niet`);
    const files = listBackupFiles(folder);
    if (opts.json) {
      printJson({ folder, status, backups: files.map((f) => ({ name: f.name, file: f.path, at: f.at.toISOString(), bytes: f.bytes, state: f.state })) });
      return 0;
    }
    print([
      ...(status ? statusLines(status) : [`Back-upmap: ${folder}`]),
      files.length === 0 ? 'Geen back-ups in deze map.' : `${files.length} back-up(s), nieuwste eerst:`,
      ...files.map((f) => `  ${nlDate(f.at)}  ${mb(f.bytes).padStart(6)} MB  ${STATE[f.state]}  ${f.name}`),
    ]);
    return status?.lastError || files.some((f) => f.state !== 'complete') ? 1 : 0;
  },
};
