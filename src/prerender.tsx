// Build time only (scripts/prerender.mjs): the start screen as HTML, so a first visit paints it
// before any script has loaded. It renders the app itself, as a browser with nothing stored sees
// it on the start route in German; main.tsx then takes this markup over (hydrates it).
import { renderToString } from 'preact-render-to-string';

/** The start screen's markup for the inside of #app, and the keys the head script reads. */
export async function prerender() {
  const memory = new Map<string, string>();
  Object.assign(globalThis, {
    location: { hash: '', search: '' },
    navigator: { userAgent: '', maxTouchPoints: 0 },
    matchMedia: () => ({ matches: false }),
    addEventListener: () => {},
    removeEventListener: () => {},
    localStorage: {
      getItem: (k: string) => memory.get(k) ?? null,
      setItem: (k: string, v: string) => memory.set(k, v),
      removeItem: (k: string) => memory.delete(k),
    },
  });
  const { App } = await import('./app/App');
  const { KIOSK_HINT } = await import('./app/kiosk-mode');
  const { LANG_KEY } = await import('./app/i18n');
  return { html: renderToString(<App />), kioskHint: KIOSK_HINT, langKey: LANG_KEY };
}
