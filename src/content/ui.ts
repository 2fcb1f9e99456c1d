// first screen: keep small
import type { Text } from './schema';

/** Every user-facing string of the app shell and screens, German and English. */
export const ui = {
  'app.name': { de: 'Netzwerk-Check' },
  'app.skip': { de: 'Zum Inhalt springen' },
  'nav.home': { de: 'Start' },
  'nav.checks': { de: 'Meine Checks' },
  'nav.method': { de: 'Wie wird bewertet?' },
  'nav.main': { de: 'Hauptnavigation' },
  'lang.switch': { de: 'English' },
  'lang.switchLabel': { de: 'Switch to English' },
  loading: { de: 'Wird geladen …' },
  invalidDate: { de: 'ungültiges Datum' },
  loadFailed: {
    de: 'Dieser Teil der App konnte nicht geladen werden. Bitte laden Sie die Seite neu.',
  },
  reload: { de: 'Neu laden' },
  'table.scroll': {
    de: 'Weitere Spalten: Tabelle zur Seite wischen.',
  },

  'start.title': {
    de: 'Passt ein Fachkräftenetzwerk zu Ihrem Betrieb?',
  },
  'start.lead': {
    de: 'Der Check zeigt in wenigen Minuten, wo Ihr Betrieb steht, was Sie bremst und was Sie als Nächstes tun können. Die Empfehlungen stammen aus Studien über regionale Fachkräftenetzwerke.',
  },
  'start.factTime': {
    de: 'Dauer: etwa {minutes} Minuten, {items} kurze Fragen',
  },
  'start.factDevice': {
    de: 'Ihre Antworten bleiben auf diesem Gerät. Kein Konto, keine Übertragung.',
  },
  'start.factPause': {
    de: 'Sie können jederzeit unterbrechen und später weitermachen.',
  },
  'start.begin': { de: 'Check starten' },
  'start.resume': { de: 'Weitermachen: {check} vom {date}' },
  'start.facts': { de: 'Das Wichtigste vorab' },
  'start.coordTitle': { de: 'Sie koordinieren ein Netzwerk?' },
  'start.coordLead': {
    de: 'Prüfen Sie, wie gut Ihr Netzwerk Betriebe erreicht und in welcher Phase es steht (etwa {minutes} Minuten). Oder sammeln Sie bei einer Veranstaltung Checks auf einem Gerät – auch ohne Internet.',
  },
  'start.coordBegin': { de: 'Netzwerk-Selbstcheck starten' },
  'start.eventBegin': { de: 'Veranstaltung vorbereiten' },
  'start.starting': { de: 'Check wird angelegt …' },

  'q.progress': { de: 'Seite {page} von {pages}' },
  'q.progressLabel': { de: 'Fortschritt' },
  'q.back': { de: 'Zurück' },
  'q.next': { de: 'Weiter' },
  'q.finish': { de: 'Auswertung ansehen' },
  'q.dontKnow': { de: 'Weiß nicht / trifft nicht zu' },
  'q.scale1': { de: 'trifft gar nicht zu' },
  'q.scale2': { de: 'trifft eher nicht zu' },
  'q.scale3': { de: 'teils, teils' },
  'q.scale4': { de: 'trifft eher zu' },
  'q.scale5': { de: 'trifft voll zu' },
  'q.multiHint': { de: 'Mehrere Antworten möglich.' },
  'q.optional': { de: 'freiwillig' },
  'q.saved': { de: 'Antwort gespeichert' },
  'q.unanswered': {
    de: 'Sie haben {n} Fragen auf dieser Seite offen gelassen. Das ist in Ordnung – offene Fragen zählen nicht mit.',
  },
  'q.notFound': {
    de: 'Diesen Check gibt es auf diesem Gerät nicht (mehr).',
  },
  'q.private': {
    de: 'Dieser Check ist anonym (Veranstaltung). Er zählt nur in der Auswertung der Gruppe mit.',
  },
  'h.anonymous': {
    de: 'Anonyme Checks von Veranstaltungen: {n}. Sie zählen nur in der Auswertung mit.',
  },

  'r.title': { de: 'Ihr Ergebnis' },
  'r.meta': {
    de: '{instrument}, Version {version} · abgeschlossen am {date}',
  },
  'r.labelHeading': { de: 'Name für spätere Vergleiche' },
  'r.labelHint': {
    de: 'Freiwillig, z. B. der Name Ihres Betriebs. Er bleibt auf diesem Gerät.',
  },
  'r.labelHintCoord': {
    de: 'Freiwillig, z. B. der Name Ihres Netzwerks. Er bleibt auf diesem Gerät.',
  },
  'r.labelSave': { de: 'Name speichern' },
  'r.labelSaved': { de: 'Gespeichert.' },
  'r.profile': { de: 'Ihr Profil' },
  'r.profileIntro': {
    de: 'Je weiter außen, desto besser sind die Voraussetzungen. 0 bis 100 Punkte je Bereich.',
  },
  'r.chartLabel': {
    de: 'Netzdiagramm Ihres Profils; die Tabelle darunter enthält dieselben Werte.',
  },
  'r.tableCaption': { de: 'Ihr Profil als Tabelle' },
  'r.colArea': { de: 'Bereich' },
  'r.colScore': { de: 'Punkte' },
  'r.colBand': { de: 'Einschätzung' },
  'r.tooFew': { de: 'zu wenige Antworten' },
  'band.low': { de: 'Handlungsbedarf' },
  'band.mid': { de: 'ausbaufähig' },
  'band.high': { de: 'Stärke' },
  'r.barriers': { de: 'Was Sie bremst' },
  'r.barriersCoord': {
    de: 'Was KMU in Ihrem Netzwerk bremsen kann',
  },
  'r.noBarriersCoord': {
    de: 'Kein Bereich zeigt Handlungsbedarf.',
  },
  'r.noBarriers': {
    de: 'Sie haben keine Hürde angekreuzt, und kein Bereich zeigt Handlungsbedarf.',
  },
  'r.barrierTicked': { de: 'von Ihnen angekreuzt' },
  'r.barrierFromDim': {
    de: 'niedriger Wert bei „{dimension}“ ({score} Punkte)',
  },
  'r.barrierFromItem': {
    de: 'Ihre Antwort {value} von 5 auf „{item}“',
  },
  'r.recs': { de: 'Ihre nächsten Schritte' },
  'r.recsIntro': {
    de: 'Die Studien richten ihre Empfehlungen an Netzwerke. Die Schritte hier sind daraus für Betriebe abgeleitet.',
  },
  'r.recsIntroCoord': {
    de: 'Empfehlungen aus den Studien, ausgewählt nach Ihren Antworten, dem Netzwerktyp und der Phase.',
  },
  'r.why': { de: 'Warum?' },
  'r.whyIntro': { de: 'Ausgewählt, weil:' },
  'r.sources': { de: 'Quellen' },
  'r.derived': {
    de: 'Abgeleitet aus einer Empfehlung an Netzwerke: {refs}',
  },
  'r.derivedPrint': { de: 'Abgeleitet aus einer Empfehlung an Netzwerke (siehe Quellen)' },
  'r.derivedStudy': {
    de: 'Zum Nachlesen: {refs}',
  },
  'r.triggerAnswer': {
    de: 'Ihre Antwort „{answer}“ auf „{item}“',
  },
  'r.triggerBand': {
    de: '„{dimension}“: {score} Punkte ({band})',
  },
  'r.triggerBarrierTicked': {
    de: 'Sie haben „{barrier}“ als Hürde angekreuzt',
  },
  'r.triggerBarrier': {
    de: 'Ihre Antworten deuten auf die Hürde „{barrier}“',
  },
  'r.triggerTriage': { de: 'Einordnung: {triage}' },
  'r.triggerPhase': {
    de: 'Ihr Netzwerk steht in Phase {phase}',
  },
  'r.triggerMaturity.initial': {
    de: 'Ihr Netzwerk steht noch am Anfang (Impulse kommen vor allem von der Koordination)',
  },
  'r.triggerMaturity.growth': { de: 'Ihr Netzwerk wächst' },
  'r.triggerMaturity.mature': { de: 'Ihr Netzwerk ist gereift' },
  'r.figures': {
    de: 'Zum Vergleich: was die Studien sagen',
  },
  'r.figuresIntro': {
    de: 'Diese Zahlen beschreiben die Sicht der Befragten der Studien – sie sind kein Maßstab für Ihren Betrieb.',
  },
  'view.coordinators': {
    de: 'Sicht der Netzwerke (befragt: ihre Koordination)',
  },
  'view.experts': {
    de: 'Sicht von Fachleuten (Expertenpanel der Studie)',
  },
  'view.kmu-interviews': {
    de: 'Stimmen aus Interviews mit KMU',
  },
  'view.statistics': { de: 'Statistik' },
  'r.print': { de: 'Drucken oder als PDF sichern' },
  'r.export': { de: 'Diesen Check sichern (Datei)' },
  'r.exported': { de: 'Gesichert: {file}' },
  'r.exportFailed': {
    de: 'Die Datei konnte nicht erstellt werden. Bitte versuchen Sie es noch einmal.',
  },
  'r.edit': { de: 'Antworten ändern' },
  'r.kioskDone': { de: 'Fertig – nächste Person' },
  'r.kioskDoneHint': {
    de: 'Ihre Antworten sind gespeichert. Mit „Fertig“ verschwindet Ihr Ergebnis vom Bildschirm.',
  },
  'r.newCheck': { de: 'Neuen Check starten' },
  'r.notDone': { de: 'Dieser Check ist noch nicht fertig.' },
  'r.continue': { de: 'Weiter ausfüllen' },

  'h.title': { de: 'Meine Checks' },
  'h.empty': {
    de: 'Auf diesem Gerät gibt es noch keine Checks.',
  },
  'h.inProgress': { de: 'in Arbeit' },
  'h.done': { de: 'abgeschlossen' },
  'h.started': { de: 'begonnen {date}' },
  'h.open': { de: 'Ergebnis ansehen' },
  'h.resume': { de: 'Weitermachen' },
  'h.delete': { de: 'Löschen' },
  'h.deleteTitle': { de: 'Check löschen?' },
  'h.deleteText': {
    de: 'Der Check „{name}“ und alle seine Antworten werden von diesem Gerät gelöscht. Das lässt sich nicht rückgängig machen.',
  },
  'h.deleteConfirm': { de: 'Endgültig löschen' },
  'h.cancel': { de: 'Abbrechen' },
  'h.deleted': { de: 'Check gelöscht.' },
  'h.unnamed': { de: 'ohne Namen' },
  'h.backup': {
    de: 'Ihre Checks liegen nur auf diesem Gerät. Wenn Sie die Browserdaten löschen, sind sie weg.',
  },

  'm.title': { de: 'Wie wird bewertet?' },
  'm.build': { de: 'Version der App: {build}' },
  'm.built': { de: 'Version vom {date} Uhr' },
  'm.sourcesTitle': { de: 'Die Studien' },

  'storage.memory': {
    de: 'Achtung: Dieser Browser erlaubt kein Speichern. Ihre Antworten gehen verloren, wenn Sie die Seite schließen. (Im privaten Modus ist das oft so.)',
  },
  'storage.blocked': {
    de: 'Der Netzwerk-Check ist noch in einem anderen Tab in einer älteren Version offen. Bitte schließen Sie den anderen Tab.',
  },
  'storage.versionchange': {
    de: 'In einem anderen Tab läuft eine neuere Version. Bitte laden Sie diese Seite neu. Ihre gespeicherten Antworten bleiben erhalten.',
  },
  'storage.writeFailed': {
    de: '{n} Antwort(en) konnten noch nicht gespeichert werden (Speicher voll?). Sie sind vorläufig im Browser-Fenster gemerkt; wir versuchen es weiter. Bitte schließen Sie die Seite jetzt nicht.',
  },

  'pwa.offlineReady': {
    de: 'Offline bereit: Der Check funktioniert jetzt auch ohne Internet.',
  },
  'pwa.update': { de: 'Eine neue Version ist da.' },
  'pwa.updateApply': { de: 'Jetzt aktualisieren' },
  'pwa.updateLater': { de: 'Später' },
  'pwa.updateNote': { de: 'Ihre Antworten bleiben erhalten.' },
  'nav.events': { de: 'Veranstaltungen' },
  'nav.data': { de: 'Datensicherung' },
  'ios.title': { de: 'Hinweis für iPhone und iPad' },
  'ios.text': {
    de: 'Safari kann die Daten einer Website löschen, wenn Sie sie sieben Tage nicht nutzen. Fügen Sie den Netzwerk-Check über „Teilen“ → „Zum Home-Bildschirm“ hinzu, bevor Sie einen Check beginnen. Die App vom Home-Bildschirm hat einen eigenen Speicher: Checks aus Safari bringen Sie mit „Sichern“ und „Einlesen“ (unter Datensicherung) dorthin.',
  },
  close: { de: 'Schließen' },
} satisfies Record<string, Text>;

/** A key of a UI string. */
export type UiKey = keyof typeof ui;
