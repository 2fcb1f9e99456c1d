/** Strings of the programme view (loaded with it). */
export const programmeUi = {
  title: { de: 'Programm: viele Netzwerke zusammen' },
  intro: {
    de: 'Für Programme, die mehrere Netzwerke begleiten: Lesen Sie die Dateien vieler Geräte auf einmal ein und vergleichen Sie die Netzwerke nebeneinander.',
  },
  where: {
    de: 'Die Dateien werden in die Checks auf diesem Gerät übernommen. Ein Check, der schon da ist, wird erkannt und nicht doppelt gezählt – auch wenn er in mehreren Dateien steckt.',
  },
  importTitle: { de: 'Dateien einlesen' },
  choose: { de: 'Dateien auswählen' },
  drop: {
    de: 'oder Dateien oder einen ganzen Ordner hierher ziehen',
  },
  progress: {
    de: 'Datei {i} von {n} wird gelesen: {name}',
  },
  reportTitle: { de: 'Was in den Dateien war' },
  colFile: { de: 'Datei' },
  colNew: { de: 'Neu' },
  colKnown: { de: 'Schon da' },
  colConflict: { de: 'Andere Fassung' },
  colResult: { de: 'Ergebnis' },
  fileDone: { de: 'eingelesen' },
  fileNothing: { de: 'nichts Neues' },
  conflictHint: {
    de: '„Andere Fassung“: Derselbe Check lag schon in einer anderen Fassung vor. Die neuere gilt, die ältere bleibt als Kopie erhalten und wird nicht mitgezählt.',
  },
  summary: {
    de: 'Dateien: {files}. Checks neu: {added}, schon da: {known}, in anderer Fassung: {conflicts}. Dateien nicht eingelesen: {failed}.',
  },
  notJson: {
    de: 'Übersprungen: keine Sicherungsdatei (.json).',
  },
  poolTitle: { de: 'Die Netzwerke im Vergleich' },
  poolIntro: {
    de: 'Alle abgeschlossenen Checks auf diesem Gerät, nach Netzwerk. Die Zahlen sind die eigenen Angaben der Betriebe (KMU-Check und Schnellcheck), zusammengefasst.',
  },
  protect: {
    de: 'Schutz der Einzelnen: Zahlen einer Gruppe unter {min} Checks bleiben verborgen. Damit man sie nicht aus „alle zusammen“ minus die anderen Netzwerke ausrechnen kann, wird dann auch die nächstkleinere Gruppe verborgen.',
  },
  unknown: { de: 'Herkunft unbekannt' },
  all: { de: 'Alle zusammen' },
  firms: { de: 'Betriebe' },
  networksCount: {
    de: '{n} Netzwerke, {firms} Checks von Betrieben',
  },
  small: { de: 'zu wenige' },
  complement: { de: 'geschützt' },
  areasTitle: { de: 'Bereiche je Netzwerk' },
  areasIntro: {
    de: 'Je Bereich und Netzwerk: wie viele Betriebe Handlungsbedarf / Luft nach oben / eine Stärke haben (eigene Angaben der Betriebe).',
  },
  barriersTitle: { de: 'Hürden je Netzwerk' },
  barriersIntro: {
    de: 'Wie viele Betriebe eine Hürde im Profil haben (angekreuzt oder durch einen schwachen Bereich angezeigt), mit Anteil an den Betrieben des Netzwerks.',
  },
  phaseTitle: {
    de: 'Phase der Netzwerke und Sicht ihrer Betriebe',
  },
  phaseIntro: {
    de: 'Die Phase stammt aus dem neuesten Netzwerk-Selbstcheck des Netzwerks (Selbsteinschätzung der Koordination). Daneben die Sicht der Betriebe desselben Netzwerks auf die gleichen Aussagen.',
  },
  phaseNone: { de: 'kein Netzwerk-Selbstcheck' },
  phaseOf: {
    de: 'Phase {phase} (Netzwerk-Selbstcheck vom {date})',
  },
  gapHidden: {
    de: 'Die Sicht der Betriebe bleibt hier verborgen (zu wenige oder geschützt).',
  },
  trendTitle: { de: 'Verlauf je Netzwerk' },
  trendIntro: {
    de: 'Je Vierteljahr: wie viele Betriebe den Check abgeschlossen haben und ihr mittlerer Wert (Median, 0–100 Punkte) je Bereich. Ein Wert erscheint erst ab {min} Betrieben.',
  },
  colPeriod: { de: 'Vierteljahr' },
  period: { de: '{q}. Vierteljahr {y}' },
  empty: {
    de: 'Auf diesem Gerät sind noch keine abgeschlossenen Checks. Lesen Sie oben die Dateien der Netzwerke ein.',
  },
};
