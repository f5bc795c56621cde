/** Advice fixtures: a team with a notulist and a teamlid, a discussed case and advice content; all fictional. */
import type { Backend } from '../../../electron/node/app.js';
import type { AdviceContentInput } from '../../../shared/api/index.js';
import { todayIso } from '../../../shared/domain/dates.js';
import { addDays } from '../../../shared/domain/meetings.js';
import { PASS, referral, unlockedBackend } from '../helpers.js';

export const inDays = (n: number) => addDays(todayIso(), n);
export const NOTULIST_PASS = 'notulist wachtzin lang genoeg';
export const TEAMLID_PASS = 'teamlid wachtzin lang genoeg';
export const SCREENER_PASS = 'screener wachtzin lang genoeg';

export interface Team {
  b: Backend & { dataDir: string };
  chairId: number;
  notulistId: number;
  teamlidId: number;
  screenerId: number;
  /** Sign in as someone else (the previous session ends). */
  as(who: 'chair' | 'notulist' | 'teamlid' | 'screener'): Promise<void>;
}

export async function team(): Promise<Team> {
  const b = await unlockedBackend();
  const chairId = b.vault.sessionInfo().userId;
  const notulist = await b.dispatcher.call('users.create', { name: 'Noor Notulist', roles: ['notulist'], passphrase: NOTULIST_PASS });
  const teamlid = await b.dispatcher.call('users.create', { name: 'Tim Teamlid', roles: ['teamlid'], passphrase: TEAMLID_PASS });
  const screener = await b.dispatcher.call('users.create', { name: 'Sam Screener', roles: ['screener'], passphrase: SCREENER_PASS });
  const creds = {
    chair: [chairId, PASS],
    notulist: [notulist.id, NOTULIST_PASS],
    teamlid: [teamlid.id, TEAMLID_PASS],
    screener: [screener.id, SCREENER_PASS],
  } as const;
  return {
    b,
    chairId,
    notulistId: notulist.id,
    teamlidId: teamlid.id,
    screenerId: screener.id,
    async as(who) {
      const [userId, passphrase] = creds[who];
      await b.dispatcher.call('vault.unlock', { userId, passphrase });
    },
  };
}

/** A case waiting for discussion (consent and screening done), created by the signed-in voorzitter. */
export async function waitingCase(b: Backend, first = 'Fenna'): Promise<number> {
  const r = referral({ first, last: 'Zonnebloem', birth: '2008-05-02' });
  const c = await b.dispatcher.call('cases.create', { referral: r });
  await b.dispatcher.call('consent.add', {
    caseId: c.id,
    subject: 'jeugdige',
    personName: first,
    scope: 'registratie',
    givenOn: todayIso(),
    method: 'schriftelijk',
  });
  await b.dispatcher.call('screening.record', { caseId: c.id, outcome: 'geschikt', reasons: 'Past bij het expertteam.' });
  return c.id;
}

/** Three items to three parties; deadlines `deadlineIn` days from today. */
export function content(o: { adviceDate?: string; deadlineIn?: number } = {}): AdviceContentInput {
  const deadline = inDays(o.deadlineIn ?? 14);
  return {
    adviceDate: o.adviceDate ?? todayIso(),
    questionSummary: 'Passende behandelplek met verblijf gezocht.',
    analysis: 'Interne analyse van het team.',
    items: [
      { category: 'passende_zorg', text: 'Start een traumabehandeling bij Zorgaanbieder De Linde.', addresseeKind: 'zorgaanbieder', addresseeName: 'De Linde', deadline },
      { category: 'overbrugging_wachttijd', text: 'Zet ambulante gezinsbegeleiding in tot de start.', addresseeKind: 'gemeente', addresseeName: 'Zuiderdam', deadline },
      { category: 'financieringsroute', financingRoute: 'maatwerk', text: 'Maatwerkbudget aanvragen.', addresseeKind: 'gemeente', addresseeName: 'Zuiderdam', deadline },
    ],
    teamActivities: ['advies', 'procesregie'],
    director: { kind: 'verwijzer', name: 'Wijkteam Noord' },
    weight: 'zwaarwegend',
  };
}

/** A case with an approved advice (drafted by the notulist, approved by the chair); signed in as the chair afterwards. */
export async function approvedCase(t: Team, o: { adviceDate?: string; deadlineIn?: number } = {}): Promise<number> {
  await t.as('chair');
  const caseId = await waitingCase(t.b);
  await t.as('notulist');
  await t.b.dispatcher.call('advice.saveDraft', { caseId, content: content(o) });
  await t.b.dispatcher.call('advice.approve', { caseId, version: 1, approverId: t.chairId, passphrase: PASS });
  await t.as('chair');
  return caseId;
}
