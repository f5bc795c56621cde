/** A beheerder cannot grant themselves case access alone. */
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/node/app.js';
import { PASS, tempDir } from '../helpers.js';

const ADMIN = 'wachtzin van de beheerder';

async function setup() {
  const b = createBackend({ dataDir: tempDir(), logN: 10, device: 'testapparaat' });
  await b.dispatcher.call('vault.create', { teamName: 'T', userName: 'Voorzitter V', passphrase: PASS });
  const admin = await b.dispatcher.call('users.create', { name: 'Beheerder B', roles: ['beheerder'], passphrase: ADMIN });
  await b.dispatcher.call('vault.unlock', { userId: admin.id, passphrase: ADMIN });
  return { b, admin };
}

describe('giving oneself case access', () => {
  it('is refused without a confirmation, and with a wrong or self confirmation', async () => {
    const { b, admin } = await setup();
    const r1 = await b.dispatcher.dispatch('users.update', { id: admin.id, roles: ['beheerder', 'teamlid'], active: true });
    expect(r1.ok ? 'ok' : r1.error.code).toBe('CONFIRMATION_REQUIRED');
    const r2 = await b.dispatcher.dispatch('users.update', { id: admin.id, roles: ['beheerder', 'teamlid'], active: true, confirm: { userId: 1, passphrase: 'niet de wachtzin' } });
    expect(r2.ok ? 'ok' : r2.error.code).toBe('WRONG_CONFIRMER');
    const r3 = await b.dispatcher.dispatch('users.update', { id: admin.id, roles: ['beheerder', 'teamlid'], active: true, confirm: { userId: admin.id, passphrase: ADMIN } });
    expect(r3.ok ? 'ok' : r3.error.code).toBe('WRONG_CONFIRMER');
    expect((await b.dispatcher.call('users.list', {})).find((u) => u.id === admin.id)!.roles).toEqual(['beheerder']);
  });

  it('succeeds when the voorzitter confirms with their passphrase, and the confirmation is logged', async () => {
    const { b, admin } = await setup();
    const u = await b.dispatcher.call('users.update', { id: admin.id, roles: ['beheerder', 'teamlid'], active: true, confirm: { userId: 1, passphrase: PASS } });
    expect(u.roles).toEqual(['beheerder', 'teamlid']);
    const log = await b.dispatcher.call('audit.list', { limit: 20 });
    expect(log.some((e) => e.action === 'users.role_confirm' && e.userName === 'Voorzitter V')).toBe(true);
  });

  it('needs no confirmation for roles without case access, or for another user', async () => {
    const { b } = await setup();
    const other = await b.dispatcher.call('users.create', { name: 'Teamlid T', roles: ['notulist'], passphrase: 'wachtzin van het teamlid' });
    expect((await b.dispatcher.call('users.update', { id: other.id, roles: ['notulist', 'screener'], active: true })).roles).toContain('screener');
  });
});
