/** Strings of the QR hand-over (participant) and of collecting codes (coordinator). */
export const handoverUi = {
  give: { de: 'An Veranstalter übergeben', en: 'Hand over to the organiser' },
  giveHint: {
    de: 'Ohne Internet: Ihr Ergebnis als QR-Code, den die Veranstalterin oder der Veranstalter mit dem eigenen Gerät abscannt.',
    en: 'Without internet: your result as a QR code that the organiser scans with their own device.',
  },
  giveCoord: { de: 'Auf ein anderes Gerät übertragen', en: 'Move to another device' },
  giveHintCoord: {
    de: 'Ohne Internet: das Ergebnis als QR-Code. Sie scannen ihn mit einem anderen Gerät ab, oder eine Kollegin oder ein Kollege tut es.',
    en: 'Without internet: the result as a QR code. You scan it with another device, or a colleague does.',
  },
  askTitle: { de: 'Ergebnis übergeben?', en: 'Hand over your result?' },
  askText: {
    de: 'Der QR-Code enthält Ihre Antworten (ohne Ihre Notizen und ohne Namen). Wer ihn scannt, kann Ihren Check sehen und mit anderen zusammen auswerten. Sie können auch Nein sagen.',
    en: 'The QR code holds your answers (without your notes and without a name). Whoever scans it can see your check and pool it with others. You can also say no.',
  },
  askYes: { de: 'QR-Code zeigen', en: 'Show QR code' },
  askNo: { de: 'Nicht übergeben', en: 'Don’t hand over' },
  codeTitle: { de: 'Ihr Check als QR-Code', en: 'Your check as a QR code' },
  codeHint: {
    de: 'Halten Sie Ihr Gerät mit voller Helligkeit vor die Kamera des Veranstalters, etwa eine Armlänge entfernt.',
    en: 'Hold your device at full brightness in front of the organiser’s camera, about an arm’s length away.',
  },
  codeLabel: { de: 'QR-Code mit Ihren Antworten', en: 'QR code with your answers' },
  codeDone: { de: 'Code ausblenden', en: 'Hide code' },
  collect: { de: 'Ergebnisse einsammeln', en: 'Collect results' },
  collectIntro: {
    de: 'Die Teilnehmenden zeigen ihr Ergebnis als QR-Code auf dem eigenen Handy. Halten Sie die Kamera darauf – jeder Check wird sofort unter dieser Veranstaltung gespeichert.',
    en: 'Participants show their result as a QR code on their own phone. Point the camera at it – each check is stored under this event at once.',
  },
  start: { de: 'Kamera starten', en: 'Start camera' },
  stop: { de: 'Kamera beenden', en: 'Stop camera' },
  video: { de: 'Kamerabild', en: 'Camera view' },
  count: { de: '{n} erfasst', en: '{n} collected' },
  stored: { de: 'Check übernommen.', en: 'Check taken in.' },
  known: { de: 'Dieser Check ist schon erfasst.', en: 'This check is already collected.' },
  foreign: {
    de: 'Das ist kein Code des Netzwerk-Checks.',
    en: 'This is not a Network Check code.',
  },
  damaged: {
    de: 'Der Code ließ sich nicht fehlerfrei lesen. Bitte noch einmal, etwas ruhiger halten.',
    en: 'The code could not be read without errors. Please try again, holding it steadier.',
  },
  newerFormat: {
    de: 'Dieser Code stammt aus einer neueren Version der App. Bitte aktualisieren Sie die App auf diesem Gerät.',
    en: 'This code comes from a newer version of the app. Please update the app on this device.',
  },
  unknownInstrument: {
    de: 'Dieser Check stammt aus einer anderen Version des Fragebogens, die diese App nicht kennt. Bitte nutzen Sie auf beiden Geräten die neueste Version der App.',
    en: 'This check comes from another version of the questionnaire that this app does not know. Please use the newest version of the app on both devices.',
  },
  invalid: {
    de: 'Der Check im Code ist nicht gültig und wurde nicht gespeichert.',
    en: 'The check in the code is not valid and was not stored.',
  },
  saveFailed: {
    de: 'Der Check konnte nicht gespeichert werden. Vielleicht ist der Speicher voll – sehen Sie unter „Datensicherung“ nach und scannen Sie den Code dann noch einmal.',
    en: 'The check could not be stored. Storage may be full – look under “Data backup”, then scan the code again.',
  },
  denied: {
    de: 'Die Kamera ist nicht freigegeben. Erlauben Sie den Zugriff in den Einstellungen des Browsers – oder lassen Sie sich die Ergebnisse als Datei schicken.',
    en: 'The camera is not allowed. Allow access in the browser settings – or have the results sent to you as files.',
  },
  noCamera: {
    de: 'Auf diesem Gerät ist keine Kamera nutzbar. Lassen Sie sich die Ergebnisse als Datei schicken.',
    en: 'No camera can be used on this device. Have the results sent to you as files.',
  },
  fallback: {
    de: 'So geht es ohne Kamera: Die Teilnehmenden tippen bei ihrem Ergebnis auf „Diesen Check sichern (Datei)“ und schicken die Datei (z. B. per AirDrop oder Nearby Share, das geht auch ohne Internet). Sie lesen die Dateien hier ein:',
    en: 'Without a camera: participants tap “Back up this check (file)” on their result and send the file (e.g. via AirDrop or Nearby Share, which work without internet). You read the files in here:',
  },
  toImport: { de: 'Dateien einlesen', en: 'Import files' },
  back: { de: 'Zurück zur Veranstaltung', en: 'Back to the event' },
} as const;
