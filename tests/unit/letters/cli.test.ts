/** `npm run cli -- letter`: renders from the approved advice (or the meeting), records it in the vault and writes the PDF. */
import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/node/app.js';
import { PASS } from '../helpers.js';
import { content, waitingCase } from '../advice/fixtures.js';
import { cli, expectOneLineFailure, root, vaultDir } from '../cli/run.js';
import { flat, pdfText } from './pdf-text.js';

describe('cli letter', () => {
  it('writes and records the professional letter; refuses bad input with one Dutch line', { timeout: 240_000 }, async () => {
    const dir = vaultDir('letters');
    const b = createBackend({ dataDir: dir, logN: 10, device: 'test' });
    let code: string;
    try {
      await b.dispatcher.call('vault.create', { teamName: 'Expertteam Test', userName: 'Voorzitter Test', passphrase: PASS });
      const me = b.vault.sessionInfo().userId;
      await b.dispatcher.call('letters.saveLetterhead', { teamName: 'Expertteam Zuiderdam' });
      const caseId = await waitingCase(b);
      code = (await b.dispatcher.call('cases.get', { caseId })).code;
      await b.dispatcher.call('advice.saveDraft', { caseId, content: content() });
      await b.dispatcher.call('advice.approve', { caseId, version: 1, approverId: me, passphrase: PASS });
    } finally {
      b.close();
    }
    const out = join(root, `${code}_adviesbrief.pdf`);
    const r = cli(['letter', '--data-dir', dir, '--case', code, '--kind', 'professional', '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('onversleuteld buiten de kluis');
    const pdf = readFileSync(out);
    expect(flat((await pdfText(pdf)).all)).toContain('Start een traumabehandeling bij Zorgaanbieder De Linde.');
    const sha = createHash('sha256').update(pdf).digest('hex');
    expect(r.stdout).toContain(sha);

    expectOneLineFailure(cli(['letter', '--data-dir', dir, '--case', code, '--kind', 'professional', '--out', out]), /bestaat al/);
    expectOneLineFailure(cli(['letter', '--data-dir', dir, '--case', code, '--kind', 'brief', '--out', join(root, 'x.pdf')]), /--kind professional/);
    expectOneLineFailure(cli(['letter', '--data-dir', dir, '--meeting', '2026-13-01', '--kind', 'besluitenlijst', '--out', join(root, 'y.pdf')]), /JJJJ-MM-DD/);
    expect(existsSync(join(root, 'x.pdf'))).toBe(false);

    // Recorded like the app does: the stored bytes are the file's bytes.
    const again = createBackend({ dataDir: dir, logN: 10, device: 'test' });
    try {
      await again.dispatcher.call('vault.unlock', { userId: 1, passphrase: PASS });
      const db = again.vault.requireSession().db;
      const row = db.prepare('SELECT sha256, number FROM letters').get() as { sha256: string; number: number };
      expect(row).toEqual({ sha256: sha, number: 1 });
      expect(db.prepare(`SELECT count(*) FROM audit_log WHERE action = 'letter.record'`).pluck().get()).toBe(1);
    } finally {
      again.close();
    }
  });
});
