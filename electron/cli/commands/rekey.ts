/**
 * `rekey`: replace the vault's data key now, for example after a laptop was
 * lost. The new key is sealed to every active member and to the recovery key
 * pair (no passphrases needed); old backups stay readable with the keyring
 * beside them. Stop the app first: the database file is swapped.
 */
import { unlock } from '../session.js';
import { print, type Command } from '../util.js';

export const rekeyCommand: Command = {
  name: 'rekey',
  usage: ['rekey                         vervang de datasleutel (bijv. na verlies van een laptop); sluit eerst de app'],
  options: ['data-dir', 'user'],
  async run(backend, opts) {
    await unlock(backend, opts);
    await backend.dispatcher.call('vault.rekey', {});
    print([
      'De teamkluis heeft een nieuwe datasleutel. Elke actieve gebruiker en de herstelsleutel openen hem zoals voorheen.',
      'Een eerder gekopieerd keyring.json opent de huidige database niet meer; oude reservekopieën blijven leesbaar met het sleutelbestand ernaast.',
    ]);
    return 0;
  },
};
