import { describe, expect, it } from 'vitest';
import { FAMILY_SAFE, isFamilySafe, pickFamilySafe } from '../../../shared/domain/visibility.js';
import { DEEL2_FIELDS } from '../../../shared/domain/meetings.js';
import { unlockedBackend } from '../helpers.js';
import { plannedMeeting, waitingCase } from './fixtures.js';

describe('the field safety declaration', () => {
  it('a field nobody declared is internal: it never reaches the projection', () => {
    const note = { hulpvraagVerhelderd: 'Hulpvraag', analyse: 'Interne analyse', nieuwVeld: 'Nog niet gedeclareerd' };
    expect(pickFamilySafe('itemNote', note)).toEqual({ hulpvraagVerhelderd: 'Hulpvraag' });
    const guest = { name: 'Moeder', kind: 'ouder', role: '', phone: '0612345678', email: 'x@y.nl' };
    expect(Object.keys(pickFamilySafe('guest', guest)).sort()).toEqual(['kind', 'name', 'role']);
    // Inherited properties do not count as declared values either.
    expect(pickFamilySafe('case', Object.create({ code: 'X' }) as object)).toEqual({});
  });

  it('declares no deel 2 field, no financing, no screening and no youth name as family-safe', () => {
    for (const f of DEEL2_FIELDS) expect(isFamilySafe('itemNote', f)).toBe(false);
    for (const f of ['reasons', 'screening', 'youth', 'guardians', 'questionReferrer', 'urgencyReason', 'tried'])
      expect(isFamilySafe('case', f)).toBe(false);
    expect(Object.values(FAMILY_SAFE).flat()).not.toContain('financiering');
  });
});

describe('the family view', () => {
  it('of a seeded meeting in deel 1 holds the family-safe content and none of the internal values', async () => {
    const b = await unlockedBackend();
    const { meetingId } = await plannedMeeting(b);
    const INTERNAL = {
      youth: 'Geheimvoornaam',
      surname: 'Geheimachternaam',
      referrerQuestion: 'INTERN-verwijzersvraag',
      screening: 'Interne screeningsnotitie.',
      otherFamily: 'Anderfamilie',
      otherQuestion: 'INTERN-andere-casus',
      analyse: 'INTERN-analyse',
      financiering: 'INTERN-financiering',
      overwegingen: 'INTERN-overwegingen',
      signalen: 'INTERN-signalen',
      conflict: 'INTERN-belangenconflict',
      absent: 'Afwezig Lid',
      deel2Guest: 'Alleen-deel-twee',
    };
    const c = await waitingCase(b, {
      first: INTERNAL.youth,
      last: INTERNAL.surname,
      question: INTERNAL.referrerQuestion,
      family: 'Wij willen rust in huis.',
    });
    const other = await waitingCase(b, { first: INTERNAL.otherFamily, last: INTERNAL.otherFamily, family: INTERNAL.otherQuestion });
    const { items } = await b.dispatcher.call('meetings.addCases', { meetingId, caseIds: [c.id, other.id] });
    const itemId = items[0]!.id;
    await b.dispatcher.call('meetings.saveGuest', { itemId, kind: 'ouder', name: 'Moeder Rust', role: 'moeder' });
    await b.dispatcher.call('meetings.saveGuest', { itemId, kind: 'deskundige', name: INTERNAL.deel2Guest, deel1: false, deel2: true });
    await b.dispatcher.call('meetings.saveGuest', { itemId: items[1]!.id, kind: 'ouder', name: 'Vader Anderfamilie' });
    await b.dispatcher.call('meetings.setAttendance', {
      meetingId,
      members: [
        { name: 'Lid Aanwezig', sector: 'ggz', status: 'aanwezig' },
        { name: INTERNAL.absent, sector: 'lvb', status: 'afwezig' },
      ],
    });
    await b.dispatcher.call('meetings.declareConflict', { meetingId, caseId: c.id, memberName: 'Lid Aanwezig', reason: INTERNAL.conflict });
    for (const [field, text] of [
      ['afspraken', 'Afspraak: wekelijks gesprek.'],
      ['watIsNodig', 'Een vaste plek.'],
      ['analyse', INTERNAL.analyse],
      ['financiering', INTERNAL.financiering],
      ['overwegingen', INTERNAL.overwegingen],
      ['signalen', INTERNAL.signalen],
    ] as const) {
      await b.dispatcher.call('meetings.saveNote', { itemId, field, text, baseVersion: 0 });
    }
    await b.dispatcher.call('meetings.setDisruptions', { itemId, codes: ['organisatorisch'] });

    expect((await b.dispatcher.call('meetings.familyView', { meetingId })).mode).toBe('idle');
    await b.dispatcher.call('meetings.start', { meetingId });
    await b.dispatcher.call('meetings.setPhase', { itemId, phase: 'deel1' });
    const view = await b.dispatcher.call('meetings.familyView', { meetingId });
    expect(view.mode).toBe('family');
    expect(view.current).toMatchObject({
      item: { caseCode: c.code, phase: 'deel1' },
      case: { code: c.code, questionFamily: 'Wij willen rust in huis.' },
      notes: { afspraken: 'Afspraak: wekelijks gesprek.', watIsNodig: 'Een vaste plek.' },
      guests: [{ name: 'Moeder Rust', kind: 'ouder' }],
      members: [{ name: 'Lid Aanwezig', sector: 'ggz' }],
    });
    expect(view.agenda).toEqual([]);
    const text = JSON.stringify(view);
    for (const value of Object.values(INTERNAL)) expect(text).not.toContain(value);
    expect(text).not.toContain(other.code);
    expect(text).not.toContain('organisatorisch');

    // Deel 2: the presentation shows the agenda by code, phase and timer; no case content at all.
    await b.dispatcher.call('meetings.familyLeft', { itemId });
    const team = await b.dispatcher.call('meetings.familyView', { meetingId });
    expect(team.mode).toBe('team');
    expect(team.agenda.map((a) => a.caseCode)).toEqual([c.code, other.code]);
    const teamText = JSON.stringify(team);
    for (const value of [...Object.values(INTERNAL), 'Wij willen rust', 'Afspraak', 'Moeder Rust']) expect(teamText).not.toContain(value);
  });
});
