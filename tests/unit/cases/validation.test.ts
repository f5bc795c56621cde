/** One-pass validation: field rules and cross-field rules report together, at the first save. */
import { describe, expect, it } from 'vitest';
import { ScreeningInput, StatusInput } from '../../../shared/api/cases.js';
import { AttendanceInput, SeriesInput } from '../../../shared/api/meetings.js';
import { ReferralSchema, chooseProblemAreas, emptyReferral } from '../../../shared/domain/referral.js';
import { referral, unlockedBackend } from '../helpers.js';

/** The first message per field, as the form and the dispatcher show it. */
const paths = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries([...(r.error?.issues ?? [])].reverse().map((i) => [i.path.map(String).join('.'), i.message]));

/** Urgency 'hoog' without a reason, plus seven field errors. */
function badReferral() {
  const r = emptyReferral(); // referrer.organisation, youth first/last name, birth date and municipality missing
  r.youth.bsn = '12345';
  r.referrer.email = 'geen-adres';
  r.urgency = 'hoog';
  return r;
}

describe('one-pass validation', () => {
  it('a referral reports its seven field errors and the missing urgency reason at once', () => {
    expect(paths(ReferralSchema.safeParse(badReferral()))).toEqual({
      'referrer.organisation': 'v.required',
      'referrer.email': 'v.email',
      'youth.firstName': 'v.required',
      'youth.lastName': 'v.required',
      'youth.birthDate': 'v.date_invalid',
      'youth.municipality': 'v.required',
      'youth.bsn': 'v.bsn_format',
      urgencyReason: 'v.urgency_reason',
    });
  });

  it('the dispatcher answers all eight field messages to one cases.create', async () => {
    const b = await unlockedBackend();
    const res = await b.dispatcher.dispatch('cases.create', { referral: badReferral() });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.code).toBe('VALIDATION');
    expect(Object.keys(res.error.fields ?? {}).sort()).toEqual(
      [
        'referral.referrer.email',
        'referral.referrer.organisation',
        'referral.urgencyReason',
        'referral.youth.birthDate',
        'referral.youth.bsn',
        'referral.youth.firstName',
        'referral.youth.lastName',
        'referral.youth.municipality',
      ].sort(),
    );
  });

  it('text that is no date gets the date message only, and a date in the future its own', () => {
    const r = badReferral();
    r.youth.birthDate = 'gisteren';
    expect(paths(ReferralSchema.safeParse(r))['youth.birthDate']).toBe('v.date_invalid');
    expect(ReferralSchema.safeParse(r).error!.issues.filter((i) => i.path.join('.') === 'youth.birthDate')).toHaveLength(1);
    r.youth.birthDate = `${new Date().getFullYear() + 1}-01-01`;
    expect(paths(ReferralSchema.safeParse(r))['youth.birthDate']).toBe('v.date_future');
  });

  it('an invalid urgency gets its own message, not the reason message', () => {
    const r = badReferral();
    (r as { urgency: string }).urgency = 'extreem';
    const p = paths(ReferralSchema.safeParse(r));
    expect(p.urgency).toBe('v.invalid_option');
    expect(p.urgencyReason).toBeUndefined();
  });

  it('screening, status, meeting series and attendance: field and cross-field messages together', () => {
    expect(paths(ScreeningInput.safeParse({ caseId: 1, outcome: 'niet_geschikt', reasons: '' }))).toEqual({
      reasons: 'v.reason_required',
      routedTo: 'v.routed_to_required',
    });
    expect(paths(ScreeningInput.safeParse({ caseId: 1, outcome: 'meer_informatie', reasons: '' }))).toEqual({
      reasons: 'v.reason_required',
      requestedInfo: 'v.requested_info_required',
    });
    expect(paths(StatusInput.safeParse({ caseId: 1, to: 'afgesloten', note: 'x'.repeat(2001) }))).toEqual({
      note: 'v.too_long',
      closureReason: 'v.closure_reason_required',
    });
    const series = paths(
      SeriesInput.safeParse({ title: '', weekday: 2, startTime: '15:00', endTime: '14:00', firstDate: '2999-01-10', untilDate: '2999-01-01' }),
    );
    expect(series).toEqual({ title: 'v.required', endTime: 'v.end_before_start', untilDate: 'v.until_before_first' });
    const attendance = paths(
      AttendanceInput.safeParse({ meetingId: 1, members: [{ name: '', sector: 'onderwijs', status: 'vervangen', replacedBy: '' }] }),
    );
    expect(attendance['members.0.name']).toBe('v.required');
    expect(attendance['members.0.replacedBy']).toBe('v.replaced_by_required');
  });
});

describe('Geen probleemgebied', () => {
  it('goes with no other problem area: a field message at the first save, and the form keeps only the one just picked', async () => {
    const r = { ...emptyReferral(), problemAreas: ['autisme', 'geen'] };
    const res = ReferralSchema.safeParse(r);
    expect(res.success).toBe(false);
    expect(res.error!.issues.filter((i) => i.path.join('.') === 'problemAreas').map((i) => i.message)).toEqual(['v.no_problem_area_alone']);
    const b = await unlockedBackend();
    const refused = await b.dispatcher.call('cases.create', { referral: { ...referral(), problemAreas: ['autisme', 'geen'] } }).catch((e) => e);
    expect(refused).toMatchObject({ code: 'VALIDATION' });
    expect(refused.fields['referral.problemAreas']).toEqual({ key: 'v.no_problem_area_alone', params: {} });
    // Alone it is a problem area like any other: every vault has it (migration 0012), active, last in the list.
    const areas = await b.dispatcher.call('taxonomy.problemAreas', {});
    expect(areas.at(-1)).toMatchObject({ id: 'geen', nl: 'Geen probleemgebied', active: true });
    const made = await b.dispatcher.call('cases.create', { referral: { ...referral(), problemAreas: ['geen'] } });
    expect((await b.dispatcher.call('cases.get', { caseId: made.id })).referral.problemAreas).toEqual(['geen']);

    expect(chooseProblemAreas(['autisme', 'trauma'], ['autisme', 'trauma', 'geen'])).toEqual(['geen']);
    expect(chooseProblemAreas(['geen'], ['geen', 'autisme'])).toEqual(['autisme']);
    expect(chooseProblemAreas(['autisme', 'trauma'], ['autisme'])).toEqual(['autisme']);
  });
});
