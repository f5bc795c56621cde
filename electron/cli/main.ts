/**
 * Adviestafel beheer-CLI: `npm run --silent cli -- <opdracht> [opties]`
 * (or `npx tsx electron/cli/main.ts ...`). This file only parses the options
 * and hands over to one command under commands/.
 *
 * It goes through the same backend as the app (createBackend: vault,
 * dispatcher, services), so access rules and the audit log apply to it too.
 *
 * Output contract: results on stdout; on failure exactly one line on stderr
 * ("fout: ...") and a non-zero exit code (1: failed, 2: wrong usage); `call`
 * writes its typed error as JSON instead. Never a stack trace, never a
 * passphrase, data key or client data.
 *
 * Environment:
 *   ADVIESTAFEL_PASSPHRASE  the passphrase; otherwise a hidden prompt on the terminal.
 *   ADVIESTAFEL_DATA_DIR    the data folder when --data-dir is not given (see paths.ts).
 *   ADVIESTAFEL_TEST_LOGN   TEST ONLY: scrypt cost (log2 N) for new passphrase wraps,
 *                           so tests can create vaults quickly. Never set it for a
 *                           real vault: it weakens the protection of the passphrase.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createBackend } from '../node/app.js';
import { defaultDataDir } from '../node/paths.js';
import { COMMANDS } from './commands/index.js';
import { CliError, describe, device, exitCodeOf, testLogN, type Options } from './util.js';

const USAGE = [
  'Adviestafel beheer-CLI',
  '',
  'Gebruik: npm run --silent cli -- <opdracht> [opties]',
  '',
  'Opdrachten:',
  ...COMMANDS.flatMap((c) => c.usage.map((l) => `  ${l}`)),
  '',
  'Opties:',
  '  --data-dir MAP   map van de teamkluis (standaard: de map van de app)',
  '  --user NAAM      gebruiker (standaard: de eerste gebruiker in de kluis; behalve bij call moet die beheerder zijn)',
  '  -h, --help       deze hulp',
  '',
  'De wachtzin komt uit ADVIESTAFEL_PASSPHRASE of wordt verborgen gevraagd in de terminal.',
].join('\n');

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
        from: { type: 'string' },
        to: { type: 'string' },
        format: { type: 'string' },
        municipality: { type: 'string' },
        cases: { type: 'string' },
        seed: { type: 'string' },
        case: { type: 'string' },
        kind: { type: 'string' },
        lang: { type: 'string' },
        meeting: { type: 'string' },
        file: { type: 'string' },
        'dry-run': { type: 'boolean' },
        force: { type: 'boolean' },
        json: { type: 'boolean' },
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
  const names = COMMANDS.map((c) => c.name);
  if (!command) throw new CliError(`geef een opdracht: ${names.slice(0, -1).join(', ')} of ${names.at(-1)} (zie --help)`, 2);
  const def = COMMANDS.find((c) => c.name === command);
  if (!def) throw new CliError(`onbekende opdracht "${command}" (zie --help)`, 2);
  const maxArgs = def.positionals?.length ?? 0;
  if (rest.length > maxArgs) throw new CliError(`onverwacht argument "${rest[maxArgs]}" (zie --help)`, 2);
  for (const key of Object.keys(values)) {
    if (key !== 'help' && !def.options.includes(key)) throw new CliError(`optie --${key} hoort niet bij ${command}`, 2);
  }
  return {
    command,
    args: rest,
    dataDir: resolve(values['data-dir'] ?? defaultDataDir()),
    user: values.user,
    team: values.team,
    out: values.out,
    from: values.from,
    to: values.to,
    format: values.format,
    municipality: values.municipality,
    cases: values.cases,
    seed: values.seed,
    case: values.case,
    kind: values.kind,
    lang: values.lang,
    meeting: values.meeting,
    file: values.file,
    dryRun: values['dry-run'] ?? false,
    force: values.force ?? false,
    json: values.json ?? false,
  };
}

async function main(argv: string[]): Promise<number> {
  const opts = parseOptions(argv);
  if (opts === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === opts.command)!;
  const logN = testLogN();
  const backend = createBackend({ dataDir: opts.dataDir, device, ...(logN === undefined ? {} : { logN }) });
  try {
    return await command.run(backend, opts);
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
