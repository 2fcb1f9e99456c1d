import { cleanContact } from './schema/clean';
import type { NetworkContact } from './schema/contact';
import { getSetting, putSetting } from './settings';

const KEY = 'network.profile';

/** The network profile stored on this device, if any. */
export const getNetworkProfile = () => getSetting(KEY);

/** Stores the network profile (or removes it when everything is empty). */
export async function saveNetworkProfile(input: Partial<NetworkContact>) {
  const clean = cleanContact(input);
  await putSetting(KEY, clean ?? null);
  return clean;
}
