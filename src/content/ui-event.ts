import type { Text } from './schema';

/** Strings of the event screens and the kiosk (loaded with those screens). */
export const eventUi = {
  listTitle: { de: 'Veranstaltungen' },
  listIntro: {
    de: 'Bei Messen, Kammerabenden oder Workshops füllen Besucher/innen den Check nacheinander auf diesem Gerät aus – auch ohne Internet. Jede Person sieht nur ihr eigenes Ergebnis.',
  },
  none: { de: 'Noch keine Veranstaltung angelegt.' },
  create: { de: 'Neue Veranstaltung anlegen' },
  checksCount: {
    de: '{done} abgeschlossen, {open} unvollständig',
  },
  closed: { de: 'abgeschlossen am {date}' },
  open: { de: 'Öffnen' },
  formNew: { de: 'Neue Veranstaltung' },
  formEdit: { de: 'Veranstaltung bearbeiten' },
  name: { de: 'Name der Veranstaltung' },
  date: { de: 'Datum' },
  instrument: { de: 'Fragebogen' },
  pin: {
    de: 'PIN zum Beenden: 4 bis 8 Ziffern, wenn Sie wollen',
  },
  pinHint: {
    de: 'Mit PIN kann nur, wer sie kennt, den Veranstaltungsmodus verlassen. Die PIN wird nur verschlüsselt gespeichert.',
  },
  pinKeep: {
    de: 'Leer lassen, um die bisherige PIN zu behalten.',
  },
  pinRemove: { de: 'PIN entfernen' },
  pinInvalid: {
    de: 'Die PIN muss aus 4 bis 8 Ziffern bestehen.',
  },
  idle: {
    de: 'Zurück zum Start nach … Sekunden ohne Eingabe',
  },
  idleHint: { de: 'Empfohlen: 90 bis 180 Sekunden.' },
  partial: { de: 'Unvollständige Checks bei Zeitablauf' },
  partialKeep: { de: 'behalten (zählen als unvollständig)' },
  partialDiscard: { de: 'verwerfen' },
  consent: {
    de: 'Hinweis für jede Person vor dem Start (freiwillig)',
  },
  consentHint: {
    de: 'Zum Beispiel: „Ihre Antworten werden anonym für die Auswertung des Abends genutzt.“',
  },
  privacy: { de: 'Was Sie später sehen können' },
  privacyAnonym: {
    de: 'Anonym (empfohlen): Nach „Fertig – nächste Person“ öffnet niemand mehr ein einzelnes Ergebnis, auch Sie nicht. Die Datensicherung enthält alle Checks.',
  },
  testRun: {
    de: 'Testlauf: nur zum Ausprobieren. Die Checks dieser Veranstaltung zählen in keiner Auswertung mit, außer Sie wählen dort „Testläufe einbeziehen“.',
  },
  privacyFeedback: {
    de: 'Mit Rückmeldung: Wer möchte, hinterlässt am Ende Namen und Kontakt. Nur diese Checks öffnen Sie einzeln.',
  },
  kioskAnonym: {
    de: 'Anonym: Nach „Fertig – nächste Person“ kann niemand Ihr Ergebnis hier mehr öffnen, auch nicht das Veranstaltungsteam.',
  },
  kioskFeedback: {
    de: 'Am Ende können Sie Namen und Kontakt für eine Rückmeldung hinterlassen. Nur dann sieht das Veranstaltungsteam Ihr Ergebnis einzeln.',
  },
  followTitle: { de: 'Möchten Sie eine Rückmeldung?' },
  followName: { de: 'Ihr Name' },
  followContact: { de: 'E-Mail oder Telefon' },
  followConsent: {
    de: 'Ich bin einverstanden, dass {who} mein Ergebnis ansieht und mich dazu anspricht. Name und Kontakt werden mit meinem Check gespeichert.',
  },
  followWho: { de: 'das Veranstaltungsteam' },
  followSave: { de: 'Kontakt hinterlassen' },
  followSaved: {
    de: 'Danke! Ihr Kontakt ist gespeichert.',
  },
  kioskPrint: {
    de: 'Bitte auf Papier drucken, nicht „Als PDF speichern“: Eine Datei bliebe auf diesem Gerät.',
  },
  nameMissing: { de: 'Bitte geben Sie einen Namen ein.' },
  dateInvalid: {
    de: 'Bitte wählen Sie einen Tag zwischen dem Jahr 2000 und 2999.',
  },
  save: { de: 'Speichern' },
  cancel: { de: 'Abbrechen' },
  detailChecks: { de: 'Gesammelte Checks' },
  startKiosk: { de: 'Veranstaltungsmodus starten' },
  startKioskHint: {
    de: 'Das Gerät zeigt dann nur noch den Start des Checks. Geben Sie es danach an die erste Person weiter.',
  },
  edit: { de: 'Bearbeiten' },
  close: { de: 'Veranstaltung abschließen' },
  closedNote: {
    de: 'Diese Veranstaltung ist abgeschlossen. Es werden keine Checks mehr gesammelt.',
  },
  reopen: { de: 'Wieder öffnen' },
  exportEvent: { de: 'Checks dieser Veranstaltung sichern' },
  delete: { de: 'Veranstaltung löschen …' },
  deleteTitle: { de: 'Veranstaltung löschen?' },
  deleteText: {
    de: 'Die Veranstaltung „{name}“ und alle {n} Checks darin werden von diesem Gerät gelöscht. Das lässt sich nicht rückgängig machen.',
  },
  deleteConfirm: { de: 'Endgültig löschen' },
  notFound: {
    de: 'Diese Veranstaltung gibt es auf diesem Gerät nicht.',
  },
  kioskWelcome: { de: 'Willkommen!' },
  kioskLead: {
    de: 'Finden Sie in wenigen Minuten heraus, ob ein Fachkräftenetzwerk zu Ihrem Betrieb passt – und was Ihnen helfen würde.',
  },
  kioskPrivacy: {
    de: 'Ihre Antworten sieht niemand nach Ihnen. Am Ende sehen Sie Ihr Ergebnis und können es drucken.',
  },
  kioskStart: { de: 'Los geht’s' },
  kioskLeave: { de: 'Veranstaltungsmodus beenden' },
  kioskPinTitle: { de: 'PIN eingeben' },
  kioskPinLabel: { de: 'PIN' },
  kioskPinWrong: { de: 'Die PIN stimmt nicht.' },
  kioskPinOk: { de: 'Beenden' },
  kioskLeaveConfirm: {
    de: 'Den Modus für die Veranstaltung beenden? Die Checks bleiben gespeichert.',
  },
  kioskClosed: { de: 'Diese Veranstaltung ist abgeschlossen.' },
  idleWarn: { de: 'Noch {n} Sekunden – weitermachen?' },
  idleGoOn: { de: 'Weitermachen' },
  idleDone: {
    de: 'Nach {n} Sekunden ohne Eingabe ist das Ergebnis vom Bildschirm verschwunden. Es ist vollständig gespeichert.',
  },
  idleKept: {
    de: 'Nach {n} Sekunden ohne Eingabe hat der Check neu begonnen. Die Antworten bis dahin sind gespeichert, aber hier nicht mehr zu sehen.',
  },
  idleDiscarded: {
    de: 'Nach {n} Sekunden ohne Eingabe hat der Check neu begonnen. Die Antworten bis dahin sind gelöscht.',
  },
} satisfies Record<string, Text>;
