/** Referral intake, the case file, consent, screening, status and the case list. */
import { AppError } from '../../../shared/api/errors.js';
import type { ParsedInput } from '../../../shared/api/index.js';
import type { CaseEvent, CaseFile, CaseList, CaseListRow, Consent, Screening } from '../../../shared/api/index.js';
import { consentState } from '../../../shared/domain/consent.js';
import { ageOn, todayIso, yearsBefore } from '../../../shared/domain/dates.js';
import { initials, transitionFlag, type Referral } from '../../../shared/domain/referral.js';
import { canTransition, CASE_STATUSES, type CaseStatus } from '../../../shared/domain/status.js';
import { AGE_GROUPS, ageGroupOf, URGENCIES, type AgeGroup } from '../../../shared/domain/taxonomies.js';
import type { Db } from '../db/database.js';
import type { Ctx, HandlerGroup } from '../dispatch/types.js';

interface CaseRow {
  id: number;
  code: string;
  status: CaseStatus;
  youth_first_name: string;
  youth_last_name: string;
  birth_date: string;
  municipality: string;
  urgency: CaseListRow['urgency'];
  referred_on: string;
  created_by: number;
  updated_at: string;
  transition18: number;
  other_tables: number;
  closure_reason: CaseFile['closureReason'];
  legal_ground: string | null;
  legal_ground_reason: string | null;
  legal_ground_by: number | null;
  legal_ground_at: string | null;
}

const userName = (db: Db, id: number | null): string =>
  id === null ? '' : ((db.prepare('SELECT name FROM users WHERE id = ?').pluck().get(id) as string) ?? '');

function caseRow(db: Db, id: number): CaseRow {
  const row = db.prepare('SELECT * FROM cases WHERE id = ?').get(id) as CaseRow | undefined;
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

function event(
  ctx: Ctx,
  caseId: number,
  kind: string,
  detail = '',
  from: CaseStatus | null = null,
  to: CaseStatus | null = null,
): void {
  ctx.db
    .prepare(
      'INSERT INTO case_events (case_id, at, user_id, kind, from_status, to_status, detail) VALUES (?, ?, ?, ?, ?, ?, ?)',
    )
    .run(caseId, ctx.now, ctx.session.user.id, kind, from, to, detail);
}

function checkProblemAreas(db: Db, ids: readonly string[]): void {
  const known = new Set(db.prepare('SELECT id FROM problem_areas WHERE active = 1').pluck().all() as string[]);
  const bad = ids.findIndex((id) => !known.has(id));
  if (bad >= 0) {
    throw new AppError('VALIDATION', {}, { [`referral.problemAreas.${bad}`]: { key: 'v.invalid_option', params: {} } });
  }
}

/** The denormalised columns, problem areas and search index that mirror the referral JSON. */
function writeReferral(db: Db, id: number, code: string, r: Referral, now: string): void {
  db.prepare(
    `UPDATE cases SET youth_first_name = @first, youth_last_name = @last,
       birth_date = @birth, municipality = @municipality, referrer_org = @org, urgency = @urgency,
       transition18 = @t18, other_tables = @other, updated_at = @now
     WHERE id = @id`,
  ).run({
    id,
    first: r.youth.firstName,
    last: r.youth.lastName,
    birth: r.youth.birthDate,
    municipality: r.youth.municipality,
    org: r.referrer.organisation,
    urgency: r.urgency,
    t18: transitionFlag(r) ? 1 : 0,
    other: r.otherTables.length,
    now,
  });
  db.prepare(
    'INSERT INTO case_referrals (case_id, referral) VALUES (?, ?) ON CONFLICT (case_id) DO UPDATE SET referral = excluded.referral',
  ).run(id, JSON.stringify(r));
  db.prepare('DELETE FROM case_problem_areas WHERE case_id = ?').run(id);
  const addArea = db.prepare('INSERT INTO case_problem_areas (case_id, area_id) VALUES (?, ?)');
  for (const a of new Set(r.problemAreas)) addArea.run(id, a);
  db.prepare('DELETE FROM case_search WHERE rowid = ?').run(id);
  db.prepare('INSERT INTO case_search (rowid, code, names, municipality, questions) VALUES (?, ?, ?, ?, ?)').run(
    id,
    code,
    [r.youth.firstName, r.youth.lastName, r.referrer.name, r.referrer.organisation, ...r.guardians.map((g) => g.name)].join(' '),
    `${r.youth.municipality} ${r.youth.region}`,
    [r.questionReferrer, r.questionFamily, r.tried].join('\n'),
  );
}

function nextCode(db: Db, year: number): { seq: number; code: string } {
  const seq = ((db.prepare('SELECT max(seq) FROM cases WHERE year = ?').pluck().get(year) as number | null) ?? 0) + 1;
  return { seq, code: `${year}-${String(seq).padStart(3, '0')}` };
}

/** Insert a case; exported for demo data and benchmarks, which go through the same path. */
export function insertCase(ctx: Ctx, r: Referral, status: CaseStatus = 'aangemeld'): { id: number; code: string } {
  checkProblemAreas(ctx.db, r.problemAreas);
  const year = Number(ctx.now.slice(0, 4));
  const { seq, code } = nextCode(ctx.db, year);
  const id = Number(
    ctx.db
      .prepare(
        `INSERT INTO cases (code, year, seq, status, youth_first_name, youth_last_name, birth_date,
           municipality, referrer_org, urgency, referred_on, created_by, created_at, updated_at)
         VALUES (?, ?, ?, ?, '', '', '', '', '', 'normaal', ?, ?, ?, ?)`,
      )
      .run(code, year, seq, status, ctx.now.slice(0, 10), ctx.session.user.id, ctx.now, ctx.now).lastInsertRowid,
  );
  writeReferral(ctx.db, id, code, r, ctx.now);
  event(ctx, id, 'aangemeld', '', null, status);
  return { id, code };
}

function loadCase(db: Db, id: number): CaseFile {
  const row = caseRow(db, id);
  const referral = JSON.parse(
    db.prepare('SELECT referral FROM case_referrals WHERE case_id = ?').pluck().get(id) as string,
  ) as Referral;
  const age = row.birth_date ? ageOn(row.birth_date) : null;
  const consents = (
    db.prepare('SELECT * FROM consents WHERE case_id = ? ORDER BY given_on, id').all(id) as {
      id: number;
      subject: Consent['subject'];
      person_name: string;
      scope: Consent['scope'];
      given_on: string;
      method: Consent['method'];
      recorded_by: number;
      recorded_at: string;
      withdrawn_on: string | null;
      withdrawn_reason: string;
    }[]
  ).map(
    (c): Consent => ({
      id: c.id,
      subject: c.subject,
      personName: c.person_name,
      scope: c.scope,
      givenOn: c.given_on,
      method: c.method,
      recordedBy: userName(db, c.recorded_by),
      recordedAt: c.recorded_at,
      withdrawnOn: c.withdrawn_on,
      withdrawnReason: c.withdrawn_reason,
    }),
  );
  const screenings = (
    db.prepare('SELECT * FROM screenings WHERE case_id = ? ORDER BY screened_at DESC, id DESC').all(id) as {
      id: number;
      outcome: Screening['outcome'];
      reasons: string;
      requested_info: string;
      routed_to: Screening['routedTo'];
      routed_note: string;
      screened_by: number;
      screened_at: string;
    }[]
  ).map(
    (s): Screening => ({
      id: s.id,
      outcome: s.outcome,
      reasons: s.reasons,
      requestedInfo: s.requested_info,
      routedTo: s.routed_to,
      routedNote: s.routed_note,
      screenedBy: userName(db, s.screened_by),
      screenedAt: s.screened_at,
      internal: true,
    }),
  );
  const events = db
    .prepare(
      `SELECT e.id, e.at, u.name AS userName, e.kind, e.from_status AS fromStatus, e.to_status AS toStatus, e.detail
       FROM case_events e JOIN users u ON u.id = e.user_id WHERE e.case_id = ? ORDER BY e.at DESC, e.id DESC`,
    )
    .all(id) as CaseEvent[];
  return {
    id: row.id,
    code: row.code,
    status: row.status,
    closureReason: row.closure_reason,
    referral,
    age,
    transition18: row.transition18 === 1,
    referredOn: row.referred_on,
    createdBy: userName(db, row.created_by),
    updatedAt: row.updated_at,
    consents,
    consentState: consentState(age ?? 0, consents),
    legalGround: row.legal_ground
      ? {
          ground: row.legal_ground,
          reason: row.legal_ground_reason ?? '',
          recordedBy: userName(db, row.legal_ground_by),
          recordedAt: row.legal_ground_at ?? '',
        }
      : null,
    screenings,
    events,
  };
}

/** Move a case to another status, enforcing the transition table and the consent rule. */
export function changeStatus(
  ctx: Ctx,
  caseId: number,
  to: CaseStatus,
  note = '',
  closureReason: CaseFile['closureReason'] = '',
): void {
  const row = caseRow(ctx.db, caseId);
  if (!canTransition(row.status, to)) {
    throw new AppError('STATUS_TRANSITION', { from: row.status, to });
  }
  if (to === 'wacht_op_bespreking' && !row.legal_ground) {
    const file = loadCase(ctx.db, caseId);
    if (!file.consentState.sufficient) throw new AppError('CONSENT_REQUIRED', { missing: file.consentState.missing });
  }
  ctx.db
    .prepare('UPDATE cases SET status = ?, closure_reason = ?, updated_at = ? WHERE id = ?')
    .run(to, to === 'afgesloten' ? closureReason : '', ctx.now, caseId);
  event(ctx, caseId, 'status', to === 'afgesloten' ? [closureReason, note].filter(Boolean).join(': ') : note, row.status, to);
}

// --- the case list ------------------------------------------------------------

/** User text -> an FTS5 query: every word must match as a prefix. */
export function ftsQuery(text: string): string | null {
  const words = text.normalize('NFC').match(/[\p{L}\p{N}]+/gu);
  if (!words || words.length === 0) return null;
  return words.map((w) => `"${w}"*`).join(' ');
}

const SORTS: Record<ParsedInput<'cases.list'>['sort'], string> = {
  code: 'c.year %d, c.seq %d',
  referredOn: 'c.referred_on %d, c.id %d',
  updatedAt: 'c.updated_at %d, c.id %d',
  urgency: `CASE c.urgency ${URGENCIES.map((u, i) => `WHEN '${u}' THEN ${i}`).join(' ')} END %d, c.id %d`,
  age: 'c.birth_date %r, c.id %d',
  status: `CASE c.status ${CASE_STATUSES.map((s, i) => `WHEN '${s}' THEN ${i}`).join(' ')} END %d, c.id %d`,
};

export function listCases(db: Db, q: ParsedInput<'cases.list'>, today = todayIso()): CaseList {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  const match = ftsQuery(q.query);
  if (match) {
    where.push('c.id IN (SELECT rowid FROM case_search WHERE case_search MATCH @match)');
    params.match = match;
  }
  if (q.ageGroups.length) {
    const ors = q.ageGroups.map((g, i) => {
      const [lo, hi] = AGE_GROUPS[g as AgeGroup];
      params[`ageMax${i}`] = yearsBefore(today, lo);
      params[`ageMin${i}`] = yearsBefore(today, hi + 1);
      return `(c.birth_date <= @ageMax${i} AND c.birth_date > @ageMin${i})`;
    });
    where.push(`(${ors.join(' OR ')})`);
  }
  const inList = (column: string, values: readonly string[], name: string) => {
    if (!values.length) return;
    values.forEach((v, i) => (params[`${name}${i}`] = v));
    where.push(`${column} IN (${values.map((_, i) => `@${name}${i}`).join(', ')})`);
  };
  inList('c.municipality', q.municipalities, 'mun');
  inList('c.urgency', q.urgencies, 'urg');
  if (q.problemAreas.length) {
    q.problemAreas.forEach((v, i) => (params[`pa${i}`] = v));
    where.push(
      `EXISTS (SELECT 1 FROM case_problem_areas p WHERE p.case_id = c.id AND p.area_id IN (${q.problemAreas
        .map((_, i) => `@pa${i}`)
        .join(', ')}))`,
    );
  }
  const base = where.length ? `WHERE ${where.join(' AND ')}` : '';

  const byStatus: CaseList['byStatus'] = {};
  for (const r of db.prepare(`SELECT c.status, count(*) AS n FROM cases c ${base} GROUP BY c.status`).all(params) as {
    status: CaseStatus;
    n: number;
  }[])
    byStatus[r.status] = r.n;

  const statusWhere = [...where];
  if (q.statuses.length) {
    q.statuses.forEach((v, i) => (params[`st${i}`] = v));
    statusWhere.push(`c.status IN (${q.statuses.map((_, i) => `@st${i}`).join(', ')})`);
  }
  const filtered = statusWhere.length ? `WHERE ${statusWhere.join(' AND ')}` : '';
  const total = q.statuses.length
    ? (db.prepare(`SELECT count(*) FROM cases c ${filtered}`).pluck().get(params) as number)
    : Object.values(byStatus).reduce((a, b) => a + (b ?? 0), 0);

  const dir = q.direction === 'asc' ? 'ASC' : 'DESC';
  const rev = q.direction === 'asc' ? 'DESC' : 'ASC';
  const order = SORTS[q.sort].replaceAll('%d', dir).replaceAll('%r', rev);
  const rows = db
    .prepare(
      `SELECT c.id, c.code, c.youth_first_name AS first, c.youth_last_name AS last, c.birth_date AS birth,
              c.municipality, c.status, c.urgency, c.transition18, c.other_tables AS otherTables,
              c.referred_on AS referredOn, c.updated_at AS updatedAt,
              (SELECT group_concat(area_id) FROM case_problem_areas p WHERE p.case_id = c.id) AS areas
       FROM cases c ${filtered} ORDER BY ${order} LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: q.pageSize, offset: (q.page - 1) * q.pageSize }) as {
    id: number;
    code: string;
    first: string;
    last: string;
    birth: string;
    municipality: string;
    status: CaseStatus;
    urgency: CaseListRow['urgency'];
    transition18: number;
    otherTables: number;
    referredOn: string;
    updatedAt: string;
    areas: string | null;
  }[];

  return {
    rows: rows.map((r) => {
      const age = ageOn(r.birth, today);
      return {
        id: r.id,
        code: r.code,
        initials: initials(r.first, r.last),
        age,
        ageGroup: ageGroupOf(age),
        municipality: r.municipality,
        status: r.status,
        urgency: r.urgency,
        problemAreas: r.areas ? r.areas.split(',') : [],
        transition18: r.transition18 === 1,
        otherTables: r.otherTables,
        referredOn: r.referredOn,
        updatedAt: r.updatedAt,
      };
    }),
    total,
    byStatus,
    page: q.page,
    pageSize: q.pageSize,
  };
}

type CaseMethods =
  | 'cases.create'
  | 'cases.list'
  | 'cases.municipalities'
  | 'cases.get'
  | 'cases.updateReferral'
  | 'cases.setStatus'
  | 'cases.setLegalGround'
  | 'consent.add'
  | 'consent.withdraw'
  | 'screening.record';

export const caseHandlers: HandlerGroup<CaseMethods> = {
  'cases.create': (ctx, { referral }) => insertCase(ctx, referral),

  'cases.list': ({ db }, q) => listCases(db, q),

  'cases.municipalities': ({ db }) =>
    db.prepare('SELECT DISTINCT municipality FROM cases ORDER BY municipality').pluck().all() as string[],

  'cases.get': ({ db }, { caseId }) => loadCase(db, caseId),

  'cases.updateReferral': (ctx, { caseId, referral }) => {
    const row = caseRow(ctx.db, caseId);
    checkProblemAreas(ctx.db, referral.problemAreas);
    writeReferral(ctx.db, caseId, row.code, referral, ctx.now);
    event(ctx, caseId, 'aanmelding_gewijzigd');
    return loadCase(ctx.db, caseId);
  },

  'cases.setStatus': (ctx, { caseId, to, note, closureReason }) => {
    changeStatus(ctx, caseId, to, note, closureReason);
    return loadCase(ctx.db, caseId);
  },

  'cases.setLegalGround': (ctx, { caseId, ground, reason }) => {
    caseRow(ctx.db, caseId);
    ctx.db
      .prepare(
        'UPDATE cases SET legal_ground = ?, legal_ground_reason = ?, legal_ground_by = ?, legal_ground_at = ?, updated_at = ? WHERE id = ?',
      )
      .run(ground, reason, ctx.session.user.id, ctx.now, ctx.now, caseId);
    event(ctx, caseId, 'grondslag', ground);
    return loadCase(ctx.db, caseId);
  },

  'consent.add': (ctx, c) => {
    caseRow(ctx.db, c.caseId);
    ctx.db
      .prepare(
        `INSERT INTO consents (case_id, subject, person_name, scope, given_on, method, recorded_by, recorded_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(c.caseId, c.subject, c.personName, c.scope, c.givenOn, c.method, ctx.session.user.id, ctx.now);
    ctx.db.prepare('UPDATE cases SET updated_at = ? WHERE id = ?').run(ctx.now, c.caseId);
    event(ctx, c.caseId, 'toestemming', `${c.subject}:${c.scope}`);
    return loadCase(ctx.db, c.caseId);
  },

  'consent.withdraw': (ctx, { caseId, consentId, withdrawnOn, reason }) => {
    const c = ctx.db.prepare('SELECT given_on, withdrawn_on FROM consents WHERE id = ? AND case_id = ?').get(
      consentId,
      caseId,
    ) as { given_on: string; withdrawn_on: string | null } | undefined;
    if (!c) throw new AppError('NOT_FOUND');
    if (c.withdrawn_on) throw new AppError('CONFLICT', { detail: 'deze toestemming is al ingetrokken.' });
    if (withdrawnOn < c.given_on) {
      throw new AppError('VALIDATION', {}, { withdrawnOn: { key: 'v.withdrawn_before_given', params: {} } });
    }
    ctx.db
      .prepare('UPDATE consents SET withdrawn_on = ?, withdrawn_reason = ? WHERE id = ?')
      .run(withdrawnOn, reason, consentId);
    ctx.db.prepare('UPDATE cases SET updated_at = ? WHERE id = ?').run(ctx.now, caseId);
    event(ctx, caseId, 'toestemming_ingetrokken');
    return loadCase(ctx.db, caseId);
  },

  'screening.record': (ctx, s) => {
    const row = caseRow(ctx.db, s.caseId);
    if (!['aangemeld', 'in_screening'].includes(row.status)) {
      throw new AppError('STATUS_TRANSITION', { from: row.status, to: 'in_screening' });
    }
    if (row.status === 'aangemeld') changeStatus(ctx, s.caseId, 'in_screening');
    ctx.db
      .prepare(
        `INSERT INTO screenings (case_id, outcome, reasons, requested_info, routed_to, routed_note, screened_by, screened_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(s.caseId, s.outcome, s.reasons, s.requestedInfo, s.routedTo, s.routedNote, ctx.session.user.id, ctx.now);
    event(ctx, s.caseId, 'screening', s.outcome);
    if (s.outcome === 'geschikt') changeStatus(ctx, s.caseId, 'wacht_op_bespreking');
    if (s.outcome === 'niet_geschikt') changeStatus(ctx, s.caseId, 'niet_in_behandeling', s.routedTo);
    return loadCase(ctx.db, s.caseId);
  },
};
