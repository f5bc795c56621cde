/**
 * Letters: the three documents rendered to PDF and read back with a PDF text extractor, the
 * letterhead's validation, recording (exact bytes + SHA-256, advice version, who, when), and
 * that a corrected advice leaves an earlier letter byte-identical.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors.js';
import { PASS } from '../helpers.js';
import { approvedCase, content, team, waitingCase, type Team } from '../advice/fixtures.js';
import { embeddedFonts, flat, pdfText } from './pdf-text.js';

const LETTERHEAD = {
  teamName: 'Regionaal Expertteam Jeugd Zuiderdam',
  address: 'Postbus 1234\n9999 ZZ Zuiderdam',
  signatureName: 'Voorzitter Test',
  signatureFunction: 'Voorzitter expertteam',
  footerText: 'Expertteam Zuiderdam · Postbus 1234 · 9999 ZZ Zuiderdam',
};

async function withLetterhead(t: Team) {
  await t.as('chair');
  await t.b.dispatcher.call('letters.saveLetterhead', LETTERHEAD);
}

const bytes = (b64: string) => Buffer.from(b64, 'base64');
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function errorOf(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    return e as AppError;
  }
  throw new Error('expected an error');
}

describe('letters', () => {
  it('the professional letter holds the question, the analysis, every item with addressee and deadline, diacritics, page numbers, embedded fonts and metadata', async () => {
    const t = await team();
    await withLetterhead(t);
    const caseId = await approvedCase(t);
    const p = await t.b.dispatcher.call('letters.preview', { caseId, kind: 'professional', lang: 'nl' });
    const pdf = bytes(p.pdfBase64);
    expect(sha(pdf)).toBe(p.sha256);
    const text = await pdfText(pdf);
    const all = flat(text.all);
    expect(text.pages.length).toBe(p.pages);
    expect(all).toContain('Regionaal Expertteam Jeugd Zuiderdam');
    expect(all).toContain('Passende behandelplek met verblijf gezocht.');
    expect(all).toContain('Interne analyse van het team.');
    for (const item of content().items ?? []) expect(all).toContain(item.text);
    // The financing route is advice content for the addressed professionals (DOMAIN.md, "Advies
    // content"; issue 10 lists every item): it stays here. Only the family letter leaves it out, and
    // the deel 2 financing discussion (a meeting note) reaches no letter at all.
    expect(all).toContain('Maatwerkbudget aanvragen.');
    expect(all).toContain('Gericht aan: de zorgaanbieder: De Linde');
    expect(all).toMatch(/Reactie uiterlijk: \d\d-\d\d-\d{4}/);
    expect(all).toContain('zwaarwegend advies');
    expect(all).toContain('De procesregie ligt bij de verwijzer, Wijkteam Noord.');
    // Dutch diacritics straight from the templates survive extraction.
    expect(all).toContain('vóór de genoemde datum');
    expect(all).toContain(`pagina 1 van ${p.pages}`);
    expect(text.title).toBe(p.title);
    expect(p.fileName).toMatch(/^[A-Z0-9-]+_adviesbrief_\d{4}-\d\d-\d\d\.pdf$/);
    expect(p.fileName).not.toContain('Zonnebloem');
    expect(embeddedFonts(pdf)).toEqual(expect.arrayContaining(['DejaVuSansLatin', 'DejaVuSansLatin-Bold']));
    expect(pdf.toString('latin1')).toContain('/Lang (nl-NL)');
  });

  it('long content flows over pages with the footer and page numbers on every page; no gaps for empty parts', async () => {
    const t = await team();
    await withLetterhead(t);
    await t.as('chair');
    const caseId = await waitingCase(t.b);
    const long = Array.from({ length: 300 }, (_, i) => `Zin ${i + 1} van de analyse over coördinatie en reïntegratie.`).join(' ');
    const items = Array.from({ length: 12 }, (_, i) => ({
      category: 'passende_zorg' as const,
      text: `Adviespunt ${i + 1}: zorg voor een passende plek met één vaste begeleider.`,
      addresseeKind: 'zorgaanbieder' as const,
      addresseeName: `Aanbieder ${i + 1}`,
      deadline: '',
    }));
    await t.as('notulist');
    await t.b.dispatcher.call('advice.saveDraft', { caseId, content: { ...content(), analysis: long, items, questionSummary: '' } });
    await t.b.dispatcher.call('advice.approve', { caseId, version: 1, approverId: t.chairId, passphrase: PASS });
    await t.as('chair');
    const p = await t.b.dispatcher.call('letters.preview', { caseId, kind: 'professional', lang: 'nl' });
    expect(p.pages).toBeGreaterThanOrEqual(3);
    const text = await pdfText(bytes(p.pdfBase64));
    text.pages.forEach((page, i) => {
      expect(flat(page)).toContain(`pagina ${i + 1} van ${p.pages}`);
      expect(flat(page)).toContain('Vertrouwelijk');
    });
    const all = flat(text.all);
    for (let i = 1; i <= 12; i++) expect(all).toContain(`Adviespunt ${i}: zorg voor een passende plek met één vaste begeleider.`);
    expect(all).toContain('Zin 300 van de analyse over coördinatie en reïntegratie.');
    // No deadline given: no deadline line; no question: no heading for it.
    expect(all).not.toContain('Reactie uiterlijk');
    expect(all).not.toContain('De vraag aan het team');
  });

  it('the family letter is plain language and holds none of the internal fields', async () => {
    const t = await team();
    await withLetterhead(t);
    const caseId = await approvedCase(t);
    // Internal values seeded around the advice: a refusal with its reason, an action, a changed acceptance.
    await t.as('chair');
    const file = await t.b.dispatcher.call('advice.get', { caseId });
    const [first, second] = file.items.map((i) => i.item.key);
    await t.b.dispatcher.call('advice.recordResponse', { caseId, itemKey: first!, state: 'geweigerd', reason: 'WEIGERREDEN wachtlijst vol' });
    await t.b.dispatcher.call('advice.recordResponse', { caseId, itemKey: second!, state: 'akkoord_met_wijzigingen', changes: 'WIJZIGING later starten' });
    await t.b.dispatcher.call('actions.save', { caseId, whoName: 'Tim', what: 'GEHEIME-ACTIE bellen met De Linde' });
    const p = await t.b.dispatcher.call('letters.preview', { caseId, kind: 'family', lang: 'nl' });
    const all = flat((await pdfText(bytes(p.pdfBase64))).all);
    expect(all).toContain('Wat gaat er nu gebeuren');
    expect(all).toContain('Wat kunt u doen als u het er niet mee eens bent');
    expect(all).toContain('Start een traumabehandeling bij Zorgaanbieder De Linde.');
    expect(all).toContain('Zet ambulante gezinsbegeleiding in tot de start.');
    for (const internal of [
      'Interne analyse van het team.', // the team's analysis
      'Maatwerkbudget aanvragen.', // an item of the internal category financieringsroute
      'Financieringsroute',
      'Past bij het expertteam.', // screening reasons
      'WEIGERREDEN', // another party's refusal
      'WIJZIGING',
      'GEHEIME-ACTIE', // actions
      'Zonnebloem', // the youth's name from the referral
      'Wijkteam Noord', // the procesregisseur details
    ]) {
      expect(all).not.toContain(internal);
    }
    expect(p.fileName).toMatch(/_brief-gezin_/);
  });

  it('English versions of the professional and the family letter', async () => {
    const t = await team();
    await withLetterhead(t);
    const caseId = await approvedCase(t);
    const pro = flat((await pdfText(bytes((await t.b.dispatcher.call('letters.preview', { caseId, kind: 'professional', lang: 'en' })).pdfBase64))).all);
    expect(pro).toContain('The advice');
    expect(pro).toContain('page 1 of');
    const fam = await t.b.dispatcher.call('letters.preview', { caseId, kind: 'family', lang: 'en' });
    expect(flat((await pdfText(bytes(fam.pdfBase64))).all)).toContain('What you can do if you do not agree');
    expect(bytes(fam.pdfBase64).toString('latin1')).toContain('/Lang (en)');
  });

  it('recording stores the exact bytes with their hash, the advice version, who and when; a correction leaves it byte-identical', async () => {
    const t = await team();
    await withLetterhead(t);
    const caseId = await approvedCase(t);
    const preview = await t.b.dispatcher.call('letters.preview', { caseId, kind: 'professional', lang: 'nl' });
    const info = await t.b.dispatcher.call('letters.record', { caseId, kind: 'professional', lang: 'nl', adviceVersion: 1 });
    expect(info).toMatchObject({ caseId, kind: 'professional', number: 1, adviceVersion: 1, createdBy: 'Voorzitter Test' });
    expect(info.sha256).toBe(preview.sha256);
    const stored = await t.b.dispatcher.call('letters.get', { letterId: info.id });
    expect(sha(bytes(stored.pdfBase64))).toBe(stored.sha256);
    // The database row itself: hash of the stored blob.
    const row = t.b.vault.requireSession().db.prepare('SELECT pdf, sha256 FROM letters WHERE id = ?').get(info.id) as { pdf: Buffer; sha256: string };
    expect(sha(row.pdf)).toBe(row.sha256);

    // Correct and approve version 2: the recorded letter does not change; a new one prints version 2.
    await t.b.dispatcher.call('advice.correct', { caseId, reason: 'Aanbieder gewijzigd.', content: { ...content(), analysis: 'Nieuwe analyse.' } } as never);
    await t.b.dispatcher.call('advice.approve', { caseId, version: 2, approverId: t.chairId, passphrase: PASS });
    const again = await t.b.dispatcher.call('letters.get', { letterId: info.id });
    expect(again.pdfBase64).toBe(stored.pdfBase64);
    expect(again.adviceVersion).toBe(1);
    // Recording with the version previewed before the correction is refused.
    expect((await errorOf(t.b.dispatcher.call('letters.record', { caseId, kind: 'professional', lang: 'nl', adviceVersion: 1 }))).code).toBe('CONFLICT');
    const second = await t.b.dispatcher.call('letters.record', { caseId, kind: 'professional', lang: 'nl', adviceVersion: 2 });
    expect(second.number).toBe(2);
    expect(flat((await pdfText(bytes((await t.b.dispatcher.call('letters.get', { letterId: second.id })).pdfBase64))).all)).toContain('Nieuwe analyse.');
    // The stored bytes cannot be overwritten, not even by SQL.
    expect(() => t.b.vault.requireSession().db.prepare('UPDATE letters SET pdf = ? WHERE id = ?').run(Buffer.from('x'), info.id)).toThrow(/immutable/);

    // The verzonden record.
    const sent = await t.b.dispatcher.call('letters.recordSent', { letterId: info.id, recipient: 'Wijkteam Noord', channel: 'beveiligde_mail', sentOn: '2026-01-05' });
    expect(sent.sends).toMatchObject([{ recipient: 'Wijkteam Noord', channel: 'beveiligde_mail', sentOn: '2026-01-05', recordedBy: 'Voorzitter Test' }]);
    const list = await t.b.dispatcher.call('letters.list', { caseId });
    expect(list.map((l) => [l.number, l.adviceVersion, l.sends.length])).toEqual([
      [2, 2, 0],
      [1, 1, 1],
    ]);
  });

  it('bad input: no approved advice, no team name, a logo that is no image or too big', async () => {
    const t = await team();
    await t.as('chair');
    const caseId = await waitingCase(t.b);
    expect((await errorOf(t.b.dispatcher.call('letters.preview', { caseId, kind: 'professional' }))).code).toBe('NO_APPROVED_ADVICE');
    const approved = await approvedCase(t);
    const noHead = await errorOf(t.b.dispatcher.call('letters.preview', { caseId: approved, kind: 'family' }));
    expect(noHead.code).toBe('LETTERHEAD_INCOMPLETE');
    expect(noHead.message).toMatch(/teamnaam/);
    const empty = await errorOf(t.b.dispatcher.call('letters.saveLetterhead', { ...LETTERHEAD, teamName: ' ' }));
    expect(empty.fields?.teamName?.key).toBe('v.required');

    const notImage = await errorOf(t.b.dispatcher.call('letters.setLogo', { logo: Buffer.from('GIF89a nep').toString('base64') }));
    expect(notImage.fields?.logo?.key).toBe('v.logo_not_image');
    const html = await errorOf(t.b.dispatcher.call('letters.setLogo', { logo: Buffer.from('<html><svg></svg></html>').toString('base64') }));
    expect(html.fields?.logo?.key).toBe('v.logo_not_image');
    const big = Buffer.concat([Buffer.from('<svg xmlns="http://www.w3.org/2000/svg">'), Buffer.alloc(2 * 1024 * 1024, 32), Buffer.from('</svg>')]);
    const tooBig = await errorOf(t.b.dispatcher.call('letters.setLogo', { logo: big.toString('base64') }));
    expect(tooBig.fields?.logo?.key).toBe('v.logo_too_big');

    const svg = '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#c00"/></svg>';
    const ok = await t.b.dispatcher.call('letters.setLogo', { logo: Buffer.from(svg).toString('base64') });
    expect(ok.logo).toMatchObject({ type: 'image/svg+xml', bytes: svg.length });
    await t.b.dispatcher.call('letters.saveLetterhead', LETTERHEAD);
    const p = await t.b.dispatcher.call('letters.previewLetterhead', { letterhead: LETTERHEAD });
    expect(flat((await pdfText(bytes(p.pdfBase64))).all)).toContain('Voorbeeld');
  });
});
