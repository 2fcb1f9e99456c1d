import type { Citation, PhaseStep } from './schema';
import { jsPlace } from './study-places';

const js = (line: number, quote: string): Citation => ({
  source: 'jobstarter',
  section: jsPlace(line),
  lines: [line, line],
  quote,
});

/** The eight steps of the JOBSTARTER phase table (I Aufbau, II Umsetzung, III Nachhaltigkeit). */
export const phaseSteps: PhaseStep[] = [
  {
    id: 'JS-I.1',
    phase: 'I',
    title: {
      de: 'Grobe Ziele setzen und erste Gespräche mit Partnern führen',
    },
    citations: [js(7, 'Grobziele des Netzwerkes durch Initiatoren')],
  },
  {
    id: 'JS-I.2',
    phase: 'I',
    title: {
      de: 'Erfassen, was es gibt und was fehlt. Partner gewinnen, an die Presse gehen',
    },
    citations: [
      js(12, 'Bedarfsanalyse in der Region durchführen.'),
      js(12, 'Betriebe sprechen eine andere Sprache als Berufsnetzwerker!'),
    ],
  },
  {
    id: 'JS-II.1',
    phase: 'II',
    title: {
      de: 'Gruppen planen Projekte, und erste Erfolge sind bekannt',
    },
    citations: [js(19, 'Akteure bringen entsprechende Ressourcen ein.')],
  },
  {
    id: 'JS-II.2',
    phase: 'II',
    title: {
      de: 'Zurückschauen, Rollen prüfen, Ziele und Pressearbeit anpassen',
    },
    citations: [
      js(24, 'Rollen und Aufgaben der Netzwerkpartner/innen überprüfen.'),
      js(24, 'Statusberichte sind gute Stichtage zur Reflexion.'),
    ],
  },
  {
    id: 'JS-II.3',
    phase: 'II',
    title: { de: 'Strukturen festigen' },
    citations: [js(25, 'An der Verfestigung der Strukturen arbeiten.')],
  },
  {
    id: 'JS-III.1',
    phase: 'III',
    title: {
      de: 'Zurückschauen: was lief gut, was nicht – im Netzwerk und im Projekt',
    },
    citations: [js(34, 'Prozess rechtzeitig einleiten.')],
  },
  {
    id: 'JS-III.2',
    phase: 'III',
    title: {
      de: 'Mit den Partnern über Fortführung oder Ende entscheiden, Tragfähigkeit prüfen',
    },
    citations: [
      js(35, 'Konzept zur Weiterarbeit nicht vergessen.'),
      js(35, 'Tragfähigkeit prüfen (evtl. 2. Schritt!)'),
    ],
  },
  {
    id: 'JS-III.3',
    phase: 'III',
    title: {
      de: 'Weitergeben: Ergebnisse und gute Beispiele zeigen, Presse',
    },
    citations: [js(39, 'Methoden und Inhalte auf Zielgruppen abstimmen.')],
  },
];
