// first screen: keep small
import { useEffect, useState } from 'preact/hooks';
import { clearKiosk, getKiosk, setKiosk } from '../storage/kiosk';
import type { KioskState } from '../storage/types';

// Set while kiosk mode runs: other tabs of the app hear of a change through the storage event.
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
    /* no localStorage: other tabs see the change on their next start */
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
