// first screen: keep small
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { registerServiceWorker } from '../pwa/register';
import { Start } from '../features/start/Start';
import { I18nContext, loadEnglish, makeI18n, rememberLang, storedLang, type Lang } from './i18n';
import { href, parseRoute, type Route } from './router';
import { routeDef, screenOf, type NavSection } from './routes';
import { useKioskMode } from './kiosk-mode';
import { Lazy } from './Lazy';
import { StorageBanner, Toast, UpdateBanner } from './Banners';

const loadKiosk = () => import('../features/event/Kiosk').then((m) => m.Kiosk);

const sections: NavSection[] = ['checks', 'events', 'data', 'method'];

function Screen({ route }: { route: Route }) {
  const screen = screenOf(route);
  return screen ? <Lazy load={screen.load} props={screen.props} /> : <Start />;
}

/** The current route, read from the address on every change (no storage read per page turn). */
export function useRoute() {
  const [hash, setHash] = useState(() => location.hash);
  useEffect(() => {
    const read = () => setHash(location.hash);
    addEventListener('hashchange', read);
    // a change between the first render and this effect sent no event we heard
    read();
    return () => removeEventListener('hashchange', read);
  }, []);
  return useMemo(() => parseRoute(hash), [hash]);
}

/** The app shell: language, navigation, banners and the current screen. */
export function App() {
  const route = useRoute();
  const mode = useKioskMode();
  const kiosk = mode.kiosk;
  const [lang, setLangState] = useState<Lang>(storedLang);
  const [offlineReady, setOfflineReady] = useState(false);
  const [update, setUpdate] = useState<{ apply: () => void } | null>(null);
  const [updateDismissed, setUpdateDismissed] = useState(false);

  const setLang = useCallback((l: Lang) => {
    void loadEnglish().then((ok) => {
      if (!ok && l === 'en') return;
      rememberLang(l);
      setLangState(l);
    });
  }, []);
  const i18n = useMemo(() => makeI18n(lang, setLang), [lang, setLang]);
  const { t } = i18n;

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.name');
  }, [lang, t]);

  useEffect(() => {
    registerServiceWorker({
      onOfflineReady: () => setOfflineReady(true),
      onUpdateWaiting: (apply) => setUpdate({ apply }),
    });
  }, []);

  const hideOffline = useCallback(() => setOfflineReady(false), []);
  const showUpdate = update && !updateDismissed && !routeDef(route).noUpdate && !kiosk;

  return (
    <I18nContext.Provider value={i18n}>
      <a
        class="skip"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('app.skip')}
      </a>
      {!mode.known && mode.hinted ? (
        <>
          <StorageBanner />
          <p class="loading">{t('loading')}</p>
        </>
      ) : routeDef(route).bare && !kiosk ? (
        <main id="main" tabIndex={-1}>
          <Screen route={route} />
        </main>
      ) : kiosk ? (
        <>
          <StorageBanner />
          <main id="main" tabIndex={-1}>
            <Lazy load={loadKiosk} props={{ route, kiosk }} />
          </main>
        </>
      ) : (
        <>
          <header class="top">
            <a class="brand" href={href({ name: 'start' })}>
              <img src="/favicon.svg" alt="" width={28} height={28} />
              {t('app.name')}
            </a>
            <nav aria-label={t('nav.main')}>
              {sections.map((section) => (
                <a
                  key={section}
                  href={href({ name: section })}
                  aria-current={routeDef(route).nav === section ? 'page' : undefined}
                >
                  {t(`nav.${section}`)}
                </a>
              ))}
              <button
                type="button"
                class="link"
                lang={lang === 'de' ? 'en' : 'de'}
                aria-label={t('lang.switchLabel')}
                onClick={() => setLang(lang === 'de' ? 'en' : 'de')}
              >
                {t('lang.switch')}
              </button>
            </nav>
          </header>
          <StorageBanner />
          {showUpdate && (
            <UpdateBanner onApply={update.apply} onLater={() => setUpdateDismissed(true)} />
          )}
          <main id="main" tabIndex={-1}>
            <Screen key={route.name} route={route} />
          </main>
        </>
      )}
      {offlineReady && <Toast text={t('pwa.offlineReady')} onDone={hideOffline} />}
    </I18nContext.Provider>
  );
}
