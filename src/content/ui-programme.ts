/** Strings of the programme view (loaded with it). */
export const programmeUi = {
  title: { de: 'Programm: viele Netzwerke zusammen', en: 'Programme: many networks together' },
  intro: {
    de: 'Für Programme, die mehrere Netzwerke begleiten: Lesen Sie die Dateien vieler Geräte auf einmal ein und vergleichen Sie die Netzwerke nebeneinander.',
    en: 'For programmes that accompany several networks: read the files of many devices at once and compare the networks side by side.',
  },
  where: {
    de: 'Die Dateien werden in die Checks auf diesem Gerät übernommen. Ein Check, der schon da ist, wird erkannt und nicht doppelt gezählt – auch wenn er in mehreren Dateien steckt.',
    en: 'The files are added to the checks on this device. A check that is already here is recognised and not counted twice – even if it is in several files.',
  },
  importTitle: { de: 'Dateien einlesen', en: 'Import files' },
  choose: { de: 'Dateien auswählen', en: 'Choose files' },
  drop: {
    de: 'oder Dateien oder einen ganzen Ordner hierher ziehen',
    en: 'or drag files or a whole folder here',
  },
  progress: {
    de: 'Datei {i} von {n} wird gelesen: {name}',
    en: 'Reading file {i} of {n}: {name}',
  },
  reportTitle: { de: 'Was in den Dateien war', en: 'What the files held' },
  colFile: { de: 'Datei', en: 'File' },
  colNew: { de: 'Neu', en: 'New' },
  colKnown: { de: 'Schon da', en: 'Already here' },
  colConflict: { de: 'Andere Fassung', en: 'Other version' },
  colResult: { de: 'Ergebnis', en: 'Result' },
  fileDone: { de: 'eingelesen', en: 'imported' },
  fileNothing: { de: 'nichts Neues', en: 'nothing new' },
  conflictHint: {
    de: '„Andere Fassung“: Derselbe Check lag schon in einer anderen Fassung vor. Die neuere gilt, die ältere bleibt als Kopie erhalten und wird nicht mitgezählt.',
    en: '“Other version”: the same check was already here in another version. The newer one counts; the older one is kept as a copy and not counted.',
  },
  summary: {
    de: 'Dateien: {files}. Checks neu: {added}, schon da: {known}, in anderer Fassung: {conflicts}. Dateien nicht eingelesen: {failed}.',
    en: 'Files: {files}. Checks new: {added}, already here: {known}, in another version: {conflicts}. Files not read: {failed}.',
  },
  notJson: {
    de: 'Übersprungen: keine Sicherungsdatei (.json).',
    en: 'Skipped: not a backup file (.json).',
  },
  poolTitle: { de: 'Die Netzwerke im Vergleich', en: 'The networks compared' },
  poolIntro: {
    de: 'Alle abgeschlossenen Checks auf diesem Gerät, nach Netzwerk. Die Zahlen sind die eigenen Angaben der Betriebe (KMU-Check und Schnellcheck), zusammengefasst.',
    en: 'All completed checks on this device, by network. The figures are the firms’ own answers (SME check and quick check), pooled.',
  },
  protect: {
    de: 'Schutz der Einzelnen: Zahlen einer Gruppe unter {min} Checks bleiben verborgen. Damit man sie nicht aus „alle zusammen“ minus die anderen Netzwerke ausrechnen kann, wird dann auch die nächstkleinere Gruppe verborgen.',
    en: 'Protecting individuals: figures of a group under {min} checks stay hidden. So they cannot be worked out as “all together” minus the other networks, the next smallest group is hidden as well.',
  },
  unknown: { de: 'Herkunft unbekannt', en: 'Origin unknown' },
  all: { de: 'Alle zusammen', en: 'All together' },
  firms: { de: 'Betriebe', en: 'Firms' },
  networksCount: {
    de: '{n} Netzwerke, {firms} Checks von Betrieben',
    en: '{n} networks, {firms} checks by firms',
  },
  small: { de: 'zu wenige', en: 'too few' },
  complement: { de: 'geschützt', en: 'protected' },
  areasTitle: { de: 'Bereiche je Netzwerk', en: 'Areas per network' },
  areasIntro: {
    de: 'Je Bereich und Netzwerk: wie viele Betriebe Handlungsbedarf / Luft nach oben / eine Stärke haben (eigene Angaben der Betriebe).',
    en: 'Per area and network: how many firms need action / have room to grow / have a strength (the firms’ own answers).',
  },
  barriersTitle: { de: 'Hürden je Netzwerk', en: 'Barriers per network' },
  barriersIntro: {
    de: 'Wie viele Betriebe eine Hürde im Profil haben (angekreuzt oder durch einen schwachen Bereich angezeigt), mit Anteil an den Betrieben des Netzwerks.',
    en: 'How many firms have a barrier in their profile (ticked or signalled by a weak area), with the share of the network’s firms.',
  },
  phaseTitle: {
    de: 'Phase der Netzwerke und Sicht ihrer Betriebe',
    en: 'Networks’ phase and their firms’ view',
  },
  phaseIntro: {
    de: 'Die Phase stammt aus dem neuesten Netzwerk-Selbstcheck des Netzwerks (Selbsteinschätzung der Koordination). Daneben die Sicht der Betriebe desselben Netzwerks auf die gleichen Aussagen.',
    en: 'The phase comes from the network’s newest network self-check (the coordinators’ self-assessment). Beside it the view of the same network’s firms on the same statements.',
  },
  phaseNone: { de: 'kein Netzwerk-Selbstcheck', en: 'no network self-check' },
  phaseOf: {
    de: 'Phase {phase} (Netzwerk-Selbstcheck vom {date})',
    en: 'Phase {phase} (network self-check of {date})',
  },
  gapHidden: {
    de: 'Die Sicht der Betriebe bleibt hier verborgen (zu wenige oder geschützt).',
    en: 'The firms’ view stays hidden here (too few or protected).',
  },
  trendTitle: { de: 'Verlauf je Netzwerk', en: 'Trend per network' },
  trendIntro: {
    de: 'Je Vierteljahr: wie viele Betriebe den Check abgeschlossen haben und ihr mittlerer Wert (Median, 0–100 Punkte) je Bereich. Ein Wert erscheint erst ab {min} Betrieben.',
    en: 'Per quarter: how many firms completed the check and their middle score (median, 0–100 points) per area. A score shows from {min} firms on.',
  },
  colPeriod: { de: 'Vierteljahr', en: 'Quarter' },
  period: { de: '{q}. Vierteljahr {y}', en: 'Q{q} {y}' },
  empty: {
    de: 'Auf diesem Gerät sind noch keine abgeschlossenen Checks. Lesen Sie oben die Dateien der Netzwerke ein.',
    en: 'There are no completed checks on this device yet. Read the networks’ files above.',
  },
};
