import type { Text } from './schema';

/**
 * Column headers and cell words of the table for Excel. The table is always written in German
 * (its readers open it in a German Excel); the English lines say what each column holds.
 */
export const csvUi = {
  id: { de: 'Kennung', en: 'ID' },
  instrument: { de: 'Fragebogen', en: 'Questionnaire' },
  version: { de: 'Version', en: 'Version' },
  role: { de: 'Rolle', en: 'Role' },
  label: { de: 'Name', en: 'Name' },
  created: { de: 'Begonnen', en: 'Started' },
  completed: { de: 'Abgeschlossen', en: 'Completed' },
  plan: { de: 'Aktionsplan', en: 'Action plan' },
  points: { de: '{area} (Punkte)', en: '{area} (points)' },
  mean: { de: '{area} (Mittelwert 1–5)', en: '{area} (mean 1–5)' },
  dontKnow: { de: 'weiß nicht', en: 'don’t know' },
} satisfies Record<string, Text>;
