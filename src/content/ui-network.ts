import type { Text } from './schema';

/** Strings of the coordinator's result (phase diagnosis, portfolio, services, network figures). */
export const networkUi = {
  phaseTitle: { de: 'In welcher Phase steht Ihr Netzwerk?', en: 'Which phase is your network in?' },
  phaseNow: { de: 'Aktuelle Phase: {phase}', en: 'Current phase: {phase}' },
  phaseI: { de: 'Phase I – Aufbau', en: 'Phase I – set-up' },
  phaseII: { de: 'Phase II – Umsetzung', en: 'Phase II – implementation' },
  phaseIII: {
    de: 'Phase III – Nachhaltigkeit und Transfer',
    en: 'Phase III – sustainability and transfer',
  },
  phaseIntro: {
    de: 'Nach der Phasentabelle des JOBSTARTER-Werkstattgesprächs. Die Schritte einer Phase laufen parallel; spätere Phasen können schon begonnen sein.',
    en: 'Based on the phase table of the JOBSTARTER workshop. Steps within a phase run in parallel; later phases may already have begun.',
  },
  phaseShare: { de: '{share} % der Merkmale erfüllt', en: '{share} % of indicators met' },
  phaseNone: { de: 'nicht beantwortet', en: 'not answered' },
  phaseDone: { de: 'erledigt', en: 'done' },
  phaseBegun: { de: 'begonnen', en: 'begun' },
  phaseOpen: { de: 'offen', en: 'open' },
  nextTitle: { de: 'Nächste Schritte in dieser Phase', en: 'Next steps in this phase' },
  nextEarly: {
    de: 'vorziehen, weil die Förderung bald endet',
    en: 'bring forward because funding ends soon',
  },
  nextNone: { de: 'In dieser Phase ist alles erfüllt.', en: 'Everything in this phase is met.' },
  phaseSkipped: { de: 'trifft nicht zu', en: 'does not apply' },
  phaseUnclear: { de: 'zu wenige Angaben', en: 'too few answers' },
  answerPartly: { de: 'teilweise erfüllt', en: 'partly met' },
  answerNo: { de: 'nicht erfüllt', en: 'not met' },
  answerOpen: { de: 'nicht beantwortet', en: 'not answered' },
  portfolioTitle: { de: 'Reife und Struktur', en: 'Maturity and structure' },
  portfolioText: {
    de: 'Entwicklung: {development} von 100 ({maturity}). Struktur: {structure} von 100 ({structureLevel}).',
    en: 'Development: {development} of 100 ({maturity}). Structure: {structure} of 100 ({structureLevel}).',
  },
  portfolioNote: {
    de: 'Nach dem Portfolio von Uhlmann/Heim (ATB). Eine komplexe Struktur ist kein Ziel an sich; sie muss sinnvoll sein.',
    en: 'After the ATB portfolio (Uhlmann/Heim). A complex structure is no goal in itself; it has to make sense.',
  },
  maturityinitial: { de: 'Anfang', en: 'beginning' },
  maturitygrowth: { de: 'Wachstum', en: 'growth' },
  maturitymature: { de: 'Reife', en: 'maturity' },
  structuresimple: { de: 'einfach', en: 'simple' },
  structurecomplex: { de: 'komplex', en: 'complex' },
  unknown: { de: 'zu wenige Antworten', en: 'too few answers' },
  source: { de: 'Quelle', en: 'Source' },
  servicesTitle: { de: 'Was andere Netzwerke anbieten', en: 'What other networks offer' },
  servicesIntro: {
    de: 'Beispiele aus der Studie zu Netzwerkservices, passend zu Ihren schwachen Bereichen.',
    en: 'Examples from the case studies “Erfolgselement Netzwerkservice” that fit your weaker areas.',
  },
  effectsTitle: {
    de: 'Studienzahlen zu KMU in Netzwerken',
    en: 'Study figures on SMEs in networks',
  },
  effectsIntro: {
    de: 'Die Befragung der Koordinator/innen zeigt Zusammenhänge, keine Ursachen. Das Expertenpanel (34 Fachleute insgesamt) gibt Einschätzungen. Die Quelle steht bei jeder Zahl.',
    en: 'The coordinator survey shows associations, not causes. The expert panel (34 experts in all) gives assessments. Each figure names its source.',
  },
  effectsOnScreen: {
    de: 'Diese Studienzahlen stehen nicht auf dem Ausdruck; Sie finden sie im Ergebnis in der App.',
    en: 'These study figures are not on the printout; you find them in the result in the app.',
  },
} satisfies Record<string, Text>;
