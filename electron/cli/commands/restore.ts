/**
 * `restore --from FILE`: put a backup back as the vault (the current one is
 * kept aside in the data folder, never overwritten) and check that it opens,
 * with a passphrase valid for the backup's own keyring. Stop the app first.
 */
import { resolve } from 'node:path';
import { readPassphrase } from '../prompt.js';
import { CliError, print, type Command } from '../util.js';

const nlDate = (iso: string) => {
  const d = new Date(iso);
  return `${String(d.getDate()).padStart(2, '0')}-${String(d.getMonth() + 1).padStart(2, '0')}-${d.getFullYear()} ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
};

export const restoreCommand: Command = {
  name: 'restore',
  usage: ['restore --from BESTAND         zet een back-up terug (de huidige kluis blijft bewaard in de datamap); stop eerst de app'],
  options: ['data-dir', 'user', 'from'],
  async run(backend, opts) {
    if (!opts.from?.trim()) throw new CliError('geef de back-up met --from BESTAND', 2);
    const file = resolve(opts.from);
    const { dispatcher } = backend;
    const info = await dispatcher.call('backups.inspect', { file });
    const wanted = opts.user?.trim().toLowerCase();
    const user = wanted ? info.users.find((u) => u.name.toLowerCase() === wanted) : info.users[0];
    if (!user) throw new CliError(`gebruiker "${opts.user}" staat niet in de sleutelbos van deze back-up`);
    print([
      `Back-up van ${nlDate(info.at)}, team ${info.teamName}${info.sameVault === false ? ' (LET OP: een andere teamkluis dan de huidige)' : ''}`,
      `Ontgrendelen als ${user.name} met de wachtzin die gold toen de back-up werd gemaakt.`,
    ]);
    const passphrase = await readPassphrase();
    const opened = await dispatcher.call('backups.open', { file, userId: user.id, passphrase });
    const res = await dispatcher.call('backups.restore', { file, userId: user.id, passphrase });
    print([
      `Teruggezet: ${opened.cases} casussen; nieuwste auditregel ${opened.newestAudit ? nlDate(opened.newestAudit.at) : '(geen)'}.`,
      res.asideDir ? `De vorige kluis is bewaard in ${resolve(opts.dataDir, res.asideDir)} (niet overschreven).` : 'Er was nog geen kluis in de datamap.',
      'De teruggezette kluis is geopend en gecontroleerd; het terugzetten staat in het auditlogboek.',
    ]);
    backend.vault.lock();
    return 0;
  },
};
