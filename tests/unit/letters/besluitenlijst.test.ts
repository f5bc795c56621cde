/** The besluitenlijst of a meeting as PDF: attendance, the decision per case code, no names of youths; recorded per meeting. */
import { describe, expect, it } from 'vitest';
import { unlockedBackend } from '../helpers.js';
import { plannedMeeting, waitingCase } from '../meetings/fixtures.js';
import { flat, pdfText } from './pdf-text.js';

describe('besluitenlijst', () => {
  it('lists attendance and per case code the decision, in Dutch and English, and is recorded per meeting', async () => {
    const b = await unlockedBackend();
    await b.dispatcher.call('letters.saveLetterhead', { teamName: 'Expertteam Zuiderdam' });
    const one = await waitingCase(b, { first: 'Fenna', last: 'Zonnebloem' });
    const two = await waitingCase(b, { first: 'Joëlle', last: 'Kruidenier' });
    const { meetingId } = await plannedMeeting(b);
    await b.dispatcher.call('meetings.addCases', { meetingId, caseIds: [one.id, two.id] });
    await b.dispatcher.call('meetings.setAttendance', {
      meetingId,
      members: [
        { name: 'Lid Één', sector: 'ggz', status: 'aanwezig' },
        { name: 'Lid Twee', sector: 'lvb', status: 'vervangen', replacedBy: 'Invaller Drie' },
      ],
    });
    await b.dispatcher.call('meetings.setDecision', { meetingId, caseId: one.id, decision: 'advies_gegeven', summary: 'Behandeling met verblijf.' });
    await b.dispatcher.call('meetings.establishDecisions', { meetingId });

    const p = await b.dispatcher.call('letters.previewMeeting', { meetingId, lang: 'nl' });
    const all = flat((await pdfText(Buffer.from(p.pdfBase64, 'base64'))).all);
    expect(all).toContain('Vastgestelde versie 1.');
    expect(all).toContain('Lid Één (GGZ): aanwezig');
    expect(all).toContain('Lid Twee (LVB): vervangen, vervangen door Invaller Drie');
    expect(all).toContain(`${one.code} advies gegeven Behandeling met verblijf.`);
    expect(all).toContain(`${two.code} nog geen besluit`);
    for (const name of ['Fenna', 'Zonnebloem', 'Joëlle', 'Kruidenier']) expect(all).not.toContain(name);
    expect(all).toContain('pagina 1 van 1');
    expect(p.fileName).toMatch(/^\d{4}-\d\d-\d\d_besluitenlijst_\d{4}-\d\d-\d\d\.pdf$/);

    const en = await b.dispatcher.call('letters.previewMeeting', { meetingId, lang: 'en' });
    expect(flat((await pdfText(Buffer.from(en.pdfBase64, 'base64'))).all)).toContain(`${one.code} advice given`);

    const rec = await b.dispatcher.call('letters.recordMeeting', { meetingId, lang: 'nl', sha256: p.sha256 });
    expect(rec).toMatchObject({ kind: 'besluitenlijst', meetingId, caseId: null, number: 1, sha256: p.sha256 });
    expect((await b.dispatcher.call('letters.listMeeting', { meetingId })).map((l) => l.id)).toEqual([rec.id]);

    // What is recorded is what was previewed: a list changed since the preview is refused, nothing stored.
    const again = await b.dispatcher.call('letters.previewMeeting', { meetingId, lang: 'nl' });
    await b.dispatcher.call('meetings.setDecision', {
      meetingId,
      caseId: two.id,
      decision: 'opnieuw_bespreken',
      summary: 'Volgende keer met school erbij.',
      reason: 'Nagekomen besluit.',
    });
    expect(await b.dispatcher.dispatch('letters.recordMeeting', { meetingId, lang: 'nl', sha256: again.sha256 })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(await b.dispatcher.call('letters.listMeeting', { meetingId })).toHaveLength(1);
  });
});
