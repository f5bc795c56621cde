import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors.js';
import { backend, PASS, referral, tempDir, unlockedBackend } from '../helpers.js';

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir)) out[f] = readFileSync(join(dir, f)).toString('base64') + statSync(join(dir, f)).mtimeMs;
  return out;
}

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (e) {
    return (e as AppError).code;
  }
}

describe('team vault', () => {
  it('creates an encrypted vault whose files never contain case data in plain text', async () => {
    const b = await unlockedBackend();
    await b.dispatcher.call('cases.create', { referral: referral({ first: 'Wolkewietje', last: 'Pimpernel' }) });
    b.vault.lock();
    const files = readdirSync(b.dataDir);
    expect(files).toContain('adviestafel.db');
    expect(files).toContain('keyring.json');
    for (const f of files) {
      const bytes = readFileSync(join(b.dataDir, f));
      expect(bytes.includes('Wolkewietje'), f).toBe(false);
      expect(bytes.includes('Pimpernel'), f).toBe(false);
      expect(bytes.includes('SQLite format 3'), f).toBe(false);
    }
  });

  it('unlocks with the right passphrase and keeps the data', async () => {
    const b = await unlockedBackend();
    const created = await b.dispatcher.call('cases.create', { referral: referral() });
    await b.dispatcher.call('session.lock', {});
    await expect(b.dispatcher.call('cases.get', { caseId: created.id })).rejects.toMatchObject({ code: 'LOCKED' });
    const status = await b.dispatcher.call('vault.status', {});
    expect(status.users.map((u) => u.name)).toEqual(['Voorzitter Test']);
    const session = await b.dispatcher.call('vault.unlock', { userId: status.users[0]!.id, passphrase: PASS });
    expect(session.roles).toEqual(['voorzitter', 'beheerder']);
    const file = await b.dispatcher.call('cases.get', { caseId: created.id });
    expect(file.referral.youth.firstName).toBe('Fenna');
    expect(file.code).toMatch(/^\d{4}-001$/);
  });

  it('refuses a wrong passphrase with a Dutch message and leaves every file byte-for-byte untouched', async () => {
    const b = await unlockedBackend();
    await b.dispatcher.call('session.lock', {});
    const before = snapshot(b.dataDir);
    const res = await b.dispatcher.dispatch('vault.unlock', { userId: 1, passphrase: 'dit is niet de wachtzin' });
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.error.code).toBe('WRONG_PASSPHRASE');
      expect(res.error.message).toMatch(/wachtzin klopt niet/);
    }
    expect(snapshot(b.dataDir)).toEqual(before);
  });

  it('slows down repeated failures', async () => {
    let now = 1_000_000;
    const dir = tempDir();
    const b = backend(dir, () => now);
    await b.dispatcher.call('vault.create', { teamName: 'T', userName: 'A', passphrase: PASS });
    b.vault.lock();
    for (let i = 0; i < 3; i++) {
      expect(await code(b.dispatcher.call('vault.unlock', { userId: 1, passphrase: 'fout fout fout' }))).toBe('WRONG_PASSPHRASE');
    }
    // Even the right passphrase waits now.
    expect(await code(b.dispatcher.call('vault.unlock', { userId: 1, passphrase: PASS }))).toBe('THROTTLED');
    now += 2_500;
    expect(await code(b.dispatcher.call('vault.unlock', { userId: 1, passphrase: PASS }))).toBe('ok');
  });

  it('runs one secret check at a time: a parallel attempt is refused, not raced past the throttle', async () => {
    const b = await unlockedBackend();
    b.vault.lock();
    const [first, second] = await Promise.all([
      b.dispatcher.dispatch('vault.unlock', { userId: 1, passphrase: 'fout fout fout fout' }),
      b.dispatcher.dispatch('vault.unlock', { userId: 1, passphrase: 'fout fout fout fout' }),
    ]);
    expect([first, second].map((r) => (r.ok ? 'ok' : r.error.code)).sort()).toEqual(['THROTTLED', 'WRONG_PASSPHRASE']);
  });

  it('recovers with the recovery key, sets a new passphrase and issues a new recovery key', async () => {
    const b = await unlockedBackend();
    b.vault.lock();
    expect(await code(b.dispatcher.call('vault.recover', { userId: 1, recoveryKey: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH', newPassphrase: 'een nieuwe lange wachtzin' }))).toBe('WRONG_RECOVERY_KEY');
    const res = await b.dispatcher.call('vault.recover', {
      userId: 1,
      recoveryKey: b.recoveryKey.toLowerCase(),
      newPassphrase: 'een nieuwe lange wachtzin',
    });
    expect(res.recoveryKey).not.toBe(b.recoveryKey);
    b.vault.lock();
    expect(await code(b.dispatcher.call('vault.unlock', { userId: 1, passphrase: PASS }))).toBe('WRONG_PASSPHRASE');
    expect(await code(b.dispatcher.call('vault.unlock', { userId: 1, passphrase: 'een nieuwe lange wachtzin' }))).toBe('ok');
    // The old recovery key no longer works.
    b.vault.lock();
    expect(await code(b.dispatcher.call('vault.recover', { userId: 1, recoveryKey: b.recoveryKey, newPassphrase: 'nog een andere wachtzin' }))).toBe('WRONG_RECOVERY_KEY');
  });

  it('changing a passphrase re-wraps the key and does not re-encrypt the database', async () => {
    const b = await unlockedBackend();
    b.vault.lock();
    const dbBefore = readFileSync(join(b.dataDir, 'adviestafel.db'));
    await b.dispatcher.call('vault.unlock', { userId: 1, passphrase: PASS });
    await b.dispatcher.call('account.changePassphrase', { current: PASS, next: 'veranderde wachtzin 2026' });
    b.vault.lock();
    const dbAfter = readFileSync(join(b.dataDir, 'adviestafel.db'));
    // Same first page salt and header: the file was not rewritten under a new key.
    expect(dbAfter.subarray(0, 16)).toEqual(dbBefore.subarray(0, 16));
    expect(await code(b.dispatcher.call('vault.unlock', { userId: 1, passphrase: PASS }))).toBe('WRONG_PASSPHRASE');
    expect(await code(b.dispatcher.call('vault.unlock', { userId: 1, passphrase: 'veranderde wachtzin 2026' }))).toBe('ok');
  });

  it('refuses to create a second vault over an existing one', async () => {
    const b = await unlockedBackend();
    b.vault.lock();
    expect(await code(b.dispatcher.call('vault.create', { teamName: 'X', userName: 'Y', passphrase: PASS }))).toBe('VAULT_EXISTS');
  });

  it('auto-locks after the idle time and drops the session', async () => {
    let now = 0;
    const b = backend(tempDir(), () => now);
    await b.dispatcher.call('vault.create', { teamName: 'T', userName: 'A', passphrase: PASS });
    now += 9 * 60_000;
    expect(b.vault.lockIfIdle()).toBe(false);
    now += 2 * 60_000;
    expect(b.vault.lockIfIdle()).toBe(true);
    expect(b.vault.session).toBeNull();
  });
});
