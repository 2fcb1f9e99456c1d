import type { Text } from './schema';

/** Strings of the event screens and the kiosk (loaded with those screens). */
export const eventUi = {
  listTitle: { de: 'Veranstaltungen', en: 'Events' },
  listIntro: {
    de: 'Bei Messen, Kammerabenden oder Workshops füllen Besucher/innen den Check nacheinander auf diesem Gerät aus – auch ohne Internet. Jede Person sieht nur ihr eigenes Ergebnis.',
    en: 'At fairs, chamber evenings or workshops visitors take the check one after another on this device – even without internet. Each person sees only their own result.',
  },
  none: { de: 'Noch keine Veranstaltung angelegt.', en: 'No event yet.' },
  create: { de: 'Neue Veranstaltung anlegen', en: 'Create a new event' },
  checksCount: {
    de: '{done} abgeschlossen, {open} unvollständig',
    en: '{done} completed, {open} incomplete',
  },
  closed: { de: 'abgeschlossen am {date}', en: 'closed on {date}' },
  open: { de: 'Öffnen', en: 'Open' },
  formNew: { de: 'Neue Veranstaltung', en: 'New event' },
  formEdit: { de: 'Veranstaltung bearbeiten', en: 'Edit event' },
  name: { de: 'Name der Veranstaltung', en: 'Name of the event' },
  date: { de: 'Datum', en: 'Date' },
  instrument: { de: 'Fragebogen', en: 'Questionnaire' },
  pin: {
    de: 'PIN zum Beenden: 4 bis 8 Ziffern, wenn Sie wollen',
    en: 'PIN to leave (4–8 digits, optional)',
  },
  pinHint: {
    de: 'Mit PIN kann nur, wer sie kennt, den Veranstaltungsmodus verlassen. Die PIN wird nur verschlüsselt gespeichert.',
    en: 'With a PIN only people who know it can leave event mode. The PIN is stored only in hashed form.',
  },
  pinKeep: {
    de: 'Leer lassen, um die bisherige PIN zu behalten.',
    en: 'Leave empty to keep the current PIN.',
  },
  pinRemove: { de: 'PIN entfernen', en: 'Remove PIN' },
  pinInvalid: {
    de: 'Die PIN muss aus 4 bis 8 Ziffern bestehen.',
    en: 'The PIN must have 4 to 8 digits.',
  },
  idle: {
    de: 'Zurück zum Start nach … Sekunden ohne Eingabe',
    en: 'Back to the start after … seconds without input',
  },
  idleHint: { de: 'Empfohlen: 90 bis 180 Sekunden.', en: 'Recommended: 90 to 180 seconds.' },
  partial: { de: 'Unvollständige Checks bei Zeitablauf', en: 'Incomplete checks at timeout' },
  partialKeep: { de: 'behalten (zählen als unvollständig)', en: 'keep (count as incomplete)' },
  partialDiscard: { de: 'verwerfen', en: 'discard' },
  consent: {
    de: 'Hinweis für jede Person vor dem Start (freiwillig)',
    en: 'Note shown to each person before starting (optional)',
  },
  consentHint: {
    de: 'Zum Beispiel: „Ihre Antworten werden anonym für die Auswertung des Abends genutzt.“',
    en: 'For example: “Your answers are used anonymously for tonight’s evaluation.”',
  },
  privacy: { de: 'Was Sie später sehen können', en: 'What you can see later' },
  privacyAnonym: {
    de: 'Anonym (empfohlen): Nach „Fertig – nächste Person“ öffnet niemand mehr ein einzelnes Ergebnis, auch Sie nicht. Die Datensicherung enthält alle Checks.',
    en: 'Anonymous (recommended): after “Done – next person” nobody opens a single result any more, not even you. The backup holds all checks.',
  },
  privacyFeedback: {
    de: 'Mit Rückmeldung: Wer möchte, hinterlässt am Ende Namen und Kontakt. Nur diese Checks öffnen Sie einzeln.',
    en: 'With follow-up: whoever wants leaves a name and contact at the end. Only those checks can you open singly.',
  },
  kioskAnonym: {
    de: 'Anonym: Nach „Fertig – nächste Person“ kann niemand Ihr Ergebnis hier mehr öffnen, auch die Veranstalter nicht.',
    en: 'Anonymous: after “Done – next person” nobody can open your result here, not even the organisers.',
  },
  kioskFeedback: {
    de: 'Am Ende können Sie Namen und Kontakt für eine Rückmeldung hinterlassen. Nur dann sehen die Veranstalter Ihr Ergebnis einzeln.',
    en: 'At the end you can leave your name and contact for a follow-up. Only then do the organisers see your result singly.',
  },
  followTitle: { de: 'Möchten Sie eine Rückmeldung?', en: 'Would you like a follow-up?' },
  followName: { de: 'Ihr Name', en: 'Your name' },
  followContact: { de: 'E-Mail oder Telefon', en: 'E-mail or phone' },
  followConsent: {
    de: 'Ich bin einverstanden, dass {who} mein Ergebnis ansieht und mich dazu anspricht. Name und Kontakt werden mit meinem Check gespeichert.',
    en: 'I agree that {who} may look at my result and contact me about it. Name and contact are stored with my check.',
  },
  followWho: { de: 'die Veranstalter', en: 'the organisers' },
  followSave: { de: 'Kontakt hinterlassen', en: 'Leave my contact' },
  followSaved: {
    de: 'Danke! Ihr Kontakt ist gespeichert.',
    en: 'Thank you! Your contact is stored.',
  },
  kioskPrint: {
    de: 'Bitte auf Papier drucken, nicht „Als PDF speichern“: Eine Datei bliebe auf diesem Gerät.',
    en: 'Please print on paper, not “Save as PDF”: a file would stay on this device.',
  },
  nameMissing: { de: 'Bitte geben Sie einen Namen ein.', en: 'Please enter a name.' },
  dateInvalid: {
    de: 'Bitte wählen Sie einen Tag zwischen dem Jahr 2000 und 2999.',
    en: 'Please choose a day between the years 2000 and 2999.',
  },
  save: { de: 'Speichern', en: 'Save' },
  cancel: { de: 'Abbrechen', en: 'Cancel' },
  detailChecks: { de: 'Gesammelte Checks', en: 'Collected checks' },
  startKiosk: { de: 'Veranstaltungsmodus starten', en: 'Start event mode' },
  startKioskHint: {
    de: 'Das Gerät zeigt dann nur noch den Start des Checks. Geben Sie es danach an die erste Person weiter.',
    en: 'The device then only shows the start of the check. Then hand it to the first person.',
  },
  edit: { de: 'Bearbeiten', en: 'Edit' },
  close: { de: 'Veranstaltung abschließen', en: 'Close event' },
  closedNote: {
    de: 'Diese Veranstaltung ist abgeschlossen. Es werden keine Checks mehr gesammelt.',
    en: 'This event is closed. No more checks are collected.',
  },
  reopen: { de: 'Wieder öffnen', en: 'Reopen' },
  exportEvent: { de: 'Checks dieser Veranstaltung sichern', en: 'Back up this event’s checks' },
  delete: { de: 'Veranstaltung löschen …', en: 'Delete event …' },
  deleteTitle: { de: 'Veranstaltung löschen?', en: 'Delete event?' },
  deleteText: {
    de: 'Die Veranstaltung „{name}“ und alle {n} Checks darin werden von diesem Gerät gelöscht. Das lässt sich nicht rückgängig machen.',
    en: 'The event “{name}” and all {n} checks in it will be deleted from this device. This cannot be undone.',
  },
  deleteConfirm: { de: 'Endgültig löschen', en: 'Delete for good' },
  notFound: {
    de: 'Diese Veranstaltung gibt es auf diesem Gerät nicht.',
    en: 'This event does not exist on this device.',
  },
  kioskWelcome: { de: 'Willkommen!', en: 'Welcome!' },
  kioskLead: {
    de: 'Finden Sie in wenigen Minuten heraus, ob ein Fachkräftenetzwerk zu Ihrem Betrieb passt – und was Ihnen helfen würde.',
    en: 'Find out in a few minutes whether a skilled-labour network fits your firm – and what would help you.',
  },
  kioskPrivacy: {
    de: 'Ihre Antworten sieht niemand nach Ihnen. Am Ende sehen Sie Ihr Ergebnis und können es drucken.',
    en: 'Nobody after you can see your answers. At the end you see your result and can print it.',
  },
  kioskStart: { de: 'Los geht’s', en: 'Let’s start' },
  kioskLeave: { de: 'Veranstaltungsmodus beenden', en: 'Leave event mode' },
  kioskPinTitle: { de: 'PIN eingeben', en: 'Enter PIN' },
  kioskPinLabel: { de: 'PIN', en: 'PIN' },
  kioskPinWrong: { de: 'Die PIN stimmt nicht.', en: 'The PIN is not correct.' },
  kioskPinOk: { de: 'Beenden', en: 'Leave' },
  kioskLeaveConfirm: {
    de: 'Den Modus für die Veranstaltung beenden? Die Checks bleiben gespeichert.',
    en: 'Leave event mode? The collected checks stay saved.',
  },
  kioskClosed: { de: 'Diese Veranstaltung ist abgeschlossen.', en: 'This event is closed.' },
  idleWarn: { de: 'Noch {n} Sekunden – weitermachen?', en: '{n} seconds left – carry on?' },
  idleGoOn: { de: 'Weitermachen', en: 'Continue' },
  idleDone: {
    de: 'Nach {n} Sekunden ohne Eingabe ist das Ergebnis vom Bildschirm verschwunden. Es ist vollständig gespeichert.',
    en: 'After {n} seconds without input the result has left the screen. It is fully saved.',
  },
  idleKept: {
    de: 'Nach {n} Sekunden ohne Eingabe hat der Check neu begonnen. Die Antworten bis dahin sind gespeichert, aber hier nicht mehr zu sehen.',
    en: 'After {n} seconds without input the check started over. The answers so far are saved but no longer shown here.',
  },
  idleDiscarded: {
    de: 'Nach {n} Sekunden ohne Eingabe hat der Check neu begonnen. Die Antworten bis dahin sind gelöscht.',
    en: 'After {n} seconds without input the check started over. The answers so far are deleted.',
  },
} satisfies Record<string, Text>;
