/** Choosing the user and unlocking the vault as them, through the dispatcher. */
import { AppError } from '../../shared/api/errors.js';
import type { SessionInfo, VaultUser } from '../../shared/api/index.js';
import type { Backend } from '../node/app.js';
import { readPassphrase } from './prompt.js';
import { CliError, type Options } from './util.js';

export interface UnlockOptions {
  /**
   * Without --user the first user in the keyring (who created the vault) is
   * used; for administrative commands they must then be a beheerder. `call`
   * leaves the permission check to the dispatcher.
   */
  defaultMustBeAdmin?: boolean;
}

/** Unlock as --user, or by default as the first user in the keyring. */
export async function unlock(backend: Backend, opts: Options, how: UnlockOptions = {}): Promise<SessionInfo> {
  const { dispatcher } = backend;
  const status = await dispatcher.call('vault.status', {});
  if (!status.exists) {
    throw new CliError(`geen teamkluis gevonden in ${opts.dataDir} (maak er een met: init --team NAAM --user NAAM)`);
  }
  let user: VaultUser | undefined;
  if (opts.user !== undefined) {
    const wanted = opts.user.trim();
    user =
      status.users.find((u) => u.name === wanted) ??
      status.users.find((u) => u.name.toLowerCase() === wanted.toLowerCase());
    if (!user) throw new CliError(`gebruiker "${wanted}" bestaat niet in deze teamkluis of is gedeactiveerd`);
  } else {
    user = status.users[0];
    if (!user) throw new CliError('deze teamkluis heeft geen actieve gebruikers');
  }
  const passphrase = await readPassphrase();
  let session: SessionInfo;
  try {
    session = await dispatcher.call('vault.unlock', { userId: user.id, passphrase });
  } catch (err) {
    if (
      how.defaultMustBeAdmin !== false &&
      err instanceof AppError &&
      err.code === 'WRONG_PASSPHRASE' &&
      opts.user === undefined &&
      status.users.length > 1
    ) {
      throw new CliError(`${err.message} (gebruiker "${user.name}"; kies zo nodig een andere met --user)`);
    }
    throw err;
  }
  if (how.defaultMustBeAdmin !== false && opts.user === undefined && !session.roles.includes('beheerder')) {
    const admin = firstAdmin(backend);
    throw new CliError(
      `standaardgebruiker "${user.name}" is geen beheerder; ${admin ? `gebruik --user "${admin}"` : 'kies een gebruiker met --user'}`,
    );
  }
  return session;
}

/** The first active beheerder, by id. User names are not client data (the keyring shows them too). */
function firstAdmin(backend: Backend): string | null {
  const db = backend.vault.requireSession().db;
  const rows = db.prepare('SELECT name, roles FROM users WHERE active = 1 ORDER BY id').all() as {
    name: string;
    roles: string;
  }[];
  return rows.find((r) => (JSON.parse(r.roles) as string[]).includes('beheerder'))?.name ?? null;
}
