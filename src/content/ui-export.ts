import type { Text } from './schema';

/**
 * Column headers and cell words of the table for Excel. The table is always written in German
 * (its readers open it in a German Excel); the English lines say what each column holds.
 */
export const csvUi = {
  id: { de: 'Kennung' },
  instrument: { de: 'Fragebogen' },
  version: { de: 'Version' },
  role: { de: 'Rolle' },
  label: { de: 'Name' },
  created: { de: 'Begonnen' },
  completed: { de: 'Abgeschlossen' },
  plan: { de: 'Aktionsplan' },
  points: { de: '{area} (Punkte)' },
  mean: { de: '{area} (Mittelwert 1–5)' },
  dontKnow: { de: 'weiß nicht' },
} satisfies Record<string, Text>;
