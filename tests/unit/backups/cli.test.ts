/** The CLI's `backups` and `restore --from FILE`, as real subprocesses (see tests/unit/cli/run.ts). */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { referral } from '../helpers.js';
import { cli, expectOneLineFailure, init, inProcess, root, vaultDir } from '../cli/run.js';

describe('cli backups and restore', { timeout: 120_000 }, () => {
  it('lists the backups with their status and restores one, keeping the current vault aside', async () => {
    const dir = vaultDir('backups');
    expect(init(dir).status).toBe(0);
    const folder = join(root, 'backupmap');
    mkdirSync(folder);
    const name = await inProcess(dir, async (b) => {
      await b.dispatcher.call('cases.create', { referral: referral() });
      await b.dispatcher.call('backups.configure', { folder, daily: 7, weekly: 4, monthly: 12 });
      const r = await b.dispatcher.call('backups.run', {});
      await b.dispatcher.call('cases.create', { referral: referral({ first: 'Later' }) });
      return r.name;
    });
    const listed = cli(['backups', '--data-dir', dir]);
    expect(listed.status, listed.stderr).toBe(0);
    expect(listed.stdout).toContain(`Back-upmap: ${folder}`);
    expect(listed.stdout).toMatch(/Laatste geslaagde back-up: \d\d-\d\d-\d{4} \d\d:\d\d \(0 dagen geleden\)/);
    expect(listed.stdout).toMatch(new RegExp(`compleet\\s+${name.replace(/\./g, '\\.')}`));
    // A backup without its keyring shows as such (and the exit status says something is wrong).
    writeFileSync(join(folder, 'adviestafel-0000abcd-2026-01-01-120000.db'), 'x');
    const bad = cli(['backups', folder]);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/SLEUTELBOS ONTBREEKT.*adviestafel-0000abcd/);

    expectOneLineFailure(cli(['restore', '--data-dir', dir]), /--from/);
    expectOneLineFailure(cli(['restore', '--data-dir', dir, '--from', join(folder, 'nergens.db')]), /bestaat niet/);
    expectOneLineFailure(cli(['restore', '--data-dir', dir, '--from', join(folder, name)], { ADVIESTAFEL_PASSPHRASE: 'een verkeerde wachtzin' }), /wachtzin/);
    expect(readdirSync(dir).some((n) => n.startsWith('voor-terugzetten'))).toBe(false);

    const r = cli(['restore', '--data-dir', dir, '--from', join(folder, name)]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Teruggezet: 1 casussen/);
    expect(r.stdout).toMatch(/vorige kluis is bewaard in .*voor-terugzetten-/);
    const total = await inProcess(dir, async (b) => (await b.dispatcher.call('cases.list', {})).total);
    expect(total).toBe(1);
  });
});
