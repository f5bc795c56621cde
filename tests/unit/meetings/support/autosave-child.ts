/**
 * Child process for the crash test: unlocks the vault in argv[2], then autosaves
 * one note field in a tight loop from version argv[4] on, printing "ACK <version>"
 * after each save has returned (committed). The parent kills it with SIGKILL.
 */
import { createBackend } from '../../../../electron/node/app.js';

const [dataDir, itemIdText, fromText, pass] = process.argv.slice(2) as [string, string, string, string];
const itemId = Number(itemIdText);
const b = createBackend({ dataDir, logN: 10, device: 'crashtest' });
await b.dispatcher.call('vault.unlock', { userId: 1, passphrase: pass });
const filler = 'x'.repeat(5000);
for (let version = Number(fromText) + 1; ; version++) {
  await b.dispatcher.call('meetings.saveNote', { itemId, field: 'analyse', text: `versie ${version} ${filler}`, baseVersion: version - 1 });
  process.stdout.write(`ACK ${version}\n`);
}
