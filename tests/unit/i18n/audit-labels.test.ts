/** Every audit action the contract declares has a readable label in the audit log, in nl and en. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { api } from '../../../shared/api/index.js';

const labels = (lang: string) =>
  JSON.parse(readFileSync(`renderer/i18n/locales/${lang}/settings.json`, 'utf8')) as Record<string, string>;

describe('audit action labels', () => {
  const actions = [...new Set(Object.values(api).flatMap((d) => (d.audit ? [d.audit.action] : [])))];

  it.each(['nl', 'en'])('every contract audit action has a %s label', (lang) => {
    const have = labels(lang);
    expect(actions.length).toBeGreaterThan(20);
    expect(actions.filter((a) => !have[`audit.action.${a}`])).toEqual([]);
  });
});
