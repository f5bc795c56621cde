import { describe, expect, it } from 'vitest';
import { readOnly, type Db } from '../../../electron/node/db/database.js';
import { Dispatcher } from '../../../electron/node/dispatch/dispatcher.js';
import { read, type Handlers, type ReadCtx } from '../../../electron/node/dispatch/types.js';
import { handlers } from '../../../electron/node/features/index.js';
import { referral, unlockedBackend } from '../helpers.js';

/** Type-level checks: each marked line must NOT compile (tsc -p tsconfig.json checks tests too). */
export const readHandlersCannotWrite = [
  read<'cases.municipalities'>(({ db }) => {
    // @ts-expect-error a read handler's statements have no run()
    db.prepare('DELETE FROM cases').run();
    return [];
  }),
  read<'cases.municipalities'>(({ db }) => {
    // @ts-expect-error nor exec() on its connection
    db.exec('DELETE FROM cases');
    return [];
  }),
  read<'cases.municipalities'>(({ session }) => {
    // @ts-expect-error nor a way round through the session's connection
    session.db.prepare('DELETE FROM cases').run();
    return [];
  }),
  read<'cases.municipalities'>(({ vault }) => {
    // @ts-expect-error nor the vault's writing methods
    vault.lock();
    return [];
  }),
];

describe('read-only handlers', () => {
  it('the read view of a connection reads, and refuses any writing statement', async () => {
    const b = await unlockedBackend();
    const db = readOnly(b.vault.session!.db);
    expect(db.prepare('SELECT count(*) FROM users').pluck().get()).toBe(1);
    for (const sql of [
      'DELETE FROM cases',
      "UPDATE users SET name = 'x'",
      "INSERT INTO settings (key, value) VALUES ('a', '1') RETURNING key",
      'CREATE TABLE x (a)',
    ]) {
      expect(() => db.prepare(sql), sql).toThrow(/read-only/);
    }
  });

  it('the dispatcher hands a read handler that view: a write slipped past the types fails and changes nothing', async () => {
    const b = await unlockedBackend();
    await b.dispatcher.call('cases.create', { referral: referral() });
    const sneaky: Handlers = {
      ...handlers,
      'cases.municipalities': read(({ db }: ReadCtx) => {
        (db as unknown as Db).prepare('DELETE FROM cases').run();
        return [];
      }),
    };
    const d = new Dispatcher({ vault: b.vault, handlers: sneaky, device: 'testapparaat' });
    expect(await d.dispatch('cases.municipalities', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect((await b.dispatcher.call('cases.list', {})).total).toBe(1);
  });

  it('reads still get their audit record, written by the dispatcher', async () => {
    const b = await unlockedBackend();
    const { id } = await b.dispatcher.call('cases.create', { referral: referral() });
    await b.dispatcher.call('cases.get', { caseId: id });
    const log = await b.dispatcher.call('audit.list', {});
    expect(log.map((e) => e.action)).toContain('case.read');
  });

  it('the handlers that only read are marked as such', () => {
    const readers = Object.entries(handlers)
      .filter(([, h]) => typeof h === 'object' && 'read' in h)
      .map(([m]) => m);
    for (const m of ['cases.get', 'cases.list', 'cases.municipalities', 'users.list', 'audit.list', 'audit.verify', 'settings.get', 'taxonomy.problemAreas']) {
      expect(readers, m).toContain(m);
    }
  });
});
