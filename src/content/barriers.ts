import { iaw, KAP41 } from './cite';
import type { Barrier, Condition, Triage } from './schema';

const tx = (de: string, en: string) => ({ de, en });

/** Answers that rule out advice to start passively: a passive start does not suit, or it wants to shape. */
export const rejectsPassive: Condition[] = [
  { kind: 'answer', item: 'd7-1', max: 2 },
  { kind: 'answer', item: 'p-want', anyOf: ['active'] },
];

/** The barrier types a firm can tick or that low areas signal (seed 001, question 40, reworded for firms). */
export const barriers: Barrier[] = [
  {
    id: 'resources',
    title: tx('Zeit, Personal und Geld', 'Time, staff and money'),
    description: tx(
      'Das Tagesgeschäft lässt wenig Luft. Das geht vielen Betrieben so – und es lässt sich mit passenden Angeboten lösen.',
      'Daily business leaves little room. Many firms feel this – and fitting offers can solve it.',
    ),
    figures: ['fig-resources-79', 'fig-resources-experts', 'fig-priorities-kmu'],
  },
  {
    id: 'benefit',
    title: tx('Unklarer Nutzen', 'Unclear benefit'),
    description: tx(
      'Es ist nicht klar, was ein Netzwerk Ihrem Betrieb konkret bringt.',
      'It is not clear what a network concretely brings your firm.',
    ),
    figures: ['fig-benefit-36'],
  },
  {
    id: 'interest',
    title: tx('Gerade keine Priorität', 'Not a priority right now'),
    description: tx(
      'Fachkräfte sind im Moment nicht das drängendste Thema – oder es fehlt der Anlass.',
      'Skilled staff is not the most pressing topic right now – or there is no occasion.',
    ),
    figures: ['fig-interest-third', 'fig-awareness'],
  },
  {
    id: 'trust',
    title: tx('Sorge um Betriebsinterna', 'Worry about internal information'),
    description: tx(
      'Sie möchten nicht, dass Wettbewerber zu viel über Ihren Betrieb erfahren.',
      'You do not want competitors to learn too much about your firm.',
    ),
    figures: ['fig-trust'],
  },
  {
    id: 'access',
    title: tx('Kein Kontakt, kein Zugang', 'No contact, no access'),
    description: tx(
      'Sie wissen nicht, welches Netzwerk es gibt oder wen Sie ansprechen können.',
      'You do not know which network exists or whom to contact.',
    ),
    figures: ['fig-personal-contact'],
  },
  {
    id: 'format',
    title: tx('Themen und Termine passen nicht', 'Topics and dates do not fit'),
    description: tx(
      'Angebote sind zu lang, zur falschen Zeit oder zu weit weg vom Alltag.',
      'Offers are too long, at the wrong time or too far from daily work.',
    ),
    figures: ['fig-short-events'],
  },
  {
    id: 'fees',
    title: tx('Kosten und Beiträge', 'Costs and fees'),
    description: tx('Beiträge oder Gebühren schrecken ab.', 'Fees or charges put you off.'),
    figures: ['fig-fees-experts'],
  },
];

/** Closer looks at the three main barriers; the first whose conditions hold is shown. */
export const triages: Triage[] = [
  {
    id: 'resources-priorities',
    barrier: 'resources',
    when: [{ kind: 'answer', item: 'd2-4', min: 4 }],
    title: tx('Eine Frage der Prioritäten', 'A question of priorities'),
    text: tx(
      'Ihre Zeit ist knapp – aber für Themen, die Ihren Mitarbeitenden etwas bringen, nehmen Sie sie sich. Knappe Zeit ist also auch eine Frage der Prioritäten, kein Grund zum Verzicht. Wählen Sie kurze Angebote, die genau Ihr aktuelles Thema treffen.',
      'Your time is short – but you make time for topics that help your staff. So little time is also a question of priorities, not a reason to stay away. Choose short offers that hit exactly your current topic.',
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
    title: tx('Der Nutzen ist da, die Zeit fehlt', 'The benefit is there, time is short'),
    text: tx(
      'Sie sehen den Nutzen, aber der Alltag lässt wenig Luft. Wenn ein Angebot praxisnah ist und das Format passt, lohnt sich auch ein kleiner Einsatz. Fangen Sie mit einem kurzen Termin an.',
      'You see the benefit, but daily work leaves little room. If an offer is practical and the format fits, a small effort pays off. Start with one short date.',
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
    title: tx('Erst einmal mit wenig Aufwand', 'Start with little effort'),
    text: tx(
      'Gerade fehlt die Kraft für mehr. Das ist in Ordnung: Bleiben Sie zunächst passiv dabei, etwa über einen Newsletter. Die Studie hält auch längere passive Phasen für sinnvoll.',
      'Right now there is no capacity for more. That is fine: stay passively involved at first, e.g. via a newsletter. The study considers longer passive phases worthwhile too.',
    ),
    citations: [iaw(KAP41.time, 1182, 1184, 'Auch längere Phasen rein passiver Teilnahme')],
  },
  {
    id: 'benefit-member',
    barrier: 'benefit',
    when: [{ kind: 'answer', item: 'p-member', anyOf: ['passive', 'active'] }],
    title: tx('Fragen Sie Ihr Netzwerk nach Beispielen', 'Ask your network for examples'),
    text: tx(
      'Sie sind dabei, sehen aber den Nutzen nicht klar. Damit sind Sie nicht allein. Bitten Sie um konkrete Beispiele: Was hat ein anderer Betrieb durch das Netzwerk erreicht?',
      'You are a member but do not see the benefit clearly. You are not alone. Ask for concrete examples: what has another firm achieved through the network?',
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
    title: tx('Erst herausfinden, was es bringt', 'First find out what it brings'),
    text: tx(
      'Viele Betriebe sagen in Interviews: Der Nutzen eines Netzwerks ist nicht leicht zu sehen. Fragen Sie darum nach, was ein Netzwerk bei Ihrem aktuellen Thema tun kann, etwa bei einer offenen Stelle.',
      'Many firms say in interviews: a network’s benefit is not easy to see. So ask what a network can do for your current topic, for example a vacant job.',
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
    title: tx('Der Bedarf ist schon da', 'The need is already there'),
    text: tx(
      'Sie haben zu wenige passende Bewerbungen, aber das Thema hat wenig Priorität. Ein Netzwerk kann bei genau so einer konkreten Frage ansetzen – nicht erst bei großen Zukunftsthemen.',
      'You get too few suitable applications, yet the topic has little priority. A network can start with exactly such a concrete question – not with big future topics.',
    ),
    citations: [
      iaw('Kap. 3.5', 1112, 1114, 'offener und erreichbarer für unmittelbar praxisbezogene Themen'),
    ],
  },
  {
    id: 'interest-awareness',
    barrier: 'interest',
    when: [],
    title: tx(
      'Kein akuter Anlass – trotzdem vorausdenken',
      'No acute occasion – think ahead anyway',
    ),
    text: tx(
      'Fachkräfte sind gerade kein drängendes Thema für Sie. Langfristige Themen wie Familie und Beruf werden aber im Wettbewerb um Fachkräfte wichtig. Schauen Sie deshalb jetzt, welche Stellen in einigen Jahren schwer zu besetzen sind. Ein Netzwerk kann Sie dabei unterstützen.',
      'Skilled staff is not a pressing topic for you right now. But long-term topics such as family and work will matter in the competition for skilled staff. So look now at which jobs will be hard to fill in a few years. A network can support you in this.',
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
