/** advice.team: the approver, procesregisseur and action-owner pickers list active team members and say who chairs. */
import { describe, expect, it } from 'vitest';
import { team } from './fixtures.js';

describe('advice.team', () => {
  it('lists the active team members with whether they chair; a beheerder-only or deactivated user is not offered', async () => {
    const t = await team();
    const call = t.b.dispatcher.call.bind(t.b.dispatcher);
    const admin = await call('users.create', { name: 'Bea Beheer', roles: ['beheerder'], passphrase: 'beheerder wachtzin lang genoeg' });
    await call('users.update', { id: t.screenerId, roles: ['screener'], active: false });
    await t.as('notulist');
    const members = await call('advice.team', {});
    expect(members.map((m) => [m.name, m.chair])).toEqual([
      ['Noor Notulist', false],
      ['Tim Teamlid', false],
      ['Voorzitter Test', true],
    ]);
    expect(members.map((m) => m.id)).not.toContain(admin.id);
  });
});
