/**
 * Adviestafel beheer-CLI: `npm run --silent cli -- <opdracht> [opties]`
 * (or `npx tsx electron/cli/main.ts ...`).
 *
 * It goes through the same backend as the app (createBackend: vault,
 * dispatcher, services), so access rules and the audit log apply to it too.
 *
 * Output contract: results on stdout; on failure exactly one line on stderr
 * ("fout: ...") and a non-zero exit code (1: failed, 2: wrong usage). Never a
 * stack trace, never a passphrase, data key or client data.
 *
 * Environment:
 *   ADVIESTAFEL_PASSPHRASE  the passphrase; otherwise a hidden prompt on the terminal.
 *   ADVIESTAFEL_DATA_DIR    the data folder when --data-dir is not given (see paths.ts).
 *   ADVIESTAFEL_TEST_LOGN   TEST ONLY: scrypt cost (log2 N) for new passphrase wraps,
 *                           so tests can create vaults quickly. Never set it for a
 *                           real vault: it weakens the protection of the passphrase.
 */
import { existsSync, statSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../shared/api/errors.js';
import type { SessionInfo, VaultUser } from '../../shared/api/index.js';
import { actingRole, can } from '../../shared/domain/roles.js';
import { CASE_STATUSES } from '../../shared/domain/status.js';
import { formatMessage } from '../../shared/i18n/messages.js';
import { createBackend, type Backend } from '../node/app.js';
import { appendAudit } from '../node/audit/audit.js';
import { verifyIntegrity } from '../node/db/database.js';
import { LATEST_VERSION } from '../node/db/migrations/index.js';
import { generateDemoCases } from '../node/demo/demo-data.js';
import { defaultDataDir } from '../node/paths.js';
import { backupVault, looksUnencrypted } from '../node/vault/backup.js';
import { databasePath } from '../node/vault/keyring.js';

const USAGE = `Adviestafel beheer-CLI

Gebruik: npm run --silent cli -- <opdracht> [opties]

Opdrachten:
  init --team NAAM --user NAAM   nieuwe teamkluis met eerste gebruiker (voorzitter + beheerder);
                                 toont eenmalig de herstelsleutel
  verify                         controleer wachtzin, integriteit, versleuteling, schema en auditketen
  backup --out BESTAND           versleutelde reservekopie; overschrijft nooit een bestaand bestand
  demo-data --cases N [--seed S] [--force]
                                 voeg N fictieve casussen toe (alleen voor demo- en testkluizen)

Opties:
  --data-dir MAP   map van de teamkluis (standaard: de map van de app)
  --user NAAM      gebruiker (standaard: de eerste gebruiker in de kluis, die beheerder moet zijn)
  -h, --help       deze hulp

De wachtzin komt uit ADVIESTAFEL_PASSPHRASE of wordt verborgen gevraagd in de terminal.`;

/** A failure with a ready Dutch line; exitCode 2 means wrong usage. */
class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

const COMMAND_OPTIONS: Record<string, readonly string[]> = {
  init: ['data-dir', 'team', 'user'],
  verify: ['data-dir', 'user'],
  backup: ['data-dir', 'user', 'out'],
  'demo-data': ['data-dir', 'user', 'cases', 'seed', 'force'],
};

const FIELD_NAMES: Record<string, string> = {
  teamName: '--team',
  userName: '--user',
  passphrase: 'wachtzin',
  newPassphrase: 'wachtzin',
};

/** One Dutch line for any error; never a stack trace, never an unknown error's own message. */
function describe(err: unknown): string {
  if (err instanceof CliError) return err.message;
  if (err instanceof AppError) {
    if (err.code === 'VALIDATION' && err.fields) {
      const [path, issue] = Object.entries(err.fields)[0] ?? [];
      if (path !== undefined && issue) {
        return `${FIELD_NAMES[path] ?? path}: ${formatMessage('nl', issue.key, issue.params)}`;
      }
    }
    return err.message;
  }
  const code = (err as { code?: unknown })?.code;
  const name = (err as { name?: unknown })?.name;
  // Messages of unexpected errors may quote data; report only their kind.
  return `onverwachte fout (${[name, code].filter((x) => typeof x === 'string' && x).join(', ') || typeof err})`;
}

function exitCodeOf(err: unknown): number {
  return err instanceof CliError ? err.exitCode : 1;
}

// --- passphrase input -----------------------------------------------------------

/** Read one line from the terminal without echoing it. */
function promptHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  return new Promise((resolvePromise, reject) => {
    let value = '';
    let escape = false;
    const finish = () => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (escape) {
          // Skip terminal escape sequences (arrow keys and the like).
          if (/[A-Za-z~]/.test(ch)) escape = false;
          continue;
        }
        if (ch === '\r' || ch === '\n') {
          finish();
          resolvePromise(value);
          return;
        }
        if (ch === '\u0003' || (ch === '\u0004' && value === '')) {
          finish();
          reject(new CliError('afgebroken', 130));
          return;
        }
        if (ch === '\u007f' || ch === '\b') {
          value = [...value].slice(0, -1).join('');
          continue;
        }
        if (ch === '\u001b') {
          escape = true;
          continue;
        }
        if (ch < ' ') continue;
        value += ch;
      }
    };
    process.stderr.write(question);
    stdin.setEncoding('utf8');
    stdin.setRawMode(true);
    stdin.resume();
    stdin.on('data', onData);
  });
}

function envPassphrase(): string | null {
  const value = process.env.ADVIESTAFEL_PASSPHRASE;
  // Not handed on to anything this process might start.
  delete process.env.ADVIESTAFEL_PASSPHRASE;
  return value ? value : null;
}

function requireTerminal(): void {
  if (!process.stdin.isTTY) {
    throw new CliError('geen wachtzin: zet ADVIESTAFEL_PASSPHRASE of start de opdracht in een terminal', 2);
  }
}

async function readPassphrase(): Promise<string> {
  const env = envPassphrase();
  if (env) return env;
  requireTerminal();
  return promptHidden('Wachtzin: ');
}

async function readNewPassphrase(): Promise<string> {
  const env = envPassphrase();
  let value: string;
  if (env) value = env;
  else {
    requireTerminal();
    value = await promptHidden('Nieuwe wachtzin (minstens 12 tekens): ');
    if ([...value].length >= 12 && (await promptHidden('Herhaal de wachtzin: ')) !== value) {
      throw new CliError(formatMessage('nl', 'v.passphrase_mismatch'));
    }
  }
  if ([...value].length < 12) throw new CliError(formatMessage('nl', 'v.passphrase_short'));
  return value;
}

// --- options ------------------------------------------------------------------------

interface Options {
  command: string;
  dataDir: string;
  user?: string;
  team?: string;
  out?: string;
  cases?: string;
  seed?: string;
  force: boolean;
}

function parseOptions(argv: string[]): Options | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        'data-dir': { type: 'string' },
        user: { type: 'string' },
        team: { type: 'string' },
        out: { type: 'string' },
        cases: { type: 'string' },
        seed: { type: 'string' },
        force: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    const code = (err as { code?: string }).code ?? '';
    const option = /'([^']+)'/.exec((err as Error).message ?? '')?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new CliError(`onbekende optie ${option ?? ''} (zie --help)`.trim(), 2);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new CliError(`optie ${option ?? ''} verwacht een waarde`, 2);
    throw new CliError('ongeldige opties (zie --help)', 2);
  }
  const { values, positionals } = parsed;
  if (values.help || positionals[0] === 'help') return 'help';
  const [command, ...rest] = positionals;
  if (!command) throw new CliError('geef een opdracht: init, verify, backup of demo-data (zie --help)', 2);
  const allowed = COMMAND_OPTIONS[command];
  if (!allowed) throw new CliError(`onbekende opdracht "${command}" (zie --help)`, 2);
  if (rest.length) throw new CliError(`onverwacht argument "${rest[0]}" (zie --help)`, 2);
  for (const key of Object.keys(values)) {
    if (key !== 'help' && !allowed.includes(key)) throw new CliError(`optie --${key} hoort niet bij ${command}`, 2);
  }
  return {
    command,
    dataDir: resolve(values['data-dir'] ?? defaultDataDir()),
    user: values.user,
    team: values.team,
    out: values.out,
    cases: values.cases,
    seed: values.seed,
    force: values.force ?? false,
  };
}

function intOption(name: string, raw: string | undefined, min: number, max: number): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw.trim()) || Number(raw) < min || Number(raw) > max) {
    throw new CliError(`--${name} moet een geheel getal van ${min} tot en met ${max} zijn`, 2);
  }
  return Number(raw);
}

/** TEST ONLY: a lower scrypt cost for vaults made by tests. */
function testLogN(): number | undefined {
  const raw = process.env.ADVIESTAFEL_TEST_LOGN;
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > 22) {
    throw new CliError('ADVIESTAFEL_TEST_LOGN moet een geheel getal van 1 tot en met 22 zijn', 2);
  }
  return Number(raw);
}

// --- session ------------------------------------------------------------------------

const device = `${hostname()} (cli)`;

/**
 * Unlock as --user, or by default as the first user in the keyring (the one who
 * created the vault), who must then be a beheerder.
 */
async function unlock(backend: Backend, opts: Options): Promise<SessionInfo> {
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
    if (err instanceof AppError && err.code === 'WRONG_PASSPHRASE' && opts.user === undefined && status.users.length > 1) {
      throw new CliError(`${err.message} (gebruiker "${user.name}"; kies zo nodig een andere met --user)`);
    }
    throw err;
  }
  if (opts.user === undefined && !session.roles.includes('beheerder')) {
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

// --- commands -------------------------------------------------------------------------

async function cmdInit(backend: Backend, opts: Options): Promise<number> {
  if (!opts.team?.trim()) throw new CliError('geef de teamnaam met --team NAAM', 2);
  if (!opts.user?.trim()) throw new CliError('geef de naam van de eerste gebruiker met --user NAAM', 2);
  if (backend.vault.exists() || existsSync(databasePath(opts.dataDir))) throw new AppError('VAULT_EXISTS');
  const passphrase = await readNewPassphrase();
  const { session, recoveryKey } = await backend.dispatcher.call('vault.create', {
    teamName: opts.team,
    userName: opts.user,
    passphrase,
  });
  const out = [
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
  ];
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

async function cmdVerify(backend: Backend, opts: Options): Promise<number> {
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

  const file = databasePath(opts.dataDir);
  const encrypted = !looksUnencrypted(file);
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
    if (audit.ok) line('auditketen', `ok (${audit.entries} regels)`);
    else {
      line('auditketen', `GEBROKEN bij regel ${audit.brokenAt} (${audit.entries} regels daarvoor in orde)`);
      failed.push('auditketen');
    }
  } catch (err) {
    line('auditketen', `niet gecontroleerd: ${describe(err)}`);
    failed.push('auditketen');
  }

  if (failed.length) throw new CliError(`controle mislukt: ${failed.join(', ')}`);
  return 0;
}

function safe<T>(f: () => T): T | null {
  try {
    return f();
  } catch {
    return null;
  }
}

async function cmdBackup(backend: Backend, opts: Options): Promise<number> {
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
  process.stdout.write(
    [
      `Reservekopie geschreven: ${r.file} (${mb} MB)`,
      `Gecontroleerd: geopend met dezelfde sleutel, integriteit ${r.integrity}, versleuteling ok, schemaversie ${r.schemaVersion}, ${r.cases} casussen, ${r.auditEntries} auditregels.`,
      `Sleutelbos ernaast geschreven: ${r.file}.keyring.json (alleen versleutelde sleutels, geen cliëntgegevens).`,
      'Terugzetten: zet de twee terug als adviestafel.db en keyring.json en ontgrendel met een wachtzin of de herstelsleutel.',
    ].join('\n') + '\n',
  );
  return 0;
}

async function cmdDemoData(backend: Backend, opts: Options): Promise<number> {
  const count = intOption('cases', opts.cases, 1, 100_000);
  if (count === undefined) throw new CliError('geef het aantal casussen met --cases N', 2);
  const seedOption = intOption('seed', opts.seed, 0, 2 ** 32 - 1);
  const info = await unlock(backend, opts);
  const session = backend.vault.requireSession();
  const { db } = session;
  const audit = (outcome: string) =>
    appendAudit(db, {
      userId: info.userId,
      userName: info.userName,
      role: actingRole(info.roles, 'case.create') ?? info.roles.join('+'),
      action: 'demo.generate',
      caseId: null,
      outcome,
      device,
    });
  if (!can(info.roles, 'case.create')) {
    audit('denied');
    throw new CliError(`${formatMessage('nl', 'e.FORBIDDEN')} (nodig: case.create, rol voorzitter of screener)`);
  }
  // Demo cases cannot be removed again: do not mix them into a vault with real cases by accident.
  const existing = db.prepare('SELECT count(*) FROM cases').pluck().get() as number;
  const demoBefore = db.prepare(`SELECT 1 FROM audit_log WHERE action = 'demo.generate' AND outcome = 'ok' LIMIT 1`).get();
  if (existing > 0 && !demoBefore && !opts.force) {
    throw new CliError(
      `deze teamkluis bevat al ${existing} casussen die niet door demo-data zijn gemaakt; fictieve casussen zijn niet te verwijderen (gebruik --force als dit echt een test- of demokluis is)`,
    );
  }
  const seed = seedOption ?? existing + 1;
  const started = performance.now();
  const result = db.transaction(() => {
    const r = generateDemoCases({ vault: backend.vault, db, session, now: new Date().toISOString() }, count, seed);
    audit('ok');
    return r;
  })();
  const seconds = (performance.now() - started) / 1000;
  const perStatus = CASE_STATUSES.filter((s) => result.byStatus[s]).map((s) => `${s} ${result.byStatus[s]}`);
  process.stdout.write(
    `${result.count} fictieve casussen toegevoegd in ${seconds.toLocaleString('nl-NL', { maximumFractionDigits: 2 })} s (seed ${seed}).\n` +
      `Per status: ${perStatus.join(', ')}\n`,
  );
  return 0;
}

// --- main -------------------------------------------------------------------------------

async function main(argv: string[]): Promise<number> {
  const opts = parseOptions(argv);
  if (opts === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const logN = testLogN();
  const backend = createBackend({ dataDir: opts.dataDir, device, ...(logN === undefined ? {} : { logN }) });
  try {
    switch (opts.command) {
      case 'init':
        return await cmdInit(backend, opts);
      case 'verify':
        return await cmdVerify(backend, opts);
      case 'backup':
        return await cmdBackup(backend, opts);
      case 'demo-data':
        return await cmdDemoData(backend, opts);
      default:
        throw new CliError(`onbekende opdracht "${opts.command}"`, 2);
    }
  } finally {
    backend.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`fout: ${describe(err).replace(/\s*\n\s*/g, ' ')}\n`);
    process.exitCode = exitCodeOf(err);
  },
);
