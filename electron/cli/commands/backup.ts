/** `backup`: a verified, encrypted copy of the vault plus its keyring; never overwrites a file. */
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { backupVault } from '../../node/vault/backup.js';
import { unlock } from '../session.js';
import { CliError, device, print, type Command } from '../util.js';

export const backupCommand: Command = {
  name: 'backup',
  usage: ['backup --out BESTAND           versleutelde reservekopie; overschrijft nooit een bestaand bestand'],
  options: ['data-dir', 'user', 'out'],
  async run(backend, opts) {
    if (!opts.out?.trim()) throw new CliError('geef het doelbestand met --out BESTAND', 2);
    const target = resolve(opts.out);
    // Checked before asking for the passphrase, and again by backupVault.
    if (existsSync(target)) throw new CliError(`${target} bestaat al; een reservekopie overschrijft nooit een bestaand bestand`);
    if (!existsSync(dirname(target)) || !statSync(dirname(target)).isDirectory()) {
      throw new CliError(`de map ${dirname(target)} bestaat niet`);
    }
    await unlock(backend, opts);
    const r = backupVault(backend.vault, target, device);
    const mb = (r.bytes / 1024 / 1024).toLocaleString('nl-NL', { maximumFractionDigits: 1 });
    print([
      `Reservekopie geschreven: ${r.file} (${mb} MB)`,
      `Gecontroleerd: geopend met dezelfde sleutel, integriteit ${r.integrity}, versleuteling ok, schemaversie ${r.schemaVersion}, ${r.cases} casussen, ${r.auditEntries} auditregels.`,
      `Sleutelbos ernaast geschreven: ${r.file}.keyring.json (alleen versleutelde sleutels, geen cliëntgegevens).`,
      'Terugzetten: zet de twee terug als adviestafel.db en keyring.json en ontgrendel met een wachtzin of de herstelsleutel.',
    ]);
    return 0;
  },
};
