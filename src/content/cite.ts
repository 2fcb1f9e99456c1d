import type { Citation } from './schema';

/** A citation of the core study (IAW / DIHK Service 2017). */
export const iaw = (section: string, from: number, to: number, quote: string): Citation => ({
  source: 'iaw2017',
  section,
  lines: [from, to],
  quote,
});
