/** The audit tab's checkpoint details (renderer/features/settings/auditCheckpoints.ts) read as a user would, in nl and en. */
import { readFileSync } from 'node:fs';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { AuditVerification } from '../../../shared/api/index.js';
import { checkpointLines } from '../../../renderer/features/settings/auditCheckpoints.js';

async function render(lang: 'nl' | 'en', r: AuditVerification): Promise<string[]> {
  const i18n = i18next.createInstance();
  const settings = JSON.parse(readFileSync(`renderer/i18n/locales/${lang}/settings.json`, 'utf8')) as Record<string, string>;
  await i18n.init({ resources: { [lang]: { settings } }, lng: lang, defaultNS: 'settings', keySeparator: false, interpolation: { escapeValue: false } });
  const names: Record<number, string> = { 1: 'Beheerder Fictief', 2: 'Teamlid Verzonnen' };
  const when = (iso: string) => iso.slice(8, 10) + '-' + iso.slice(5, 7) + '-' + iso.slice(0, 4);
  return checkpointLines(r, (id) => names[id] ?? `#${id}`, when).map((l) => i18n.t(l.key, l.params));
}

const clean: AuditVerification = {
  ok: true,
  entries: 1234,
  brokenAt: null,
  firstChanged: null,
  removedTail: null,
  checkpoints: { total: 3, valid: 3, lastAt: '2026-11-20T10:00:00.000Z' },
  problems: [],
};

const tampered: AuditVerification = {
  ok: false,
  entries: 1200,
  brokenAt: null,
  firstChanged: { position: 57, id: 57 },
  removedTail: { expected: 1234, found: 1200 },
  checkpoints: { total: 4, valid: 2, lastAt: '2026-11-20T10:00:00.000Z' },
  problems: [
    { kind: 'mismatch', count: 1234, at: '2026-11-20T10:00:00.000Z', userId: 2 },
    { kind: 'missing_in_database', count: 1234, at: '2026-11-20T10:00:00.000Z', userId: 1 },
  ],
};

describe('audit checkpoint details', () => {
  it('a clean log: how many checkpoints verify and when the latest was signed', async () => {
    expect(await render('nl', clean)).toEqual(['Ondertekende controlepunten: 3 van 3 kloppen, het laatste van 20-11-2026.']);
    expect(await render('en', clean)).toEqual(['Signed checkpoints: 3 of 3 verify, the latest from 20-11-2026.']);
    expect(await render('nl', { ...clean, checkpoints: { total: 0, valid: 0, lastAt: null } })).toEqual([
      expect.stringContaining('nog geen ondertekend controlepunt'),
    ]);
  });

  it('a rewritten, shortened log: the first changed line, the removed tail and each failing checkpoint by name', async () => {
    expect(await render('nl', tampered)).toEqual([
      'Ondertekende controlepunten: 2 van 4 kloppen, het laatste van 20-11-2026.',
      'Regel 57 is gewijzigd nadat een controlepunt de stand ondertekende.',
      'Aan het eind zijn 34 regels verwijderd: een ondertekend controlepunt telde er 1.234, het log heeft er nu 1.200.',
      'Het controlepunt van Teamlid Verzonnen van 20-11-2026 (1.234 regels) past niet bij het log zoals het nu is.',
      'Het controlepunt van Beheerder Fictief van 20-11-2026 (1.234 regels) staat in het sleutelbestand maar ontbreekt in de database.',
    ]);
    const en = await render('en', tampered);
    expect(en[2]).toBe('34 lines were removed at the end: a signed checkpoint counted 1,234, the log now has 1,200.');
    expect(en).toHaveLength(5);
  });
});
