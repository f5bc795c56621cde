/**
 * One-pass validation for the advice forms: the cross-field rules (crossField) report together
 * with the field rules at the first save, each on its own field.
 */
import { describe, expect, it } from 'vitest';
import { ActionInput, AdviceContent, CloseInput, ResponseInput, ReviewInput } from '../../../shared/api/advice-inputs.js';

/** The first message per field, as the form and the dispatcher show it. */
const paths = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries([...(r.error?.issues ?? [])].reverse().map((i) => [i.path.map(String).join('.'), i.message]));

describe('advice forms: one-pass validation', () => {
  it('an advice with a missing item text also reports the deadline before the advice date and the missing procesregisseur', () => {
    const r = AdviceContent.safeParse({
      adviceDate: '2026-03-10',
      items: [
        { category: 'passende_zorg', text: '', addresseeKind: 'gemeente', deadline: '2026-03-01', financingRoute: '' },
        { category: 'passende_zorg', text: 'Gezinshuis zoeken', addresseeKind: 'gemeente', financingRoute: 'wlz' },
      ],
      director: { kind: 'verwijzer', userId: null, name: '   ' },
    });
    expect(r.success).toBe(false);
    const p = paths(r);
    expect(p['items.0.text']).toBe('v.item_text_required');
    expect(p['items.0.deadline']).toBe('v.deadline_before_advice');
    expect(p['director.name']).toBe('v.director_name_required');
  });

  it('a team member as procesregisseur without a member chosen is reported on the member field, next to a bad date', () => {
    const p = paths(AdviceContent.safeParse({ adviceDate: '31-02-2026', director: { kind: 'teamlid', userId: null, name: '' } }));
    expect(p['director.userId']).toBe('v.director_member_required');
    expect(p.adviceDate).toBeDefined();
  });

  it('a refused response without a reason reports the reason together with a date in the future', () => {
    const p = paths(ResponseInput.safeParse({ caseId: 1, itemKey: 1, state: 'geweigerd', reason: '', respondedOn: '2999-01-01' }));
    expect(p).toEqual({ reason: 'v.refusal_reason_required', respondedOn: expect.any(String) });
  });

  it('an escalated response reports its three missing fields with a too long text elsewhere', () => {
    const p = paths(ResponseInput.safeParse({ caseId: 1, itemKey: 1, state: 'geescaleerd', changes: 'x'.repeat(4001) }));
    expect(p).toEqual({
      changes: 'v.too_long',
      escalatedTo: 'v.escalation_target_required',
      escalatedOn: 'v.escalation_date_required',
      escalatedWhom: 'v.escalated_whom_required',
    });
  });

  it('an action without who reports it together with the missing what', () => {
    expect(paths(ActionInput.safeParse({ caseId: 1, what: '', whoUserId: null, whoName: '' }))).toEqual({
      what: 'v.action_what_required',
      whoName: 'v.action_who_required',
    });
  });

  it('a review to discuss again without a reason reports it together with a missing date', () => {
    const p = paths(ReviewInput.safeParse({ caseId: 1, decision: 'opnieuw_bespreken', reason: '' }));
    expect(p.reason).toBe('v.reason_required');
    expect(p.heldOn).toBeDefined();
  });

  it('closing with the knelpunt that needs a sub-knelpunt reports it together with a missing place type', () => {
    const r = CloseInput.safeParse({ caseId: 1, fittingPlace: 'ja', knelpunt: 'gevraagd_aanbod_ontbreekt', achterliggend: '' });
    const p = paths(r);
    expect(p.achterliggend).toBe('v.achterliggend_required');
    expect(p.placeType).toBe('v.place_type_required');
  });

  it('valid inputs still pass', () => {
    expect(ActionInput.safeParse({ caseId: 1, what: 'Bellen', whoName: 'Mw. Jansen' }).success).toBe(true);
    expect(ResponseInput.safeParse({ caseId: 1, itemKey: 1, state: 'akkoord' }).success).toBe(true);
  });
});
