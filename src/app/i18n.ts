// first screen: keep small
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Text } from '../content/schema';
import { ui, type UiKey } from '../content/ui';
import { realDay } from '../storage/schema/fields';

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
  /** A stored calendar day (YYYY-MM-DD) as the language writes it. */
  day: (day: string) => string;
  setLang: (lang: Lang) => void;
}

// English is its own chunk (content/en), read when someone picks English; until then it is null.
let english: ReadonlyMap<string, string> | null = null;
const word = (lang: Lang, text: Text) => (lang === 'en' && english?.get(text.de)) || text.de;

/** Loads the English texts; false if they could not be read. */
export async function loadEnglish(): Promise<boolean> {
  try {
    english ??= (await import('../content/en/english')).english;
    return true;
  } catch {
    return false;
  }
}

/** Builds the helpers for a language. */
export function makeI18n(lang: Lang, setLang: (lang: Lang) => void): I18n {
  const locale = lang === 'de' ? 'de-DE' : 'en-GB';
  const fmt = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const dayFmt = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const invalid = () => word(lang, ui.invalidDate);
  return {
    lang,
    t: (key, params) => fill(word(lang, ui[key]), params),
    tx: (text, params) => fill(word(lang, text), params),
    // a stored time a JavaScript date cannot hold (a bad record) shows as such, never throws
    date: (ms) => (Number.isFinite(new Date(ms).getTime()) ? fmt.format(ms) : invalid()),
    // a day no calendar has (a bad record) shows as such too
    day: (day) => (realDay(day) ? dayFmt.format(Date.parse(day)) : invalid()),
    setLang,
  };
}

export const I18nContext = createContext<I18n>(makeI18n('de', () => {}));

/** The current language's helpers. */
export const useI18n = () => useContext(I18nContext);

export const LANG_KEY = 'netzwerk-check.lang';

/** Whether English was chosen earlier on this device. */
export function wantsEnglish() {
  try {
    return localStorage.getItem(LANG_KEY) === 'en';
  } catch {
    return false;
  }
}

/** The language chosen earlier on this device (English once its texts are loaded), else German. */
export const storedLang = (): Lang => (wantsEnglish() && english ? 'en' : 'de');

/** Remembers the language (a preference, not user data: losing it is harmless). */
export function rememberLang(lang: Lang) {
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    /* private mode: the choice lasts for this visit only */
  }
}
