import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messages } from '../../shared/i18n/messages.js';

const dir = join(import.meta.dirname, '../../renderer/i18n/locales');
const load = (lang: string, ns: string) => JSON.parse(readFileSync(join(dir, lang, ns), 'utf8')) as Record<string, string>;

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
      expect(ph(messages.en[k]), k).toEqual(ph(messages.nl[k]));
    }
  });

  it('every validation key a shared schema can produce has a message', () => {
    const src = ['shared/zod.ts', 'shared/domain/referral.ts', 'shared/api/contract.ts', 'electron/node/services/cases.ts']
      .map((f) => readFileSync(join(import.meta.dirname, '../..', f), 'utf8'))
      .join('\n');
    const keys = new Set(src.match(/'v\.[a-z_]+'/g)!.map((k) => k.slice(1, -1)));
    expect(keys.size).toBeGreaterThan(10);
    for (const k of keys) expect(messages.nl, k).toHaveProperty([k]);
  });
});
