/** The passphrase: from ADVIESTAFEL_PASSPHRASE or a hidden prompt on the terminal. */
import { formatMessage } from '../../shared/i18n/messages.js';
import { CliError } from './util.js';

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

export async function readPassphrase(): Promise<string> {
  const env = envPassphrase();
  if (env) return env;
  requireTerminal();
  return promptHidden('Wachtzin: ');
}

/** A new passphrase, asked twice on a terminal; at least 12 characters. */
export async function readNewPassphrase(): Promise<string> {
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
