/** CLI: `rekey` replaces the data key; `verify` prints the checkpoint results and fails on a rewritten log. */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/node/db/database.js';
import { readKeyring } from '../../../electron/node/vault/keyring.js';
import { openAsUser } from '../../../electron/node/vault/keyset.js';
import { PASS } from '../helpers.js';
import { cli, init, vaultDir } from '../cli/run.js';

describe('CLI rekey and verify', () => {
  it('rekey: the keyring from before opens the current database no more; verify still passes and shows checkpoints', async () => {
    const dir = vaultDir('rekey');
    expect(init(dir).status).toBe(0);
    copyFileSync(join(dir, 'keyring.json'), join(dir, 'oud.keyring.json'));
    const old = readKeyring(dir);
    const r = cli(['rekey', '--data-dir', dir]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/nieuwe datasleutel/);
    expect(readKeyring(dir).generation).toBe(old.generation + 1);
    const opened = await openAsUser(old, 1, PASS);
    expect(() => openDatabase(join(dir, 'adviestafel.db'), opened!.keys[0]!.key).close()).toThrow();
    const v = cli(['verify', '--data-dir', dir]);
    expect(v.status, v.stderr).toBe(0);
    expect(v.stdout).toMatch(/ondertekende controlepunten: \d+ van \d+ geldig/);
  }, 240_000);

  it('verify names the first changed entry of a rewritten log and fails', async () => {
    const dir = vaultDir('tamper');
    expect(init(dir).status).toBe(0);
    expect(cli(['verify', '--data-dir', dir]).status).toBe(0); // a session that signs a checkpoint at its end
    const key = (await openAsUser(readKeyring(dir), 1, PASS))!.keys[0]!.key;
    const db = openDatabase(join(dir, 'adviestafel.db'), key);
    db.exec(`DROP TRIGGER audit_log_no_update; UPDATE audit_log SET outcome = 'denied' WHERE id = 1;`);
    db.close();
    const v = cli(['verify', '--data-dir', dir]);
    expect(v.status).not.toBe(0);
    expect(v.stdout).toMatch(/GEBROKEN bij regel 1|vanaf regel 1/);
  }, 240_000);
});
