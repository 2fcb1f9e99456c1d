import { storage } from './connection';

/** Reads one setting stored on this device. */
export const getSetting = async <T>(key: string): Promise<T | undefined> =>
  (await storage()).getSetting<T>(key);

/** Stores one setting on this device. */
export const putSetting = async (key: string, value: unknown) =>
  (await storage()).putSetting(key, value);
