/**
 * The data-subject export (AVG art. 15): everything about one youth, as JSON and as a PDF in plain
 * Dutch (the default) or plain English; voorzitter only, audited.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { NL } from '../../../electron/node/features/subject-export/texts.js';
import { team } from '../advice/fixtures.js';
import { flat, pdfText } from '../letters/pdf-text.js';
import { db, fullCase, VALUES } from './fixtures.js';

/** The PDF's document language (the catalogue's /Lang), as pdf.js reads it. */
async function pdfLanguage(pdf: Buffer): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise;
  const meta = await doc.getMetadata();
  await doc.destroy();
  return String((meta.info as { Language?: string }).Language ?? '');
}

describe('subject export', () => {
  it('holds the case file, consent, notes of both phases, advice versions, letters and who accessed the file', async () => {
    const t = await team();
    const { b } = t;
    const c = await fullCase(t, 0);
    // A team member who only opens the file is listed as having looked at it, not as having changed it.
    await t.as('notulist');
    await b.dispatcher.call('cases.get', { caseId: c.id });
    await t.as('chair');
    const out = await b.dispatcher.call('subject.export', { caseId: c.id });
    expect(out.fileBase).toMatch(new RegExp(`^${c.code}_inzage_\\d{4}-\\d\\d-\\d\\d$`));
    expect(out.fileBase).not.toContain(VALUES.last);

    const json = JSON.parse(out.json);
    expect(json).toMatchObject({ format: 'adviestafel-inzage', internalFieldsIncluded: true, team: 'Expertteam Testregio' });
    expect(json.case.referral.youth).toMatchObject({ firstName: VALUES.first, lastName: VALUES.last, bsn: VALUES.bsn });
    expect(json.case.consents[0].personName).toBe(VALUES.first);
    expect(json.case.screenings[0].reasons).toBe(VALUES.screening);
    expect(json.meetings[0].notes.watGaatGoed.text).toBe(VALUES.note1);
    expect(json.meetings[0].notes.analyse.text).toBe(VALUES.note2);
    expect(json.meetings[0].guests[0].name).toBe(VALUES.guest);
    expect(json.meetings[0].decision.summary).toBe(VALUES.decision);
    expect(json.conflicts[0].reason).toBe(VALUES.conflict);
    expect(json.advice.versions[0].analysis).toBe(VALUES.analysis);
    expect(json.advice.outcome.note).toBe(VALUES.outcomeNote);
    expect(json.letters.map((l: { kind: string }) => l.kind)).toEqual(['professional', 'family']);
    expect(Buffer.from(json.letters[0].pdfBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    const readers = new Set(json.access.map((a: { userName: string }) => a.userName));
    expect(readers).toEqual(new Set(['Voorzitter Test', 'Noor Notulist']));
    expect(json.access.length).toBeGreaterThan(10);
    expect(json.access.find((a: { action: string }) => a.action === 'case.read')).toMatchObject({ userName: 'Noor Notulist', kind: 'read' });
    expect(json.access.find((a: { action: string }) => a.action === 'case.create')).toMatchObject({ kind: 'change' });

    const pdf = Buffer.from(out.pdfBase64, 'base64');
    expect(await pdfLanguage(pdf)).toBe('nl-NL');
    const text = flat((await pdfText(pdf)).all);
    for (const v of [VALUES.first, VALUES.last, VALUES.bsn, VALUES.question, VALUES.screening, VALUES.note1, VALUES.note2, VALUES.analysis]) {
      expect(text).toContain(v);
    }
    expect(text).toContain('Wat het expertteam over u heeft vastgelegd');
    expect(text).toContain('Ook de aantekeningen die alleen voor het team bedoeld waren, staan erin.');
    expect(text).toContain('Wie het dossier heeft bekeken of gewijzigd');
    expect(text).toContain('Noor Notulist');
    expect(text).toMatch(/Noor Notulist bekeken/);
    expect(text).toMatch(/Noor Notulist vastgelegd of gewijzigd/);
    expect(text).toContain('Neem dan contact op met Expertteam Testregio.');
    expect(text).toContain(`${VALUES.guardian} (moeder, met gezag)`);
    expect(text).not.toContain('What the expert team has recorded about you');

    // Audited for the case, by the voorzitter.
    const last = db(b).prepare(`SELECT * FROM audit_log WHERE action = 'subject.export' ORDER BY id DESC LIMIT 1`).get() as Record<string, unknown>;
    expect(last).toMatchObject({ case_id: c.id, case_code: c.code, user_name: 'Voorzitter Test', role: 'voorzitter', outcome: 'ok' });

    // Only the voorzitter; a refusal is logged too.
    await t.as('notulist');
    await expect(b.dispatcher.call('subject.export', { caseId: c.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  }, 120_000);

  it('in English: English headings and labels, no Dutch heading, the same case data, dates dd-mm-yyyy, language en', async () => {
    const t = await team();
    const c = await fullCase(t, 0);
    const out = await t.b.dispatcher.call('subject.export', { caseId: c.id, lang: 'en' });
    expect(out.fileBase).toMatch(new RegExp(`^${c.code}_inzage_\\d{4}-\\d\\d-\\d\\d$`));
    expect(JSON.parse(out.json).case.referral.youth.lastName).toBe(VALUES.last);

    const pdf = Buffer.from(out.pdfBase64, 'base64');
    expect(await pdfLanguage(pdf)).toBe('en');
    const read = await pdfText(pdf);
    expect(read.title).toBe('What the expert team has recorded about you');
    const text = flat(read.all);
    for (const heading of [
      'What the expert team has recorded about you',
      'About the young person',
      'The referral',
      'Consent',
      'The first assessment (screening)',
      'Discussions in the team meeting',
      'The advice',
      'Letters',
      'Who viewed or changed the file',
      'What can you do now?',
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('It also holds the notes that were meant for the team only.');
    expect(text).toContain('Then please contact Expertteam Testregio.');
    expect(text).toContain(`${VALUES.guardian} (mother, with parental authority)`);
    expect(text).toMatch(/Meeting of \d\d-\d\d-\d{4}/);
    expect(text).toMatch(/page 1 of \d/);
    // The case's own data is printed as it was recorded.
    for (const v of [VALUES.first, VALUES.last, VALUES.bsn, VALUES.question, VALUES.screening, VALUES.note1, VALUES.note2, VALUES.analysis]) {
      expect(text).toContain(v);
    }
    expect(text).toContain('Noor Notulist');
    expect(text).toMatch(/Noor Notulist recorded or changed/);
    // No Dutch heading, label or standard sentence leaks in.
    const dutch = [NL.title, ...Object.values(NL.h), ...NL.intro, ...NL.rights, NL.footer, NL.meetingsIntro, NL.accessIntro];
    for (const nl of [...dutch, ...Object.values(NL.noteFields), 'Geboren', 'Gemeente', 'met gezag', 'pagina ']) {
      expect(text).not.toContain(nl);
    }
    const last = db(t.b).prepare(`SELECT * FROM audit_log WHERE action = 'subject.export' ORDER BY id DESC LIMIT 1`).get() as Record<string, unknown>;
    expect(last).toMatchObject({ case_id: c.id, case_code: c.code, outcome: 'ok' });

    await expect(t.b.dispatcher.call('subject.export', { caseId: c.id, lang: 'de' as 'en' })).rejects.toMatchObject({ code: 'VALIDATION' });
  }, 120_000);
});
