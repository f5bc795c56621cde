/** `verify`: passphrase, encryption, full integrity, schema version, the audit chain and its signed checkpoints, one line each. */
import { AppError } from '../../../shared/api/errors.js';
import type { SessionInfo } from '../../../shared/api/index.js';
import { verifyIntegrity } from '../../node/db/database.js';
import { LATEST_VERSION } from '../../node/db/migrations/index.js';
import { looksUnencrypted } from '../../node/vault/backup.js';
import { databasePath } from '../../node/vault/keyring.js';
import { unlock } from '../session.js';
import { CliError, describe, type Command } from '../util.js';

function safe<T>(f: () => T): T | null {
  try {
    return f();
  } catch {
    return null;
  }
}

export const verifyCommand: Command = {
  name: 'verify',
  usage: ['verify                        controleer wachtzin, integriteit, versleuteling, schema en auditketen'],
  options: ['data-dir', 'user'],
  async run(backend, opts) {
    const line = (label: string, result: string) => process.stdout.write(`${label}: ${result}\n`);
    const failed: string[] = [];
    let session: SessionInfo;
    try {
      session = await unlock(backend, opts);
    } catch (err) {
      if (err instanceof AppError && (err.code === 'DB_CORRUPT' || err.code === 'DB_NEWER')) {
        // The passphrase unwrapped the data key; the database itself did not open.
        line('wachtzin', 'ok');
        line('database openen', `MISLUKT: ${err.message}`);
        throw new CliError('controle mislukt: de database opent niet');
      }
      throw err;
    }
    line('wachtzin', `ok (gebruiker "${session.userName}")`);
    const db = backend.vault.requireSession().db;

    const encrypted = !looksUnencrypted(databasePath(opts.dataDir));
    line('versleuteld bestand', encrypted ? 'ok' : 'MISLUKT: het databasebestand is niet versleuteld');
    if (!encrypted) failed.push('versleuteld bestand');

    try {
      const r = verifyIntegrity(db);
      line('integriteit (integrity_check)', r.integrity);
      line('versleuteling (cipher_integrity_check)', `ok (${r.cipherErrors} fouten)`);
    } catch {
      // verifyIntegrity reports either failure as DB_CORRUPT; run both checks to say which.
      const integrity = safe(() => String(db.pragma('integrity_check', { simple: true })));
      const cipherErrors = safe(() => (db.pragma('cipher_integrity_check') as unknown[]).length);
      line('integriteit (integrity_check)', integrity === 'ok' ? 'ok' : `MISLUKT (${integrity ?? 'niet leesbaar'})`);
      line(
        'versleuteling (cipher_integrity_check)',
        cipherErrors === 0 ? 'ok' : `MISLUKT (${cipherErrors ?? 'niet leesbaar'}${cipherErrors === null ? '' : ' pagina’s'})`,
      );
      if (integrity !== 'ok') failed.push('integriteit');
      if (cipherErrors !== 0) failed.push('versleuteling');
    }

    const version = db.pragma('user_version', { simple: true }) as number;
    line('schemaversie', `${version} (deze app: ${LATEST_VERSION})`);
    if (version !== LATEST_VERSION) failed.push('schemaversie');

    try {
      const audit = await backend.dispatcher.call('audit.verify', {});
      if (audit.brokenAt === null) line('auditketen', `ok (${audit.entries} regels)`);
      else {
        line('auditketen', `GEBROKEN bij regel ${audit.brokenAt} (${audit.entries} regels daarvoor in orde)`);
        failed.push('auditketen');
      }
      const cp = audit.checkpoints;
      line('ondertekende controlepunten', `${cp.valid} van ${cp.total} geldig${cp.lastAt ? `, laatste ${cp.lastAt}` : ''}`);
      if (audit.firstChanged) {
        line('gewijzigde regels', `MISLUKT: vanaf regel ${audit.firstChanged.position} (id ${audit.firstChanged.id ?? '-'}) wijkt het log af van een ondertekend controlepunt`);
      }
      if (audit.removedTail) {
        line('verwijderde regels', `MISLUKT: een controlepunt telde ${audit.removedTail.expected} regels, het log heeft er ${audit.removedTail.found}`);
      }
      const kinds: Record<string, string> = {
        bad_signature: 'handtekening klopt niet',
        unknown_key: 'ondertekend met een onbekende sleutel',
        mismatch: 'past niet bij het log',
        missing_in_database: 'ontbreekt in de database (wel in keyring.json)',
      };
      for (const p of audit.problems) {
        line('controlepunt', `MISLUKT: ${p.count} regels, ${p.at}, gebruiker ${p.userId}: ${kinds[p.kind] ?? p.kind}`);
      }
      if (!audit.ok && audit.brokenAt === null) failed.push('controlepunten');
    } catch (err) {
      line('auditketen', `niet gecontroleerd: ${describe(err)}`);
      failed.push('auditketen');
    }

    if (failed.length) throw new CliError(`controle mislukt: ${failed.join(', ')}`);
    return 0;
  },
};
