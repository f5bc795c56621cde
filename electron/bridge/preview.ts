/**
 * `npm run preview`: the real UI in the default browser, on the team vault in
 * the default data folder (or --data-dir DIR), through the loopback bridge.
 * Prints one line with the open URL (it carries the session token), then runs
 * until Ctrl-C, which closes the bridge and locks the vault.
 *
 *   npm run preview -- [--data-dir DIR] [--port N] [--no-open]
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { defaultDataDir } from '../node/paths.js';
import { startBridge } from './server.js';

interface Args {
  dataDir: string;
  port: number;
  open: boolean;
}

const USAGE = 'usage: npm run preview -- [--data-dir DIR] [--port N] [--no-open]';

function parseArgs(argv: string[]): Args {
  const args: Args = { dataDir: defaultDataDir(), port: 0, open: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--data-dir') args.dataDir = value();
    else if (flag === '--port') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error('--port must be 0..65535');
      args.port = n;
    } else if (flag === '--no-open') args.open = false;
    else if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown argument: ${arg}`);
  }
  return args;
}

/** Best effort; the URL is printed anyway. */
function openInBrowser(url: string): void {
  const [cmd, argv] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '', url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(cmd, argv, { stdio: 'ignore', detached: true, windowsHide: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // no browser opener: fine
  }
}

async function main(): Promise<void> {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  const staticDir = fileURLToPath(new URL('../../dist/renderer', import.meta.url));
  const bridge = await startBridge({ dataDir: args.dataDir, staticDir, port: args.port });
  console.log(`Adviestafel preview: ${bridge.openUrl}  (Ctrl-C stops and locks the vault)`);
  if (args.open) openInBrowser(bridge.openUrl);

  let stopping = false;
  const stop = (): void => {
    if (stopping) process.exit(130); // second Ctrl-C: do not wait
    stopping = true;
    bridge.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  process.on('SIGHUP', stop);
}

main().catch((err: unknown) => {
  // No paths or messages: they may name the user's folders.
  console.error(`preview failed: ${(err as { code?: string })?.code ?? (err as Error)?.name ?? 'error'}`);
  process.exit(1);
});
