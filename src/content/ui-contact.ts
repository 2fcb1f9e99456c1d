/** Strings of the network profile and the contact shown to respondents. */
export const contactUi = {
  title: { de: 'Netzwerkprofil', en: 'Network profile' },
  intro: {
    de: 'Wer soll die Betriebe nach dem Check erreichen? Diese Angaben erscheinen im Veranstaltungsmodus, auf jedem Ergebnis und auf dem Ausdruck – denn der persönliche Kontakt ist für KMU der beste Weg ins Netzwerk.',
    en: 'Whom should firms contact after the check? These details appear in event mode, on every result and on the printout – personal contact is the best way into a network for SMEs.',
  },
  network: { de: 'Name des Netzwerks', en: 'Name of the network' },
  person: { de: 'Ansprechperson', en: 'Contact person' },
  phone: { de: 'Telefon', en: 'Phone' },
  email: { de: 'E-Mail', en: 'E-mail' },
  web: { de: 'Internetseite', en: 'Website' },
  dates: { de: 'Nächste Termine', en: 'Next dates' },
  datesHint: {
    de: 'Zum Beispiel: 14. Januar, 18 Uhr – Stammtisch in der Kammer',
    en: 'For example: 14 January, 6 pm – get-together at the chamber',
  },
  optional: { de: '(freiwillig)', en: '(optional)' },
  save: { de: 'Speichern', en: 'Save' },
  saved: { de: 'Gespeichert.', en: 'Saved.' },
  removed: { de: 'Netzwerkprofil entfernt.', en: 'Network profile removed.' },
  missing: {
    de: 'Bitte geben Sie mindestens den Namen des Netzwerks oder eine Ansprechperson an – oder lassen Sie alles leer, um das Profil zu entfernen.',
    en: 'Please give at least the network’s name or a contact person – or leave everything empty to remove the profile.',
  },
  emailInvalid: {
    de: 'Die E-Mail-Adresse sieht nicht vollständig aus (Beispiel: name@netzwerk.de).',
    en: 'The e-mail address looks incomplete (example: name@network.org).',
  },
  open: { de: 'Netzwerkprofil bearbeiten', en: 'Edit network profile' },
  yours: { de: 'Ihre Ansprechperson', en: 'Your contact person' },
  useInEvent: {
    de: 'Ansprechperson aus dem Netzwerkprofil zeigen (im Veranstaltungsmodus und auf jedem Ergebnis)',
    en: 'Show the contact person from the network profile (in event mode and on every result)',
  },
  noProfile: {
    de: 'Noch kein Netzwerkprofil angelegt – dann erscheint keine Ansprechperson.',
    en: 'No network profile yet – so no contact person is shown.',
  },
} as const;
