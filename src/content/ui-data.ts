import type { Text } from './schema';

/** Strings of the data-safety screen, export and import (loaded with that screen). */
export const dataUi = {
  title: { de: 'Datensicherung' },
  intro: {
    de: 'Ihre Checks liegen nur auf diesem Gerät. Sichern Sie sie als Datei, um sie aufzubewahren oder auf ein anderes Gerät zu bringen.',
  },
  statusTitle: { de: 'Stand' },
  persisted: { de: 'Dauerhaft gespeichert' },
  persistedYes: {
    de: 'ja – der Browser löscht die Daten nicht von sich aus',
  },
  persistedNo: {
    de: 'nein – bei Speichermangel kann der Browser die Daten löschen',
  },
  persistAsk: {
    de: 'Browser bitten, die Daten zu behalten',
  },
  usage: { de: 'Belegter Speicher' },
  usageValue: { de: '{used} von etwa {quota} verfügbar' },
  unknown: { de: 'unbekannt' },
  checks: { de: 'Checks auf diesem Gerät' },
  unexported: { de: 'Noch nicht gesichert' },
  lastExport: { de: 'Letzte Sicherung' },
  never: { de: 'noch nie' },
  reminder: {
    de: '{n} Checks sind noch nicht gesichert. Sichern Sie sie jetzt als Datei.',
  },
  reminderOne: {
    de: 'Ein Check ist noch nicht gesichert. Sichern Sie ihn jetzt als Datei.',
  },
  exportTitle: { de: 'Sichern (Export)' },
  exportJson: { de: 'Alle Checks sichern (Datei)' },
  exportJsonHint: {
    de: 'Eine Datei mit allen Antworten. Sie können sie hier oder auf einem anderen Gerät wieder einlesen.',
  },
  exportLimit: {
    de: 'Eine Sicherungsdatei fasst bis zu {max} Checks. Haben Sie mehr, sichern Sie jede Veranstaltung einzeln auf ihrer Seite.',
  },
  exportTooBig: {
    de: 'Das sind zu viele Checks für eine Sicherungsdatei (höchstens {max}). Sichern Sie jede Veranstaltung einzeln auf ihrer Seite. Es wurde keine Datei erstellt.',
  },
  exportTooBigEvent: {
    de: 'Diese Veranstaltung hat zu viele Checks für eine Sicherungsdatei (höchstens {max}). Es wurde keine Datei erstellt.',
  },
  encrypt: { de: 'Mit Kennwort verschlüsseln' },
  encryptHint: {
    de: 'Für Dateien, die das Gerät verlassen (USB-Stick, AirDrop). Ohne das Kennwort lässt sich die Datei nie mehr öffnen, niemand kann es wiederherstellen. Geben Sie es nicht mit der Datei weiter. Tabellen werden nicht verschlüsselt.',
  },
  passphrase: {
    de: 'Kennwort (mindestens {min} Zeichen)',
  },
  passphraseAgain: { de: 'Kennwort wiederholen' },
  passphraseShort: {
    de: 'Das Kennwort ist zu kurz. Nehmen Sie mindestens {min} Zeichen.',
  },
  passphraseMismatch: {
    de: 'Die beiden Kennwörter sind nicht gleich. Bitte geben Sie es noch einmal ein.',
  },
  exportCsv: { de: 'Tabelle für Excel (CSV)' },
  exportCsvHint: {
    de: 'Eine Zeile pro Check mit allen Antworten und Punkten.',
  },
  deviceTitle: { de: 'Name dieses Geräts' },
  deviceHint: {
    de: 'Ein kurzer Name wie „Messe-Tablet“. Er geht mit jeder Sicherung mit. So sieht man später, auf welchem Gerät ein Check ausgefüllt wurde.',
  },
  deviceName: { de: 'Name des Geräts' },
  deviceSave: { de: 'Namen speichern' },
  deviceSaved: {
    de: 'Gespeichert: Dieses Gerät heißt „{name}“.',
  },
  deviceRemoved: { de: 'Das Gerät hat jetzt keinen Namen.' },
  analystTitle: { de: 'Für Auswertungen' },
  exportLongCsv: { de: 'Tabelle für Analysen (CSV)' },
  exportParquet: { de: 'Tabelle für Analysen (Parquet)' },
  exportLongHint: {
    de: 'Eine Zeile pro Check und Frage, mit Bereichen, Hürden und Empfehlungen, für Statistik-Programme wie DuckDB oder R. Freitext bleibt draußen. Parquet ist kleiner und schneller.',
  },
  exported: { de: 'Gesichert: {file}' },
  shared: { de: 'Datei geteilt: {file}' },
  exportFailed: {
    de: 'Die Datei konnte nicht erstellt werden: {detail}',
  },
  nothing: { de: 'Es gibt noch nichts zu sichern.' },
  exporting: { de: 'Die Datei wird erstellt. Bei vielen Checks dauert das eine Weile.' },
  importTitle: { de: 'Einlesen (Import)' },
  importHint: {
    de: 'Wählen Sie eine Sicherungsdatei des Netzwerk-Checks oder ziehen Sie sie hierher. Vor dem Einlesen sehen Sie, was sich ändert.',
  },
  importChoose: { de: 'Datei auswählen' },
  importDrop: { de: 'Datei hier ablegen' },
  importReading: { de: 'Datei wird geprüft …' },
  programme: {
    de: 'Dateien vieler Netzwerke zusammen auswerten (Programm)',
  },
  preview: {
    de: '{added} neu, {unchanged} bereits vorhanden, {conflicts} Konflikte',
  },
  previewConflicts: {
    de: 'Bei Konflikten gilt die neuere Fassung; die ältere bleibt als Kopie erhalten. Es geht nichts verloren.',
  },
  unlockLabel: { de: 'Kennwort der Sicherung' },
  unlock: { de: 'Öffnen' },
  importApply: { de: 'Jetzt einlesen' },
  importCancel: { de: 'Abbrechen' },
  importDone: { de: '{n} Check(s) eingelesen.' },
  importNothing: {
    de: 'Alles schon vorhanden – nichts geändert.',
  },
  importRejected: {
    de: 'Die Datei wurde nicht eingelesen. Ihre Daten sind unverändert.',
  },
  importWriteFailed: {
    de: 'Beim Speichern ist ein Fehler aufgetreten ({detail}). Es wurde nichts geändert.',
  },
  deleteTitle: { de: 'Alles löschen' },
  deleteHint: {
    de: 'Löscht alle Checks auf diesem Gerät. Sichern Sie vorher, was Sie behalten wollen.',
  },
  deleteButton: { de: 'Alle Checks löschen …' },
  deleteConfirmTitle: { de: 'Wirklich alle Checks löschen?' },
  deleteConfirmText: {
    de: '{n} Check(s) werden von diesem Gerät gelöscht, davon {u} noch nicht gesichert. Das lässt sich nicht rückgängig machen.',
  },
  deleteConfirm: { de: 'Alles löschen' },
  deleted: { de: 'Alle Checks wurden gelöscht.' },
} satisfies Record<string, Text>;

/** Plain messages for every reason an import file is rejected. */
export const importProblems = {
  'too-big': {
    de: 'Die Datei ist zu groß ({mb} MB). Erlaubt sind höchstens {max} MB.',
  },
  empty: { de: 'Die Datei ist leer.' },
  image: {
    de: 'Das ist ein Bild, keine Sicherung.',
  },
  pdf: {
    de: 'Das ist ein PDF, keine Sicherung.',
  },
  csv: {
    de: 'Das ist eine Tabelle (CSV), keine Sicherung.',
  },
  utf16: {
    de: 'Die Datei wurde in einem anderen Zeichensatz (UTF-16) neu gespeichert. Bitte nehmen Sie die unveränderte Datei.',
  },
  zip: {
    de: 'Das ist ein gepacktes Archiv (ZIP). Bitte packen Sie es erst aus.',
  },
  'not-json': { de: 'Das ist keine Sicherung.' },
  truncated: {
    de: 'Die Datei hört mitten in den Daten auf. Bitte kopieren Sie sie noch einmal.',
  },
  broken: {
    de: 'Die Datei ist ab Zeile {line} beschädigt.',
  },
  'too-deep': {
    de: 'Die Datei ist viel tiefer verschachtelt als jede Sicherung (über {max} Ebenen).',
  },
  'forbidden-key': {
    de: 'Die Datei enthält ein unzulässiges Feld („{key}“) und wird aus Sicherheitsgründen abgelehnt.',
  },
  'wrong-format': {
    de: 'Das ist keine Sicherungsdatei des Netzwerk-Checks.',
  },
  'newer-version': {
    de: 'Die Datei stammt aus einer neueren Version der App (Format {version}). Bitte aktualisieren Sie die App und versuchen Sie es noch einmal.',
  },
  invalid: {
    de: 'Die Datei ist beschädigt oder wurde verändert: {where} – {what}.',
  },
  'duplicate-id': {
    de: 'Check {n} hat dieselbe Kennung wie ein früherer Check in der Datei ({id}). Die Datei wurde verändert.',
  },
  'unknown-instrument': {
    de: 'Check {n} gehört zu einem Fragebogen, den diese App nicht kennt („{instrument}“, Version {version}). Bitte aktualisieren Sie die App.',
  },
  encrypted: {
    de: 'Diese Sicherung ist mit einem Kennwort verschlüsselt. Bitte geben Sie das Kennwort ein.',
  },
  'wrong-passphrase': {
    de: 'Das Kennwort passt nicht zu dieser Datei. Versuchen Sie es noch einmal.',
  },
  'encrypted-damaged': {
    de: 'Die verschlüsselte Sicherung ist beschädigt. Bitte kopieren Sie sie noch einmal.',
  },
  unreadable: {
    de: 'Die Datei ließ sich nicht lesen. Bitte wählen Sie sie noch einmal.',
  },
  'unknown-item': {
    de: 'Check {n} enthält eine Antwort auf eine unbekannte Frage („{item}“).',
  },
} satisfies Record<string, Text>;
