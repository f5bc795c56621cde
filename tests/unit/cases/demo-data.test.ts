/** Fictional demo data: coverage of every category, valid through the services, deterministic per seed. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseListQuery } from '../../../shared/api/index.js';
import { consentState } from '../../../shared/domain/consent.js';
import { ageOn } from '../../../shared/domain/dates.js';
import { ReferralSchema } from '../../../shared/domain/referral.js';
import { CASE_STATUSES } from '../../../shared/domain/status.js';
import {
  AGE_GROUP_KEYS,
  CLOSURE_REASONS,
  DEFAULT_PROBLEM_AREAS,
  SCREENING_OUTCOMES,
  URGENCIES,
} from '../../../shared/domain/taxonomies.js';
import type { Ctx } from '../../../electron/node/dispatch/types.js';
import { DEMO_MUNICIPALITIES, generateDemoCases, planDemoCases } from '../../../electron/node/demo/index.js';
import { listCases } from '../../../electron/node/features/cases/case-list.sql.js';
import { createBackend, type Backend } from '../../../electron/node/app.js';
import { PASS, unlockedBackend } from '../helpers.js';

const NOW = new Date().toISOString();

function ctxOf(b: Backend, now = NOW): Ctx {
  const session = b.vault.requireSession();
  return { vault: b.vault, db: session.db, session, now, emit: () => {} };
}

describe('demo data: 300 cases', () => {
  let b: Backend;
  let db: Ctx['db'];
  let dir: string;

  // One vault for the whole block; the helpers' vaults are closed after each test, so this one is made here.
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'adviestafel-test-'));
    b = createBackend({ dataDir: dir, logN: 10, device: 'testapparaat' });
    await b.dispatcher.call('vault.create', { teamName: 'Expertteam Testregio', userName: 'Voorzitter Test', passphrase: PASS });
    db = b.vault.requireSession().db;
    const r = generateDemoCases(ctxOf(b), 300, 42);
    expect(r.count).toBe(300);
    expect(r.ids).toHaveLength(300);
  });
  afterAll(() => {
    b.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const all = <T>(sql: string) => db.prepare(sql).pluck().all() as T[];

  it('covers every status, with closure reasons on closed cases', () => {
    expect(new Set(all<string>('SELECT DISTINCT status FROM cases'))).toEqual(new Set(CASE_STATUSES));
    expect(all<number>(`SELECT count(*) FROM cases WHERE status = 'afgesloten' AND closure_reason = ''`)[0]).toBe(0);
    expect(all<number>(`SELECT count(*) FROM cases WHERE status != 'afgesloten' AND closure_reason != ''`)[0]).toBe(0);
    expect(new Set(all<string>(`SELECT DISTINCT closure_reason FROM cases WHERE status = 'afgesloten'`))).toEqual(
      new Set(CLOSURE_REASONS),
    );
  });

  it('covers every problem area, with 1 to 6 or more per case', () => {
    expect(new Set(all<string>('SELECT DISTINCT area_id FROM case_problem_areas'))).toEqual(
      new Set(DEFAULT_PROBLEM_AREAS.map((a) => a.id)),
    );
    const perCase = all<number>(
      'SELECT (SELECT count(*) FROM case_problem_areas p WHERE p.case_id = c.id) FROM cases c',
    );
    expect(Math.min(...perCase)).toBe(1);
    expect(Math.max(...perCase)).toBeGreaterThanOrEqual(6);
  });

  it('covers all three screening outcomes with what each needs', () => {
    expect(new Set(all<string>('SELECT DISTINCT outcome FROM screenings'))).toEqual(new Set(SCREENING_OUTCOMES));
    expect(all<number>(`SELECT count(*) FROM screenings WHERE outcome = 'niet_geschikt' AND routed_to = ''`)[0]).toBe(0);
    expect(
      all<number>(`SELECT count(*) FROM screenings WHERE outcome = 'meer_informatie' AND requested_info = ''`)[0],
    ).toBe(0);
  });

  it('has youths aged 2 to 23 in every age group, found by the list filter', () => {
    const ages = all<string>('SELECT birth_date FROM cases').map((d) => ageOn(d));
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(2);
    expect(Math.max(...ages)).toBeLessThanOrEqual(23);
    for (const group of AGE_GROUP_KEYS) {
      const list = listCases(db, CaseListQuery.parse({ ageGroups: [group] }));
      expect(list.total, group).toBeGreaterThan(0);
    }
  });

  it('varies urgency, referrers, living situations, municipalities, guardians and other tables', () => {
    expect(new Set(all<string>('SELECT DISTINCT urgency FROM cases'))).toEqual(new Set(URGENCIES));
    const referrals = all<string>('SELECT referral FROM case_referrals').map((r) => ReferralSchema.parse(JSON.parse(r)));
    expect(new Set(referrals.map((r) => r.referrer.type)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(referrals.map((r) => r.youth.livingSituation)).size).toBeGreaterThanOrEqual(7);
    expect(new Set(referrals.map((r) => r.youth.municipality))).toEqual(new Set(DEMO_MUNICIPALITIES.map(([m]) => m)));
    expect(referrals.some((r) => r.guardians.some((g) => g.relation === 'voogd'))).toBe(true);
    expect(referrals.some((r) => r.otherTables.length > 0)).toBe(true);
    expect(referrals.every((r) => r.urgency === 'normaal' || r.urgencyReason !== '')).toBe(true);
    // Nothing that could be a real person's identifier or address.
    expect(referrals.every((r) => r.youth.bsn === '')).toBe(true);
    const emails = referrals.flatMap((r) => [r.referrer.email, ...r.guardians.map((g) => g.email)]).filter(Boolean);
    expect(emails.length).toBeGreaterThan(0);
    expect(emails.every((e) => e.endsWith('.example'))).toBe(true);
  });

  it('asks consent from the right people for the age, or records a legal ground', async () => {
    const rows = db
      .prepare(
        `SELECT c.id, c.status, c.birth_date AS birth, c.referred_on AS referred, c.legal_ground AS ground,
                (SELECT group_concat(DISTINCT subject) FROM consents k WHERE k.case_id = c.id) AS subjects
         FROM cases c`,
      )
      .all() as { id: number; status: string; birth: string; referred: string; ground: string | null; subjects: string | null }[];
    const planned = ['wacht_op_bespreking', 'besproken', 'advies_vastgesteld', 'in_opvolging', 'afgesloten'];
    for (const r of rows) {
      const subjects = new Set(r.subjects?.split(',') ?? []);
      // Nobody under 12 is asked to consent themselves; from 16 no parent is needed.
      if (ageOn(r.birth) < 12) expect(subjects.has('jeugdige'), `case ${r.id}`).toBe(false);
      if (ageOn(r.birth, r.referred) >= 16) expect(subjects.has('ouder'), `case ${r.id}`).toBe(false);
    }
    for (const r of rows.filter((x) => planned.includes(x.status))) {
      const file = await b.dispatcher.call('cases.get', { caseId: r.id });
      // Consent as it stood when the case was first put on the agenda (some are withdrawn after closure).
      const planning = file.events.filter((e) => e.toStatus === 'wacht_op_bespreking').at(-1);
      if (!planning || file.legalGround) continue;
      const on = planning.at.slice(0, 10);
      expect(consentState(ageOn(r.birth), file.consents, 'registratie', on).sufficient, `case ${r.id}`).toBe(true);
    }
    expect(rows.some((r) => r.ground !== null)).toBe(true);
    expect(all<number>('SELECT count(*) FROM consents WHERE withdrawn_on IS NOT NULL')[0]).toBeGreaterThan(0);
  });

  it('keeps every case history in time order, with nothing in the future', () => {
    const backwards = all<number>(
      `SELECT count(*) FROM case_events a JOIN case_events b ON b.case_id = a.case_id AND b.id > a.id AND b.at < a.at`,
    )[0];
    expect(backwards).toBe(0);
    expect(all<string>('SELECT max(at) FROM case_events')[0]! <= NOW).toBe(true);
    expect(all<string>('SELECT max(given_on) FROM consents')[0]! <= NOW.slice(0, 10)).toBe(true);
  });

  it('writes question texts that full-text search finds', () => {
    for (const word of ['thuiszitter', 'autisme', 'gezinshuis', 'Zuiderdam', 'behandel']) {
      expect(listCases(db, CaseListQuery.parse({ query: word })).total, word).toBeGreaterThan(0);
    }
  });
});

describe('demo data: determinism', () => {
  it('plans the same cases for the same seed, and other cases for another seed', () => {
    const a = planDemoCases(120, 7, NOW);
    expect(planDemoCases(120, 7, NOW)).toEqual(a);
    expect(planDemoCases(120, 8, NOW)).not.toEqual(a);
    for (const p of a) expect(ReferralSchema.safeParse(p.referral).success).toBe(true);
  });

  it('writes identical vault contents for the same seed', async () => {
    const dump = async () => {
      const b = await unlockedBackend();
      generateDemoCases(ctxOf(b), 60, 3);
      const db = b.vault.requireSession().db;
      return {
        cases: db.prepare('SELECT c.code, c.status, r.referral, c.referred_on, c.closure_reason, c.legal_ground FROM cases c JOIN case_referrals r ON r.case_id = c.id ORDER BY c.id').all(),
        consents: db.prepare('SELECT case_id, subject, person_name, scope, given_on, withdrawn_on FROM consents ORDER BY id').all(),
        screenings: db.prepare('SELECT case_id, outcome, reasons, requested_info, routed_to FROM screenings ORDER BY id').all(),
        events: db.prepare('SELECT case_id, at, kind, from_status, to_status, detail FROM case_events ORDER BY id').all(),
      };
    };
    const first = await dump();
    expect(first.cases).toHaveLength(60);
    expect(await dump()).toEqual(first);
  });

  it('is all-or-nothing: a failure half-way rolls every case back', async () => {
    const b = await unlockedBackend();
    const ctx = ctxOf(b);
    ctx.db.exec(`CREATE TEMP TRIGGER stop_after_20 BEFORE INSERT ON cases
                 WHEN (SELECT count(*) FROM cases) >= 20 BEGIN SELECT RAISE(ABORT, 'stop'); END`);
    expect(() => generateDemoCases(ctx, 50)).toThrow(/stop/);
    expect(ctx.db.prepare('SELECT count(*) FROM cases').pluck().get()).toBe(0);
    expect(() => generateDemoCases(ctx, -1)).toThrow(RangeError);
  });
});
