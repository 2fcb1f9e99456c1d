// first screen: keep small
import { useEffect, useState } from 'preact/hooks';
import { clearKiosk, getKiosk, setKiosk } from '../storage/kiosk';
import type { KioskState } from '../storage/types';

// A hint beside the stored state, "1" while kiosk mode runs, readable before the first frame: with
// it (or where the browser refuses localStorage) the app waits for the stored state, so kiosk mode
// is never skipped; without it the screen paints at once and the stored state, read after, still
// decides. Other tabs of the app hear of a change through the storage event on it.
export const KIOSK_HINT = 'netzwerk-check.kiosk';

/** What the app knows of kiosk mode: known once the stored state was read. */
export interface KioskMode {
  known: boolean;
  kiosk: KioskState | undefined;
  /** Kiosk mode may be on: nothing but the kiosk is shown before the stored state is read. */
  hinted: boolean;
}

function readHint() {
  try {
    return localStorage.getItem(KIOSK_HINT) !== null;
  } catch {
    return true;
  }
}

let mode: KioskMode = { known: false, kiosk: undefined, hinted: readHint() };
let reading: Promise<void> | undefined;
const listeners = new Set<(mode: KioskMode) => void>();

function writeHint(on: boolean) {
  try {
    if (on) localStorage.setItem(KIOSK_HINT, '1');
    else localStorage.removeItem(KIOSK_HINT);
  } catch {
    /* no localStorage: other tabs see the change on their next start */
  }
}

function set(kiosk: KioskState | undefined, read = true) {
  mode = { known: true, kiosk, hinted: !!kiosk };
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
  // the hint first: a crash before the stored state is written only makes the next start wait
  writeHint(true);
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
      if (e.key === KIOSK_HINT || e.key === null) void readKioskMode();
    };
    addEventListener('storage', other);
    return () => {
      listeners.delete(setCurrent);
      removeEventListener('storage', other);
    };
  }, []);
  return current;
}
