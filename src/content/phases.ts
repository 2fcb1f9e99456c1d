import type { Citation, PhaseStep } from './schema';

const js = (section: string, line: number, quote: string): Citation => ({
  source: 'jobstarter',
  section,
  lines: [line, line],
  quote,
});

/** The eight steps of the JOBSTARTER phase table (I Aufbau, II Umsetzung, III Nachhaltigkeit). */
export const phaseSteps: PhaseStep[] = [
  {
    id: 'JS-I.1',
    phase: 'I',
    title: {
      de: 'Grobziele festlegen, erste Gespräche mit möglichen Partnern führen',
      en: 'Set rough goals, hold first talks with potential partners',
    },
    tips: {
      de: 'Rückhalt in Politik und Region suchen. Auch die Arbeitsebene der Partner holen. Von oben und unten zugleich aufbauen. Themen nennen, die zum Mitmachen bewegen, und den Nutzen für alle zeigen. Klären: Arbeiten wir operativ oder strategisch?',
      en: 'Seek backing in politics and the region. Bring in the partners’ working level too. Build top-down and bottom-up at once. Name topics that make people join, and show the benefit for all. Clarify: do we work operatively or strategically?',
    },
    citations: [js('Phase I', 7, 'Grobziele des Netzwerkes durch Initiatoren')],
  },
  {
    id: 'JS-I.2',
    phase: 'I',
    title: {
      de: 'Erfassen, was es gibt und was fehlt. Partner gewinnen, an die Presse gehen',
      en: 'Find out what exists and what is missing. Win partners, go public',
    },
    tips: {
      de: 'Alle sollen das Gleiche wissen. Dafür stellen sich die Partner in Workshops ihre Angebote vor. Offen zeigen, wie jeder arbeitet: Das schafft Vertrauen. Eine Person einsetzen, die Netzwerke kennt. Betriebe sprechen eine andere Sprache als Netzwerker.',
      en: 'Everyone should know the same. For that, partners present their offers to each other in workshops. Show openly how each one works: that builds trust. Put in a person who knows networks. Firms speak a different language from networkers.',
    },
    citations: [
      js('Phase I', 12, 'Bedarfsanalyse in der Region durchführen.'),
      js('Phase I', 12, 'Betriebe sprechen eine andere Sprache als Berufsnetzwerker!'),
    ],
  },
  {
    id: 'JS-II.1',
    phase: 'II',
    title: {
      de: 'Arbeitsgruppen planen Projekte, erste Erfolge werden bekannt',
      en: 'Working groups plan projects, first successes become known',
    },
    tips: {
      de: 'Raum für lockeren Austausch lassen. Vertrauen pflegen. Den Nutzen für alle sichern. Ziel und Weg immer offen sagen. Dafür müssen die Partner selbst Zeit, Geld oder Leute einbringen.',
      en: 'Leave room for informal exchange. Look after trust. Secure the benefit for all. Always say openly what the goal and the way are. For this, partners must bring in time, money or people of their own.',
    },
    citations: [js('Phase II', 19, 'Akteure bringen entsprechende Ressourcen ein.')],
  },
  {
    id: 'JS-II.2',
    phase: 'II',
    title: {
      de: 'Zurückschauen, Rollen prüfen, Ziele und Pressearbeit anpassen',
      en: 'Look back, check roles, adjust goals and press work',
    },
    tips: {
      de: 'Feste Berichts- oder Prüftermine sind gute Anlässe für die Reflexion.',
      en: 'Fixed reporting or review dates are good occasions for reflection.',
    },
    citations: [
      js('Phase II', 24, 'Rollen und Aufgaben der Netzwerkpartner/innen überprüfen.'),
      js('Phase II', 24, 'Statusberichte sind gute Stichtage zur Reflexion.'),
    ],
  },
  {
    id: 'JS-II.3',
    phase: 'II',
    title: { de: 'Strukturen festigen', en: 'Consolidate the structures' },
    citations: [js('Phase II', 25, 'An der Verfestigung der Strukturen arbeiten.')],
  },
  {
    id: 'JS-III.1',
    phase: 'III',
    title: {
      de: 'Zurückschauen: auf Inhalte, Abläufe, Netzwerk und Projekt',
      en: 'Look back: at content, processes, network and project',
    },
    tips: {
      de: 'Den Prozess rechtzeitig beginnen – spätestens im letzten Förderjahr.',
      en: 'Start the process in good time – in the final funding year at the latest.',
    },
    citations: [js('Phase III', 34, 'Prozess rechtzeitig einleiten.')],
  },
  {
    id: 'JS-III.2',
    phase: 'III',
    title: {
      de: 'Mit den Partnern über Fortführung oder Ende entscheiden, Tragfähigkeit prüfen',
      en: 'Decide with the partners on continuing or ending, check viability',
    },
    tips: {
      de: 'Einen würdigen Abschluss feiern. Das kann neue Partner wecken. Den Plan für danach nicht vergessen: Wer zahlt, wer koordiniert?',
      en: 'Hold a worthy closing. It can win new partners. Don’t forget the plan for afterwards: who pays, who coordinates?',
    },
    citations: [
      js('Phase III', 35, 'Konzept zur Weiterarbeit nicht vergessen.'),
      js('Phase III', 35, 'Tragfähigkeit prüfen (evtl. 2. Schritt!)'),
    ],
  },
  {
    id: 'JS-III.3',
    phase: 'III',
    title: {
      de: 'Weitergeben: Ergebnisse und gute Beispiele zeigen, Presse',
      en: 'Pass on: show results and good examples, press',
    },
    tips: {
      de: 'Wege und Inhalte auf die jeweilige Gruppe abstimmen.',
      en: 'Match ways and content to each group.',
    },
    citations: [js('Phase III', 39, 'Methoden und Inhalte auf Zielgruppen abstimmen.')],
  },
];
