// first screen: keep small
import { storage } from './connection';

const KEY = 'kiosk';

/** The kiosk state that survives a reload: which event runs, and the current respondent's check. */
export interface KioskState {
  eventId: string;
  current?: string;
}

/** The running kiosk, if any. */
export const getKiosk = async () => (await storage()).getSetting<KioskState>(KEY);

/** Starts kiosk mode for an event, or changes the current respondent. */
export const setKiosk = async (state: KioskState) => (await storage()).putSetting(KEY, state);

/** Leaves kiosk mode. */
export const clearKiosk = async () => (await storage()).putSetting(KEY, undefined);
