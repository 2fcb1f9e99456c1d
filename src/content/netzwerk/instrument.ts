import { cite } from '../cite';
import type { Block, Instrument, Item } from '../schema';
import { JS_ROWS, jsPlace } from '../study-places';

type Option = NonNullable<Item['options']>[number];

const c = cite;
const o = (id: string, de: string): Option => ({ id, text: { de } });

/** KMU item each network statement mirrors (multi-rater gap view). */
const MIRRORS: Record<string, string> = {
  'n-d1-3': 'd1-4',
  'n-d2-1': 'd2-1',
  'n-d3-1': 'd3-4',
  'n-d3-2': 'd3-2',
  'n-d3-3': 'd3-1',
  'n-d4-1': 'd4-4',
  'n-d4-2': 'd4-2',
  'n-d4-3': 'd4-3',
  'n-d5-1': 'd5-4',
  'n-d5-2': 'd5-3',
  'n-d6-2': 'd6-1',
  'n-d6-4': 'd6-2',
  'n-d7-1': 'd7-4',
  'n-d7-2': 'd7-3',
  'n-d8-1': 'd8-1',
  'n-d8-3': 'd8-3',
  'n-d8-4': 'd8-4',
  'n-d9-1': 'd9-2',
  'n-d9-3': 'd9-3',
  'n-d10-2': 'd10-1',
  'n-d10-3': 'd10-4',
};

/** A typology question: asked to tailor the advice, never scored. */
type Typ = [id: string, de: string, options: Option[]];
/** A scored statement: [id, German, English, source, extra (dimension override, reverse, showIf)]. */
type Row = [id: string, de: string, extra?: Partial<Item>];
/** A JOBSTARTER indicator: [id, step, German, English, next step German, next step English, quote]. */
type Ind = [id: string, step: string, de: string, evDe: string, quote: string];
/** An ATB portfolio marker: [id, German, English, citation]. */
type Marker = [id: string, de: string];

const typology = ([id, de, options]: Typ): Item => ({
  id,
  type: 'single',
  text: { de },
  scored: false,
  options,
});
const likert =
  (dimension: string) =>
  ([id, de, extra]: Row): Item => ({
    id,
    type: 'likert',
    dimension,
    text: { de },
    ...(MIRRORS[id] ? { mirrors: MIRRORS[id] } : {}),
    ...extra,
  });
const STATUS = [
  o('yes', 'erfüllt'),
  o('partly', 'teilweise'),
  o('no', 'nicht erfüllt'),
  o('na', 'trifft nicht zu'),
];
const indicator = ([id, step, de, evDe, quote]: Ind): Item => {
  const phase = step.slice(3, step.indexOf('.')) as 'I' | 'II' | 'III';
  const line = JS_ROWS[step]?.[0] ?? 0;
  return {
    id,
    type: 'single',
    text: { de },
    options: STATUS,
    phase,
    step,
    evidence: { de: evDe },
    citations: [c('jobstarter', jsPlace(line), line, line, quote)],
  };
};
const marker =
  (axis: 'development' | 'structure') =>
  ([id, de]: Marker): Item => ({
    id,
    type: 'likert',
    scored: false,
    axis,
    text: { de },
  });
const block = (id: string, de: string, items: Item[], extra?: Partial<Block>): Block => ({
  id,
  title: { de },
  items,
  ...extra,
});

const TYPOLOGY: Typ[] = [
  [
    't-good',
    'Wem stehen Ihre Angebote offen?',
    [
      o('public', 'Allen kostenlos, auch Nicht-Mitgliedern (öffentliches Gut)'),
      o('private', 'Nur Mitgliedern oder gegen Entgelt (privates Gut)'),
      o('both', 'Teils, teils'),
    ],
  ],
  [
    't-orientation',
    'Worauf ist Ihr Netzwerk vor allem ausgerichtet?',
    [
      o(
        'explorative',
        'Neues erschließen: neue Angebote, Ideen, Formen der Zusammenarbeit (explorativ)',
      ),
      o('exploitative', 'Bestehendes nutzen und besser machen (exploitativ)'),
      o('both', 'Beides etwa gleich'),
    ],
  ],
  [
    't-openness',
    'Was setzt eine Teilnahme voraus?',
    [
      o('open', 'Nichts oder nur gelegentliches Dabeisein ohne eigenen Beitrag (offen)'),
      o('closed', 'Ein Beitrag oder eigener Input bei Treffen (geschlossen)'),
    ],
  ],
  [
    't-formality',
    'Wie ist die Zusammenarbeit geregelt?',
    [
      o('formal', 'Formell: eigene Rechtsform oder ein Vertrag zur Zusammenarbeit'),
      o('informal', 'Informell: mündliche Absprachen'),
    ],
  ],
  [
    't-central',
    'Wer darf Aktivitäten des Netzwerks starten?',
    [
      o('central', 'Nur die Koordination (zentral)'),
      o('decentral', 'Jeder Partner, auch KMU (dezentral)'),
    ],
  ],
  [
    't-age',
    'Seit wann gibt es Ihr Netzwerk?',
    [
      o('<1', 'unter 1 Jahr'),
      o('1-3', '1–3 Jahre'),
      o('3-5', '3–5 Jahre'),
      o('5+', 'über 5 Jahre'),
    ],
  ],
  [
    't-staff',
    'Wie ist die Koordination besetzt?',
    [
      o('full', 'hauptberuflich'),
      o('part', 'nebenberuflich'),
      o('none', 'keine feste Koordination'),
    ],
  ],
  ['t-fees', 'Erhebt Ihr Netzwerk Beiträge oder Gebühren?', [o('yes', 'ja'), o('no', 'nein')]],
  [
    't-sector',
    'Für welche Branchen arbeiten Sie?',
    [o('cross', 'branchenübergreifend'), o('specific', 'eine bestimmte Branche')],
  ],
  [
    't-kmu-role',
    'Ist eine aktive Rolle für KMU vorgesehen (z. B. Ideengeber, Mitorganisator)?',
    [o('yes', 'ja'), o('partly', 'teilweise'), o('no', 'nein, KMU sind vor allem Adressaten')],
  ],
  [
    't-funding',
    'Wie wird Ihr Netzwerk finanziert?',
    [
      o('funded', 'gefördert'),
      o('ending', 'gefördert, die Förderung endet in den nächsten 12 Monaten'),
      o('self', 'selbst (Beiträge, Leistungen, Partner)'),
      o('none', 'keine eigene Finanzierung'),
    ],
  ],
  [
    't-genesis',
    'Wie ist Ihr Netzwerk entstanden?',
    [
      o('firms', 'Betriebe mit ähnlichen Problemen haben es angestoßen'),
      o('initiator', 'Eine Organisation oder Person hat es angestoßen und Betriebe dafür gewonnen'),
      o('shifted', 'So gestartet, heute richtet es sich nach dem Bedarf der Betriebe'),
      o('unsure', 'Lässt sich nicht klar sagen'),
    ],
  ],
  [
    't-kind',
    'Welche Art von Netzwerk ist es eher?',
    [
      o('operative', 'operativ: Betriebe arbeiten direkt zusammen (z. B. ein Verbund der Branche)'),
      o('strategic', 'strategisch: die Akteure der Region stimmen sich ab'),
    ],
  ],
];

const D1: Row[] = [
  ['n-d1-1', 'Wir kennen die aktuellen Fachkräfteprobleme der KMU in unserer Region konkret.'],
  [
    'n-d1-2',
    'Unser Angebot verbindet akute Anliegen (z. B. eine offene Stelle) mit langfristigen Themen.',
  ],
  ['n-d1-3', 'Wir sensibilisieren KMU auch für Themen, die (noch) nicht akut erscheinen.'],
  ['n-d1-4', 'Wir erfassen den Bedarf der Betriebe regelmäßig und beziehen sie dabei ein.'],
];
const D2: Row[] = [
  ['n-d2-1', 'Bei uns mitzumachen kostet wenig Zeit und ist niedrigschwellig.'],
  ['n-d2-2', 'Wir bieten verschiedene Beteiligungsformen – vom Newsletter bis zur Mitgestaltung.'],
  ['n-d2-3', 'Wir akzeptieren, dass KMU je nach Anlass mal mehr, mal weniger teilnehmen.'],
];
const D3: Row[] = [
  ['n-d3-1', 'Wir benennen die konkreten Vorteile für KMU beim Erstkontakt und danach.'],
  [
    'n-d3-2',
    'Wir können Erfolgsgeschichten von Betrieben zeigen, die vom Netzwerk profitiert haben.',
  ],
  ['n-d3-3', 'Unser Netzwerk hat ein klares Profil, das den Nutzen für KMU zeigt.'],
  ['n-d3-4', 'Unsere Leistungen gehen über das hinaus, was Bildungsträger sonst bieten.'],
];
const D4: Row[] = [
  ['n-d4-1', 'Wir bieten eine Mischung aus Themen und Formaten – für jeden ist etwas dabei.'],
  ['n-d4-2', 'Unsere Treffen sind kurz und liegen in Randzeiten des Arbeitstages.'],
  ['n-d4-3', 'Inhalte sind konkret und praxisnah, am besten von Betrieben selbst vorgestellt.'],
  ['n-d4-4', 'Schwerpunkte prüfen wir oft mit den Betrieben.'],
];
const D5: Row[] = [
  ['n-d5-1', 'Wir sprechen KMU vor allem persönlich an, nicht nur über allgemeine Kanäle.'],
  [
    'n-d5-2',
    'Aktive Mitgliedsbetriebe und Multiplikatoren (Kammern, Innungen, Verbände, Wirtschaftsförderung) werben für uns.',
  ],
  ['n-d5-3', 'Unser Team kennt die Kultur von KMU (z. B. betriebswirtschaftlicher Hintergrund).'],
  ['n-d5-4', 'Wir haben viele Wege zu den Betrieben.'],
];
const D6: Row[] = [
  ['n-d6-1', 'Bei unseren Treffen ist genug Zeit für den Austausch der KMU untereinander.'],
  ['n-d6-2', 'KMU haben bei uns oft direkt miteinander Kontakt, nicht nur mit der Koordination.'],
  ['n-d6-3', 'Wir halten kontinuierlich Kontakt und zeigen Präsenz, um Vertrauen aufzubauen.'],
  ['n-d6-4', 'Wir gehen sorgsam mit Informationen aus den Betrieben um und sagen das offen.'],
];
const activeRole = {
  showIf: [{ kind: 'answer' as const, item: 't-kmu-role', anyOf: ['yes', 'partly'] }],
};
const D7: Row[] = [
  [
    'n-d7-1',
    'Aktive KMU wirken als Ideengeber, in der Organisation oder in der Steuerung mit.',
    activeRole,
  ],
  [
    'n-d7-2',
    'Es gibt klare Ansprechpartner und Wege, wie KMU eigene Aktivitäten anstoßen können.',
    activeRole,
  ],
  ['n-d7-3', 'Die Teilnahme ist verbindlich (z. B. Beitrag oder eigener Input bei Treffen).'],
  ['n-d7-4', 'Unser Netzwerk wird gut und verlässlich geführt.'],
];
const D8: Row[] = [
  ['n-d8-1', 'Wir fragen unsere Mitglieder oft, welche Themen und Termine sie sich wünschen.'],
  ['n-d8-2', 'Wir wissen, warum KMU bei uns teilnehmen – oder nicht.'],
  ['n-d8-3', 'Wir hören oft von KMU, wie ihnen Inhalte und Qualität gefallen.'],
  ['n-d8-4', 'KMU können Themen und Arbeit des Netzwerks erkennbar mitgestalten.'],
];
const D9: Row[] = [
  ['n-d9-1', 'Unsere Pressearbeit zeigt, was die Betriebe tun.'],
  ['n-d9-2', 'Betriebe kommen zum Teil von sich aus auf uns zu.'],
  ['n-d9-3', 'Unser Netzwerk ist in der Region bekannt und hat ein positives Image.'],
];
const D10: Row[] = [
  ['n-d10-1', 'Wir begleiten Betriebe bei der Umsetzung, nicht nur mit Informationen.'],
  ['n-d10-2', 'Wir bieten zu den Infos auch Beratung an, wenn nötig gegen Geld.'],
  ['n-d10-3', 'Nach Projekten fassen wir bei den Betrieben systematisch nach.'],
];
const d7 = { dimension: 'd7' };
const STANDARDS: Row[] = [
  ['n-std-1', 'Alle Partner haben im Netzwerk eine gleichwertige Stellung.'],
  ['n-std-2', 'Die Mitgliedschaft in unserem Netzwerk gilt als Privileg.'],
  [
    'n-std-3',
    'Konkurrenz oder Gruppen, die sich abschotten, stören die Zusammenarbeit.',
    { reverse: true },
  ],
  [
    'n-std-4',
    'Die Fluktuation unter den Mitgliedern und ihren Vertretungen ist hoch.',
    { reverse: true },
  ],
  ['n-std-9', 'Die Wege zwischen den Partnern sind kurz: Man erreicht sich schnell und direkt.'],
  ['n-std-10', 'Viele Partner haben schon vorher zusammengearbeitet, formell oder informell.'],
  [
    'n-std-11',
    'Unser Geld ist nur kurzfristig und für eine begrenzte Zeit gesichert.',
    { reverse: true },
  ],
  ['n-std-5', 'Nicht nur die Leitungen, auch die Fachleute der Partner arbeiten mit.', d7],
  ['n-std-6', 'Die Zusammenarbeit ist fest geregelt, z. B. in einem Vertrag.', d7],
  ['n-std-7', 'Alle für unser Thema wichtigen Akteure der Region sind dabei.', d7],
  [
    'n-std-8',
    'Gender- und Cultural-Mainstreaming wird bei uns gelebt (z. B. feste Zuständigkeit).',
    d7,
  ],
];

const PHASE_1: Ind[] = [
  [
    'js-i1-a',
    'JS-I.1',
    'Ein erstes Konzept für eine betriebsnahe Netzwerkarbeit ist formuliert.',
    'Grobziele und Vorgehen in einem kurzen Konzept festhalten.',
    'Ein erstes Konzept für die betriebsnahe Netzwerkarbeit',
  ],
  [
    'js-i1-b',
    'JS-I.1',
    'Die Partner sind gewählt, z. B. Kammern, Innungen, Schulen, die Agentur für Arbeit.',
    'Eine Liste der Partner anlegen und erste Gespräche notieren.',
    'Potenzielle Akteure/Akteurinnen sind ausgewählt.',
  ],
  [
    'js-i1-c',
    'JS-I.1',
    'Die Erwartungen an die Partner sind formuliert.',
    'Rolle jedes Partners schriftlich festhalten, z. B. in einer Absichtserklärung (LoI).',
    'Erwartungen an die Netzwerkpartner/innen sind formuliert.',
  ],
  [
    'js-i2-a',
    'JS-I.2',
    'Die Netze und Strukturen, die es in der Region schon gibt, sind aufgeschrieben.',
    'Eine Karte des Netzwerks und einen kurzen Bericht zum Stand erstellen.',
    'Strukturen sind dokumentiert.',
  ],
  [
    'js-i2-b',
    'JS-I.2',
    'Lücken sind benannt (Bedarfsanalyse in der Region).',
    'Den Bedarf klären und Lücken im Bericht festhalten.',
    'Lücken sind definiert.',
  ],
  [
    'js-i2-c',
    'JS-I.2',
    'Was die Netzwerkarbeit fördert oder hemmt, ist benannt und den Partnern bekannt.',
    'Workshop, in dem die Partner ihre Angebote und Erfolgskriterien vorstellen.',
    'Förderliche und hinderliche Faktoren der Netzwerkarbeit',
  ],
  [
    'js-i2-d',
    'JS-I.2',
    'Das Startkonzept ist bei Bedarf angepasst.',
    'Das Konzept mit dem Stand und dem Bedarf abgleichen.',
    'Netzwerkkonzept aus der Antragsphase ist ggf. modifiziert.',
  ],
  [
    'js-i2-e',
    'JS-I.2',
    'Betriebe und Fachöffentlichkeit kennen Netzwerk und Ziele aus ersten Informationen.',
    'Ein Blatt, eine Webseite oder einen Artikel in der Zeitung bringen.',
    'Erste Informationen über das Netzwerk und seine Ziele',
  ],
];
const PHASE_2: Ind[] = [
  [
    'js-ii1-a',
    'JS-II.1',
    'Erste Arbeitsaufträge an Partner oder Arbeitsgruppen sind vergeben.',
    'Klar sagen, wer was tut, und das aufschreiben.',
    'Erste Arbeitsaufträge sind vergeben.',
  ],
  [
    'js-ii1-b',
    'JS-II.1',
    'Arbeitsgruppen treffen sich so oft wie nötig.',
    'Protokolle und Anwesenheitslisten führen.',
    'Arbeitsgruppen treffen sich entsprechend den notwendigen Erfordernissen.',
  ],
  [
    'js-ii1-c',
    'JS-II.1',
    'Neue Strukturen sind entstanden (z. B. feste Runde Betriebe–Schulen, Praktikumsbörse).',
    'Neue Strukturen in einem Vertrag oder einer Zielvereinbarung festhalten.',
    'Neue Ausbildungsstrukturen sind entstanden',
  ],
  [
    'js-ii1-d',
    'JS-II.1',
    'Daraus sind erste neue Plätze für Ausbildung oder Arbeit entstanden.',
    'Ergebnisse mit Zahlen von Kammern oder Arbeitsagentur belegen.',
    'Erste zusätzliche/neue Ausbildungsplätze entstehen',
  ],
  [
    'js-ii2-a',
    'JS-II.2',
    'Nach dem Rückblick sind Aufträge und Absprachen neu gefasst.',
    'Feste Termine zum Prüfen nutzen und das Vorgehen in der Steuerungsgruppe auswerten.',
    'Arbeitsaufträge sind vergeben, Vereinbarungen korrigiert.',
  ],
  [
    'js-ii2-b',
    'JS-II.2',
    'Es gibt einen Maßnahmenkatalog; die Zielvereinbarung ist angepasst.',
    'Maßnahmenkatalog ableiten, Netzwerkkonzept überarbeiten.',
    'Maßnahmenkatalog entwickeln, Zielvereinbarung anpassen.',
  ],
  [
    'js-ii2-c',
    'JS-II.2',
    'Arbeitsgruppen arbeiten weiter, auch in neuer Besetzung.',
    'Rollen der Partner prüfen, Gruppen bei Bedarf neu zusammensetzen.',
    '(neu zusammengesetzte) Arbeitsgruppen treffen sich',
  ],
  [
    'js-ii2-d',
    'JS-II.2',
    'Wo nötig, sind neue Partner gewonnen.',
    'Die Karte des Netzwerks neu zeichnen und sehen, wer noch fehlt.',
    'Ggf. neue Netzwerkpartner/innen gewinnen.',
  ],
  [
    'js-ii3-a',
    'JS-II.3',
    'Die Zielvereinbarungen werden überprüft und bei Bedarf angepasst.',
    'Festen Termin setzen, an dem die Partner die Ziele gemeinsam prüfen.',
    'Zielvereinbarungen des Netzwerkes überprüfen',
  ],
];
const PHASE_3: Ind[] = [
  [
    'js-iii1-a',
    'JS-III.1',
    'Die ursprünglichen Ziele sind mit den tatsächlichen Ergebnissen abgeglichen.',
    'Ziele und Ergebnisse Seite an Seite notieren.',
    'mit den tatsächlichen Ergebnissen abgeglichen',
  ],
  [
    'js-iii1-b',
    'JS-III.1',
    'Das Ergebnis ist in der Steuerungsgruppe bewertet.',
    'Vor dem Ende der Förderung Bilanz ziehen, und zwar früh.',
    'Das Ergebnis der Reflexion ist in der Steuerungsgruppe',
  ],
  [
    'js-iii2-a',
    'JS-III.2',
    'Die Partner haben über Fortführung oder Ende abgestimmt.',
    'Mit den Partnern entscheiden und das im Protokoll festhalten.',
    'Ergebnis der Abstimmung',
  ],
  [
    'js-iii2-b',
    'JS-III.2',
    'Die Partner haben ein Konzept für die Weiterführung entwickelt.',
    'Ziele und Aufgaben in einem Konzept zur Weiterarbeit fortschreiben.',
    'Ein Konzept für die Weiterführung',
  ],
  [
    'js-iii2-c',
    'JS-III.2',
    'Ressourcen und Koordination sind für danach abgesichert.',
    'Ressourcenplan: Wer trägt Koordination, Zeit und Kosten?',
    'Ressourcen und Koordination sind abgesichert.',
  ],
  [
    'js-iii3-a',
    'JS-III.3',
    'Erfahrungsberichte und Beispiele stehen anderen gedruckt oder online bereit.',
    'Ergebnisse online oder auf Papier für andere bereitstellen.',
    'Erfahrungsberichte, Dokumentationen, Beispiele',
  ],
  [
    'js-iii3-b',
    'JS-III.3',
    'Ergebnisse sind aktiv auf (Fach-)Veranstaltungen verbreitet.',
    'Ergebnisse bei Treffen zeigen und der Presse melden.',
    'Eine aktive und zielgerichtete Verbreitung',
  ],
];

const DEVELOPMENT: Marker[] = [
  [
    'atb-d1',
    'Impulse für Aktivitäten kommen zunehmend von den Partnern, nicht nur von der Koordination.',
  ],
  ['atb-d2', 'Zwischen den Partnern gibt es viele direkte, wechselseitige Beziehungen.'],
  ['atb-d3', 'Das Netzwerk ist in der Region sichtbar verankert und betreibt Lobbyarbeit.'],
  ['atb-d4', 'Die Koordination hat Zeit für Abstimmung, Strategie und Lobby.'],
];
const STRUCTURE: Marker[] = [
  [
    'atb-s1',
    'Das Netzwerk ist in Einheiten gegliedert (z. B. Arbeitsgruppen), nicht nur in Partnergruppen.',
  ],
  ['atb-s2', 'Wir haben feste Teile wie einen Pool für Wissen eingerichtet.'],
  ['atb-s3', 'Wir unterscheiden einen inneren Kern und ein erweitertes, externes Netzwerk.'],
];

const dim = (n: number, de: string, rows: Row[]) => block(`n-d${n}`, de, rows.map(likert(`d${n}`)));

/** The Netzwerk-Check for coordinators: typology, ten dimensions, standards, phases, ATB markers. */
export const netzwerkInstrument: Instrument = {
  id: 'netzwerk',
  version: 1,
  role: 'coordinator',
  title: { de: 'Netzwerk-Selbstcheck' },
  description: {
    de: 'Für Koordinatorinnen und Koordinatoren: Wie KMU-orientiert ist Ihr Netzwerk, in welcher Phase steht es, was hilft als Nächstes?',
  },
  minutes: 15,
  blocks: [
    block('typology', 'Ihr Netzwerk', TYPOLOGY.map(typology), {
      intro: {
        de: 'Diese Angaben werden nicht bewertet. Sie passen die Empfehlungen an Ihr Netzwerk an.',
      },
    }),
    dim(1, 'Problembewusstsein', D1),
    dim(2, 'Zeit und Personal der Betriebe', D2),
    dim(3, 'Nutzen für die Betriebe', D3),
    dim(4, 'Themen und Formate', D4),
    dim(5, 'Zugang und Kontakt', D5),
    dim(6, 'Vertrauen und Austausch', D6),
    dim(7, 'Beteiligung und Rolle', D7),
    dim(8, 'Rückmeldung und Mitgestaltung', D8),
    dim(9, 'Sichtbarkeit', D9),
    dim(10, 'Umsetzung und Begleitung', D10),
    block('n-standards', 'Mindeststandards und Vertrauen', STANDARDS.map(likert('d6')), {
      intro: {
        de: 'Aus dem Workshop „Netzwerkarbeit“ (Nürnberg 2009).',
      },
    }),
    block('phase-1', 'Phase I: Aufbau', PHASE_1.map(indicator), {
      intro: {
        de: 'Was ist erledigt? Die Punkte stammen aus dem JOBSTARTER-Phasenmodell; Schritte laufen oft parallel.',
      },
    }),
    block('phase-2', 'Phase II: Umsetzung', PHASE_2.map(indicator)),
    block('phase-3', 'Phase III: Nachhaltigkeit und Transfer', PHASE_3.map(indicator), {
      // asked of every network: a young one whose funding ends soon must be able to plan ahead
      intro: {
        de: 'Was noch nicht gilt: „trifft nicht zu“.',
      },
    }),
    block(
      'atb',
      'Entwicklungsstand',
      [...DEVELOPMENT.map(marker('development')), ...STRUCTURE.map(marker('structure'))],
      {
        intro: {
          de: 'Nicht bewertet: Diese Aussagen zeigen, wie weit Ihr Netzwerk gereift (Anfang, Wachstum, Reife) und wie gegliedert es ist.',
        },
      },
    ),
  ],
};
