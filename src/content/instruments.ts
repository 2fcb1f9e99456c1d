import type { Instrument } from './schema';
import { kmuInstrument } from './kmu/instrument';
import { kmuKurzInstrument } from './kmu-kurz/instrument';
import { netzwerkInstrument } from './netzwerk/instrument';

const all: Record<string, Instrument> = Object.fromEntries(
  [kmuInstrument, kmuKurzInstrument, netzwerkInstrument].map((i) => [i.id, i]),
);

/** Every instrument the app knows. */
export const instruments = Object.values(all);

/** The instrument with this id, or undefined for an unknown one. */
export const getInstrument = (id: string): Instrument | undefined => all[id];
