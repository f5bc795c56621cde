/** `npm run cli -- report`: the suppressed period report as a file, never over an existing one; audited. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/node/app.js';
import { PASS } from '../helpers.js';
import { cli, expectOneLineFailure, root, vaultDir } from '../cli/run.js';
import { FROM, TO, writeDataset } from './fixture.js';

describe('cli report', () => {
  it('writes the CSV of the period; refuses an existing file and bad options with one Dutch line', { timeout: 240_000 }, async () => {
    const dir = vaultDir('reports');
    const b = createBackend({ dataDir: dir, logN: 10, device: 'test' });
    try {
      await b.dispatcher.call('vault.create', { teamName: 'Expertteam Test', userName: 'Voorzitter Test', passphrase: PASS });
      const { db, user } = b.vault.requireSession();
      writeDataset(db, user.id);
    } finally {
      b.close();
    }
    const out = join(root, 'halfjaar.csv');
    const r = cli(['report', '--data-dir', dir, '--from', FROM, '--to', TO, '--format', 'csv', '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('onversleuteld buiten de kluis');
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFFRapportage\r\n')).toBe(true);
    expect(text).toContain('Lokale toegang/wijkteam;6;50\r\n');
    expect(text).toContain('Huisarts;<5;\r\n');
    expect(text).not.toMatch(/Jeugdige|Testvoorbeeld/);

    expectOneLineFailure(cli(['report', '--data-dir', dir, '--from', FROM, '--to', TO, '--format', 'csv', '--out', out]), /bestaat al/);
    expectOneLineFailure(cli(['report', '--data-dir', dir, '--from', '2026-13-01', '--to', TO, '--format', 'csv', '--out', join(root, 'x.csv')]), /--from/);
    expectOneLineFailure(cli(['report', '--data-dir', dir, '--from', TO, '--to', FROM, '--format', 'csv', '--out', join(root, 'x.csv')]), /vóór/);
    expectOneLineFailure(cli(['report', '--data-dir', dir, '--from', FROM, '--to', TO, '--format', 'docx', '--out', join(root, 'x.csv')]), /pdf, csv of xlsx/);
    expect(existsSync(join(root, 'x.csv'))).toBe(false);

    const again = createBackend({ dataDir: dir, logN: 10, device: 'test' });
    try {
      await again.dispatcher.call('vault.unlock', { userId: 1, passphrase: PASS });
      expect(again.vault.requireSession().db.prepare(`SELECT count(*) FROM audit_log WHERE action = 'report.export'`).pluck().get()).toBe(1);
    } finally {
      again.close();
    }
  });
});
