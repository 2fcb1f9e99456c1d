import { getSetting, putSetting } from './settings';

/** The network's contact, shown to every respondent: the person a firm can call. */
export interface NetworkContact {
  network: string;
  person: string;
  phone?: string;
  email?: string;
  web?: string;
  /** Next dates, as the coordinator writes them ("14. Jan., 18 Uhr: Stammtisch"). */
  dates?: string;
}

const KEY = 'network.profile';
const LIMITS: Record<keyof NetworkContact, number> = {
  network: 120,
  person: 120,
  phone: 40,
  email: 120,
  web: 200,
  dates: 500,
};

/** Trims every field to its limit and drops empty optional ones; undefined without a name. */
export function cleanContact(input: Partial<NetworkContact>): NetworkContact | undefined {
  const out: Partial<NetworkContact> = {};
  for (const key of Object.keys(LIMITS) as (keyof NetworkContact)[]) {
    const value = input[key]?.trim().slice(0, LIMITS[key]);
    if (value) out[key] = value;
  }
  return out.network || out.person ? { network: '', person: '', ...out } : undefined;
}

/** The network profile stored on this device, if any. */
export const getNetworkProfile = () => getSetting<NetworkContact>(KEY);

/** Stores the network profile (or removes it when everything is empty). */
export async function saveNetworkProfile(input: Partial<NetworkContact>) {
  const clean = cleanContact(input);
  await putSetting(KEY, clean ?? null);
  return clean;
}
