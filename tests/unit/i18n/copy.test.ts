/** Dutch copy conventions: initials without particles, numbers with a thousands dot, one quotation style. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { initials } from '../../../shared/domain/names.js';
import { messages } from '../../../shared/i18n/messages.js';

const dir = join(import.meta.dirname, '../../../renderer/i18n/locales');
const LANGS = ['nl', 'en'] as const;
const load = (lang: string, file: string) => JSON.parse(readFileSync(join(dir, lang, file), 'utf8')) as Record<string, string>;

/** Every UI string per language: locale files plus the shared messages. */
function strings(lang: (typeof LANGS)[number]): [string, string][] {
  const out: [string, string][] = Object.entries(messages[lang]).map(([k, v]) => [`msg:${k}`, v]);
  for (const file of readdirSync(join(dir, lang))) {
    for (const [k, v] of Object.entries(load(lang, file))) out.push([`${file}:${k}`, v]);
  }
  return out;
}

async function translator(lang: string) {
  const i18n = i18next.createInstance();
  const resources: Record<string, Record<string, Record<string, string>>> = {};
  for (const l of LANGS) {
    resources[l] = {};
    for (const file of readdirSync(join(dir, l))) resources[l][file.replace(/\.json$/, '')] = load(l, file);
  }
  await i18n.init({ resources, lng: lang, defaultNS: 'cases', keySeparator: false, interpolation: { escapeValue: false } });
  return i18n.t.bind(i18n);
}

describe('initials', () => {
  it('takes the given names and the surname, never a particle', () => {
    expect(initials('Sanne', "van 't Kruis")).toBe('S.K.');
    expect(initials('Fenna', 'van der Zonnebloem')).toBe('F.Z.');
    expect(initials('Bram', 'de Vries')).toBe('B.V.');
    expect(initials('Daan', 'ter Horst')).toBe('D.H.');
    expect(initials('Lotte', 'op de Beek')).toBe('L.B.');
    expect(initials('Mees', "in 't Veld")).toBe('M.V.');
    expect(initials('Noor', 'ten Have')).toBe('N.H.');
    expect(initials('Jules', 'Van den Broeck')).toBe('J.B.');
    expect(initials('Sanne', 'van ’t Kruis')).toBe('S.K.'); // typographic apostrophe
  });

  it('gives each given name and each part of a double surname its initial, IJ as one letter', () => {
    expect(initials('Anna Maria', 'Jansen')).toBe('A.M.J.');
    expect(initials('Jan-Willem', 'Jansen-de Boer')).toBe('J.W.J.B.');
    expect(initials('IJsbrand', 'IJzerman')).toBe('IJ.IJ.');
    expect(initials('ömer', 'çelik')).toBe('Ö.Ç.');
    expect(initials('  Noor ', '  Klaver  ')).toBe('N.K.');
  });

  it('never returns a particle or punctuation as an initial', () => {
    expect(initials('Sanne', 'van')).toBe('S.V.');
    expect(initials('', '')).toBe('');
    for (const s of ["van 't Kruis", 'van der Zonnebloem', "in 't Veld", 'op de Beek']) {
      expect(initials('Sanne', s)).not.toMatch(/[a-z']/);
    }
  });
});

describe('Dutch copy', () => {
  it('writes numbers with a thousands dot in Dutch and a comma in English', async () => {
    const nl = await translator('nl');
    expect(nl('list.count', { count: 10000 })).toBe('10.000 casussen');
    expect(nl('list.count', { count: 1 })).toBe('1 casus');
    expect(nl('settings:audit.ok.text', { count: 12345 })).toBe('Alle 12.345 regels zijn gecontroleerd en ongewijzigd.');
    expect(nl('list.waitingDays', { count: 1200 })).toBe('1.200 dagen');
    const en = await translator('en');
    expect(en('list.count', { count: 10000 })).toBe('10,000 cases');
  });

  it('formats every count placeholder as a number', () => {
    for (const lang of LANGS) {
      for (const [key, text] of strings(lang)) expect(text, `${lang} ${key}`).not.toMatch(/\{\{(count|total)\}\}/);
    }
  });

  it('uses one quotation style (‘…’), no double colons and no capital after a colon', () => {
    for (const lang of LANGS) {
      for (const [key, text] of strings(lang)) {
        const where = `${lang} ${key}: ${text}`;
        expect(text, where).not.toMatch(/["“”„]/);
        expect(text, where).not.toMatch(/(^|\s)'[^']*'(\s|[.,:;]|$)/); // straight single quotes around a term
        expect(text.split(/:\s/).length, where).toBeLessThan(3);
        if (lang === 'nl') expect(text, where).not.toMatch(/:\s+(?!BSN|CLI|GI|OTS|IGJ)[A-Z][a-z]/);
      }
    }
  });

  it('says Geslacht, and says who registered a case apart from who referred it', async () => {
    const nl = await translator('nl');
    expect(nl('referral.youth.gender')).toBe('Geslacht');
    expect(nl('case.referredOn', { date: '12-03-2026', name: 'A. de Vries' })).toBe('Geregistreerd op 12-03-2026 door A. de Vries');
    expect(nl('case.referredBy', { organisation: 'Wijkteam Zuiderdam' })).toBe('Verwezen door Wijkteam Zuiderdam');
  });
});
