import { iaw, KAP41 } from './cite';
import type { Barrier, Condition, Triage } from './schema';

const tx = (de: string) => ({ de });

/** Answers that rule out advice to start passively: a passive start does not suit, or it wants to shape. */
export const rejectsPassive: Condition[] = [
  { kind: 'answer', item: 'd7-1', max: 2 },
  { kind: 'answer', item: 'p-want', anyOf: ['active'] },
];

/** The barrier types a firm can tick or that low areas signal (seed 001, question 40, reworded for firms). */
export const barriers: Barrier[] = [
  {
    id: 'resources',
    title: tx('Zeit, Personal und Geld'),
    description: tx(
      'Das Tagesgeschäft lässt wenig Luft. Das geht vielen Betrieben so – und es lässt sich mit passenden Angeboten lösen.',
    ),
    figures: ['fig-resources-79', 'fig-resources-experts', 'fig-priorities-kmu'],
  },
  {
    id: 'benefit',
    title: tx('Unklarer Nutzen'),
    description: tx('Es ist nicht klar, was ein Netzwerk Ihrem Betrieb konkret bringt.'),
    figures: ['fig-benefit-36'],
  },
  {
    id: 'interest',
    title: tx('Gerade keine Priorität'),
    description: tx(
      'Fachkräfte sind im Moment nicht das drängendste Thema – oder es fehlt der Anlass.',
    ),
    figures: ['fig-interest-third', 'fig-awareness'],
  },
  {
    id: 'trust',
    title: tx('Sorge um Betriebsinterna'),
    description: tx('Sie möchten nicht, dass Wettbewerber zu viel über Ihren Betrieb erfahren.'),
    figures: ['fig-trust'],
  },
  {
    id: 'access',
    title: tx('Kein Kontakt, kein Zugang'),
    description: tx('Sie wissen nicht, welches Netzwerk es gibt oder wen Sie ansprechen können.'),
    figures: ['fig-personal-contact'],
  },
  {
    id: 'format',
    title: tx('Themen und Termine passen nicht'),
    description: tx('Angebote sind zu lang, zur falschen Zeit oder zu weit weg vom Alltag.'),
    figures: ['fig-short-events'],
  },
  {
    id: 'fees',
    title: tx('Kosten und Beiträge'),
    description: tx('Beiträge oder Gebühren schrecken ab.'),
    figures: ['fig-fees-experts'],
  },
];

/** Closer looks at the three main barriers; the first whose conditions hold is shown. */
export const triages: Triage[] = [
  {
    id: 'resources-priorities',
    barrier: 'resources',
    when: [{ kind: 'answer', item: 'd2-4', min: 4 }],
    title: tx('Eine Frage der Prioritäten'),
    text: tx(
      'Ihre Zeit ist knapp – aber für Themen, die Ihren Mitarbeitenden etwas bringen, nehmen Sie sie sich. Knappe Zeit ist also auch eine Frage der Prioritäten, kein Grund zum Verzicht. Wählen Sie kurze Angebote, die genau Ihr aktuelles Thema treffen.',
    ),
    citations: [
      iaw('Kap. 3.5', 1027, 1027, 'es ist aber auch eine Frage der Prioritäten'),
      iaw(
        'Kap. 3.4, Praxisbeispiel 1',
        816,
        819,
        'dann nehmen wir uns die Zeit für die Teilnahme an einer Veranstaltung',
      ),
    ],
  },
  {
    id: 'resources-benefit',
    barrier: 'resources',
    when: [{ kind: 'band', dimension: 'd3', bands: ['mid', 'high'] }],
    title: tx('Der Nutzen ist da, die Zeit fehlt'),
    text: tx(
      'Sie sehen den Nutzen, aber der Alltag lässt wenig Luft. Wenn ein Angebot praxisnah ist und das Format passt, lohnt sich auch ein kleiner Einsatz. Fangen Sie mit einem kurzen Termin an.',
    ),
    citations: [
      iaw('Kap. 3.5', 1041, 1043, 'wenn das thematische Angebot praxisorientiert aufbereitet sei'),
    ],
  },
  {
    id: 'resources-capacity',
    barrier: 'resources',
    when: [],
    // this reading suggests a passive start: not for a firm that rejects one or wants to shape
    unless: rejectsPassive,
    title: tx('Erst einmal mit wenig Aufwand'),
    text: tx(
      'Gerade fehlt die Kraft für mehr. Das ist in Ordnung: Bleiben Sie zunächst passiv dabei, etwa über einen Newsletter. Die Studie hält auch längere passive Phasen für sinnvoll.',
    ),
    citations: [iaw(KAP41.time, 1182, 1184, 'Auch längere Phasen rein passiver Teilnahme')],
  },
  {
    id: 'benefit-member',
    barrier: 'benefit',
    when: [{ kind: 'answer', item: 'p-member', anyOf: ['passive', 'active'] }],
    title: tx('Fragen Sie Ihr Netzwerk nach Beispielen'),
    text: tx(
      'Sie sind dabei, sehen aber den Nutzen nicht klar. Damit sind Sie nicht allein. Bitten Sie um konkrete Beispiele: Was hat ein anderer Betrieb durch das Netzwerk erreicht?',
    ),
    citations: [
      iaw(
        'Kap. 3.5',
        1060,
        1061,
        'dass der Mehrwert einer Netzwerkteilnahme nicht offen zutage trete',
      ),
      iaw(KAP41.approach, 1238, 1239, 'Präsentation von Praxisbeispielen oder „Success Stories“'),
    ],
  },
  {
    id: 'benefit-nonmember',
    barrier: 'benefit',
    when: [],
    title: tx('Erst herausfinden, was es bringt'),
    text: tx(
      'Viele Betriebe sagen in Interviews: Der Nutzen eines Netzwerks ist nicht leicht zu sehen. Fragen Sie darum nach, was ein Netzwerk bei Ihrem aktuellen Thema tun kann, etwa bei einer offenen Stelle.',
    ),
    citations: [
      iaw(
        'Kap. 3.5',
        1059,
        1060,
        'dass der Mehrwert einer Netzwerkteilnahme nicht offen zutage trete',
      ),
    ],
  },
  {
    id: 'interest-acute',
    barrier: 'interest',
    when: [{ kind: 'answer', item: 'd1-3', min: 4 }],
    title: tx('Der Bedarf ist schon da'),
    text: tx(
      'Sie haben zu wenige passende Bewerbungen, aber das Thema hat wenig Priorität. Ein Netzwerk kann bei genau so einer konkreten Frage ansetzen – nicht erst bei großen Zukunftsthemen.',
    ),
    citations: [
      iaw('Kap. 3.5', 1112, 1114, 'offener und erreichbarer für unmittelbar praxisbezogene Themen'),
    ],
  },
  {
    id: 'interest-awareness',
    barrier: 'interest',
    when: [],
    title: tx('Kein akuter Anlass – trotzdem vorausdenken'),
    text: tx(
      'Fachkräfte sind gerade kein drängendes Thema für Sie. Langfristige Themen wie Familie und Beruf werden aber im Wettbewerb um Fachkräfte wichtig. Schauen Sie deshalb jetzt, welche Stellen in einigen Jahren schwer zu besetzen sind. Ein Netzwerk kann Sie dabei unterstützen.',
    ),
    citations: [
      iaw(
        'Kap. 4.1, „Die Inhalte müssen für KMU attraktiv, aktuell und anwendbar sein“',
        1203,
        1206,
        'müssen KMU sensibilisiert werden, da diese Themen zukünftig eine wichtige Rolle',
      ),
    ],
  },
];
