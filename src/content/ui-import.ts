import type { Text } from './schema';

/** The parts of a place in a rejected file ("Check 3 → Antwort „d1-1“ → „value“"). */
export const importPlace = {
  check: { de: 'Check {n}', en: 'Check {n}' },
  answer: { de: 'Antwort „{id}“', en: 'Answer “{id}”' },
  event: { de: 'Veranstaltung {n}', en: 'Event {n}' },
  planStep: { de: 'Aktionsplan, Schritt {n}', en: 'Action plan, step {n}' },
  field: { de: '„{name}“', en: '“{name}”' },
  file: { de: 'Datei', en: 'File' },
} satisfies Record<string, Text>;

/** The kinds of value a field of a backup file holds, as the message names them. */
export const importTypes = {
  string: { de: 'Text', en: 'text' },
  number: { de: 'Zahl', en: 'number' },
  int: { de: 'ganze Zahl', en: 'whole number' },
  array: { de: 'Liste', en: 'list' },
  object: { de: 'Objekt', en: 'object' },
  boolean: { de: 'ja/nein', en: 'yes/no' },
} satisfies Record<string, Text>;

/** What is wrong at that place, one sentence part per check the import makes. */
export const importRules = {
  missing: { de: 'fehlt', en: 'missing' },
  'wrong-type': {
    de: 'falscher Typ (erwartet: {expected})',
    en: 'wrong type (expected: {expected})',
  },
  'too-big': { de: 'Wert zu groß oder zu lang', en: 'value too large or too long' },
  'too-small': { de: 'Wert zu klein oder zu kurz', en: 'value too small or too short' },
  'unknown-field': { de: 'unbekanntes Feld {keys}', en: 'unknown field {keys}' },
  format: { de: 'ungültiges Format', en: 'invalid format' },
  value: { de: 'ungültiger Wert', en: 'invalid value' },
  'not-scale': {
    de: '{value} ist kein Punkt der Skala (1 bis 5 oder „weiß nicht“)',
    en: '{value} is not a point of the scale (1 to 5 or “don’t know”)',
  },
  'not-option': {
    de: '{value} ist keine Antwort, die diese Frage anbietet',
    en: '{value} is not an answer this question offers',
  },
  'not-text': { de: '{value} ist kein Text', en: '{value} is not text' },
  'text-too-long': { de: 'Text länger als {max} Zeichen', en: 'text longer than {max} characters' },
  future: {
    de: 'ungültiges Datum ({value} liegt weit in der Zukunft)',
    en: 'invalid date ({value} lies far in the future)',
  },
  day: { de: 'ungültiges Datum ({value})', en: 'invalid date ({value})' },
  'same-event': {
    de: 'dieselbe Kennung wie Veranstaltung {n}',
    en: 'the same ID as event {n}',
  },
  'same-step': {
    de: 'dieselbe Empfehlung wie Schritt {n}',
    en: 'the same recommendation as step {n}',
  },
  'pin-salt': {
    de: 'PIN und Salt gehören zusammen, eines fehlt (ohne Salt öffnet jede PIN)',
    en: 'PIN and salt belong together, one is missing (without a salt any PIN opens)',
  },
  'answer-form': {
    de: 'Antwort {n} hat nicht die Form [Frage, Wert, Zeit]',
    en: 'answer {n} is not of the form [question, value, time]',
  },
  'forbidden-id': { de: 'unzulässige Kennung', en: 'forbidden ID' },
  'answered-twice': { de: 'zweimal beantwortet', en: 'answered twice' },
} satisfies Record<string, Text>;

/** One check the import makes on a value. */
export type ImportRule = keyof typeof importRules;
