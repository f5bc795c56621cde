/** `init`: a new team vault with its first user (voorzitter + beheerder); shows the recovery key once. */
import { existsSync } from 'node:fs';
import { AppError } from '../../../shared/api/errors.js';
import { databasePath } from '../../node/vault/keyring.js';
import { readNewPassphrase } from '../prompt.js';
import { CliError, print, type Command } from '../util.js';

export const initCommand: Command = {
  name: 'init',
  usage: [
    'init --team NAAM --user NAAM   nieuwe teamkluis met eerste gebruiker (voorzitter + beheerder);',
    '                               toont eenmalig de herstelsleutel',
  ],
  options: ['data-dir', 'team', 'user'],
  async run(backend, opts) {
    if (!opts.team?.trim()) throw new CliError('geef de teamnaam met --team NAAM', 2);
    if (!opts.user?.trim()) throw new CliError('geef de naam van de eerste gebruiker met --user NAAM', 2);
    if (backend.vault.exists() || existsSync(databasePath(opts.dataDir))) throw new AppError('VAULT_EXISTS');
    const passphrase = await readNewPassphrase();
    const { session, recoveryKey } = await backend.dispatcher.call('vault.create', {
      teamName: opts.team,
      userName: opts.user,
      passphrase,
    });
    print([
      `Teamkluis aangemaakt in ${opts.dataDir}`,
      `Team: ${session.teamName}`,
      `Eerste gebruiker: ${session.userName} (${session.roles.join(', ')})`,
      '',
      'HERSTELSLEUTEL (wordt maar één keer getoond):',
      '',
      `    ${recoveryKey}`,
      '',
      'Schrijf deze herstelsleutel op en bewaar hem veilig, gescheiden van deze computer',
      '(bijvoorbeeld op papier in een afgesloten kast). Wie de wachtzin vergeet, komt alleen',
      'met deze sleutel nog in de teamkluis; zonder wachtzin en herstelsleutel zijn de gegevens',
      'onherroepelijk verloren. Sla hem niet op in een onversleuteld bestand of e-mail.',
    ]);
    return 0;
  },
};
