/** Retention deadlines: pure functions of a case's end and the team's policy. */
import { describe, expect, it } from 'vitest';
import { addPeriod, categoryOf, deadlineFor, isDue } from '../../../electron/node/features/retention/policy.js';

const policy = {
  closed: { amount: 15, unit: 'jaren' as const },
  notTakenOn: { amount: 2, unit: 'jaren' as const },
  withoutConsent: { amount: 6, unit: 'maanden' as const },
};

describe('retention policy', () => {
  it('adds calendar months and years; a day that does not exist becomes the last of the month', () => {
    expect(addPeriod('2020-01-31', { amount: 1, unit: 'maanden' })).toBe('2020-02-29');
    expect(addPeriod('2021-01-31', { amount: 1, unit: 'maanden' })).toBe('2021-02-28');
    expect(addPeriod('2024-02-29', { amount: 1, unit: 'jaren' })).toBe('2025-02-28');
    expect(addPeriod('2024-11-15', { amount: 2, unit: 'maanden' })).toBe('2025-01-15');
    expect(addPeriod('2006-03-01', { amount: 20, unit: 'jaren' })).toBe('2026-03-01');
    expect(addPeriod('2025-06-30T14:00:00.000Z', { amount: 6, unit: 'maanden' })).toBe('2025-12-30');
  });

  it('puts closed cases, cases not taken on and referrals without consent each under their own period', () => {
    expect(categoryOf({ status: 'afgesloten', consentOrGround: false })).toBe('closed');
    expect(categoryOf({ status: 'niet_in_behandeling', consentOrGround: true })).toBe('notTakenOn');
    expect(categoryOf({ status: 'niet_in_behandeling', consentOrGround: false })).toBe('withoutConsent');
    for (const status of ['aangemeld', 'in_screening', 'wacht_op_bespreking', 'besproken', 'advies_vastgesteld', 'in_opvolging'] as const) {
      expect(categoryOf({ status, consentOrGround: true })).toBeNull();
    }
    expect(deadlineFor(policy, { status: 'afgesloten', endedOn: '2010-05-04', consentOrGround: true })).toEqual({
      category: 'closed',
      deadline: '2025-05-04',
    });
    expect(deadlineFor(policy, { status: 'niet_in_behandeling', endedOn: '2024-05-04', consentOrGround: true })?.deadline).toBe('2026-05-04');
    expect(deadlineFor(policy, { status: 'niet_in_behandeling', endedOn: '2024-05-04', consentOrGround: false })?.deadline).toBe('2024-11-04');
    expect(deadlineFor(policy, { status: 'in_opvolging', endedOn: '2000-01-01', consentOrGround: true })).toBeNull();
  });

  it('is due from the deadline day on, unless a postponement still runs', () => {
    expect(isDue('2026-05-04', '2026-05-03', null)).toBe(false);
    expect(isDue('2026-05-04', '2026-05-04', null)).toBe(true);
    expect(isDue('2026-05-04', '2027-01-01', null)).toBe(true);
    expect(isDue('2026-05-04', '2026-06-01', '2026-07-01')).toBe(false);
    expect(isDue('2026-05-04', '2026-07-01', '2026-07-01')).toBe(true);
  });
});
