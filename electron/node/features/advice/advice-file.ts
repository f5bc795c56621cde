/** Builds the AdviceFile of one case: versions, items with responses, commitments, follow-up. */
import type { AdviceFile, AdviceSettings, ItemStatus, PartyCommitment } from '../../../../shared/api/index.js';
import { commitmentOf, isResponseOverdue, isReviewDue, partyKey } from '../../../../shared/domain/advice.js';
import { todayIso } from '../../../../shared/domain/dates.js';
import type { ReadDb } from '../../db/database.js';
import { getCaseRow } from '../cases/cases.sql.js';
import { getSetting } from '../settings/settings.sql.js';
import { getAdviceRow, loadVersions } from './advices.sql.js';
import { loadFeedback, loadOutcome, loadReviews } from './evaluation.sql.js';
import { loadActions, loadResponses, noResponse } from './responses.sql.js';

export const ADVICE_SETTINGS_KEY = 'advice';
const DEFAULT_SETTINGS: AdviceSettings = { defaultWeight: 'advies', weightBasisText: '', weightBasisDate: '' };

export function adviceSettings(db: ReadDb): AdviceSettings {
  return { ...DEFAULT_SETTINGS, ...(getSetting<AdviceSettings>(db, ADVICE_SETTINGS_KEY) ?? {}) };
}

/** The local calendar date of a request time. */
export const dayOf = (nowIso: string): string => todayIso(new Date(nowIso));

/** Per addressed party: committed when every item is accepted, refused when every item is refused. */
export function commitments(items: ItemStatus[]): PartyCommitment[] {
  const parties = new Map<string, PartyCommitment & { kinds: Set<string> }>();
  for (const { item, response, overdue } of items) {
    const key = partyKey(item.addresseeKind, item.addresseeName);
    const p =
      parties.get(key) ??
      ({ addresseeKind: item.addresseeKind, addresseeName: item.addresseeName, itemKeys: [], commitment: 'open', overdue: 0, kinds: new Set() } as PartyCommitment & { kinds: Set<string> });
    p.itemKeys.push(item.key);
    p.kinds.add(commitmentOf(response.state));
    if (overdue) p.overdue += 1;
    parties.set(key, p);
  }
  return [...parties.values()].map(({ kinds, ...p }) => ({
    ...p,
    commitment: kinds.size === 1 ? ([...kinds][0] as PartyCommitment['commitment']) : kinds.has('toegezegd') && kinds.has('geweigerd') ? 'gemengd' : kinds.has('open') ? 'open' : 'gemengd',
  }));
}

export function loadAdviceFile(db: ReadDb, caseId: number, nowIso: string): AdviceFile {
  const c = getCaseRow(db, caseId);
  const today = dayOf(nowIso);
  const settings = adviceSettings(db);
  const base = { caseId, caseCode: c.code, caseStatus: c.status, settings, today, actions: loadActions(db, caseId, today) };
  const advice = getAdviceRow(db, caseId);
  if (!advice) {
    return {
      ...base,
      adviceId: null,
      current: null,
      approved: null,
      versions: [],
      items: [],
      commitments: [],
      reviewDate: '',
      reviewDue: false,
      reviews: [],
      feedback: [],
      outcome: loadOutcome(db, caseId),
    };
  }
  const versions = loadVersions(db, advice.id);
  const approved = versions.find((v) => v.status === 'vastgesteld') ?? null;
  const responses = loadResponses(db, advice.id);
  const items: ItemStatus[] = (approved?.items ?? []).map((item) => {
    const response = responses.get(item.key) ?? noResponse(item.key);
    return { item, response, overdue: isResponseOverdue(item.deadline, response.state, today) };
  });
  const open = c.status !== 'afgesloten' && c.status !== 'niet_in_behandeling';
  return {
    ...base,
    adviceId: advice.id,
    current: versions[0] ?? null,
    approved,
    versions,
    items,
    commitments: commitments(items),
    reviewDate: advice.review_date,
    reviewDue: open && isReviewDue(advice.review_date, today),
    reviews: loadReviews(db, advice.id),
    feedback: loadFeedback(db, advice.id),
    outcome: loadOutcome(db, caseId),
  };
}
