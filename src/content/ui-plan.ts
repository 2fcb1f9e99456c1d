import type { Text } from './schema';

/** Strings of the action plan on the result screen and its printed page. */
export const planUi = {
  toggle: { de: 'Das packe ich an' },
  who: { de: 'Wer?' },
  due: { de: 'Bis wann?' },
  note: { de: 'Notiz' },
  print: { de: 'Plan drucken' },
  title: { de: 'Aktionsplan' },
  label: { de: 'Für: {label}' },
  step: { de: 'Schritt' },
  removeTitle: { de: 'Schritt aus dem Plan nehmen?' },
  removeText: {
    de: 'Ihre Angaben zu „{title}“ werden gelöscht.',
  },
  remove: { de: 'Aus dem Plan nehmen' },
  keep: { de: 'Behalten' },
} satisfies Record<string, Text>;
