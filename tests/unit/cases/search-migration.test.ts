/** Migration 0006 on a vault made before it: the index is rebuilt without region and referrer, the BSN column filled. */
import Database from 'better-sqlite3-multiple-ciphers';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseListQuery } from '../../../shared/api/index.js';
import { migrate } from '../../../electron/node/db/database.js';
import { MIGRATIONS } from '../../../electron/node/db/migrations/index.js';
import { listCases } from '../../../electron/node/features/cases/case-list.sql.js';
import { referral, tempDir } from '../helpers.js';

describe('migration 0006', () => {
  it('rebuilds the search index from the stored referrals and fills the BSN column', () => {
    const db = new Database(join(tempDir(), 'oud.db'));
    try {
      db.transaction(() => {
        for (const m of MIGRATIONS.filter((x) => x.version < 6)) m.up(db);
        db.pragma('user_version = 5');
      })();
      db.prepare(`INSERT INTO users (id, name, roles, active, created_at) VALUES (1, 'Voorzitter Test', '["voorzitter"]', 1, '2026-01-01')`).run();
      const r = referral({ first: 'Jip', last: 'Klaproos', municipality: 'Lindewaard', question: 'Zoekt dagbesteding.' });
      r.youth.region = 'Veenhoven';
      r.youth.bsn = '123456782';
      r.referrer.organisation = 'Jeugdteam Kompasveld';
      r.guardians = [{ name: 'Anouk Reigerhof', relation: 'moeder', hasAuthority: true, phone: '', email: '' }];
      db.prepare(
        `INSERT INTO cases (id, code, year, seq, status, youth_first_name, youth_last_name, birth_date, municipality, referrer_org,
           urgency, referred_on, created_by, created_at, updated_at)
         VALUES (7, '2026-007', 2026, 7, 'aangemeld', 'Jip', 'Klaproos', '2011-03-14', 'Lindewaard', 'Jeugdteam Kompasveld',
           'normaal', '2026-01-02', 1, '2026-01-02', '2026-01-02')`,
      ).run();
      db.prepare('INSERT INTO case_referrals (case_id, referral) VALUES (7, ?)').run(JSON.stringify(r));
      // The index as 0002 filled it: region and referrer included.
      db.prepare(`INSERT INTO case_search (rowid, code, names, municipality, questions)
                  VALUES (7, '2026-007', 'Jip Klaproos Jeugdteam Kompasveld Anouk Reigerhof', 'Lindewaard Veenhoven', 'Zoekt dagbesteding.')`).run();

      migrate(db, 5);
      const find = (query: string) => listCases(db, CaseListQuery.parse({ query })).rows.map((x) => x.code);
      expect(db.prepare('SELECT youth_bsn FROM cases WHERE id = 7').pluck().get()).toBe('123456782');
      for (const q of ['Klaproos', 'Reigerhof', 'Lindewaard', 'dagbesteding', '2026-007', '123456782']) expect(find(q)).toEqual(['2026-007']);
      for (const q of ['Veenhoven', 'Kompasveld', '1234']) expect(find(q)).toEqual([]);
    } finally {
      db.close();
    }
  });
});
