import type { Citation, SourceId } from './schema';

/** A citation: study, section a reader can look up, lines in the study's text, verbatim quote. */
export const cite = (
  source: SourceId,
  section: string,
  from: number,
  to: number,
  quote: string,
): Citation => ({
  source,
  section,
  lines: [from, to],
  quote,
});

/** A citation of the core study (IAW / DIHK Service 2017). */
export const iaw = (section: string, from: number, to: number, quote: string): Citation =>
  cite('iaw2017', section, from, to, quote);
