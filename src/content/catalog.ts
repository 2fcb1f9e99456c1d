// first screen: keep small
import type { Text } from './schema';

/** What the start screen says about an instrument without loading it (kept equal by a test). */
export interface CatalogEntry {
  id: string;
  version: number;
  title: Text;
  minutes: number;
  /** Number of questions a typical respondent sees. */
  items: number;
}

/** The instruments a person can start without loading them first. */
export const catalog = {
  kmu: {
    id: 'kmu',
    version: 1,
    title: { de: 'KMU-Check' },
    minutes: 10,
    items: 39,
  },
  'kmu-kurz': {
    id: 'kmu-kurz',
    version: 1,
    title: { de: 'Schnellcheck' },
    minutes: 4,
    items: 18,
  },
  netzwerk: {
    id: 'netzwerk',
    version: 1,
    title: { de: 'Netzwerk-Selbstcheck' },
    minutes: 15,
    items: 92,
  },
} satisfies Record<string, CatalogEntry>;
