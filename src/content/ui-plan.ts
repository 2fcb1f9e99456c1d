import type { Text } from './schema';

/** Strings of the action plan on the result screen and its printed page. */
export const planUi = {
  toggle: { de: 'Das packe ich an', en: 'I will tackle this' },
  who: { de: 'Wer?', en: 'Who?' },
  due: { de: 'Bis wann?', en: 'By when?' },
  note: { de: 'Notiz', en: 'Note' },
  print: { de: 'Plan drucken', en: 'Print the plan' },
  title: { de: 'Aktionsplan', en: 'Action plan' },
  label: { de: 'Für: {label}', en: 'For: {label}' },
  step: { de: 'Schritt', en: 'Step' },
  removeTitle: { de: 'Schritt aus dem Plan nehmen?', en: 'Remove the step from the plan?' },
  removeText: {
    de: 'Ihre Angaben zu „{title}“ werden gelöscht.',
    en: 'What you entered for “{title}” will be deleted.',
  },
  remove: { de: 'Aus dem Plan nehmen', en: 'Remove from plan' },
  keep: { de: 'Behalten', en: 'Keep' },
} satisfies Record<string, Text>;
