/** The whole case file as the UI shows it, assembled from the case's tables. */
import type { CaseFile } from '../../../../shared/api/index.js';
import { consentState } from '../../../../shared/domain/consent.js';
import { ageOn } from '../../../../shared/domain/dates.js';
import type { ReadDb } from '../../db/database.js';
import { userName } from '../users/users.sql.js';
import { listCaseEvents } from './case-events.sql.js';
import { getCaseRow, getReferral } from './cases.sql.js';
import { listConsents } from './consents.sql.js';
import { listScreenings } from './screenings.sql.js';

export function loadCase(db: ReadDb, id: number): CaseFile {
  const row = getCaseRow(db, id);
  const age = row.birth_date ? ageOn(row.birth_date) : null;
  const consents = listConsents(db, id);
  return {
    id: row.id,
    code: row.code,
    status: row.status,
    closureReason: row.closure_reason,
    referral: getReferral(db, id),
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
    screenings: listScreenings(db, id),
    events: listCaseEvents(db, id),
  };
}
