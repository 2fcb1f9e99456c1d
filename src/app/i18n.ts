// first screen: keep small
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Text } from '../content/schema';
import { ui, type UiKey } from '../content/ui';

/** The languages the app speaks. */
export type Lang = 'de' | 'en';

const fill = (s: string, params?: Record<string, string | number>) =>
  params ? s.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m)) : s;

/** Translation helpers for one language. */
export interface I18n {
  lang: Lang;
  t: (key: UiKey, params?: Record<string, string | number>) => string;
  tx: (text: Text, params?: Record<string, string | number>) => string;
  date: (ms: number) => string;
  setLang: (lang: Lang) => void;
}

/** Builds the helpers for a language. */
export function makeI18n(lang: Lang, setLang: (lang: Lang) => void): I18n {
  const fmt = new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return {
    lang,
    t: (key, params) => fill(ui[key][lang], params),
    tx: (text, params) => fill(text[lang], params),
    date: (ms) => fmt.format(ms),
    setLang,
  };
}

export const I18nContext = createContext<I18n>(makeI18n('de', () => {}));

/** The current language's helpers. */
export const useI18n = () => useContext(I18nContext);

const LANG_KEY = 'netzwerk-check.lang';

/** The language chosen earlier on this device, else German. */
export function storedLang(): Lang {
  try {
    return localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'de';
  } catch {
    return 'de';
  }
}

/** Remembers the language (a preference, not user data: losing it is harmless). */
export function rememberLang(lang: Lang) {
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    /* private mode: the choice lasts for this visit only */
  }
}
