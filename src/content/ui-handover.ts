/** Strings of the QR hand-over (participant) and of collecting codes (coordinator). */
export const handoverUi = {
  give: { de: 'An das Veranstaltungsteam übergeben' },
  giveHint: {
    de: 'Ohne Internet: Ihr Ergebnis als QR-Code, den die Veranstalterin oder der Veranstalter mit dem eigenen Gerät abscannt.',
  },
  giveCoord: { de: 'Auf ein anderes Gerät übertragen' },
  giveHintCoord: {
    de: 'Ohne Internet: das Ergebnis als QR-Code. Sie scannen ihn mit einem anderen Gerät ab, oder eine Kollegin oder ein Kollege tut es.',
  },
  askTitle: { de: 'Ergebnis übergeben?' },
  askText: {
    de: 'Der QR-Code enthält Ihre Antworten (ohne Ihre Notizen und ohne Namen). Wer ihn scannt, kann Ihren Check sehen und mit anderen zusammen auswerten. Sie können auch Nein sagen.',
  },
  askYes: { de: 'QR-Code zeigen' },
  askNo: { de: 'Nicht übergeben' },
  codeTitle: { de: 'Ihr Check als QR-Code' },
  codeHint: {
    de: 'Halten Sie Ihr Gerät mit voller Helligkeit vor die Kamera der Person, die die Checks einsammelt, etwa eine Armlänge entfernt.',
  },
  codeLabel: { de: 'QR-Code mit Ihren Antworten' },
  codeDone: { de: 'Code ausblenden' },
  collect: { de: 'Ergebnisse einsammeln' },
  collectIntro: {
    de: 'Die Teilnehmenden zeigen ihr Ergebnis als QR-Code auf dem eigenen Handy. Halten Sie die Kamera darauf – jeder Check wird sofort unter dieser Veranstaltung gespeichert.',
  },
  start: { de: 'Kamera starten' },
  stop: { de: 'Kamera beenden' },
  video: { de: 'Kamerabild' },
  count: { de: '{n} erfasst' },
  stored: { de: 'Check übernommen.' },
  known: { de: 'Dieser Check ist schon erfasst.' },
  foreign: {
    de: 'Das ist kein Code des Netzwerk-Checks.',
  },
  damaged: {
    de: 'Der Code ließ sich nicht fehlerfrei lesen. Bitte noch einmal, etwas ruhiger halten.',
  },
  newerFormat: {
    de: 'Dieser Code stammt aus einer neueren Version der App. Bitte aktualisieren Sie die App auf diesem Gerät.',
  },
  unknownInstrument: {
    de: 'Dieser Check stammt aus einer anderen Version des Fragebogens, die diese App nicht kennt. Bitte nutzen Sie auf beiden Geräten die neueste Version der App.',
  },
  invalid: {
    de: 'Der Check im Code ist nicht gültig und wurde nicht gespeichert.',
  },
  saveFailed: {
    de: 'Der Check konnte nicht gespeichert werden. Vielleicht ist der Speicher voll – sehen Sie unter „Datensicherung“ nach und scannen Sie den Code dann noch einmal.',
  },
  denied: {
    de: 'Die Kamera ist nicht freigegeben. Erlauben Sie den Zugriff in den Einstellungen des Browsers – oder lassen Sie sich die Ergebnisse als Datei schicken.',
  },
  noCamera: {
    de: 'Auf diesem Gerät ist keine Kamera nutzbar. Lassen Sie sich die Ergebnisse als Datei schicken.',
  },
  fallback: {
    de: 'So geht es ohne Kamera: Die Teilnehmenden tippen bei ihrem Ergebnis auf „Diesen Check sichern (Datei)“ und schicken die Datei (z. B. per AirDrop oder Nearby Share, das geht auch ohne Internet). Sie lesen die Dateien hier ein:',
  },
  toImport: { de: 'Dateien einlesen' },
  back: { de: 'Zurück zur Veranstaltung' },
} as const;
