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
      de: 'Politische Unterstützung und Verbündete in der Region suchen, auch die Arbeitsebene der Partner einbinden. Von oben und von unten zugleich aufbauen. Themen nennen, die zur Mitarbeit motivieren, und den Nutzen für alle Seiten herausarbeiten. Klären, ob das Netzwerk operativ oder strategisch arbeitet.',
      en: 'Seek political support and allies in the region, and involve the partners’ working level. Build top-down and bottom-up at once. Name topics that motivate people to join and work out the benefit for all sides. Decide whether the network is operative or strategic.',
    },
    citations: [js('Phase I, JS-I.1', 7, 'Grobziele des Netzwerkes durch Initiatoren')],
  },
  {
    id: 'JS-I.2',
    phase: 'I',
    title: {
      de: 'Bestandsaufnahme und Bedarfsanalyse, Partner gewinnen, Öffentlichkeitsarbeit beginnen',
      en: 'Inventory and needs analysis, win partners, start public relations',
    },
    tips: {
      de: 'Für gleichen Wissensstand sorgen, z. B. mit Workshops, in denen sich die Partner ihre Angebote vorstellen. Vertrauen schaffen, indem die unterschiedlichen Arbeitsweisen offengelegt werden. Eine Person mit Netzwerkkompetenz einsetzen. Betriebe sprechen eine andere Sprache als Netzwerker.',
      en: 'Make sure everyone knows the same, e.g. workshops where partners present their offers. Build trust by making the partners’ different ways of working transparent. Deploy a person with network competence. Firms speak a different language from networkers.',
    },
    citations: [
      js('Phase I, JS-I.2', 12, 'Bedarfsanalyse in der Region durchführen.'),
      js('Phase I, JS-I.2', 12, 'Betriebe sprechen eine andere Sprache als Berufsnetzwerker!'),
    ],
  },
  {
    id: 'JS-II.1',
    phase: 'II',
    title: {
      de: 'Arbeitsgruppen entwickeln konkrete Projekte, erste Erfolge werden bekannt gemacht',
      en: 'Working groups develop concrete projects, first successes are made public',
    },
    tips: {
      de: 'Raum für informellen Austausch lassen, Vertrauen pflegen, den Nutzen für alle sichern, Ziel und Vorgehen immer offenlegen. Voraussetzung: Die Partner bringen eigene Ressourcen ein.',
      en: 'Leave room for informal exchange, manage trust, secure the benefit for all, keep goal and process transparent. Prerequisite: partners contribute their own resources.',
    },
    citations: [js('Phase II, JS-II.1', 19, 'Akteure bringen entsprechende Ressourcen ein.')],
  },
  {
    id: 'JS-II.2',
    phase: 'II',
    title: {
      de: 'Bisherigen Verlauf reflektieren, Rollen prüfen, Ziele und Pressearbeit nachjustieren',
      en: 'Review progress, check roles, readjust goals and press work',
    },
    tips: {
      de: 'Feste Berichts- oder Prüftermine sind gute Anlässe für die Reflexion.',
      en: 'Fixed reporting or review dates are good occasions for reflection.',
    },
    citations: [
      js('Phase II, JS-II.2', 24, 'Rollen und Aufgaben der Netzwerkpartner/innen überprüfen.'),
      js('Phase II, JS-II.2', 24, 'Statusberichte sind gute Stichtage zur Reflexion.'),
    ],
  },
  {
    id: 'JS-II.3',
    phase: 'II',
    title: { de: 'Strukturen festigen', en: 'Consolidate the structures' },
    citations: [js('Phase II, JS-II.3', 25, 'An der Verfestigung der Strukturen arbeiten.')],
  },
  {
    id: 'JS-III.1',
    phase: 'III',
    title: {
      de: 'Reflexion: Inhalte, Organisation, Netzwerk und Projekt',
      en: 'Reflection: content, organisation, network and project',
    },
    tips: {
      de: 'Den Prozess rechtzeitig beginnen – spätestens im letzten Förderjahr.',
      en: 'Start the process in good time – in the final funding year at the latest.',
    },
    citations: [js('Phase III, JS-III.1', 34, 'Prozess rechtzeitig einleiten.')],
  },
  {
    id: 'JS-III.2',
    phase: 'III',
    title: {
      de: 'Mit den Partnern über Fortführung oder Ende entscheiden, Tragfähigkeit prüfen',
      en: 'Decide with the partners on continuing or ending, check viability',
    },
    tips: {
      de: 'Einen würdigen Abschluss gestalten, der weitere Partner aktivieren kann. Das Konzept zur Weiterarbeit nicht vergessen: Ressourcen festlegen, Koordination absichern.',
      en: 'Plan a worthy closing that may activate further partners. Don’t forget the concept for continuing: fix resources, secure coordination.',
    },
    citations: [
      js('Phase III, JS-III.2', 35, 'Konzept zur Weiterarbeit nicht vergessen.'),
      js('Phase III, JS-III.2', 35, 'Tragfähigkeit prüfen (evtl. 2. Schritt!)'),
    ],
  },
  {
    id: 'JS-III.3',
    phase: 'III',
    title: {
      de: 'Transfer: Ergebnisse und gute Praxis vorstellen, Pressearbeit',
      en: 'Transfer: present results and good practice, press work',
    },
    tips: {
      de: 'Methoden und Inhalte auf die jeweilige Zielgruppe abstimmen.',
      en: 'Match methods and content to the target group.',
    },
    citations: [js('Phase III, JS-III.3', 39, 'Methoden und Inhalte auf Zielgruppen abstimmen.')],
  },
];
