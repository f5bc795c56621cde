/** The letters' message catalogue (catalogue/nl.json, catalogue/en.json) and date formatting. */
import type { LetterLang } from '../../../../../shared/api/letters.js';
import en from './catalogue/en.json';
import nl from './catalogue/nl.json';

type Catalogue = typeof nl;
export type TextKey = Exclude<keyof Catalogue, 'months'>;
const CATALOGUES: Record<LetterLang, Catalogue> = { nl, en };

export type T = (key: TextKey | `${string}.${string}`, vars?: Record<string, string | number>) => string;

export function translator(lang: LetterLang): T {
  const cat = CATALOGUES[lang] as unknown as Record<string, string>;
  return (key, vars = {}) => {
    const text = cat[key];
    if (typeof text !== 'string') throw new Error(`letters: no text for ${key}`);
    return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''));
  };
}

/** '2025-03-12' -> '12 maart 2025' / '12 March 2025'. */
export function longDate(lang: LetterLang, iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return '';
  return `${d} ${CATALOGUES[lang].months[m - 1]} ${y}`;
}

/** '2025-03-12' -> '12-03-2025' (deadlines). */
export function shortDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return y && m && d ? `${d}-${m}-${y}` : '';
}
