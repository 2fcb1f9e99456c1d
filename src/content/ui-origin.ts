/** Strings that say where a check came from ("Meine Checks"; loaded with the screens that show it). */
export const originUi = {
  testRun: { de: 'Testlauf' },
  markTestRun: { de: 'Als Testlauf markieren' },
  unmarkTestRun: { de: 'Kein Testlauf' },
  testRunHint: {
    de: 'Ein Testlauf zählt in keiner Auswertung mit, außer Sie wählen dort „Testläufe einbeziehen“.',
  },
  thisDevice: { de: 'diesem Gerät' },
  namedDevice: { de: 'Gerät „{name}“' },
  otherDevice: { de: 'einem anderen Gerät' },
  here: { de: 'Auf {place} ausgefüllt' },
  kiosk: {
    de: 'Im Veranstaltungsmodus auf {place} ausgefüllt',
  },
  qr: { de: 'Per QR-Code übernommen von {place}' },
  viaFile: { de: 'per Datei übernommen' },
  unknown: { de: 'Herkunft unbekannt' },
  network: { de: 'Netzwerk: {network}' },
};
