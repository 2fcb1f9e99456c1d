// first screen: keep small
import { storage } from './connection';
import { cleanDeviceName } from './schema/clean';
import type { Arrival, Origin } from './schema/origin';
import type { Settings } from './schema/settings';
import type { Backend } from './backend';

type Device = NonNullable<Settings['device']>;
type Names = NonNullable<Settings['device.names']>;

// one read per open database, so two checks started at once never make two ids
const made = new WeakMap<Backend, Promise<Device>>();

/** This device: its random id (made at the first call and kept) and its short name, if given. */
export async function thisDevice(): Promise<Device> {
  const db = await storage();
  let device = made.get(db);
  if (!device) {
    device = db.getSetting<Device>('device').then(async (stored) => {
      if (stored) return stored;
      const fresh = { id: crypto.randomUUID() };
      await db.putSetting('device', fresh);
      return fresh;
    });
    made.set(db, device);
  }
  return device;
}

/** Gives this device a short name (an empty text removes it). */
export async function setDeviceName(name: string): Promise<Device> {
  const { id } = await thisDevice();
  const clean = cleanDeviceName(name);
  const device: Device = clean ? { id, name: clean } : { id };
  const db = await storage();
  made.set(db, Promise.resolve(device));
  await db.putSetting('device', device);
  return device;
}

/** The short names of the devices known here, by id: this one's and those imported files gave. */
export async function deviceNames(): Promise<Record<string, string>> {
  const db = await storage();
  const [own, learned] = await Promise.all([thisDevice(), db.getSetting<Names>('device.names')]);
  return { ...learned, ...(own.name && { [own.id]: own.name }) };
}

/** Remembers the names of other devices an imported file gave (this device's own name stays). */
export async function learnDeviceNames(names: Readonly<Record<string, string>>) {
  const own = await thisDevice();
  const others = Object.entries(names).filter(([id]) => id !== own.id);
  if (!others.length) return;
  const db = await storage();
  const known = await db.getSetting<Names>('device.names');
  await db.putSetting('device.names', { ...known, ...Object.fromEntries(others) });
}

/** Where a check recorded on this device now comes from: this device, the way, the network profile. */
export async function originHere(via: Arrival): Promise<Origin> {
  const db = await storage();
  const [device, profile] = await Promise.all([
    thisDevice(),
    db.getSetting<Settings['network.profile']>('network.profile'),
  ]);
  return { device: device.id, via, ...(profile?.network && { network: profile.network }) };
}
