import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../shared/api/errors.js';
import { messages } from '../../../shared/i18n/messages.js';

const root = join(import.meta.dirname, '../../..');
const dir = join(root, 'renderer/i18n/locales');
const LANGS = ['nl', 'en'] as const;
const load = (lang: string, ns: string) => JSON.parse(readFileSync(join(dir, lang, ns), 'utf8')) as Record<string, string>;

/** Every .ts/.tsx file under a folder of the repository. */
function sources(folder: string): string[] {
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((f) => {
      const p = join(d, f);
      return statSync(p).isDirectory() ? walk(p) : /\.tsx?$/.test(f) && !/\.d\.ts$/.test(f) ? [p] : [];
    });
  return walk(join(root, folder));
}

/** namespace -> key -> text, per language, as the renderer loads them ('msg' from shared/i18n/messages.ts). */
function dictionaries(lang: (typeof LANGS)[number]): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = { msg: { ...messages[lang] } };
  for (const file of readdirSync(join(dir, lang))) out[file.replace(/\.json$/, '')] = load(lang, file);
  return out;
}

/** A key exists when it or one of its plural forms does. */
const has = (dict: Record<string, string> | undefined, key: string) =>
  !!dict && ['', '_zero', '_one', '_other'].some((suffix) => dict[key + suffix] !== undefined);

describe('translations', () => {
  it('Dutch and English have the same namespaces and the same keys, none empty', () => {
    const nl = readdirSync(join(dir, 'nl')).sort();
    expect(readdirSync(join(dir, 'en')).sort()).toEqual(nl);
    expect(nl.length).toBeGreaterThan(0);
    for (const ns of nl) {
      const a = load('nl', ns);
      const b = load('en', ns);
      expect(Object.keys(b).sort(), ns).toEqual(Object.keys(a).sort());
      for (const [k, v] of [...Object.entries(a), ...Object.entries(b)]) expect(v, `${ns}:${k}`).not.toBe('');
    }
  });

  it('shared validation and error messages exist in both languages with the same placeholders', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.nl).sort());
    const ph = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort();
    for (const k of Object.keys(messages.nl) as (keyof typeof messages.nl)[]) {
      expect(messages.nl[k], k).not.toBe('');
      expect(ph(messages.en[k]), k).toEqual(ph(messages.nl[k]));
    }
  });

  it('every error code has a Dutch and an English message, and every error message a code', () => {
    for (const lang of LANGS) {
      const dict = messages[lang] as Record<string, string>;
      for (const code of ERROR_CODES) expect(dict[`e.${code}`], `${lang}: e.${code}`).toBeTruthy();
      const codes = new Set<string>(ERROR_CODES);
      for (const key of Object.keys(dict).filter((k) => k.startsWith('e.'))) expect(codes.has(key.slice(2)), key).toBe(true);
    }
  });

  it('no error message interpolates a free-text detail (errors carry codes, the UI writes the sentence)', () => {
    for (const lang of LANGS) {
      for (const [key, text] of Object.entries(messages[lang])) {
        expect(text, `${lang}: ${key}`).not.toMatch(/\{\{(detail|message|reason|text)\}\}/);
      }
    }
    // And no backend code passes one.
    for (const file of sources('electron')) {
      const src = readFileSync(file, 'utf8');
      expect(src, relative(root, file)).not.toMatch(/new AppError\([^)]*\{\s*(detail|message|text)\s*:/);
    }
  });

  it('every validation key a shared schema or a handler can produce has a message in both languages', () => {
    const src = [...sources('shared'), ...sources('electron/node')].map((f) => readFileSync(f, 'utf8')).join('\n');
    const keys = new Set(src.match(/['"`]v\.[a-z_]+['"`]/g)!.map((k) => k.slice(1, -1)));
    expect(keys.size).toBeGreaterThan(10);
    for (const lang of LANGS) for (const k of keys) expect(messages[lang], `${lang}: ${k}`).toHaveProperty([k]);
  });

  it("every literal t('...') key in the renderer exists in Dutch and in English", () => {
    const dicts = { nl: dictionaries('nl'), en: dictionaries('en') };
    const missing: string[] = [];
    let checked = 0;
    for (const file of sources('renderer')) {
      const src = readFileSync(file, 'utf8');
      // The namespaces this file asks for; useTranslation() without one means 'common'.
      const own = [...src.matchAll(/useTranslation\(\s*(?:\[([^\]]*)\]|'([^']*)')?\s*\)/g)].flatMap((m) =>
        m[1] !== undefined ? [...m[1].matchAll(/'([^']+)'/g)].map((x) => x[1]!) : [m[2] ?? 'common'],
      );
      const namespaces = own.length > 0 ? [...new Set(own)] : ['common'];
      // t('key'), t("key"), t(`key`) without interpolation; keys built at run time are not literal and not checked.
      for (const m of src.matchAll(/(?<![\w.])t\(\s*(['"`])([^'"`$\n]+)\1/g)) {
        const key = m[2]!;
        const [ns, bare] = key.includes(':') ? [[key.split(':')[0]!], key.slice(key.indexOf(':') + 1)] : [namespaces, key];
        checked += 1;
        for (const lang of LANGS) {
          if (!ns.some((n) => has(dicts[lang][n], bare))) missing.push(`${lang} ${relative(root, file)}: ${key}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });
});
