/** Referral intake, the case file, consent, screening, status and the case list. */
import { AppError } from '../../../../shared/api/errors.js';
import { read, type HandlerGroup } from '../../dispatch/types.js';
import { loadCase } from './case-file.js';
import { listCases } from './case-list.sql.js';
import { caseEvent, changeStatus, checkProblemAreas, insertCase } from './case-writes.js';
import { findDuplicates } from './duplicates.sql.js';
import { getCaseRow, listMunicipalities, setLegalGround, touchCase, writeReferral } from './cases.sql.js';
import { getConsentDates, insertConsent, withdrawConsent } from './consents.sql.js';
import { insertScreening } from './screenings.sql.js';

type CasesMethods =
  | 'cases.create'
  | 'cases.list'
  | 'cases.municipalities'
  | 'cases.findDuplicates'
  | 'cases.get'
  | 'cases.updateReferral'
  | 'cases.setStatus'
  | 'cases.setLegalGround'
  | 'consent.add'
  | 'consent.withdraw'
  | 'screening.record';

export const casesHandlers: HandlerGroup<CasesMethods> = {
  'cases.create': (ctx, { referral }) => insertCase(ctx, referral),

  'cases.list': read(({ db }, q) => listCases(db, q)),

  'cases.municipalities': read(({ db }) => listMunicipalities(db)),

  'cases.findDuplicates': read(({ db }, q) => findDuplicates(db, q)),

  'cases.get': read(({ db }, { caseId }) => loadCase(db, caseId)),

  'cases.updateReferral': (ctx, { caseId, referral }) => {
    const row = getCaseRow(ctx.db, caseId);
    checkProblemAreas(ctx.db, referral.problemAreas);
    writeReferral(ctx.db, caseId, row.code, referral, ctx.now);
    caseEvent(ctx, caseId, 'aanmelding_gewijzigd');
    return loadCase(ctx.db, caseId);
  },

  'cases.setStatus': (ctx, { caseId, to, note, closureReason }) => {
    changeStatus(ctx, caseId, to, note, closureReason);
    return loadCase(ctx.db, caseId);
  },

  'cases.setLegalGround': (ctx, { caseId, ground, reason }) => {
    getCaseRow(ctx.db, caseId);
    setLegalGround(ctx.db, caseId, { ground, reason, by: ctx.session.user.id, now: ctx.now });
    caseEvent(ctx, caseId, 'grondslag', ground);
    return loadCase(ctx.db, caseId);
  },

  'consent.add': (ctx, c) => {
    getCaseRow(ctx.db, c.caseId);
    insertConsent(ctx.db, c, ctx.session.user.id, ctx.now);
    touchCase(ctx.db, c.caseId, ctx.now);
    caseEvent(ctx, c.caseId, 'toestemming', `${c.subject}:${c.scope}`);
    return loadCase(ctx.db, c.caseId);
  },

  'consent.withdraw': (ctx, { caseId, consentId, withdrawnOn, reason }) => {
    const c = getConsentDates(ctx.db, caseId, consentId);
    if (!c) throw new AppError('NOT_FOUND');
    if (c.withdrawnOn) throw new AppError('CONSENT_ALREADY_WITHDRAWN');
    if (withdrawnOn < c.givenOn) {
      throw new AppError('VALIDATION', {}, { withdrawnOn: { key: 'v.withdrawn_before_given', params: {} } });
    }
    withdrawConsent(ctx.db, consentId, withdrawnOn, reason);
    touchCase(ctx.db, caseId, ctx.now);
    caseEvent(ctx, caseId, 'toestemming_ingetrokken');
    return loadCase(ctx.db, caseId);
  },

  'screening.record': (ctx, s) => {
    const row = getCaseRow(ctx.db, s.caseId);
    if (!['aangemeld', 'in_screening'].includes(row.status)) {
      throw new AppError('STATUS_TRANSITION', { from: row.status, to: 'in_screening' });
    }
    if (row.status === 'aangemeld') changeStatus(ctx, s.caseId, 'in_screening');
    insertScreening(ctx.db, s, ctx.session.user.id, ctx.now);
    caseEvent(ctx, s.caseId, 'screening', s.outcome);
    if (s.outcome === 'geschikt') changeStatus(ctx, s.caseId, 'wacht_op_bespreking');
    if (s.outcome === 'niet_geschikt') changeStatus(ctx, s.caseId, 'niet_in_behandeling', s.routedTo);
    return loadCase(ctx.db, s.caseId);
  },
};
