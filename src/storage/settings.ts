import { storage } from './connection';
import type { SettingKey, Settings } from './schema/settings';

/** Reads one setting stored on this device. */
export const getSetting = async <K extends SettingKey>(key: K): Promise<Settings[K] | undefined> =>
  (await storage()).getSetting<Settings[K]>(key);

/** Stores one setting on this device. */
export const putSetting = async <K extends SettingKey>(key: K, value: Settings[K]) =>
  (await storage()).putSetting(key, value);
