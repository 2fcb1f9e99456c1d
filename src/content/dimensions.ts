import type { Dimension } from './schema';

const d = (
  id: string,
  de: string,
  shortDe: string,
  descDe: string,
  barrier?: string,
): Dimension => ({
  id,
  title: { de },
  short: { de: shortDe },
  description: { de: descDe },
  ...(barrier ? { barrier } : {}),
});

/** The ten areas both the KMU-Check and the Netzwerk-Check score (seed-001 digest §7, D1–D10). */
export const dimensions: Dimension[] = [
  d(
    'd1',
    'Problembewusstsein',
    'Bewusstsein',
    'Wie klar Ihnen ist, welche Fachkräfte Ihnen fehlen werden, und ob Sie das vorausschauend angehen.',
    'interest',
  ),
  d(
    'd2',
    'Zeit und Personal',
    'Zeit & Personal',
    'Ob Sie Zeit und eine Person für Netzwerkarbeit freimachen können.',
    'resources',
  ),
  d(
    'd3',
    'Nutzen',
    'Nutzen',
    'Wie klar Ihnen ist, was ein Netzwerk Ihrem Betrieb bringt.',
    'benefit',
  ),
  d(
    'd4',
    'Themen und Formate',
    'Themen',
    'Ob Themen, Dauer und Uhrzeit von Angeboten zu Ihrem Alltag passen.',
    'format',
  ),
  d(
    'd5',
    'Zugang und Kontakt',
    'Kontakt',
    'Ob Sie eine Ansprechperson und einen Weg ins Netzwerk kennen.',
    'access',
  ),
  d(
    'd6',
    'Vertrauen und Austausch',
    'Vertrauen',
    'Wie offen Sie für den Austausch mit anderen Betrieben sind.',
  ),
  d(
    'd7',
    'Beteiligung und Rolle',
    'Beteiligung',
    'Welche Rolle Sie in einem Netzwerk übernehmen können und wollen – auch eine passive Rolle ist in Ordnung.',
  ),
  d(
    'd8',
    'Rückmeldung und Mitgestaltung',
    'Mitgestalten',
    'Ob Sie dem Netzwerk sagen, was Sie brauchen, und Themen mitbestimmen.',
  ),
  d(
    'd9',
    'Sichtbarkeit',
    'Sichtbarkeit',
    'Ob Sie als Arbeitgeber in der Region sichtbarer werden möchten und das Netzwerk bekannt ist.',
  ),
  d(
    'd10',
    'Umsetzung und Begleitung',
    'Umsetzung',
    'Ob Sie wissen, wo Sie Hilfe bekommen, um Ideen im Betrieb umzusetzen.',
  ),
];
