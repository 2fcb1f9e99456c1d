import type { Text } from './schema';

/** Strings of the data-safety screen, export and import (loaded with that screen). */
export const dataUi = {
  title: { de: 'Datensicherung', en: 'Data backup' },
  intro: {
    de: 'Ihre Checks liegen nur auf diesem Gerät. Sichern Sie sie als Datei, um sie aufzubewahren oder auf ein anderes Gerät zu bringen.',
    en: 'Your checks are stored only on this device. Save them as a file to keep them or to move them to another device.',
  },
  statusTitle: { de: 'Stand', en: 'Status' },
  persisted: { de: 'Dauerhaft gespeichert', en: 'Stored persistently' },
  persistedYes: {
    de: 'ja – der Browser löscht die Daten nicht von sich aus',
    en: 'yes – the browser will not delete the data by itself',
  },
  persistedNo: {
    de: 'nein – bei Speichermangel kann der Browser die Daten löschen',
    en: 'no – the browser may delete the data when space runs low',
  },
  persistAsk: {
    de: 'Browser bitten, die Daten zu behalten',
    en: 'Ask the browser to keep the data',
  },
  usage: { de: 'Belegter Speicher', en: 'Storage used' },
  usageValue: { de: '{used} von etwa {quota} verfügbar', en: '{used} of about {quota} available' },
  unknown: { de: 'unbekannt', en: 'unknown' },
  checks: { de: 'Checks auf diesem Gerät', en: 'Checks on this device' },
  unexported: { de: 'Noch nicht gesichert', en: 'Not yet backed up' },
  lastExport: { de: 'Letzte Sicherung', en: 'Last backup' },
  never: { de: 'noch nie', en: 'never' },
  reminder: {
    de: '{n} Checks sind noch nicht gesichert. Sichern Sie sie jetzt als Datei.',
    en: '{n} checks are not backed up yet. Save them as a file now.',
  },
  reminderOne: {
    de: 'Ein Check ist noch nicht gesichert. Sichern Sie ihn jetzt als Datei.',
    en: 'One check is not backed up yet. Save it as a file now.',
  },
  exportTitle: { de: 'Sichern (Export)', en: 'Back up (export)' },
  exportJson: { de: 'Alle Checks sichern (Datei)', en: 'Back up all checks (file)' },
  exportJsonHint: {
    de: 'Eine Datei mit allen Antworten. Sie können sie hier oder auf einem anderen Gerät wieder einlesen.',
    en: 'A file with all answers. You can import it again here or on another device.',
  },
  exportLimit: {
    de: 'Eine Sicherungsdatei fasst bis zu {max} Checks. Haben Sie mehr, sichern Sie jede Veranstaltung einzeln auf ihrer Seite.',
    en: 'One backup file holds up to {max} checks. If you have more, back up each event separately on its page.',
  },
  exportTooBig: {
    de: 'Das sind zu viele Checks für eine Sicherungsdatei (höchstens {max}). Sichern Sie jede Veranstaltung einzeln auf ihrer Seite. Es wurde keine Datei erstellt.',
    en: 'These are too many checks for one backup file (at most {max}). Back up each event separately on its page. No file was created.',
  },
  exportTooBigEvent: {
    de: 'Diese Veranstaltung hat zu viele Checks für eine Sicherungsdatei (höchstens {max}). Es wurde keine Datei erstellt.',
    en: 'This event has too many checks for one backup file (at most {max}). No file was created.',
  },
  encrypt: { de: 'Mit Kennwort verschlüsseln', en: 'Encrypt with a passphrase' },
  encryptHint: {
    de: 'Für Dateien, die das Gerät verlassen (USB-Stick, AirDrop). Ohne das Kennwort lässt sich die Datei nie mehr öffnen, niemand kann es wiederherstellen. Geben Sie es nicht mit der Datei weiter. Tabellen werden nicht verschlüsselt.',
    en: 'For files that leave the device (USB stick, AirDrop). Without the passphrase the file can never be opened again, and nobody can recover it. Do not pass it on with the file. Tables are not encrypted.',
  },
  passphrase: {
    de: 'Kennwort (mindestens {min} Zeichen)',
    en: 'Passphrase (at least {min} characters)',
  },
  passphraseAgain: { de: 'Kennwort wiederholen', en: 'Repeat passphrase' },
  passphraseShort: {
    de: 'Das Kennwort ist zu kurz. Nehmen Sie mindestens {min} Zeichen.',
    en: 'The passphrase is too short. Use at least {min} characters.',
  },
  passphraseMismatch: {
    de: 'Die beiden Kennwörter sind nicht gleich. Bitte geben Sie es noch einmal ein.',
    en: 'The two passphrases differ. Please enter it again.',
  },
  exportCsv: { de: 'Tabelle für Excel (CSV)', en: 'Table for Excel (CSV)' },
  exportCsvHint: {
    de: 'Eine Zeile pro Check mit allen Antworten und Punkten.',
    en: 'One row per check with all answers and points.',
  },
  analystTitle: { de: 'Für Auswertungen', en: 'For analysis' },
  exportLongCsv: { de: 'Tabelle für Analysen (CSV)', en: 'Table for analysis (CSV)' },
  exportParquet: { de: 'Tabelle für Analysen (Parquet)', en: 'Table for analysis (Parquet)' },
  exportLongHint: {
    de: 'Eine Zeile pro Check und Frage, mit Bereichen, Hürden und Empfehlungen, für Statistik-Programme wie DuckDB oder R. Freitext bleibt draußen. Parquet ist kleiner und schneller.',
    en: 'One row per check and question, with areas, barriers and recommendations, for statistics tools such as DuckDB or R. Free text stays out. Parquet is smaller and faster.',
  },
  exported: { de: 'Gesichert: {file}', en: 'Saved: {file}' },
  shared: { de: 'Datei geteilt: {file}', en: 'File shared: {file}' },
  exportFailed: {
    de: 'Die Datei konnte nicht erstellt werden: {detail}',
    en: 'The file could not be created: {detail}',
  },
  nothing: { de: 'Es gibt noch nichts zu sichern.', en: 'There is nothing to back up yet.' },
  importTitle: { de: 'Einlesen (Import)', en: 'Restore (import)' },
  importHint: {
    de: 'Wählen Sie eine Sicherungsdatei des Netzwerk-Checks oder ziehen Sie sie hierher. Vor dem Einlesen sehen Sie, was sich ändert.',
    en: 'Choose a Network Check backup file or drop it here. Before anything is imported you see what will change.',
  },
  importChoose: { de: 'Datei auswählen', en: 'Choose file' },
  importDrop: { de: 'Datei hier ablegen', en: 'Drop file here' },
  importReading: { de: 'Datei wird geprüft …', en: 'Checking file …' },
  programme: {
    de: 'Dateien vieler Netzwerke zusammen auswerten (Programm)',
    en: 'Pool the files of many networks (programme)',
  },
  preview: {
    de: '{added} neu, {unchanged} bereits vorhanden, {conflicts} Konflikte',
    en: '{added} new, {unchanged} already here, {conflicts} conflicts',
  },
  previewConflicts: {
    de: 'Bei Konflikten gilt die neuere Fassung; die ältere bleibt als Kopie erhalten. Es geht nichts verloren.',
    en: 'For conflicts the newer version wins; the older one is kept as a copy. Nothing is lost.',
  },
  unlockLabel: { de: 'Kennwort der Sicherung', en: 'Passphrase of the backup' },
  unlock: { de: 'Öffnen', en: 'Open' },
  importApply: { de: 'Jetzt einlesen', en: 'Import now' },
  importCancel: { de: 'Abbrechen', en: 'Cancel' },
  importDone: { de: '{n} Check(s) eingelesen.', en: '{n} check(s) imported.' },
  importNothing: {
    de: 'Alles schon vorhanden – nichts geändert.',
    en: 'Everything is already here – nothing changed.',
  },
  importRejected: {
    de: 'Die Datei wurde nicht eingelesen. Ihre Daten sind unverändert.',
    en: 'The file was not imported. Your data is unchanged.',
  },
  importWriteFailed: {
    de: 'Beim Speichern ist ein Fehler aufgetreten ({detail}). Es wurde nichts geändert.',
    en: 'Saving failed ({detail}). Nothing was changed.',
  },
  deleteTitle: { de: 'Alles löschen', en: 'Delete everything' },
  deleteHint: {
    de: 'Löscht alle Checks auf diesem Gerät. Sichern Sie vorher, was Sie behalten wollen.',
    en: 'Deletes all checks on this device. Back up first what you want to keep.',
  },
  deleteButton: { de: 'Alle Checks löschen …', en: 'Delete all checks …' },
  deleteConfirmTitle: { de: 'Wirklich alle Checks löschen?', en: 'Really delete all checks?' },
  deleteConfirmText: {
    de: '{n} Check(s) werden von diesem Gerät gelöscht, davon {u} noch nicht gesichert. Das lässt sich nicht rückgängig machen.',
    en: '{n} check(s) will be deleted from this device, {u} of them not backed up. This cannot be undone.',
  },
  deleteConfirm: { de: 'Alles löschen', en: 'Delete everything' },
  deleted: { de: 'Alle Checks wurden gelöscht.', en: 'All checks were deleted.' },
} satisfies Record<string, Text>;

/** Plain messages for every reason an import file is rejected. */
export const importProblems = {
  'too-big': {
    de: 'Die Datei ist zu groß ({mb} MB). Erlaubt sind höchstens {max} MB.',
    en: 'The file is too large ({mb} MB). At most {max} MB are allowed.',
  },
  empty: { de: 'Die Datei ist leer.', en: 'The file is empty.' },
  image: {
    de: 'Das ist ein Bild, keine Sicherung.',
    en: 'This is an image, not a backup.',
  },
  pdf: {
    de: 'Das ist ein PDF, keine Sicherung.',
    en: 'This is a PDF, not a backup.',
  },
  csv: {
    de: 'Das ist eine Tabelle (CSV), keine Sicherung.',
    en: 'This is a table (CSV), not a backup.',
  },
  utf16: {
    de: 'Die Datei wurde in einem anderen Zeichensatz (UTF-16) neu gespeichert. Bitte nehmen Sie die unveränderte Datei.',
    en: 'The file was saved again in another character set (UTF-16). Please use the unchanged file.',
  },
  zip: {
    de: 'Das ist ein gepacktes Archiv (ZIP). Bitte packen Sie es erst aus.',
    en: 'This is a packed archive (ZIP). Please unpack it first.',
  },
  'not-json': { de: 'Das ist keine Sicherung.', en: 'This is not a backup.' },
  truncated: {
    de: 'Die Datei hört mitten in den Daten auf. Bitte kopieren Sie sie noch einmal.',
    en: 'The file stops in the middle of the data. Please copy it again.',
  },
  broken: {
    de: 'Die Datei ist ab Zeile {line} beschädigt.',
    en: 'The file is damaged from line {line} on.',
  },
  'too-deep': {
    de: 'Die Datei ist viel tiefer verschachtelt als jede Sicherung (über {max} Ebenen).',
    en: 'The file is nested far deeper than any backup (over {max} levels).',
  },
  'forbidden-key': {
    de: 'Die Datei enthält ein unzulässiges Feld („{key}“) und wird aus Sicherheitsgründen abgelehnt.',
    en: 'The file contains a forbidden field (“{key}”) and is rejected for safety.',
  },
  'wrong-format': {
    de: 'Das ist keine Sicherungsdatei des Netzwerk-Checks.',
    en: 'This is not a Network Check backup file.',
  },
  'newer-version': {
    de: 'Die Datei stammt aus einer neueren Version der App (Format {version}). Bitte aktualisieren Sie die App und versuchen Sie es noch einmal.',
    en: 'The file comes from a newer version of the app (format {version}). Please update the app and try again.',
  },
  invalid: {
    de: 'Die Datei ist beschädigt oder wurde verändert: {where} – {what}.',
    en: 'The file is damaged or was changed: {where} – {what}.',
  },
  'duplicate-id': {
    de: 'Check {n} hat dieselbe Kennung wie ein früherer Check in der Datei ({id}). Die Datei wurde verändert.',
    en: 'Check {n} has the same id as an earlier check in the file ({id}). The file was changed.',
  },
  'unknown-instrument': {
    de: 'Check {n} gehört zu einem Fragebogen, den diese App nicht kennt („{instrument}“, Version {version}). Bitte aktualisieren Sie die App.',
    en: 'Check {n} belongs to a questionnaire this app does not know (“{instrument}”, version {version}). Please update the app.',
  },
  encrypted: {
    de: 'Diese Sicherung ist mit einem Kennwort verschlüsselt. Bitte geben Sie das Kennwort ein.',
    en: 'This backup is encrypted with a passphrase. Please enter the passphrase.',
  },
  'wrong-passphrase': {
    de: 'Das Kennwort passt nicht zu dieser Datei. Versuchen Sie es noch einmal.',
    en: 'The passphrase does not fit this file. Please try again.',
  },
  'encrypted-damaged': {
    de: 'Die verschlüsselte Sicherung ist beschädigt. Bitte kopieren Sie sie noch einmal.',
    en: 'The encrypted backup is damaged. Please copy it again.',
  },
  unreadable: {
    de: 'Die Datei ließ sich nicht lesen. Bitte wählen Sie sie noch einmal.',
    en: 'The file could not be read. Please choose it again.',
  },
  'unknown-item': {
    de: 'Check {n} enthält eine Antwort auf eine unbekannte Frage („{item}“).',
    en: 'Check {n} contains an answer to an unknown question (“{item}”).',
  },
} satisfies Record<string, Text>;
