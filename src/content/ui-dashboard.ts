/** Strings of the dashboard, projector, gap and re-assessment screens (loaded with them). */
export const dashUi = {
  title: { de: 'Auswertung' },
  intro: {
    de: 'Alle abgeschlossenen KMU-Checks und Schnellchecks der Auswahl, zusammengefasst. Einzelne Antworten sehen Sie hier nicht.',
  },
  scope: { de: 'Welche Checks?' },
  scopeAll: { de: 'Alle Checks auf diesem Gerät' },
  scopeNone: { de: 'Checks ohne Veranstaltung' },
  scopeEvent: { de: 'Veranstaltung: {name}' },
  minGroup: {
    de: 'Zahlen erst ab wie vielen Checks zeigen?',
  },
  testRuns: {
    de: 'Testläufe einbeziehen ({n})',
  },
  minGroupHint: {
    de: 'Schützt die Einzelnen: Bei kleinen Gruppen könnte man sonst auf Personen schließen. Mindestens 3.',
  },
  count: { de: '{n} Checks in der Auswahl' },
  countOne: { de: 'Ein Check in der Auswahl' },
  tooFew: {
    de: 'Noch zu wenige Checks: {n} von mindestens {min}. Zum Schutz der Einzelnen zeigt die Auswertung erst ab {min} Checks etwas.',
  },
  loading: { de: 'Checks werden zusammengefasst …' },
  preparing: { de: 'Auswertung wird vorbereitet: {done} von {total} Checks' },
  loadFailed: {
    de: 'Die Checks konnten nicht gelesen werden. Laden Sie die Seite neu.',
  },
  areas: { de: 'Die Bereiche in der Gruppe' },
  areasIntro: {
    de: 'Wie viele Betriebe in jedem Bereich Handlungsbedarf, Luft nach oben oder eine Stärke haben.',
  },
  areasChart: {
    de: 'Balken je Bereich: Anteil der Betriebe mit Handlungsbedarf, ausbaufähig und Stärke. Die Zahlen stehen in der Tabelle.',
  },
  percentTick: { de: '{n} %' },
  colArea: { de: 'Bereich' },
  colN: { de: 'Checks mit Wert' },
  colMedian: { de: 'Mittlerer Wert (Median)' },
  colQuartiles: {
    de: 'Mittlere Hälfte der Betriebe (Punkte von–bis)',
  },
  barriers: { de: 'Was die Betriebe abhält' },
  barriersIntro: {
    de: 'Angekreuzt: von den Betrieben selbst genannt. Im Profil: angekreuzt oder durch einen schwachen Bereich angezeigt. Daneben zum Vergleich die Zahlen der Studie – aus Sicht der Befragten dort, nicht als Maßstab für Ihre Gruppe.',
  },
  colBarrier: { de: 'Hürde' },
  colTicked: { de: 'Angekreuzt' },
  colProfile: { de: 'Im Profil' },
  colStudy: { de: 'Zum Vergleich: die Studie' },
  share: { de: '{n} ({pct} %)' },
  recs: { de: 'Die häufigsten Schritte für Betriebe' },
  recsCount: { de: 'für {n} Betriebe' },
  project: { de: 'Auf dem Beamer zeigen' },
  gap: { de: 'Netzwerk und Betriebe vergleichen' },
  gapIntro: {
    de: 'Die Selbsteinschätzung Ihres Netzwerks neben der Sicht der Betriebe – nur bei Aussagen, die es in beiden Checks gibt. Der Wert des Netzwerks kann daher anders sein als in seinem eigenen Ergebnis: Dort zählen alle Aussagen eines Bereichs, hier nur diese gemeinsamen. Große Unterschiede sind gute Gesprächsanlässe: Oft wissen Netzwerk und Betriebe zu wenig voneinander.',
  },
  gapPick: { de: 'Netzwerk-Selbstcheck' },
  gapNone: {
    de: 'Es gibt auf diesem Gerät noch keinen abgeschlossenen Netzwerk-Selbstcheck. Füllen Sie ihn als Koordinator/in aus, dann erscheint hier der Vergleich.',
  },
  gapChart: {
    de: 'Je Bereich zwei Balken: Sicht des Netzwerks und Sicht der Betriebe, 0 bis 100 Punkte.',
  },
  colNetwork: { de: 'Sicht des Netzwerks' },
  colFirms: { de: 'Sicht der Betriebe' },
  colGap: { de: 'Unterschied' },
  none: { de: '–' },
  slide: { de: 'Folie {i} von {n}' },
  slideNav: {
    de: 'Weiter mit Pfeil rechts oder Leertaste, zurück mit Pfeil links, Beamer-Ansicht verlassen mit Esc.',
  },
  slides: { de: 'Folien' },
  next: { de: 'Weiter' },
  prev: { de: 'Zurück' },
  leave: { de: 'Beamer-Ansicht verlassen' },
  slideTitle: { de: '{n} Betriebe haben mitgemacht' },
  slideTop: {
    de: 'Was am häufigsten bremst (angekreuzt oder aus den Antworten erkennbar)',
  },
  discuss: { de: 'Darüber sprechen: {barrier}' },
  discussAsk: {
    de: 'Was hilft Ihnen? Aus den Studien abgeleitet:',
  },
  updated: { de: 'Neue Checks sind eingegangen.' },
  trend: { de: 'Verlauf' },
  trendTitle: { de: 'Verlauf: {label}' },
  trendIntro: {
    de: 'Alle abgeschlossenen Checks mit diesem Namen, der älteste zuerst. So sehen Sie, was sich seit dem ersten Check verändert hat.',
  },
  trendChart: {
    de: 'Je Bereich ein Balken pro Check, 0 bis 100 Punkte. Die Zahlen stehen in der Tabelle.',
  },
  trendTooFew: {
    de: 'Für einen Verlauf braucht es mindestens zwei abgeschlossene Checks mit demselben Namen.',
  },
  colChange: { de: 'Veränderung' },
  open: { de: 'Verlauf ansehen' },
  pooled: { de: 'Checks auswerten' },
} as const;
