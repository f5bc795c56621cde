import { describe, expect, it } from 'vitest';
import { PASS, referral, unlockedBackend } from '../helpers.js';

describe('drafts', () => {
  it('keeps a form draft per user: another user neither lists nor reads nor discards it', async () => {
    const b = await unlockedBackend();
    const chair = b.vault.session!.user.id;
    const values = { youth: { firstName: 'Fenna', birthDate: '14-03-2011' }, urgency: 'hoog' };
    const saved = await b.dispatcher.call('drafts.save', { key: 'referral:new', path: '/cases/new', values });
    expect(saved).toMatchObject({ key: 'referral:new', caseId: null, path: '/cases/new' });

    const other = await b.dispatcher.call('users.create', { name: 'Screener Sam', roles: ['screener'], passphrase: PASS });
    await b.dispatcher.call('session.lock', {});
    await b.dispatcher.call('vault.unlock', { userId: other.id, passphrase: PASS });
    expect(await b.dispatcher.call('drafts.list', {})).toEqual([]);
    expect(await b.dispatcher.call('drafts.get', { key: 'referral:new' })).toBeNull();
    expect(await b.dispatcher.call('drafts.discard', { key: 'referral:new' })).toEqual({ discarded: false });
    // The same key for the other user is a draft of their own.
    await b.dispatcher.call('drafts.save', { key: 'referral:new', path: '/cases/new', values: { youth: { firstName: 'Sven' } } });

    await b.dispatcher.call('session.lock', {});
    await b.dispatcher.call('vault.unlock', { userId: chair, passphrase: PASS });
    expect((await b.dispatcher.call('drafts.list', {})).map((d) => d.key)).toEqual(['referral:new']);
    expect((await b.dispatcher.call('drafts.get', { key: 'referral:new' }))?.values).toEqual(values);
  });

  it('survives a lock (kept in the database), is replaced by a newer save, and is gone after discard', async () => {
    const b = await unlockedBackend();
    const me = b.vault.session!.user.id;
    await b.dispatcher.call('drafts.save', { key: 'referral:new', path: '/cases/new', values: { a: 1 } });
    await b.dispatcher.call('drafts.save', { key: 'referral:new', path: '/cases/new', values: { a: 2 } });
    await b.dispatcher.call('session.lock', {});
    await b.dispatcher.call('vault.unlock', { userId: me, passphrase: PASS });
    expect((await b.dispatcher.call('drafts.get', { key: 'referral:new' }))?.values).toEqual({ a: 2 });
    expect(await b.dispatcher.call('drafts.discard', { key: 'referral:new' })).toEqual({ discarded: true });
    expect(await b.dispatcher.call('drafts.get', { key: 'referral:new' })).toBeNull();
    expect(await b.dispatcher.call('drafts.list', {})).toEqual([]);
  });

  it("records a case's draft against the case in the audit log; a bad key is a field error", async () => {
    const b = await unlockedBackend();
    const c = await b.dispatcher.call('cases.create', { referral: referral() });
    await b.dispatcher.call('drafts.save', { key: `referral:case:${c.id}`, caseId: c.id, path: `/cases/${c.id}`, values: { x: 'y' } });
    await b.dispatcher.call('drafts.get', { key: `referral:case:${c.id}` });
    const rows = b.vault.session!.db
      .prepare("SELECT action, case_id FROM audit_log WHERE action LIKE 'draft.%' ORDER BY id")
      .all();
    expect(rows).toEqual([
      { action: 'draft.save', case_id: c.id },
      { action: 'draft.read', case_id: c.id },
    ]);
    const bad = await b.dispatcher.dispatch('drafts.save', { key: 'Referral New!', path: '/cases/new', values: {} });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { key: { key: 'v.invalid_format' } } } });
  });
});
