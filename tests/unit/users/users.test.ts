import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../../shared/i18n/messages.js';
import { PASS, unlockedBackend } from '../helpers.js';

describe('users', () => {
  it('adds a team member, listed by name', async () => {
    const b = await unlockedBackend();
    const u = await b.dispatcher.call('users.create', { name: 'Teamlid Anna', roles: ['teamlid'], passphrase: PASS });
    expect(u).toMatchObject({ name: 'Teamlid Anna', roles: ['teamlid'], active: true });
    const list = await b.dispatcher.call('users.list', {});
    expect(list.map((x) => x.name)).toEqual(['Teamlid Anna', 'Voorzitter Test']);
  });

  it('refuses a second user with the same name with USER_NAME_TAKEN, translated in both languages', async () => {
    const b = await unlockedBackend();
    await b.dispatcher.call('users.create', { name: 'Teamlid Anna', roles: ['teamlid'], passphrase: PASS });
    const res = await b.dispatcher.dispatch('users.create', { name: 'Teamlid Anna', roles: ['notulist'], passphrase: PASS });
    expect(res).toMatchObject({ ok: false, error: { code: 'USER_NAME_TAKEN', params: {} } });
    expect(formatMessage('nl', 'e.USER_NAME_TAKEN')).toMatch(/al een gebruiker met deze naam/);
    expect(formatMessage('en', 'e.USER_NAME_TAKEN')).toMatch(/already is a user with this name/);
    expect(await b.dispatcher.call('users.list', {})).toHaveLength(2);
  });

  it('a deactivated user cannot be switched back on (USER_NOT_REACTIVATABLE)', async () => {
    const b = await unlockedBackend();
    const u = await b.dispatcher.call('users.create', { name: 'Teamlid Bram', roles: ['teamlid'], passphrase: PASS });
    await b.dispatcher.call('users.update', { id: u.id, roles: ['teamlid'], active: false });
    const res = await b.dispatcher.dispatch('users.update', { id: u.id, roles: ['teamlid'], active: true });
    expect(res).toMatchObject({ ok: false, error: { code: 'USER_NOT_REACTIVATABLE', params: {} } });
    expect((await b.dispatcher.call('users.list', {})).find((x) => x.id === u.id)?.active).toBe(false);
  });

  it('keeps at least one active administrator', async () => {
    const b = await unlockedBackend();
    const me = b.vault.session!.user.id;
    const res = await b.dispatcher.dispatch('users.update', { id: me, roles: ['voorzitter'], active: true });
    expect(res).toMatchObject({ ok: false, error: { code: 'LAST_ADMIN' } });
  });
});
