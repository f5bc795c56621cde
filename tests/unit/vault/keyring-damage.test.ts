/** Every kind of damaged keyring gets its own clear message naming the file, and a way back. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PASS, unlockedBackend } from '../helpers.js';

type Edit = (k: Record<string, any>) => unknown;
const variants: [string, string | Edit, string][] = [
  ['truncated', (k) => JSON.stringify(k).slice(0, 200), 'not_json'],
  ['empty', () => '', 'empty'],
  ['not JSON', () => 'dit is geen json', 'not_json'],
  ['missing users', (k) => ({ ...k, users: [] }), 'invalid'],
  ['missing recovery entry', (k) => ({ ...k, recovery: undefined }), 'invalid'],
  ['absurd scrypt cost (16 GiB)', (k) => ({ ...k, users: k.users.map((u: any) => ({ ...u, kdf: { ...u.kdf, logN: 24 } })) }), 'kdf_out_of_range'],
  ['unknown algorithm', (k) => ({ ...k, users: k.users.map((u: any) => ({ ...u, secrets: { ...u.secrets, alg: 'rot13' } })) }), 'unknown_algorithm'],
  ['format 1 label on a format-2 body (neither format)', (k) => ({ ...k, format: 1 }), 'invalid'],
];

describe('damaged keyring', () => {
  for (const [name, edit, reason] of variants) {
    it(`${name}: KEYRING_DAMAGED (${reason}) naming keyring.json and the previous copy`, async () => {
      const b = await unlockedBackend();
      await b.dispatcher.call('account.changePassphrase', { current: PASS, next: 'tweede lange wachtzin' }); // creates keyring.json.prev
      b.vault.lock();
      const file = join(b.dataDir, 'keyring.json');
      const k = JSON.parse(readFileSync(file, 'utf8'));
      const out = (edit as Edit)(k);
      writeFileSync(file, typeof out === 'string' ? out : JSON.stringify(out));
      const res = await b.dispatcher.dispatch('vault.status', {});
      expect(res.ok).toBe(false);
      if (res.ok) return;
      expect(res.error.code).toBe('KEYRING_DAMAGED');
      expect(res.error.params).toEqual({ file: 'keyring.json', reason, previous: true });
      expect(res.error.message).toContain('keyring.json');
      expect(res.error.message).toContain('keyring.json.prev');
      const unlock = await b.dispatcher.dispatch('vault.unlock', { userId: 1, passphrase: PASS });
      expect(unlock.ok ? 'ok' : unlock.error.code).toBe('KEYRING_DAMAGED');
    });
  }

  it('the previous copy brings the vault back', async () => {
    const b = await unlockedBackend();
    await b.dispatcher.call('account.changePassphrase', { current: PASS, next: 'tweede lange wachtzin' });
    b.vault.lock();
    writeFileSync(join(b.dataDir, 'keyring.json'), '');
    await b.dispatcher.call('vault.restorePreviousKeyring', {});
    // The previous copy may predate the last change; one of the two passphrases opens it.
    const first = await b.dispatcher.dispatch('vault.unlock', { userId: 1, passphrase: 'tweede lange wachtzin' });
    const ok = first.ok || (await b.dispatcher.dispatch('vault.unlock', { userId: 1, passphrase: PASS })).ok;
    expect(ok).toBe(true);
  });

  it('a sound keyring is never replaced by the previous copy', async () => {
    const b = await unlockedBackend();
    await b.dispatcher.call('account.changePassphrase', { current: PASS, next: 'tweede lange wachtzin' });
    b.vault.lock();
    const before = readFileSync(join(b.dataDir, 'keyring.json'), 'utf8');
    const res = await b.dispatcher.dispatch('vault.restorePreviousKeyring', {});
    expect(res.ok ? 'ok' : res.error.code).toBe('CONFLICT');
    expect(readFileSync(join(b.dataDir, 'keyring.json'), 'utf8')).toBe(before);
    await b.dispatcher.call('vault.unlock', { userId: 1, passphrase: 'tweede lange wachtzin' });
  });

  it('damaged under an open session: the restore locks that session and the vault opens again', async () => {
    const b = await unlockedBackend();
    await b.dispatcher.call('account.changePassphrase', { current: PASS, next: 'tweede lange wachtzin' });
    writeFileSync(join(b.dataDir, 'keyring.json'), '{"half":');
    const status = await b.dispatcher.dispatch('vault.status', {});
    expect(status.ok ? 'ok' : status.error.code).toBe('KEYRING_DAMAGED');
    await b.dispatcher.call('vault.restorePreviousKeyring', {});
    expect(b.vault.session).toBeNull();
    const first = await b.dispatcher.dispatch('vault.unlock', { userId: 1, passphrase: 'tweede lange wachtzin' });
    const ok = first.ok || (await b.dispatcher.dispatch('vault.unlock', { userId: 1, passphrase: PASS })).ok;
    expect(ok).toBe(true);
  });
});
