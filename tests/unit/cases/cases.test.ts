import { describe, expect, it } from 'vitest';
import { isValidBsn } from '../../../shared/domain/bsn.js';
import { consentState } from '../../../shared/domain/consent.js';
import { ageOn, dutchToIso, isIsoDate, todayIso, yearsBefore } from '../../../shared/domain/dates.js';
import { initials, ReferralSchema, transitionFlag } from '../../../shared/domain/referral.js';
import { canTransition } from '../../../shared/domain/status.js';
import { ftsQuery } from '../../../electron/node/features/cases/case-list.sql.js';
import { referral, unlockedBackend } from '../helpers.js';

const consent = (subject: 'jeugdige' | 'ouder', personName: string) => ({
  subject,
  personName,
  scope: 'registratie' as const,
  givenOn: '2026-01-10',
  method: 'schriftelijk' as const,
});

describe('referral validation', () => {
  it('accepts a minimal referral and fills defaults', () => {
    const r = ReferralSchema.parse(referral());
    expect(r.urgency).toBe('normaal');
    expect(r.guardians).toEqual([]);
  });

  it('flags impossible and future dates, bad BSNs, missing required fields, field by field', () => {
    const r = referral();
    r.youth.birthDate = '2012-02-30';
    r.youth.bsn = '111222334';
    r.youth.firstName = '';
    r.referrer.organisation = '   ';
    const res = ReferralSchema.safeParse(r);
    expect(res.success).toBe(false);
    const byPath = Object.fromEntries(res.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(byPath).toMatchObject({
      'youth.birthDate': 'v.date_invalid',
      'youth.bsn': 'v.bsn_invalid',
      'youth.firstName': 'v.required',
      'referrer.organisation': 'v.required',
    });
    const future = referral({ birth: `${new Date().getFullYear() + 1}-01-01` });
    expect(ReferralSchema.safeParse(future).error?.issues[0]?.message).toBe('v.date_future');
    const short = referral();
    short.youth.bsn = '12345';
    expect(ReferralSchema.safeParse(short).error?.issues[0]?.message).toBe('v.bsn_format');
  });

  it('requires a reason for high urgency', () => {
    const r = referral();
    r.urgency = 'hoog';
    expect(ReferralSchema.safeParse(r).error?.issues[0]).toMatchObject({ path: ['urgencyReason'], message: 'v.urgency_reason' });
  });

  it('knows the eleven-test, dates and initials', () => {
    expect(isValidBsn('111222333')).toBe(true);
    expect(isValidBsn('123456782')).toBe(true);
    expect(isValidBsn('123456789')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(dutchToIso('5-3-2012')).toBe('2012-03-05');
    expect(dutchToIso('31-02-2012')).toBe('2012-02-31');
    expect(ageOn('2010-06-15', '2026-06-14')).toBe(15);
    expect(ageOn('2010-06-15', '2026-06-15')).toBe(16);
    expect(initials('Fenna', 'van der Zonnebloem')).toBe('F.Z.');
  });

  it('derives the 18-/18+ transition flag from age, overridable', () => {
    const r = ReferralSchema.parse(referral({ birth: yearsBefore(todayIso(), 17) }));
    expect(transitionFlag(r)).toBe(true);
    expect(transitionFlag({ ...r, transitionOverride: 'nee' })).toBe(false);
    const young = ReferralSchema.parse(referral({ birth: yearsBefore(todayIso(), 9) }));
    expect(transitionFlag(young)).toBe(false);
    expect(transitionFlag({ ...young, transitionOverride: 'ja' })).toBe(true);
  });
});

describe('consent rules', () => {
  const c = (subject: 'jeugdige' | 'ouder', withdrawnOn: string | null = null) => ({
    subject,
    scope: 'registratie' as const,
    givenOn: '2026-01-01',
    withdrawnOn,
  });
  it('asks a parent under 12, youth and parent from 12 to 15, the youth from 16', () => {
    expect(consentState(10, [c('ouder')], 'registratie', '2026-06-01').sufficient).toBe(true);
    expect(consentState(14, [c('ouder')], 'registratie', '2026-06-01')).toEqual({ sufficient: false, missing: ['jeugdige'] });
    expect(consentState(14, [c('ouder'), c('jeugdige')], 'registratie', '2026-06-01').sufficient).toBe(true);
    expect(consentState(17, [c('ouder')], 'registratie', '2026-06-01').missing).toEqual(['jeugdige']);
  });
  it('a withdrawn consent no longer counts', () => {
    expect(consentState(17, [c('jeugdige', '2026-03-01')], 'registratie', '2026-06-01').sufficient).toBe(false);
  });
});

describe('status transitions', () => {
  it('follows the workflow and refuses jumps', () => {
    expect(canTransition('aangemeld', 'in_screening')).toBe(true);
    expect(canTransition('aangemeld', 'advies_vastgesteld')).toBe(false);
    expect(canTransition('afgesloten', 'aangemeld')).toBe(false);
  });

  it('screening geschikt needs registration consent or a legal ground, then waits for discussion', async () => {
    const b = await unlockedBackend();
    const { id } = await b.dispatcher.call('cases.create', { referral: referral({ birth: yearsBefore(todayIso(), 14) }) });
    const refused = await b.dispatcher.dispatch('screening.record', { caseId: id, outcome: 'geschikt', reasons: 'Past bij het team.' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONSENT_REQUIRED' } });
    // Nothing of the refused call remains: still 'aangemeld', no screening stored.
    let file = await b.dispatcher.call('cases.get', { caseId: id });
    expect(file.status).toBe('aangemeld');
    expect(file.screenings).toEqual([]);

    await b.dispatcher.call('consent.add', { caseId: id, ...consent('jeugdige', 'Fenna') });
    file = await b.dispatcher.call('cases.get', { caseId: id });
    expect(file.consentState.missing).toEqual(['ouder']);
    await b.dispatcher.call('consent.add', { caseId: id, ...consent('ouder', 'Moeder Zonnebloem') });
    file = await b.dispatcher.call('screening.record', { caseId: id, outcome: 'geschikt', reasons: 'Past bij het team.' });
    expect(file.status).toBe('wacht_op_bespreking');
    expect(file.screenings[0]).toMatchObject({ outcome: 'geschikt', internal: true, screenedBy: 'Voorzitter Test' });
    expect(file.events.map((e) => e.toStatus).filter(Boolean)).toEqual(['wacht_op_bespreking', 'in_screening', 'aangemeld']);
  });

  it('a chair can record another legal ground instead of consent', async () => {
    const b = await unlockedBackend();
    const { id } = await b.dispatcher.call('cases.create', { referral: referral() });
    await b.dispatcher.call('cases.setStatus', { caseId: id, to: 'in_screening' });
    await b.dispatcher.call('cases.setLegalGround', { caseId: id, ground: 'Jeugdbeschermingsmaatregel', reason: 'OTS; GI heeft ingestemd.' });
    const file = await b.dispatcher.call('cases.setStatus', { caseId: id, to: 'wacht_op_bespreking' });
    expect(file.status).toBe('wacht_op_bespreking');
    expect(file.legalGround?.ground).toBe('Jeugdbeschermingsmaatregel');
  });

  it('niet geschikt records the routing and ends as niet in behandeling; meer informatie stays in screening', async () => {
    const b = await unlockedBackend();
    const a = await b.dispatcher.call('cases.create', { referral: referral() });
    const bad = await b.dispatcher.dispatch('screening.record', { caseId: a.id, outcome: 'niet_geschikt', reasons: 'Crisis.' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { routedTo: { key: 'v.routed_to_required' } } } });
    const f = await b.dispatcher.call('screening.record', { caseId: a.id, outcome: 'niet_geschikt', reasons: 'Crisis.', routedTo: 'lokale_toegang' });
    expect(f.status).toBe('niet_in_behandeling');
    const m = await b.dispatcher.call('cases.create', { referral: referral() });
    const g = await b.dispatcher.call('screening.record', { caseId: m.id, outcome: 'meer_informatie', reasons: 'Onvolledig.', requestedInfo: 'Verslag diagnostiek' });
    expect(g.status).toBe('in_screening');
  });

  it('closing a case needs a closure reason', async () => {
    const b = await unlockedBackend();
    const { id } = await b.dispatcher.call('cases.create', { referral: referral() });
    const res = await b.dispatcher.dispatch('cases.setStatus', { caseId: id, to: 'afgesloten' });
    expect(res).toMatchObject({ ok: false, error: { fields: { closureReason: { key: 'v.closure_reason_required' } } } });
  });

  it('consent withdrawal cannot precede the consent', async () => {
    const b = await unlockedBackend();
    const { id } = await b.dispatcher.call('cases.create', { referral: referral() });
    const f = await b.dispatcher.call('consent.add', { caseId: id, ...consent('jeugdige', 'Fenna') });
    const res = await b.dispatcher.dispatch('consent.withdraw', { caseId: id, consentId: f.consents[0]!.id, withdrawnOn: '2025-12-31' });
    expect(res).toMatchObject({ ok: false, error: { fields: { withdrawnOn: { key: 'v.withdrawn_before_given' } } } });
    const ok = await b.dispatcher.call('consent.withdraw', { caseId: id, consentId: f.consents[0]!.id, withdrawnOn: '2026-02-01', reason: 'Op verzoek' });
    expect(ok.consents[0]?.withdrawnOn).toBe('2026-02-01');
  });

  it('withdrawing a consent twice is refused with its own code, no sentence in the params, and changes nothing', async () => {
    const b = await unlockedBackend();
    const { id } = await b.dispatcher.call('cases.create', { referral: referral() });
    const f = await b.dispatcher.call('consent.add', { caseId: id, ...consent('jeugdige', 'Fenna') });
    const consentId = f.consents[0]!.id;
    await b.dispatcher.call('consent.withdraw', { caseId: id, consentId, withdrawnOn: '2026-02-01', reason: 'Op verzoek' });
    const again = await b.dispatcher.dispatch('consent.withdraw', { caseId: id, consentId, withdrawnOn: '2026-03-01' });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONSENT_ALREADY_WITHDRAWN', params: {} } });
    if (!again.ok) expect(again.error.message).toMatch(/al ingetrokken/);
    const file = await b.dispatcher.call('cases.get', { caseId: id });
    expect(file.consents[0]).toMatchObject({ withdrawnOn: '2026-02-01', withdrawnReason: 'Op verzoek' });
  });
});

describe('case list and search', () => {
  it('builds prefix queries and ignores punctuation', () => {
    expect(ftsQuery('  ')).toBeNull();
    expect(ftsQuery('2026-001')).toBe('"2026"* "001"*');
    // A single character matches only itself: a one-letter prefix would touch most of the index.
    expect(ftsQuery('zorg" OR 1')).toBe('"zorg"* "OR"* "1"');
  });

  it('finds cases by code, name, municipality and question text, shows initials only, and filters', async () => {
    const b = await unlockedBackend();
    const today = todayIso();
    const a = await b.dispatcher.call('cases.create', {
      referral: referral({ first: 'Jip', last: 'Klaproos', birth: yearsBefore(today, 15), municipality: 'Veenhoven', question: 'Zoekt dagbesteding met zorgboerderij.' }),
    });
    await b.dispatcher.call('cases.create', {
      referral: referral({ first: 'Lot', last: 'Boterbloem', birth: yearsBefore(today, 3), municipality: 'Lindewaard', question: 'Vraag naar gezinshuis.' }),
    });
    const find = async (query: string) => (await b.dispatcher.call('cases.list', { query })).rows.map((r) => r.code);
    expect(await find('zorgboer')).toEqual([a.code]);
    expect(await find('klaproos')).toEqual([a.code]);
    expect(await find('veenhoven')).toEqual([a.code]);
    expect(await find(a.code)).toEqual([a.code]);
    expect(await find('niets-hiervan')).toEqual([]);

    const all = await b.dispatcher.call('cases.list', {});
    expect(all.total).toBe(2);
    expect(all.rows.map((r) => r.initials).sort()).toEqual(['J.K.', 'L.B.']);
    expect(JSON.stringify(all)).not.toContain('Klaproos');

    const toddlers = await b.dispatcher.call('cases.list', { ageGroups: ['0-4'] });
    expect(toddlers.rows.map((r) => r.initials)).toEqual(['L.B.']);
    const teens = await b.dispatcher.call('cases.list', { ageGroups: ['13-17'], municipalities: ['Veenhoven'] });
    expect(teens.rows.map((r) => r.code)).toEqual([a.code]);

    await b.dispatcher.call('cases.setStatus', { caseId: a.id, to: 'in_screening' });
    const screening = await b.dispatcher.call('cases.list', { statuses: ['in_screening'] });
    expect(screening.total).toBe(1);
    expect(screening.byStatus).toEqual({ in_screening: 1, aangemeld: 1 });
  });

  it('updates the search index when a referral changes', async () => {
    const b = await unlockedBackend();
    const { id, code } = await b.dispatcher.call('cases.create', { referral: referral() });
    const file = await b.dispatcher.call('cases.get', { caseId: id });
    await b.dispatcher.call('cases.updateReferral', { caseId: id, referral: { ...file.referral, questionFamily: 'We willen graag een logeerhuis.' } });
    expect((await b.dispatcher.call('cases.list', { query: 'logeerhuis' })).rows.map((r) => r.code)).toEqual([code]);
  });

  it('refuses unknown or inactive problem areas at field level', async () => {
    const b = await unlockedBackend();
    const r = referral();
    r.problemAreas = ['autisme', 'bestaat_niet'];
    const res = await b.dispatcher.dispatch('cases.create', { referral: r });
    expect(res).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { 'referral.problemAreas.1': { key: 'v.invalid_option' } } } });
  });
});

describe('date messages', () => {
  it('text that is no date at all gets the date message only', () => {
    const r = referral({ birth: 'abc' });
    const issues = ReferralSchema.safeParse(r).error!.issues.filter((i) => i.path.join('.') === 'youth.birthDate');
    expect(issues.map((i) => i.message)).toEqual(['v.date_invalid']);
  });
});
