// first screen: keep small
import type { Text } from './schema';

/** Every user-facing string of the app shell and screens, German and English. */
export const ui = {
  'app.name': { de: 'Netzwerk-Check', en: 'Network Check' },
  'app.skip': { de: 'Zum Inhalt springen', en: 'Skip to content' },
  'nav.home': { de: 'Start', en: 'Start' },
  'nav.checks': { de: 'Meine Checks', en: 'My checks' },
  'nav.method': { de: 'Wie wird bewertet?', en: 'How is it scored?' },
  'nav.main': { de: 'Hauptnavigation', en: 'Main navigation' },
  'lang.switch': { de: 'English', en: 'Deutsch' },
  'lang.switchLabel': { de: 'Switch to English', en: 'Auf Deutsch umschalten' },
  loading: { de: 'Wird geladen …', en: 'Loading …' },
  invalidDate: { de: 'ungültiges Datum', en: 'invalid date' },
  loadFailed: {
    de: 'Dieser Teil der App konnte nicht geladen werden. Bitte laden Sie die Seite neu.',
    en: 'This part of the app could not be loaded. Please reload the page.',
  },
  reload: { de: 'Neu laden', en: 'Reload' },
  'table.scroll': {
    de: 'Weitere Spalten: Tabelle zur Seite wischen.',
    en: 'More columns: swipe the table sideways.',
  },

  'start.title': {
    de: 'Passt ein Fachkräftenetzwerk zu Ihrem Betrieb?',
    en: 'Does a skilled-labour network fit your firm?',
  },
  'start.lead': {
    de: 'Der Check zeigt in wenigen Minuten, wo Ihr Betrieb steht, was Sie bremst und was Sie als Nächstes tun können. Die Empfehlungen stammen aus Studien über regionale Fachkräftenetzwerke.',
    en: 'In a few minutes the check shows where your firm stands, what holds you back and what you can do next. The advice comes from studies of regional skilled-labour networks.',
  },
  'start.factTime': {
    de: 'Dauer: etwa {minutes} Minuten, {items} kurze Fragen',
    en: 'Takes about {minutes} minutes, {items} short questions',
  },
  'start.factDevice': {
    de: 'Ihre Antworten bleiben auf diesem Gerät. Kein Konto, keine Übertragung.',
    en: 'Your answers stay on this device. No account, nothing is sent.',
  },
  'start.factPause': {
    de: 'Sie können jederzeit unterbrechen und später weitermachen.',
    en: 'You can stop at any time and continue later.',
  },
  'start.begin': { de: 'Check starten', en: 'Start the check' },
  'start.resume': { de: 'Weitermachen: {check} vom {date}', en: 'Continue: {check} from {date}' },
  'start.facts': { de: 'Das Wichtigste vorab', en: 'Good to know' },
  'start.coordTitle': { de: 'Sie koordinieren ein Netzwerk?', en: 'You coordinate a network?' },
  'start.coordLead': {
    de: 'Prüfen Sie, wie gut Ihr Netzwerk Betriebe erreicht und in welcher Phase es steht (etwa {minutes} Minuten). Oder sammeln Sie bei einer Veranstaltung Checks auf einem Gerät – auch ohne Internet.',
    en: 'Check how well your network reaches firms and which phase it is in (about {minutes} minutes). Or collect checks on one device at an event – even without internet.',
  },
  'start.coordBegin': { de: 'Netzwerk-Selbstcheck starten', en: 'Start the network self-check' },
  'start.eventBegin': { de: 'Veranstaltung vorbereiten', en: 'Prepare an event' },
  'start.starting': { de: 'Check wird angelegt …', en: 'Creating check …' },

  'q.progress': { de: 'Seite {page} von {pages}', en: 'Page {page} of {pages}' },
  'q.progressLabel': { de: 'Fortschritt', en: 'Progress' },
  'q.back': { de: 'Zurück', en: 'Back' },
  'q.next': { de: 'Weiter', en: 'Next' },
  'q.finish': { de: 'Auswertung ansehen', en: 'See my results' },
  'q.dontKnow': { de: 'Weiß nicht / trifft nicht zu', en: "Don't know / doesn't apply" },
  'q.scale1': { de: 'trifft gar nicht zu', en: 'not at all true' },
  'q.scale2': { de: 'trifft eher nicht zu', en: 'rather not true' },
  'q.scale3': { de: 'teils, teils', en: 'partly' },
  'q.scale4': { de: 'trifft eher zu', en: 'rather true' },
  'q.scale5': { de: 'trifft voll zu', en: 'fully true' },
  'q.multiHint': { de: 'Mehrere Antworten möglich.', en: 'You can choose several.' },
  'q.optional': { de: 'freiwillig', en: 'optional' },
  'q.saved': { de: 'Antwort gespeichert', en: 'Answer saved' },
  'q.unanswered': {
    de: 'Sie haben {n} Fragen auf dieser Seite offen gelassen. Das ist in Ordnung – offene Fragen zählen nicht mit.',
    en: 'You left {n} questions on this page open. That is fine – open questions are not counted.',
  },
  'q.notFound': {
    de: 'Diesen Check gibt es auf diesem Gerät nicht (mehr).',
    en: 'This check does not exist (any more) on this device.',
  },
  'q.private': {
    de: 'Dieser Check ist anonym (Veranstaltung). Er zählt nur in der Auswertung der Gruppe mit.',
    en: 'This check is anonymous (event). It only counts in the group’s evaluation.',
  },
  'h.anonymous': {
    de: 'Anonyme Checks von Veranstaltungen: {n}. Sie zählen nur in der Auswertung mit.',
    en: 'Anonymous checks from events: {n}. They only count in the evaluation.',
  },

  'r.title': { de: 'Ihr Ergebnis', en: 'Your result' },
  'r.meta': {
    de: '{instrument}, Version {version} · abgeschlossen am {date}',
    en: '{instrument}, version {version} · completed on {date}',
  },
  'r.labelHeading': { de: 'Name für spätere Vergleiche', en: 'Name for later comparison' },
  'r.labelHint': {
    de: 'Freiwillig, z. B. der Name Ihres Betriebs. Er bleibt auf diesem Gerät.',
    en: 'Optional, e.g. your firm’s name. It stays on this device.',
  },
  'r.labelHintCoord': {
    de: 'Freiwillig, z. B. der Name Ihres Netzwerks. Er bleibt auf diesem Gerät.',
    en: 'Optional, e.g. your network’s name. It stays on this device.',
  },
  'r.labelSave': { de: 'Name speichern', en: 'Save name' },
  'r.labelSaved': { de: 'Gespeichert.', en: 'Saved.' },
  'r.profile': { de: 'Ihr Profil', en: 'Your profile' },
  'r.profileIntro': {
    de: 'Je weiter außen, desto besser sind die Voraussetzungen. 0 bis 100 Punkte je Bereich.',
    en: 'The further out, the better the conditions. 0 to 100 points per area.',
  },
  'r.chartLabel': {
    de: 'Netzdiagramm Ihres Profils; die Tabelle darunter enthält dieselben Werte.',
    en: 'Radar chart of your profile; the table below holds the same values.',
  },
  'r.tableCaption': { de: 'Ihr Profil als Tabelle', en: 'Your profile as a table' },
  'r.colArea': { de: 'Bereich', en: 'Area' },
  'r.colScore': { de: 'Punkte', en: 'Points' },
  'r.colBand': { de: 'Einschätzung', en: 'Rating' },
  'r.tooFew': { de: 'zu wenige Antworten', en: 'too few answers' },
  'band.low': { de: 'Handlungsbedarf', en: 'Needs action' },
  'band.mid': { de: 'ausbaufähig', en: 'Room to grow' },
  'band.high': { de: 'Stärke', en: 'Strength' },
  'r.barriers': { de: 'Was Sie bremst', en: 'What holds you back' },
  'r.barriersCoord': {
    de: 'Was KMU in Ihrem Netzwerk bremsen kann',
    en: 'What may hold back SMEs in your network',
  },
  'r.noBarriersCoord': {
    de: 'Kein Bereich zeigt Handlungsbedarf.',
    en: 'No area shows a need for action.',
  },
  'r.noBarriers': {
    de: 'Sie haben keine Hürde angekreuzt, und kein Bereich zeigt Handlungsbedarf.',
    en: 'You ticked no barrier, and no area shows a need for action.',
  },
  'r.barrierTicked': { de: 'von Ihnen angekreuzt', en: 'ticked by you' },
  'r.barrierFromDim': {
    de: 'niedriger Wert bei „{dimension}“ ({score} Punkte)',
    en: 'low score in “{dimension}” ({score} points)',
  },
  'r.barrierFromItem': {
    de: 'Ihre Antwort {value} von 5 auf „{item}“',
    en: 'your answer {value} of 5 to “{item}”',
  },
  'r.recs': { de: 'Ihre nächsten Schritte', en: 'Your next steps' },
  'r.recsIntro': {
    de: 'Die Studien richten ihre Empfehlungen an Netzwerke. Die Schritte hier sind daraus für Betriebe abgeleitet.',
    en: 'The studies address their recommendations to networks. The steps here are derived from them for firms.',
  },
  'r.recsIntroCoord': {
    de: 'Empfehlungen aus den Studien, ausgewählt nach Ihren Antworten, dem Netzwerktyp und der Phase.',
    en: 'Recommendations from the studies, chosen by your answers, the network type and the phase.',
  },
  'r.why': { de: 'Warum?', en: 'Why?' },
  'r.whyIntro': { de: 'Ausgewählt, weil:', en: 'Chosen because:' },
  'r.sources': { de: 'Quellen', en: 'Sources' },
  'r.derived': {
    de: 'Abgeleitet aus einer Empfehlung an Netzwerke: {refs}',
    en: 'Derived from a recommendation to networks: {refs}',
  },
  'r.derivedStudy': {
    de: 'Zum Nachlesen: {refs}',
    en: 'To read up on: {refs}',
  },
  'r.triggerAnswer': {
    de: 'Ihre Antwort „{answer}“ auf „{item}“',
    en: 'your answer “{answer}” to “{item}”',
  },
  'r.triggerBand': {
    de: '„{dimension}“: {score} Punkte ({band})',
    en: '“{dimension}”: {score} points ({band})',
  },
  'r.triggerBarrierTicked': {
    de: 'Sie haben „{barrier}“ als Hürde angekreuzt',
    en: 'you ticked “{barrier}” as a barrier',
  },
  'r.triggerBarrier': {
    de: 'Ihre Antworten deuten auf die Hürde „{barrier}“',
    en: 'your answers point to the barrier “{barrier}”',
  },
  'r.triggerTriage': { de: 'Einordnung: {triage}', en: 'Assessment: {triage}' },
  'r.triggerPhase': {
    de: 'Ihr Netzwerk steht in Phase {phase}',
    en: 'your network is in phase {phase}',
  },
  'r.triggerMaturity.initial': {
    de: 'Ihr Netzwerk steht noch am Anfang (Impulse kommen vor allem von der Koordination)',
    en: 'your network is at an early stage (impulses come mainly from the coordination)',
  },
  'r.triggerMaturity.growth': { de: 'Ihr Netzwerk wächst', en: 'your network is growing' },
  'r.triggerMaturity.mature': { de: 'Ihr Netzwerk ist gereift', en: 'your network is mature' },
  'r.figures': {
    de: 'Zum Vergleich: was die Studien sagen',
    en: 'For comparison: what the studies say',
  },
  'r.figuresIntro': {
    de: 'Diese Zahlen beschreiben die Sicht der Befragten der Studien – sie sind kein Maßstab für Ihren Betrieb.',
    en: 'These figures describe the view of the studies’ respondents – they are not a yardstick for your firm.',
  },
  'view.coordinators': {
    de: 'Sicht der Netzwerke (befragt: ihre Koordination)',
    en: 'View of the networks (asked: their coordinators)',
  },
  'view.experts': {
    de: 'Sicht von Fachleuten (Expertenpanel der Studie)',
    en: 'View of experts (the study’s expert panel)',
  },
  'view.kmu-interviews': {
    de: 'Stimmen aus Interviews mit KMU',
    en: 'Voices from interviews with KMU',
  },
  'view.statistics': { de: 'Statistik', en: 'Statistics' },
  'r.print': { de: 'Drucken oder als PDF sichern', en: 'Print or save as PDF' },
  'r.export': { de: 'Diesen Check sichern (Datei)', en: 'Back up this check (file)' },
  'r.exported': { de: 'Gesichert: {file}', en: 'Saved: {file}' },
  'r.exportFailed': {
    de: 'Die Datei konnte nicht erstellt werden. Bitte versuchen Sie es noch einmal.',
    en: 'The file could not be created. Please try again.',
  },
  'r.edit': { de: 'Antworten ändern', en: 'Change answers' },
  'r.kioskDone': { de: 'Fertig – nächste Person', en: 'Done – next person' },
  'r.kioskDoneHint': {
    de: 'Ihre Antworten sind gespeichert. Mit „Fertig“ verschwindet Ihr Ergebnis vom Bildschirm.',
    en: 'Your answers are saved. “Done” removes your result from the screen.',
  },
  'r.newCheck': { de: 'Neuen Check starten', en: 'Start a new check' },
  'r.notDone': { de: 'Dieser Check ist noch nicht fertig.', en: 'This check is not finished yet.' },
  'r.continue': { de: 'Weiter ausfüllen', en: 'Continue' },

  'h.title': { de: 'Meine Checks', en: 'My checks' },
  'h.empty': {
    de: 'Auf diesem Gerät gibt es noch keine Checks.',
    en: 'There are no checks on this device yet.',
  },
  'h.inProgress': { de: 'in Arbeit', en: 'in progress' },
  'h.done': { de: 'abgeschlossen', en: 'completed' },
  'h.started': { de: 'begonnen {date}', en: 'started {date}' },
  'h.open': { de: 'Ergebnis ansehen', en: 'View result' },
  'h.resume': { de: 'Weitermachen', en: 'Continue' },
  'h.delete': { de: 'Löschen', en: 'Delete' },
  'h.deleteTitle': { de: 'Check löschen?', en: 'Delete check?' },
  'h.deleteText': {
    de: 'Der Check „{name}“ und alle seine Antworten werden von diesem Gerät gelöscht. Das lässt sich nicht rückgängig machen.',
    en: 'The check “{name}” and all its answers will be deleted from this device. This cannot be undone.',
  },
  'h.deleteConfirm': { de: 'Endgültig löschen', en: 'Delete for good' },
  'h.cancel': { de: 'Abbrechen', en: 'Cancel' },
  'h.deleted': { de: 'Check gelöscht.', en: 'Check deleted.' },
  'h.unnamed': { de: 'ohne Namen', en: 'unnamed' },
  'h.backup': {
    de: 'Ihre Checks liegen nur auf diesem Gerät. Wenn Sie die Browserdaten löschen, sind sie weg.',
    en: 'Your checks are stored only on this device. If you clear the browser data, they are gone.',
  },

  'm.title': { de: 'Wie wird bewertet?', en: 'How is it scored?' },
  'm.build': { de: 'Version der App: {build}', en: 'App version: {build}' },
  'm.built': { de: 'Version vom {date} Uhr', en: 'Version of {date}' },
  'm.sourcesTitle': { de: 'Die Studien', en: 'The studies' },

  'storage.memory': {
    de: 'Achtung: Dieser Browser erlaubt kein Speichern. Ihre Antworten gehen verloren, wenn Sie die Seite schließen. (Im privaten Modus ist das oft so.)',
    en: 'Warning: this browser does not allow saving. Your answers are lost when you close the page. (This is common in private mode.)',
  },
  'storage.blocked': {
    de: 'Der Netzwerk-Check ist noch in einem anderen Tab in einer älteren Version offen. Bitte schließen Sie den anderen Tab.',
    en: 'The Network Check is still open in another tab with an older version. Please close the other tab.',
  },
  'storage.versionchange': {
    de: 'In einem anderen Tab läuft eine neuere Version. Bitte laden Sie diese Seite neu. Ihre gespeicherten Antworten bleiben erhalten.',
    en: 'A newer version is running in another tab. Please reload this page. Your saved answers are kept.',
  },
  'storage.writeFailed': {
    de: '{n} Antwort(en) konnten noch nicht gespeichert werden (Speicher voll?). Sie sind vorläufig im Browser-Fenster gemerkt; wir versuchen es weiter. Bitte schließen Sie die Seite jetzt nicht.',
    en: '{n} answer(s) could not be saved yet (storage full?). They are kept in this window for now and we keep trying. Please do not close the page now.',
  },

  'pwa.offlineReady': {
    de: 'Offline bereit: Der Check funktioniert jetzt auch ohne Internet.',
    en: 'Ready offline: the check now works without internet too.',
  },
  'pwa.update': { de: 'Eine neue Version ist da.', en: 'A new version is available.' },
  'pwa.updateApply': { de: 'Jetzt aktualisieren', en: 'Update now' },
  'pwa.updateLater': { de: 'Später', en: 'Later' },
  'pwa.updateNote': { de: 'Ihre Antworten bleiben erhalten.', en: 'Your answers are kept.' },
  'nav.events': { de: 'Veranstaltungen', en: 'Events' },
  'nav.data': { de: 'Datensicherung', en: 'Data backup' },
  'ios.title': { de: 'Hinweis für iPhone und iPad', en: 'Note for iPhone and iPad' },
  'ios.text': {
    de: 'Safari kann die Daten einer Website löschen, wenn Sie sie sieben Tage nicht nutzen. Fügen Sie den Netzwerk-Check über „Teilen“ → „Zum Home-Bildschirm“ hinzu, bevor Sie einen Check beginnen. Die App vom Home-Bildschirm hat einen eigenen Speicher: Checks aus Safari bringen Sie mit „Sichern“ und „Einlesen“ (unter Datensicherung) dorthin.',
    en: 'Safari may delete a website’s data if you do not use it for seven days. Add the Network Check via “Share” → “Add to Home Screen” before you start a check. The home-screen app has its own storage: move checks from Safari there with “Back up” and “Restore” (under Data backup).',
  },
  close: { de: 'Schließen', en: 'Close' },
} satisfies Record<string, Text>;

/** A key of a UI string. */
export type UiKey = keyof typeof ui;
