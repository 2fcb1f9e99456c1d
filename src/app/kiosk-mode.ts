// first screen: keep small
import { useEffect, useState } from 'preact/hooks';
import { clearKiosk, getKiosk, setKiosk, type KioskState } from '../storage/kiosk';

// A hint beside the stored state, readable before the first paint: "1" while kiosk mode runs.
// Without it (first visit, never a kiosk) the app paints at once; with it, or where the browser
// refuses localStorage, it waits for the stored state so kiosk mode can never be skipped.
const HINT = 'netzwerk-check.kiosk';

/** What the app knows of kiosk mode: known once the stored state was read. */
export interface KioskMode {
  known: boolean;
  kiosk: KioskState | undefined;
}

let mode: KioskMode = { known: false, kiosk: undefined };
let reading: Promise<void> | undefined;
const listeners = new Set<(mode: KioskMode) => void>();

function writeHint(on: boolean) {
  try {
    if (on) localStorage.setItem(HINT, '1');
    else localStorage.removeItem(HINT);
  } catch {
    /* no localStorage: every start waits for the stored state */
  }
}

/** Whether the first frame may show the normal app (no kiosk hinted on this device). */
export function surelyNoKiosk(): boolean {
  try {
    return localStorage.getItem(HINT) === null;
  } catch {
    return false;
  }
}

function set(kiosk: KioskState | undefined, read = true) {
  mode = { known: true, kiosk };
  if (read) writeHint(!!kiosk);
  for (const l of listeners) l(mode);
}

/** Reads the stored kiosk state again (at start, and when another tab changed it). */
export function readKioskMode(): Promise<void> {
  reading ??= getKiosk().then(
    (kiosk) => {
      reading = undefined;
      set(kiosk);
    },
    () => {
      reading = undefined;
      set(undefined, false);
    },
  );
  return reading;
}

/** Starts kiosk mode for an event on this device. */
export async function enterKiosk(eventId: string) {
  await setKiosk({ eventId });
  set({ eventId });
}

/** Leaves kiosk mode on this device. */
export async function leaveKiosk() {
  await clearKiosk();
  set(undefined);
}

/** The kiosk mode, read once and kept current: by this tab's changes and other tabs' (storage event). */
export function useKioskMode(): KioskMode {
  const [current, setCurrent] = useState(mode);
  useEffect(() => {
    listeners.add(setCurrent);
    if (!mode.known) void readKioskMode();
    else setCurrent(mode);
    const other = (e: StorageEvent) => {
      if (e.key === HINT || e.key === null) void readKioskMode();
    };
    addEventListener('storage', other);
    return () => {
      listeners.delete(setCurrent);
      removeEventListener('storage', other);
    };
  }, []);
  return current;
}
