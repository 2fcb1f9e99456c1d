import type { Text } from './schema';

/** Strings of the coordinator's result (phase diagnosis, portfolio, services, network figures). */
export const networkUi = {
  phaseTitle: { de: 'In welcher Phase steht Ihr Netzwerk?' },
  phaseNow: { de: 'Aktuelle Phase: {phase}' },
  phaseI: { de: 'Phase I – Aufbau' },
  phaseII: { de: 'Phase II – Umsetzung' },
  phaseIII: {
    de: 'Phase III – Nachhaltigkeit und Transfer',
  },
  phaseIntro: {
    de: 'Nach der Phasentabelle des JOBSTARTER-Werkstattgesprächs. Die Schritte einer Phase laufen parallel; spätere Phasen können schon begonnen sein.',
  },
  phaseShare: { de: '{share} % der Merkmale erfüllt' },
  phaseNone: { de: 'nicht beantwortet' },
  phaseDone: { de: 'erledigt' },
  phaseBegun: { de: 'begonnen' },
  phaseOpen: { de: 'offen' },
  nextTitle: { de: 'Nächste Schritte in dieser Phase' },
  nextEarly: {
    de: 'vorziehen, weil die Förderung bald endet',
  },
  nextNone: { de: 'In dieser Phase ist alles erfüllt.' },
  phaseSkipped: { de: 'trifft nicht zu' },
  phaseUnclear: { de: 'zu wenige Angaben' },
  answerPartly: { de: 'teilweise erfüllt' },
  answerNo: { de: 'nicht erfüllt' },
  answerOpen: { de: 'nicht beantwortet' },
  portfolioTitle: { de: 'Reife und Struktur' },
  portfolioText: {
    de: 'Entwicklung: {development} von 100 ({maturity}). Struktur: {structure} von 100 ({structureLevel}).',
  },
  portfolioNote: {
    de: 'Nach dem Portfolio von Uhlmann/Heim (ATB). Eine komplexe Struktur ist kein Ziel an sich; sie muss sinnvoll sein.',
  },
  maturityinitial: { de: 'Anfang' },
  maturitygrowth: { de: 'Wachstum' },
  maturitymature: { de: 'Reife' },
  structuresimple: { de: 'einfach' },
  structurecomplex: { de: 'komplex' },
  unknown: { de: 'zu wenige Antworten' },
  source: { de: 'Quelle' },
  servicesTitle: { de: 'Was andere Netzwerke anbieten' },
  servicesIntro: {
    de: 'Beispiele aus der Studie zu Netzwerkservices, passend zu Ihren schwachen Bereichen.',
  },
  effectsTitle: {
    de: 'Studienzahlen zu KMU in Netzwerken',
  },
  effectsIntro: {
    de: 'Die Befragung der Koordinator/innen zeigt Zusammenhänge, keine Ursachen. Das Expertenpanel (34 Fachleute insgesamt) gibt Einschätzungen. Die Quelle steht bei jeder Zahl.',
  },
  effectsOnScreen: {
    de: 'Diese Studienzahlen stehen nicht auf dem Ausdruck; Sie finden sie im Ergebnis in der App.',
  },
} satisfies Record<string, Text>;
