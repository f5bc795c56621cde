import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { backend, PASS, unlockedBackend } from '../helpers.js';
import { plannedMeeting, waitingCase } from './fixtures.js';

const CHILD = fileURLToPath(new URL('./support/autosave-child.ts', import.meta.url));

/** Run the child until it has acknowledged `killAfter` saves, then SIGKILL it; returns the last acknowledged version. */
function burst(dataDir: string, itemId: number, from: number, killAfter: number): Promise<number> {
  return new Promise((resolve, reject) => {
    // node itself, with tsx as a loader: the killed process is the one writing (the tsx CLI would leave its child running).
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, String(itemId), String(from), PASS], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let last = from;
    let buf = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buf += chunk.toString();
      const lines = buf.split('\n');
      buf = lines.pop()!;
      for (const l of lines) {
        const m = /^ACK (\d+)$/.exec(l);
        if (m) last = Number(m[1]);
      }
      if (last - from >= killAfter) child.kill('SIGKILL');
    });
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(last);
      else reject(new Error(`child ended without being killed (code ${code}): ${err.slice(0, 500)}`));
    });
  });
}

describe('crash during autosave', () => {
  it('every acknowledged save is there after a kill and a reopen (three rounds)', async () => {
    const setup = await unlockedBackend();
    const { meetingId } = await plannedMeeting(setup);
    const c = await waitingCase(setup);
    const { items } = await setup.dispatcher.call('meetings.addCases', { meetingId, caseIds: [c.id] });
    const itemId = items[0]!.id;
    const dataDir = setup.dataDir;
    setup.close();

    let version = 0;
    for (const killAfter of [37, 120, 5]) {
      const acked = await burst(dataDir, itemId, version, killAfter);
      expect(acked).toBeGreaterThanOrEqual(version + killAfter);
      const b = backend(dataDir);
      await b.dispatcher.call('vault.unlock', { userId: 1, passphrase: PASS });
      const field = (await b.dispatcher.call('meetings.notes', { itemId })).fields.analyse;
      // A save may land after the last ACK was read, never before it.
      expect(field.version).toBeGreaterThanOrEqual(acked);
      expect(field.text.startsWith(`versie ${field.version} `)).toBe(true);
      expect(field.text).toHaveLength(`versie ${field.version} `.length + 5000);
      // The killed process left a consistent log: the chain holds across the crash.
      expect(await b.dispatcher.call('audit.verify', {})).toMatchObject({ ok: true });
      version = field.version;
      b.close();
    }
  }, 120_000);
});
