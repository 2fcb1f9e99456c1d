import type { Text } from './schema';

/** The parts of a place in a rejected file ("Check 3 → Antwort „d1-1“ → „value“"). */
export const importPlace = {
  check: { de: 'Check {n}' },
  answer: { de: 'Antwort „{id}“' },
  event: { de: 'Veranstaltung {n}' },
  planStep: { de: 'Aktionsplan, Schritt {n}' },
  field: { de: '„{name}“' },
  file: { de: 'Datei' },
} satisfies Record<string, Text>;

/** The kinds of value a field of a backup file holds, as the message names them. */
export const importTypes = {
  string: { de: 'Text' },
  number: { de: 'Zahl' },
  int: { de: 'ganze Zahl' },
  array: { de: 'Liste' },
  object: { de: 'Objekt' },
  boolean: { de: 'ja/nein' },
} satisfies Record<string, Text>;

/** What is wrong at that place, one sentence part per check the import makes. */
export const importRules = {
  missing: { de: 'fehlt' },
  'wrong-type': {
    de: 'falscher Typ (erwartet: {expected})',
  },
  'too-big': { de: 'Wert zu groß oder zu lang' },
  'too-small': { de: 'Wert zu klein oder zu kurz' },
  'unknown-field': { de: 'unbekanntes Feld {keys}' },
  format: { de: 'ungültiges Format' },
  value: { de: 'ungültiger Wert' },
  'not-scale': {
    de: '{value} ist kein Punkt der Skala (1 bis 5 oder „weiß nicht“)',
  },
  'not-option': {
    de: '{value} ist keine Antwort, die diese Frage anbietet',
  },
  'not-text': { de: '{value} ist kein Text' },
  'text-too-long': { de: 'Text länger als {max} Zeichen' },
  future: {
    de: 'ungültiges Datum ({value} liegt weit in der Zukunft)',
  },
  day: { de: 'ungültiges Datum ({value})' },
  'same-event': {
    de: 'dieselbe Kennung wie Veranstaltung {n}',
  },
  'same-step': {
    de: 'dieselbe Empfehlung wie Schritt {n}',
  },
  'pin-salt': {
    de: 'PIN und Salt gehören zusammen, eines fehlt (ohne Salt öffnet jede PIN)',
  },
  'answer-form': {
    de: 'Antwort {n} hat nicht die Form [Frage, Wert, Zeit]',
  },
  'forbidden-id': { de: 'unzulässige Kennung' },
  'answered-twice': { de: 'zweimal beantwortet' },
} satisfies Record<string, Text>;

/** One check the import makes on a value. */
export type ImportRule = keyof typeof importRules;
