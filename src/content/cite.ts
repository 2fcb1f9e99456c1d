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

/** The core study's Kap. 4.1 by its sub-headings (the study does not number its recommendations). */
export const KAP41 = {
  time: 'Kap. 4.1, „Gute Netzwerkarbeit benötigt Zeit“',
  content: 'Kap. 4.1, „Die Inhalte müssen für KMU attraktiv, aktuell und anwendbar sein“',
  approach: 'Kap. 4.1, „Die Ansprache von KMU muss adressatengerecht erfolgen“',
  visible: 'Kap. 4.1, „Netzwerke und Netzwerkpartner müssen sichtbar sein“',
} as const;

/** The core study's Kap. 4.2 (recommendations for policy) by its sub-headings. */
export const KAP42 = {
  intro: 'Kap. 4.2, Einleitung',
  longTerm: 'Kap. 4.2, „Langfristiges Engagement gewährleisten und Flexibilität bewahren“',
  formats: 'Kap. 4.2, „Formate professionell weiterentwickeln und Vielfalt der Inhalte stärken“',
  regional: 'Kap. 4.2, „Regional agieren und überregional voneinander lernen“',
  goals:
    'Kap. 4.2, „Kurzfristige konkrete und langfristige strategische Ziele noch besser vereinen“',
} as const;
