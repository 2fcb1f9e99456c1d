/** Strings of the network profile and the contact shown to respondents. */
export const contactUi = {
  title: { de: 'Netzwerkprofil' },
  intro: {
    de: 'Wer soll die Betriebe nach dem Check erreichen? Diese Angaben erscheinen im Veranstaltungsmodus, auf jedem Ergebnis und auf dem Ausdruck – denn der persönliche Kontakt ist für KMU der beste Weg ins Netzwerk.',
  },
  network: { de: 'Name des Netzwerks' },
  person: { de: 'Ansprechperson' },
  phone: { de: 'Telefon' },
  email: { de: 'E-Mail' },
  web: { de: 'Internetseite' },
  dates: { de: 'Nächste Termine' },
  datesHint: {
    de: 'Zum Beispiel: 14. Januar, 18 Uhr – Stammtisch in der Kammer',
  },
  optional: { de: '(freiwillig)' },
  save: { de: 'Speichern' },
  saved: { de: 'Gespeichert.' },
  removed: { de: 'Netzwerkprofil entfernt.' },
  missing: {
    de: 'Bitte geben Sie mindestens den Namen des Netzwerks oder eine Ansprechperson an – oder lassen Sie alles leer, um das Profil zu entfernen.',
  },
  emailInvalid: {
    de: 'Die E-Mail-Adresse sieht nicht vollständig aus (Beispiel: name@netzwerk.de).',
  },
  open: { de: 'Netzwerkprofil bearbeiten' },
  yours: { de: 'Ihre Ansprechperson' },
  useInEvent: {
    de: 'Ansprechperson aus dem Netzwerkprofil zeigen (im Veranstaltungsmodus und auf jedem Ergebnis)',
  },
  noProfile: {
    de: 'Noch kein Netzwerkprofil angelegt – dann erscheint keine Ansprechperson.',
  },
} as const;
