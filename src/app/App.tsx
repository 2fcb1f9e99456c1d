// first screen: keep small
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { registerServiceWorker } from '../pwa/register';
import { Start } from '../features/start/Start';
import { I18nContext, loadEnglish, makeI18n, rememberLang, storedLang, type Lang } from './i18n';
import { href, parseRoute, type Route } from './router';
import { getKiosk, type KioskState } from '../storage/kiosk';
import { Lazy } from './Lazy';
import { StorageBanner, Toast, UpdateBanner } from './Banners';

const loadQuestionnaire = () =>
  import('../features/questionnaire/Questionnaire').then((m) => m.Questionnaire);
const loadResult = () => import('../features/results/Result').then((m) => m.Result);
const loadChecks = () => import('../features/history/Checks').then((m) => m.Checks);
const loadMethod = () => import('../features/method/Method').then((m) => m.Method);
const loadData = () => import('../features/data/DataPanel').then((m) => m.DataPanel);
const loadEvents = () => import('../features/event/Events').then((m) => m.Events);
const loadEvent = () => import('../features/event/EventDetail').then((m) => m.EventDetail);
const loadEventForm = () => import('../features/event/EventForm').then((m) => m.EventForm);
const loadKiosk = () => import('../features/event/Kiosk').then((m) => m.Kiosk);
const loadDashboard = () => import('../features/dashboard/Dashboard').then((m) => m.Dashboard);
const loadProjector = () => import('../features/dashboard/Projector').then((m) => m.Projector);
const loadCollect = () => import('../features/handover/Collect').then((m) => m.Collect);
const loadNetwork = () => import('../features/event/NetworkProfile').then((m) => m.NetworkProfile);
const loadTrend = () => import('../features/history/Trend').then((m) => m.Trend);

/** Screens where a waiting update may be offered: never inside a questionnaire. */
const updateAllowed = (r: Route) => r.name !== 'check';

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'start':
      return <Start />;
    case 'check':
      return <Lazy load={loadQuestionnaire} props={{ id: route.id, page: route.page }} />;
    case 'result':
      return <Lazy load={loadResult} props={{ id: route.id }} />;
    case 'checks':
      return <Lazy load={loadChecks} props={{}} />;
    case 'method':
      return <Lazy load={loadMethod} props={{}} />;
    case 'data':
      return <Lazy load={loadData} props={{}} />;
    case 'events':
      return <Lazy load={loadEvents} props={{}} />;
    case 'event':
      return <Lazy load={loadEvent} props={{ id: route.id }} />;
    case 'eventForm':
      return <Lazy load={loadEventForm} props={{ id: route.id }} />;
    case 'dashboard':
      return <Lazy load={loadDashboard} props={{ scope: route.scope }} />;
    case 'trend':
      return <Lazy load={loadTrend} props={{ label: route.label }} />;
    case 'collect':
      return <Lazy load={loadCollect} props={{ id: route.id }} />;
    case 'network':
      return <Lazy load={loadNetwork} props={{}} />;
    default:
      return <Start />;
  }
}

/** The route together with the kiosk state, read before each screen so kiosk mode can never be skipped. */
function useView() {
  const [view, setView] = useState<{ route: Route; kiosk: KioskState | undefined } | null>(null);
  const refresh = useCallback(() => {
    const route = parseRoute(location.hash);
    void getKiosk().then((kiosk) => setView({ route, kiosk }));
  }, []);
  useEffect(() => {
    refresh();
    addEventListener('hashchange', refresh);
    return () => removeEventListener('hashchange', refresh);
  }, [refresh]);
  return [view, refresh] as const;
}

/** The app shell: language, navigation, banners and the current screen. */
export function App() {
  const [view, refreshView] = useView();
  const route: Route = view?.route ?? { name: 'start' };
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
  const kiosk = view?.kiosk;
  const showUpdate = update && !updateDismissed && updateAllowed(route) && !kiosk;

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
      {view === null ? (
        <>
          <StorageBanner />
          <p class="loading">{t('loading')}</p>
        </>
      ) : route.name === 'projector' && !kiosk ? (
        <main id="main" tabIndex={-1}>
          <Lazy load={loadProjector} props={{ scope: route.scope }} />
        </main>
      ) : kiosk ? (
        <>
          <StorageBanner />
          <main id="main" tabIndex={-1}>
            <Lazy load={loadKiosk} props={{ route, kiosk, onLeft: refreshView }} />
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
              <a
                href={href({ name: 'checks' })}
                aria-current={route.name === 'checks' ? 'page' : undefined}
              >
                {t('nav.checks')}
              </a>
              <a
                href={href({ name: 'events' })}
                aria-current={
                  route.name.startsWith('event') || route.name === 'network' ? 'page' : undefined
                }
              >
                {t('nav.events')}
              </a>
              <a
                href={href({ name: 'data' })}
                aria-current={route.name === 'data' ? 'page' : undefined}
              >
                {t('nav.data')}
              </a>
              <a
                href={href({ name: 'method' })}
                aria-current={route.name === 'method' ? 'page' : undefined}
              >
                {t('nav.method')}
              </a>
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
