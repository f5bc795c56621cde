import { describe, expect, it } from 'vitest';
import { PASS, unlockedBackend } from '../helpers.js';
import { plannedMeeting, waitingCase } from './fixtures.js';

async function meetingWithItem() {
  const b = await unlockedBackend();
  const { meetingId, meetingIds } = await plannedMeeting(b);
  const c = await waitingCase(b);
  const { items } = await b.dispatcher.call('meetings.addCases', { meetingId, caseIds: [c.id] });
  return { b, meetingId, meetingIds, caseId: c.id, itemId: items[0]!.id };
}

describe('notes', () => {
  it('autosave returns the next version; a stale base version is a conflict carrying both texts, and nothing is overwritten', async () => {
    const { b, itemId } = await meetingWithItem();
    const first = await b.dispatcher.call('meetings.saveNote', { itemId, field: 'analyse', text: 'Eerste versie', baseVersion: 0 });
    expect(first).toMatchObject({ version: 1, field: 'analyse' });
    // Screen A saves on top of version 1.
    await b.dispatcher.call('meetings.saveNote', { itemId, field: 'analyse', text: 'Versie van scherm A', baseVersion: 1 });
    // Screen B still edits from version 1.
    const clash = await b.dispatcher.dispatch('meetings.saveNote', { itemId, field: 'analyse', text: 'Versie van scherm B', baseVersion: 1 });
    expect(clash).toMatchObject({
      ok: false,
      error: {
        code: 'NOTE_CONFLICT',
        params: { field: 'analyse', baseVersion: 1, currentVersion: 2, currentText: 'Versie van scherm A', yourText: 'Versie van scherm B' },
      },
    });
    const notes = await b.dispatcher.call('meetings.notes', { itemId });
    expect(notes.fields.analyse).toMatchObject({ text: 'Versie van scherm A', version: 2, savedBy: 'Voorzitter Test' });
    // Fields are independent: another field saves from its own version.
    expect(await b.dispatcher.call('meetings.saveNote', { itemId, field: 'afspraken', text: 'Afspraak', baseVersion: 0 })).toMatchObject({ version: 1 });
    const n = await b.dispatcher.call('meetings.setDisruptions', { itemId, codes: ['wettelijk', 'inhoudelijk'] });
    expect(n.disruptions).toEqual(['inhoudelijk', 'wettelijk']);
  });

  it('a notulist writes notes but cannot run the meeting; a teamlid reads but cannot write notes', async () => {
    const { b, meetingId, itemId } = await meetingWithItem();
    const not = await b.dispatcher.call('users.create', { name: 'Notulist Test', roles: ['notulist'], passphrase: PASS });
    const tl = await b.dispatcher.call('users.create', { name: 'Teamlid Test', roles: ['teamlid'], passphrase: PASS });
    await b.dispatcher.call('session.lock', {});
    await b.dispatcher.call('vault.unlock', { userId: not.id, passphrase: PASS });
    expect(await b.dispatcher.dispatch('meetings.start', { meetingId })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await b.dispatcher.call('meetings.saveNote', { itemId, field: 'signalen', text: 'Patroon', baseVersion: 0 })).toMatchObject({ version: 1 });
    await b.dispatcher.call('session.lock', {});
    await b.dispatcher.call('vault.unlock', { userId: tl.id, passphrase: PASS });
    expect((await b.dispatcher.call('meetings.get', { meetingId })).items).toHaveLength(1);
    expect(await b.dispatcher.dispatch('meetings.saveNote', { itemId, field: 'signalen', text: 'x', baseVersion: 1 })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await b.dispatcher.dispatch('meetings.addCases', { meetingId, caseIds: [1] })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('besluitenlijst', () => {
  it('is a draft until vastgesteld; later changes need a reason and keep the earlier version', async () => {
    const { b, meetingId, caseId } = await meetingWithItem();
    await b.dispatcher.call('meetings.setAttendance', {
      meetingId,
      members: [{ name: 'Lid Een', sector: 'ggz', status: 'aanwezig' }, { name: 'Lid Twee', sector: 'lvb', status: 'afwezig' }],
    });
    let list = await b.dispatcher.call('meetings.setDecision', { meetingId, caseId, decision: 'advies_gegeven', summary: 'Advies: behandeling met verblijf' });
    expect(list).toMatchObject({ status: 'concept', version: 0, items: [{ caseId, decision: 'advies_gegeven' }] });
    list = await b.dispatcher.call('meetings.establishDecisions', { meetingId });
    expect(list).toMatchObject({ status: 'vastgesteld', version: 1 });
    expect(list.attendance.map((a) => [a.name, a.status])).toEqual([
      ['Lid Een', 'aanwezig'],
      ['Lid Twee', 'afwezig'],
    ]);

    const noReason = await b.dispatcher.dispatch('meetings.setDecision', { meetingId, caseId, decision: 'opnieuw_bespreken' });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { reason: { key: 'v.reason_required' } } } });
    list = await b.dispatcher.call('meetings.setDecision', {
      meetingId,
      caseId,
      decision: 'opnieuw_bespreken',
      summary: 'Nieuwe informatie',
      reason: 'Verslag kwam later binnen',
    });
    expect(list).toMatchObject({ status: 'vastgesteld', version: 2, items: [{ decision: 'opnieuw_bespreken' }] });
    expect(list.versions.map((v) => [v.version, v.reason])).toEqual([
      [2, 'Verslag kwam later binnen'],
      [1, ''],
    ]);
    const v1 = await b.dispatcher.call('meetings.decisionVersion', { meetingId, version: 1 });
    expect(v1.items).toMatchObject([{ caseId, decision: 'advies_gegeven', summary: 'Advies: behandeling met verblijf' }]);
    expect(await b.dispatcher.dispatch('meetings.establishDecisions', { meetingId })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});

describe('guest invitations', () => {
  it('an .ics holds the guest\'s own slot and the case code, never a name; no time is a field error', async () => {
    const { b, meetingId, itemId } = await meetingWithItem();
    const noName = await b.dispatcher.dispatch('meetings.saveGuest', { itemId, kind: 'ouder', name: '' });
    expect(noName).toMatchObject({ ok: false, error: { fields: { name: { key: 'v.required' } } } });
    await b.dispatcher.call('meetings.saveGuest', { itemId, kind: 'ouder', name: 'Moeder Zonnebloem', role: 'moeder' });
    const d = await b.dispatcher.call('meetings.saveGuest', { itemId, kind: 'deskundige', name: 'Dr. Kweepeer', role: 'psychiater' });
    const [parent, expert] = d.items[0]!.guests;
    expect(parent).toMatchObject({ deel1: true, deel2: false });
    expect(expert).toMatchObject({ deel1: true, deel2: true });

    const ics = await b.dispatcher.call('meetings.guestInvite', { guestId: parent!.id });
    expect(ics.fileName).toBe(`uitnodiging-${d.items[0]!.caseCode}-${d.date}.ics`);
    expect(ics.content).toContain(`DTSTART;TZID=Europe/Amsterdam:${d.date.replaceAll('-', '')}T130000\r\n`);
    expect(ics.content).toContain(`DTEND;TZID=Europe/Amsterdam:${d.date.replaceAll('-', '')}T133000\r\n`);
    expect(ics.content).toContain(`SUMMARY:Overleg expertteam\\, casus ${d.items[0]!.caseCode}\r\n`);
    expect(ics.content).not.toMatch(/Zonnebloem|Fenna|Kweepeer/);
    expect(ics.content.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    const expertIcs = await b.dispatcher.call('meetings.guestInvite', { guestId: expert!.id });
    expect(expertIcs.content).toContain('T135000\r\n');

    await b.dispatcher.call('meetings.move', { meetingId, date: d.date, startTime: '', endTime: '' });
    const noTime = await b.dispatcher.dispatch('meetings.guestInvite', { guestId: parent!.id });
    expect(noTime).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { startTime: { key: 'v.time_required' } } } });
  });
});
