/**
 * i18next setup. Dutch first, English complete. Each feature owns a namespace
 * file per language under locales/<lang>/<namespace>.json; validation and error
 * messages come from shared/i18n/messages.ts (namespace 'msg') so the backend and
 * the UI say the same thing.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { messages } from '../../shared/i18n/messages';

type Dict = { default: Record<string, unknown> };
// What the unlock screen needs is in the entry chunk; the features' namespaces load with
// the unlocked app (loadFeatureLocales, awaited before it renders), to keep the entry small.
const files = import.meta.glob<Dict>('./locales/*/{common,vault,forms}.json', { eager: true });
const lazyFiles = import.meta.glob<Dict>(['./locales/*/*.json', '!./locales/*/{common,vault,forms}.json']);
const nsOf = (path: string) => /\.\/locales\/(\w+)\/(\w+)\.json$/.exec(path) as unknown as [string, string, string] | null;

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
  ns: [...new Set([...Object.keys(resources.nl ?? {}), ...Object.keys(lazyFiles).flatMap((p) => nsOf(p)?.[2] ?? [])])],
  // Keys like 'v.required' contain dots; only ':' separates namespaces.
  keySeparator: false,
  interpolation: { escapeValue: false },
  returnNull: false,
  // Feature namespaces arrive after the unlock screen (loadFeatureLocales): re-render when they do.
  react: { bindI18nStore: 'added' },
});

let featureLocales: Promise<void> | null = null;

/** Load every feature's namespace (both languages) once; the unlocked app awaits it before rendering. */
export function loadFeatureLocales(): Promise<void> {
  featureLocales ??= Promise.all(
    Object.entries(lazyFiles).map(async ([path, load]) => {
      const m = nsOf(path);
      if (m) i18n.addResourceBundle(m[1], m[2], (await load()).default, true, true);
    }),
  ).then(() => undefined);
  return featureLocales;
}

export function setLanguage(lang: Language): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  void i18n.changeLanguage(lang);
  document.documentElement.lang = lang;
}

export default i18n;
