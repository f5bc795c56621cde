/**
 * The victim of the kill test: unlocks the vault in `dataDir` with whichever of
 * two passphrases is current, then changes the passphrase to the other one and
 * re-keys the vault, over and over, until it is killed.
 */
import { createBackend } from '../../../electron/node/app.js';

const [dataDir] = process.argv.slice(2);
const A = 'eerste wachtzin voor de test';
const B = 'tweede wachtzin voor de test';

async function main(): Promise<void> {
  // Every step is announced on stdout, so the parent can kill at a chosen step.
  const b = createBackend({
    dataDir: dataDir!,
    logN: 10,
    device: 'killtest',
    emit: (e) => {
      if (e.type === 'job.progress') process.stdout.write(`step ${e.done}\n`);
    },
  });
  let current = A;
  try {
    await b.dispatcher.call('vault.unlock', { userId: 1, passphrase: A });
  } catch {
    await b.dispatcher.call('vault.unlock', { userId: 1, passphrase: B });
    current = B;
  }
  process.stdout.write('ready\n');
  for (;;) {
    const next = current === A ? B : A;
    await b.dispatcher.call('account.changePassphrase', { current, next });
    current = next;
    process.stdout.write('changed\n');
    await b.vault.rekey();
  }
}

main().catch((err) => {
  process.stderr.write(`${(err as { code?: string }).code ?? (err as Error).message}\n`);
  process.exit(1);
});
