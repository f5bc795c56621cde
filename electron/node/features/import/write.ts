/**
 * Writing checked rows as real cases, into the same tables and through the same
 * data functions the app uses (insertCase for the case, its referral, problem
 * areas and search index; the advice feature's functions for the advice and the
 * outcome), so every report counts them like any other case. Each case's
 * timeline says it was imported ('geimporteerd' at the import's time, detail: the file's row number)
 * and carries its dates: aangemeld on the aanmelddatum, besproken on the datum
 * bespreking (else the datum advies), the advice vastgesteld on the datum advies,
 * afgesloten on the afsluitdatum. Verstoringen go to case_disruptions on the
 * discussion's date (migration 0011: the app records them per agenda item, and an
 * imported discussion has no meeting in this vault). The caller's transaction
 * makes the whole import one unit.
 */
import type { Referral } from '../../../../shared/domain/referral.js';
import { transitionFlag } from '../../../../shared/domain/referral.js';
import type { CaseStatus } from '../../../../shared/domain/status.js';
import type { ReadDb } from '../../db/database.js';
import type { Ctx } from '../../dispatch/types.js';
import { approveVersion, insertAdvice, insertVersion, type Content } from '../advice/advices.sql.js';
import { adviceSettings } from '../advice/advice-file.js';
import { upsertOutcome } from '../advice/evaluation.sql.js';
import { insertCaseEvent } from '../cases/case-events.sql.js';
import { insertCase } from '../cases/case-writes.js';
import { nextCode, setCaseStatus } from '../cases/cases.sql.js';
import { withStatementCache } from '../cases/demo.js';
import type { RowPlan } from './match.js';

/** Noon UTC on a historical date: the same calendar day in every Dutch time zone setting. */
export const stampOf = (date: string) => `${date}T12:00:00.000Z`;

/** The status a row's case ends in. */
export function finalStatus(p: Pick<RowPlan, 'discussedOn' | 'adviceOn' | 'closedOn'>): CaseStatus {
  if (p.closedOn) return 'afgesloten';
  if (p.adviceOn) return 'advies_vastgesteld';
  if (p.discussedOn) return 'besproken';
  return 'aangemeld';
}

/** The codes the rows would get, in file order: numbered on per referral year from the vault's last code. */
export function plannedCodes(db: ReadDb, plans: readonly Pick<RowPlan, 'referredOn'>[]): string[] {
  const next = new Map<number, number>();
  return plans.map((p) => {
    const year = Number(p.referredOn.slice(0, 4));
    const seq = next.get(year) ?? nextCode(db, year).seq;
    next.set(year, seq + 1);
    return `${year}-${String(seq).padStart(3, '0')}`;
  });
}

function referralOf(p: RowPlan): Referral {
  return {
    referrer: { name: '', organisation: '', role: '', phone: '', email: '', type: p.referrerType as Referral['referrer']['type'] },
    youth: {
      firstName: p.firstName,
      lastName: p.lastName,
      birthDate: p.birthDate,
      gender: '',
      municipality: p.municipality,
      region: '',
      bsn: '',
      livingSituation: p.living as Referral['youth']['livingSituation'],
    },
    guardians: [],
    organisations: [],
    legalFrameworks: [],
    protection: { measure: '', gi: '' },
    questionReferrer: '',
    questionFamily: '',
    tried: '',
    urgency: 'normaal',
    urgencyReason: '',
    questionTypes: p.questionTypes as Referral['questionTypes'],
    problemAreas: p.problemAreas,
    transitionOverride: 'auto',
    otherTables: [],
    otherTablesNote: '',
  };
}

function adviceContent(p: RowPlan, defaultWeight: Content['weight']): Content {
  return {
    adviceDate: p.adviceOn,
    questionSummary: '',
    analysis: '',
    items: [],
    teamActivities: p.activities as Content['teamActivities'],
    director: { kind: '', userId: null, name: '' },
    weight: (p.weight || defaultWeight) as Content['weight'],
    weightBasis: '',
    weightBasisDate: '',
  };
}

/** Write every plan; returns the new case ids in file order. */
export function writeCases(outer: Ctx, plans: readonly RowPlan[]): number[] {
  const ctx: Ctx = { ...outer, db: withStatementCache(outer.db) };
  const { db } = ctx;
  const userId = ctx.session.user.id;
  const event = (caseId: number, at: string, kind: string, detail = '', from: CaseStatus | null = null, to: CaseStatus | null = null) =>
    insertCaseEvent(db, { caseId, at, userId, kind, detail, from, to });
  const defaultWeight = adviceSettings(db).defaultWeight;
  const addDisruption = db.prepare('INSERT OR IGNORE INTO case_disruptions (case_id, on_date, code) VALUES (?, ?, ?)');
  const ids: number[] = [];
  for (const p of plans) {
    const r = referralOf(p);
    const referredAt = stampOf(p.referredOn);
    const { id } = insertCase({ ...ctx, now: referredAt }, r);
    // The 18-/18+ flag as it was at the referral, not as the youth's age is today.
    db.prepare('UPDATE cases SET transition18 = ? WHERE id = ?').run(transitionFlag(r, p.referredOn) ? 1 : 0, id);
    event(id, ctx.now, 'geimporteerd', String(p.row));
    let status: CaseStatus = 'aangemeld';

    if (p.discussedOn) {
      // Discussed outside a meeting held in this app: the status change to 'besproken' on that day, with its verstoringen.
      event(id, stampOf(p.discussedOn), 'status', '', status, 'besproken');
      for (const code of p.disruptions) addDisruption.run(id, p.discussedOn, code);
      status = 'besproken';
    }

    if (p.adviceOn) {
      const at = stampOf(p.adviceOn);
      const advice = insertAdvice(db, id, userId, at);
      const versionId = insertVersion(db, advice, 1, adviceContent(p, defaultWeight), { reason: '', meetingId: null, agendaItemId: null, userId, now: at });
      approveVersion(db, advice, { id: versionId, version: 1 }, { approverId: userId, sessionUserId: userId, now: at, reviewDate: '' });
      // Nobody in this vault approved it: the file says it was given, the timeline says it was imported.
      db.prepare('UPDATE advice_versions SET approved_by = NULL, approved_session = NULL WHERE id = ?').run(versionId);
      event(id, at, 'advies_vastgesteld', 'v1');
      event(id, at, 'status', '', status, 'advies_vastgesteld');
      status = 'advies_vastgesteld';
    }

    if (p.closedOn) {
      const at = stampOf(p.closedOn);
      if (p.fittingPlace) {
        upsertOutcome(
          db,
          {
            caseId: id,
            fittingPlace: p.fittingPlace as never,
            placeType: p.placeType as never,
            knelpunt: p.knelpunt as never,
            achterliggend: p.achterliggend as never,
            closureReason: (p.closureReason || 'anders') as never,
            note: '',
          },
          userId,
          at,
        );
        event(id, at, 'afgesloten_met_uitkomst', [p.fittingPlace, p.placeType, p.knelpunt, p.achterliggend].filter(Boolean).join(':'));
      }
      event(id, at, 'status', p.closureReason, status, 'afgesloten');
      status = 'afgesloten';
    }
    setCaseStatus(db, id, status, (status === 'afgesloten' ? p.closureReason : '') as never, ctx.now);
    ids.push(id);
  }
  return ids;
}
