// first screen: keep small
import { storage } from './connection';
import type { KioskState } from './schema/settings';

const KEY = 'kiosk';

/** The running kiosk, if any. */
export const getKiosk = async () => (await storage()).getSetting<KioskState>(KEY);

/** Starts kiosk mode for an event, or changes the current respondent. */
export const setKiosk = async (state: KioskState) => (await storage()).putSetting(KEY, state);

/** Leaves kiosk mode. */
export const clearKiosk = async () => (await storage()).putSetting(KEY, undefined);
