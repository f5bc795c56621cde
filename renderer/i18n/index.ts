/**
 * i18next setup. Dutch first, English complete. Each feature owns a namespace
 * file per language under locales/<lang>/<namespace>.json; validation and error
 * messages come from shared/i18n/messages.ts (namespace 'msg') so the backend and
 * the UI say the same thing.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { messages } from '../../shared/i18n/messages';

const files = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*/*.json', { eager: true });

type Resources = Record<string, Record<string, Record<string, unknown>>>;
const resources: Resources = { nl: { msg: { ...messages.nl } }, en: { msg: { ...messages.en } } };
for (const [path, mod] of Object.entries(files)) {
  const m = /\.\/locales\/(\w+)\/(\w+)\.json$/.exec(path);
  if (!m) continue;
  const [, lang, ns] = m as unknown as [string, string, string];
  (resources[lang] ??= {})[ns] = mod.default;
}

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'adviestafel.lang';

function initialLanguage(): Language {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'nl';
}

void i18n.use(initReactI18next).init({
  resources,
  lng: initialLanguage(),
  fallbackLng: 'nl',
  defaultNS: 'common',
  ns: Object.keys(resources.nl ?? {}),
  // Keys like 'v.required' contain dots; only ':' separates namespaces.
  keySeparator: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function setLanguage(lang: Language): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  void i18n.changeLanguage(lang);
  document.documentElement.lang = lang;
}

export default i18n;
