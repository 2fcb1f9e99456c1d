// first screen: keep small
import { Workbox } from 'workbox-window';

/** What the service worker tells the app. */
export interface SwEvents {
  /** First install finished: the app now works offline. */
  onOfflineReady: () => void;
  /** A new version waits; call apply() to switch to it (the page reloads). */
  onUpdateWaiting: (apply: () => void) => void;
}

const HOUR = 60 * 60 * 1000;

/** Registers the service worker; updates wait until the person agrees. */
export function registerServiceWorker(events: SwEvents): void {
  if (!('serviceWorker' in navigator) || !import.meta.env.PROD) return;
  if (new URLSearchParams(location.search).has('no-sw')) {
    void navigator.serviceWorker
      .getRegistrations()
      .then((rs) => rs.forEach((r) => void r.unregister()));
    return;
  }
  const wb = new Workbox(`${import.meta.env.BASE_URL}sw.js`);
  wb.addEventListener('installed', (e) => {
    if (!e.isUpdate) events.onOfflineReady();
  });
  wb.addEventListener('waiting', () => {
    events.onUpdateWaiting(() => {
      wb.addEventListener('controlling', () => location.reload());
      wb.messageSkipWaiting();
    });
  });
  void wb.register().then(() => {
    const check = () => {
      if (navigator.onLine) void wb.update().catch(() => {});
    };
    setInterval(check, HOUR);
    addEventListener('visibilitychange', () => document.visibilityState === 'visible' && check());
  });
}
