/** Meeting fixtures: waiting cases and a planned meeting, all fictional. */
import { todayIso } from '../../../shared/domain/dates.js';
import { addDays } from '../../../shared/domain/meetings.js';
import type { Backend } from '../../../electron/node/app.js';
import { referral } from '../helpers.js';

export const inDays = (n: number) => addDays(todayIso(), n);

/** A case in 'wacht_op_bespreking' (a youth of 16+, who consented; screened 'geschikt'). */
export async function waitingCase(
  b: Backend,
  o: { first?: string; last?: string; question?: string; family?: string; areas?: string[]; urgency?: 'normaal' | 'hoog' | 'zeer_hoog' } = {},
): Promise<{ id: number; code: string }> {
  const r = referral({ first: o.first ?? 'Fenna', last: o.last ?? 'Zonnebloem', birth: '2008-05-02', question: o.question });
  r.questionFamily = o.family ?? 'Wij willen dat Fenna weer naar school gaat.';
  r.problemAreas = o.areas ?? [];
  if (o.urgency && o.urgency !== 'normaal') {
    r.urgency = o.urgency;
    r.urgencyReason = 'Thuissituatie onhoudbaar.';
  }
  const c = await b.dispatcher.call('cases.create', { referral: r });
  await b.dispatcher.call('consent.add', {
    caseId: c.id,
    subject: 'jeugdige',
    personName: o.first ?? 'Fenna',
    scope: 'registratie',
    givenOn: todayIso(),
    method: 'schriftelijk',
  });
  await b.dispatcher.call('screening.record', { caseId: c.id, outcome: 'geschikt', reasons: 'Interne screeningsnotitie.' });
  return c;
}

/** A series starting next week on Tuesday, 13:00-17:00; returns its first meeting. */
export async function plannedMeeting(b: Backend, capacity = 6): Promise<{ meetingId: number; meetingIds: number[] }> {
  const { meetingIds } = await b.dispatcher.call('meetings.createSeries', {
    title: 'Expertteam tweewekelijks',
    weekday: 2,
    startTime: '13:00',
    endTime: '17:00',
    location: 'Stadskantoor, zaal 3',
    firstDate: inDays(1),
    capacity,
  });
  return { meetingId: meetingIds[0]!, meetingIds };
}
