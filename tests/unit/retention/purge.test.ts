/** After an erasure: this vault's backups from before it can be removed once a newer backup exists; other vaults' files stay. */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupName, KEYRING_SUFFIX } from '../../../electron/node/backups/names.js';
import { putSetting } from '../../../electron/node/features/settings/settings.sql.js';
import { team } from '../advice/fixtures.js';
import { tempDir } from '../helpers.js';
import { db, fullCase, POLICY } from './fixtures.js';

const fakeBackup = (folder: string, vaultId: string, at: Date) => {
  const file = join(folder, backupName(vaultId, at));
  writeFileSync(file, 'x');
  writeFileSync(file + KEYRING_SUFFIX, '{}');
  return file;
};

describe('purge backups after an erasure', () => {
  it('refuses until a backup after the erasure exists, then removes only older backups of this vault', async () => {
    const t = await team();
    const { b } = t;
    await expect(b.dispatcher.call('retention.purgeBackups', {})).rejects.toMatchObject({ code: 'CONFLICT', params: { reason: 'no_backup_folder' } });
    const folder = join(tempDir(), 'back-ups');
    mkdirSync(folder);
    putSetting(db(b), 'backup_config', { folder });
    await expect(b.dispatcher.call('retention.purgeBackups', {})).rejects.toMatchObject({ code: 'CONFLICT', params: { reason: 'nothing_erased' } });

    const c = await fullCase(t);
    await b.dispatcher.call('retention.setPolicy', POLICY);
    const vaultId = db(b).prepare(`SELECT value FROM meta WHERE key = 'vault_id'`).pluck().get() as string;
    const old1 = fakeBackup(folder, vaultId, new Date(Date.now() - 2 * 86_400_000));
    const old2 = fakeBackup(folder, vaultId, new Date(Date.now() - 86_400_000));
    const foreign = fakeBackup(folder, 'ffffffff-0000-0000-0000-000000000000', new Date(Date.now() - 86_400_000));
    const res = await b.dispatcher.call('retention.erase', { caseId: c.id, confirmCode: c.code });
    expect(res.backupsMayHoldCase).toBe(true);

    await expect(b.dispatcher.call('retention.purgeBackups', {})).rejects.toMatchObject({ code: 'CONFLICT', params: { reason: 'no_backup_after_erasure' } });
    expect(existsSync(old1)).toBe(true);

    const fresh = fakeBackup(folder, vaultId, new Date(Date.now() + 60_000));
    expect(await b.dispatcher.call('retention.purgeBackups', {})).toEqual({ removed: 2, kept: 1 });
    for (const f of [old1, old2]) {
      expect(existsSync(f)).toBe(false);
      expect(existsSync(f + KEYRING_SUFFIX)).toBe(false);
    }
    expect(readdirSync(folder).sort()).toEqual(
      [fresh, fresh + KEYRING_SUFFIX, foreign, foreign + KEYRING_SUFFIX].map((f) => f.slice(folder.length + 1)).sort(),
    );
    const last = db(b).prepare(`SELECT action, outcome FROM audit_log ORDER BY id DESC LIMIT 1`).get();
    expect(last).toEqual({ action: 'retention.purgeBackups', outcome: 'ok' });
  }, 120_000);
});
