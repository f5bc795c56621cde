/**
 * `rekey`: replace the vault's data key now, for example after a laptop was
 * lost. The new key is sealed to every active member and to the recovery key
 * pair (no passphrases needed); old backups stay readable with the keyring
 * beside them. Stop the app first: the database file is swapped.
 */
import { AppError } from '../../../shared/api/errors.js';
import { unlock } from '../session.js';
import { CliError, print, type Command } from '../util.js';

export const rekeyCommand: Command = {
  name: 'rekey',
  usage: ['rekey                         vervang de datasleutel (bijv. na verlies van een laptop); sluit eerst de app'],
  options: ['data-dir', 'user'],
  async run(backend, opts) {
    await unlock(backend, opts);
    try {
      await backend.dispatcher.call('vault.rekey', {});
    } catch (err) {
      // A vault of the previous version, not yet fully upgraded (vault/legacy.ts): say what is still waiting.
      if (err instanceof AppError && err.code === 'UPGRADE_INCOMPLETE') {
        const waiting = [
          ...(Number(err.params.legacyUsers) > 0 ? [`${String(err.params.legacyUsers)} actieve gebruiker(s) die nog niet met deze versie hebben ontgrendeld`] : []),
          ...(err.params.legacyRecovery === true ? ['de oude herstelsleutel (eenmaal gebruiken bij Toegang herstellen geeft een nieuwe)'] : []),
        ];
        throw new CliError(`de datasleutel kan nog niet worden vervangen: de kluis is nog niet helemaal bijgewerkt. Nog nodig: ${waiting.join('; ')}. Er is niets gewijzigd.`);
      }
      throw err;
    }
    print([
      'De teamkluis heeft een nieuwe datasleutel. Elke actieve gebruiker en de herstelsleutel openen hem zoals voorheen.',
      'Een eerder gekopieerd keyring.json opent de huidige database niet meer; oude reservekopieën blijven leesbaar met het sleutelbestand ernaast.',
    ]);
    return 0;
  },
};
