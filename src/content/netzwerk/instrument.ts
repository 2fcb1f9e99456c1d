import { cite } from '../cite';
import type { Block, Instrument, Item } from '../schema';
import { JS_ROWS, jsPlace } from '../study-places';

type Option = NonNullable<Item['options']>[number];

const c = cite;
const o = (id: string, de: string, en: string): Option => ({ id, text: { de, en } });

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
type Typ = [id: string, de: string, en: string, options: Option[]];
/** A scored statement: [id, German, English, source, extra (dimension override, reverse, showIf)]. */
type Row = [id: string, de: string, en: string, extra?: Partial<Item>];
/** A JOBSTARTER indicator: [id, step, German, English, next step German, next step English, quote]. */
type Ind = [
  id: string,
  step: string,
  de: string,
  en: string,
  evDe: string,
  evEn: string,
  quote: string,
];
/** An ATB portfolio marker: [id, German, English, citation]. */
type Marker = [id: string, de: string, en: string];

const typology = ([id, de, en, options]: Typ): Item => ({
  id,
  type: 'single',
  text: { de, en },
  scored: false,
  options,
});
const likert =
  (dimension: string) =>
  ([id, de, en, extra]: Row): Item => ({
    id,
    type: 'likert',
    dimension,
    text: { de, en },
    ...(MIRRORS[id] ? { mirrors: MIRRORS[id] } : {}),
    ...extra,
  });
const STATUS = [
  o('yes', 'erfüllt', 'met'),
  o('partly', 'teilweise', 'partly'),
  o('no', 'nicht erfüllt', 'not met'),
  o('na', 'trifft nicht zu', 'does not apply'),
];
const indicator = ([id, step, de, en, evDe, evEn, quote]: Ind): Item => {
  const phase = step.slice(3, step.indexOf('.')) as 'I' | 'II' | 'III';
  const line = JS_ROWS[step]?.[0] ?? 0;
  return {
    id,
    type: 'single',
    text: { de, en },
    options: STATUS,
    phase,
    step,
    evidence: { de: evDe, en: evEn },
    citations: [c('jobstarter', jsPlace(line), line, line, quote)],
  };
};
const marker =
  (axis: 'development' | 'structure') =>
  ([id, de, en]: Marker): Item => ({
    id,
    type: 'likert',
    scored: false,
    axis,
    text: { de, en },
  });
const block = (
  id: string,
  de: string,
  en: string,
  items: Item[],
  extra?: Partial<Block>,
): Block => ({
  id,
  title: { de, en },
  items,
  ...extra,
});

const TYPOLOGY: Typ[] = [
  [
    't-good',
    'Wem stehen Ihre Angebote offen?',
    'Who can use your offers?',
    [
      o(
        'public',
        'Allen kostenlos, auch Nicht-Mitgliedern (öffentliches Gut)',
        'Everyone, free (public good)',
      ),
      o(
        'private',
        'Nur Mitgliedern oder gegen Entgelt (privates Gut)',
        'Members only or paid (private good)',
      ),
      o('both', 'Teils, teils', 'Both'),
    ],
  ],
  [
    't-orientation',
    'Worauf ist Ihr Netzwerk vor allem ausgerichtet?',
    'What is your network mainly geared to?',
    [
      o(
        'explorative',
        'Neues erschließen: neue Angebote, Ideen, Formen der Zusammenarbeit (explorativ)',
        'New services, ideas, ways of cooperating (explorative)',
      ),
      o(
        'exploitative',
        'Bestehendes nutzen und besser machen (exploitativ)',
        'Using and improving what exists (exploitative)',
      ),
      o('both', 'Beides etwa gleich', 'Both equally'),
    ],
  ],
  [
    't-openness',
    'Was setzt eine Teilnahme voraus?',
    'What does taking part require?',
    [
      o(
        'open',
        'Nichts oder nur gelegentliches Dabeisein ohne eigenen Beitrag (offen)',
        'Nothing, or occasional attendance (open)',
      ),
      o(
        'closed',
        'Ein Beitrag oder eigener Input bei Treffen (geschlossen)',
        'Fees or own input (closed)',
      ),
    ],
  ],
  [
    't-formality',
    'Wie ist die Zusammenarbeit geregelt?',
    'How is cooperation arranged?',
    [
      o(
        'formal',
        'Formell: eigene Rechtsform oder ein Vertrag zur Zusammenarbeit',
        'Formal: legal form or agreement',
      ),
      o('informal', 'Informell: mündliche Absprachen', 'Informal: verbal arrangements'),
    ],
  ],
  [
    't-central',
    'Wer darf Aktivitäten des Netzwerks starten?',
    'Who may start network activities?',
    [
      o('central', 'Nur die Koordination (zentral)', 'Only the coordination (central)'),
      o('decentral', 'Jeder Partner, auch KMU (dezentral)', 'Any partner, SMEs too (decentral)'),
    ],
  ],
  [
    't-age',
    'Seit wann gibt es Ihr Netzwerk?',
    'How old is your network?',
    [
      o('<1', 'unter 1 Jahr', 'under 1 year'),
      o('1-3', '1–3 Jahre', '1–3 years'),
      o('3-5', '3–5 Jahre', '3–5 years'),
      o('5+', 'über 5 Jahre', 'over 5 years'),
    ],
  ],
  [
    't-staff',
    'Wie ist die Koordination besetzt?',
    'How is coordination staffed?',
    [
      o('full', 'hauptberuflich', 'full-time'),
      o('part', 'nebenberuflich', 'part-time'),
      o('none', 'keine feste Koordination', 'no fixed coordination'),
    ],
  ],
  [
    't-fees',
    'Erhebt Ihr Netzwerk Beiträge oder Gebühren?',
    'Does your network charge fees?',
    [o('yes', 'ja', 'yes'), o('no', 'nein', 'no')],
  ],
  [
    't-sector',
    'Für welche Branchen arbeiten Sie?',
    'Which sectors do you serve?',
    [
      o('cross', 'branchenübergreifend', 'across sectors'),
      o('specific', 'eine bestimmte Branche', 'one sector'),
    ],
  ],
  [
    't-kmu-role',
    'Ist eine aktive Rolle für KMU vorgesehen (z. B. Ideengeber, Mitorganisator)?',
    'Is an active role for SMEs intended (e.g. idea giver, co-organiser)?',
    [
      o('yes', 'ja', 'yes'),
      o('partly', 'teilweise', 'partly'),
      o('no', 'nein, KMU sind vor allem Adressaten', 'no, SMEs are mainly addressees'),
    ],
  ],
  [
    't-funding',
    'Wie wird Ihr Netzwerk finanziert?',
    'How is your network funded?',
    [
      o('funded', 'gefördert', 'publicly funded'),
      o(
        'ending',
        'gefördert, die Förderung endet in den nächsten 12 Monaten',
        'funded, ending within 12 months',
      ),
      o('self', 'selbst (Beiträge, Leistungen, Partner)', 'self-financed'),
      o('none', 'keine eigene Finanzierung', 'no funding of its own'),
    ],
  ],
  [
    't-genesis',
    'Wie ist Ihr Netzwerk entstanden?',
    'How did your network come about?',
    [
      o(
        'firms',
        'Betriebe mit ähnlichen Problemen haben es angestoßen',
        'Firms with similar problems started it',
      ),
      o(
        'initiator',
        'Eine Organisation oder Person hat es angestoßen und Betriebe dafür gewonnen',
        'An organisation or person started it and won firms for it',
      ),
      o(
        'shifted',
        'So gestartet, heute richtet es sich nach dem Bedarf der Betriebe',
        'Started that way, now it follows the firms’ needs',
      ),
      o('unsure', 'Lässt sich nicht klar sagen', 'Cannot say clearly'),
    ],
  ],
  [
    't-kind',
    'Welche Art von Netzwerk ist es eher?',
    'Which kind of network is it rather?',
    [
      o(
        'operative',
        'operativ: Betriebe arbeiten direkt zusammen (z. B. ein Verbund der Branche)',
        'operative: firms work together directly',
      ),
      o(
        'strategic',
        'strategisch: die Akteure der Region stimmen sich ab',
        'strategic: regional actors coordinate',
      ),
    ],
  ],
];

const D1: Row[] = [
  [
    'n-d1-1',
    'Wir kennen die aktuellen Fachkräfteprobleme der KMU in unserer Region konkret.',
    'We know the current skills problems of SMEs in our region concretely.',
  ],
  [
    'n-d1-2',
    'Unser Angebot verbindet akute Anliegen (z. B. eine offene Stelle) mit langfristigen Themen.',
    'Our offer links acute needs (e.g. a vacancy) with long-term topics.',
  ],
  [
    'n-d1-3',
    'Wir sensibilisieren KMU auch für Themen, die (noch) nicht akut erscheinen.',
    'We also raise awareness of topics that do not (yet) seem urgent.',
  ],
  [
    'n-d1-4',
    'Wir erfassen den Bedarf der Betriebe regelmäßig und beziehen sie dabei ein.',
    'We assess firms’ needs regularly and involve them.',
  ],
];
const D2: Row[] = [
  [
    'n-d2-1',
    'Bei uns mitzumachen kostet wenig Zeit und ist niedrigschwellig.',
    'Taking part takes little time and is low-threshold.',
  ],
  [
    'n-d2-2',
    'Wir bieten verschiedene Beteiligungsformen – vom Newsletter bis zur Mitgestaltung.',
    'We offer different ways to take part, from newsletter to co-design.',
  ],
  [
    'n-d2-3',
    'Wir akzeptieren, dass KMU je nach Anlass mal mehr, mal weniger teilnehmen.',
    'We accept that SMEs take part more or less, as occasion demands.',
  ],
];
const D3: Row[] = [
  [
    'n-d3-1',
    'Wir benennen die konkreten Vorteile für KMU beim Erstkontakt und danach.',
    'We state the concrete benefits for SMEs at first contact and after.',
  ],
  [
    'n-d3-2',
    'Wir können Erfolgsgeschichten von Betrieben zeigen, die vom Netzwerk profitiert haben.',
    'We can show success stories of firms that benefited from the network.',
  ],
  [
    'n-d3-3',
    'Unser Netzwerk hat ein klares Profil, das den Nutzen für KMU zeigt.',
    'Our network has a clear profile that shows its value for SMEs.',
  ],
  [
    'n-d3-4',
    'Unsere Leistungen gehen über das hinaus, was Bildungsträger sonst bieten.',
    'Our services go beyond classic education-provider offers.',
  ],
];
const D4: Row[] = [
  [
    'n-d4-1',
    'Wir bieten eine Mischung aus Themen und Formaten – für jeden ist etwas dabei.',
    'We offer a mix of topics and formats – something for everyone.',
  ],
  [
    'n-d4-2',
    'Unsere Treffen sind kurz und liegen in Randzeiten des Arbeitstages.',
    'Our meetings are short and at the edges of the working day.',
  ],
  [
    'n-d4-3',
    'Inhalte sind konkret und praxisnah, am besten von Betrieben selbst vorgestellt.',
    'Content is concrete and practical, ideally presented by firms.',
  ],
  [
    'n-d4-4',
    'Schwerpunkte prüfen wir oft mit den Betrieben.',
    'We review our focus regularly together with the firms.',
  ],
];
const D5: Row[] = [
  [
    'n-d5-1',
    'Wir sprechen KMU vor allem persönlich an, nicht nur über allgemeine Kanäle.',
    'We approach SMEs mainly in person, not only via general channels.',
  ],
  [
    'n-d5-2',
    'Aktive Mitgliedsbetriebe und Multiplikatoren (Kammern, Innungen, Verbände, Wirtschaftsförderung) werben für uns.',
    'Active member firms and multipliers (chambers, guilds, associations) promote us.',
  ],
  [
    'n-d5-3',
    'Unser Team kennt die Kultur von KMU (z. B. betriebswirtschaftlicher Hintergrund).',
    'Our team knows SME culture (e.g. business background).',
  ],
  [
    'n-d5-4',
    'Wir haben viele Wege zu den Betrieben.',
    'We keep several communication channels to firms.',
  ],
];
const D6: Row[] = [
  [
    'n-d6-1',
    'Bei unseren Treffen ist genug Zeit für den Austausch der KMU untereinander.',
    'Our meetings leave enough time for SMEs to talk among themselves.',
  ],
  [
    'n-d6-2',
    'KMU haben bei uns oft direkt miteinander Kontakt, nicht nur mit der Koordination.',
    'SMEs often have direct contact with each other, not only with us.',
  ],
  [
    'n-d6-3',
    'Wir halten kontinuierlich Kontakt und zeigen Präsenz, um Vertrauen aufzubauen.',
    'We keep in touch and show presence to build trust.',
  ],
  [
    'n-d6-4',
    'Wir gehen sorgsam mit Informationen aus den Betrieben um und sagen das offen.',
    'We handle firms’ information carefully and say so openly.',
  ],
];
const activeRole = {
  showIf: [{ kind: 'answer' as const, item: 't-kmu-role', anyOf: ['yes', 'partly'] }],
};
const D7: Row[] = [
  [
    'n-d7-1',
    'Aktive KMU wirken als Ideengeber, in der Organisation oder in der Steuerung mit.',
    'Active SMEs contribute as idea givers, organisers or in steering.',
    activeRole,
  ],
  [
    'n-d7-2',
    'Es gibt klare Ansprechpartner und Wege, wie KMU eigene Aktivitäten anstoßen können.',
    'There are clear contacts and routes for SMEs to start activities.',
    activeRole,
  ],
  [
    'n-d7-3',
    'Die Teilnahme ist verbindlich (z. B. Beitrag oder eigener Input bei Treffen).',
    'Taking part involves commitment (e.g. a fee or own input).',
  ],
  [
    'n-d7-4',
    'Unser Netzwerk wird gut und verlässlich geführt.',
    'Our network is coordinated professionally and reliably.',
  ],
];
const D8: Row[] = [
  [
    'n-d8-1',
    'Wir fragen unsere Mitglieder oft, welche Themen und Termine sie sich wünschen.',
    'We regularly ask members which topics and events they want.',
  ],
  [
    'n-d8-2',
    'Wir wissen, warum KMU bei uns teilnehmen – oder nicht.',
    'We know why SMEs take part – or don’t.',
  ],
  [
    'n-d8-3',
    'Wir hören oft von KMU, wie ihnen Inhalte und Qualität gefallen.',
    'We regularly get feedback from SMEs on content and quality.',
  ],
  [
    'n-d8-4',
    'KMU können Themen und Arbeit des Netzwerks erkennbar mitgestalten.',
    'SMEs can visibly shape the network’s topics and work.',
  ],
];
const D9: Row[] = [
  [
    'n-d9-1',
    'Unsere Pressearbeit zeigt, was die Betriebe tun.',
    'Our press work makes the firms’ activities visible.',
  ],
  [
    'n-d9-2',
    'Betriebe kommen zum Teil von sich aus auf uns zu.',
    'Some firms approach us on their own.',
  ],
  [
    'n-d9-3',
    'Unser Netzwerk ist in der Region bekannt und hat ein positives Image.',
    'Our network is well known in the region and well regarded.',
  ],
];
const D10: Row[] = [
  [
    'n-d10-1',
    'Wir begleiten Betriebe bei der Umsetzung, nicht nur mit Informationen.',
    'We support firms in implementing, not only with information.',
  ],
  [
    'n-d10-2',
    'Wir bieten zu den Infos auch Beratung an, wenn nötig gegen Geld.',
    'We link information events with (possibly paid) advice.',
  ],
  [
    'n-d10-3',
    'Nach Projekten fassen wir bei den Betrieben systematisch nach.',
    'After projects we follow up with firms systematically.',
  ],
];
const d7 = { dimension: 'd7' };
const STANDARDS: Row[] = [
  [
    'n-std-1',
    'Alle Partner haben im Netzwerk eine gleichwertige Stellung.',
    'All partners have equal standing.',
  ],
  [
    'n-std-2',
    'Die Mitgliedschaft in unserem Netzwerk gilt als Privileg.',
    'Membership of our network is seen as a privilege.',
  ],
  [
    'n-std-3',
    'Konkurrenz oder Gruppen, die sich abschotten, stören die Zusammenarbeit.',
    'Rivalry or closed sub-groups strain cooperation.',
    { reverse: true },
  ],
  [
    'n-std-4',
    'Die Fluktuation unter den Mitgliedern und ihren Vertretungen ist hoch.',
    'Turnover among members and their representatives is high.',
    { reverse: true },
  ],
  [
    'n-std-9',
    'Die Wege zwischen den Partnern sind kurz: Man erreicht sich schnell und direkt.',
    'Partners are close: they reach each other quickly and directly.',
  ],
  [
    'n-std-10',
    'Viele Partner haben schon vorher zusammengearbeitet, formell oder informell.',
    'Many partners worked together before, formally or informally.',
  ],
  [
    'n-std-11',
    'Unser Geld ist nur kurzfristig und für eine begrenzte Zeit gesichert.',
    'Our money is secured only short-term and for a limited time.',
    { reverse: true },
  ],
  [
    'n-std-5',
    'Nicht nur die Leitungen, auch die Fachleute der Partner arbeiten mit.',
    'Not only managers but also the partners’ practitioners take part.',
    d7,
  ],
  [
    'n-std-6',
    'Die Zusammenarbeit ist fest geregelt, z. B. in einem Vertrag.',
    'Cooperation is bindingly arranged (e.g. cooperation agreement).',
    d7,
  ],
  [
    'n-std-7',
    'Alle für unser Thema wichtigen Akteure der Region sind dabei.',
    'All regional actors relevant to our topic take part.',
    d7,
  ],
  [
    'n-std-8',
    'Gender- und Cultural-Mainstreaming wird bei uns gelebt (z. B. feste Zuständigkeit).',
    'Gender and cultural mainstreaming is practised (e.g. a named lead).',
    d7,
  ],
];

const PHASE_1: Ind[] = [
  [
    'js-i1-a',
    'JS-I.1',
    'Ein erstes Konzept für eine betriebsnahe Netzwerkarbeit ist formuliert.',
    'A first concept for company-near network work exists.',
    'Grobziele und Vorgehen in einem kurzen Konzept festhalten.',
    'Write rough goals and approach into a short concept.',
    'Ein erstes Konzept für die betriebsnahe Netzwerkarbeit',
  ],
  [
    'js-i1-b',
    'JS-I.1',
    'Die Partner sind gewählt, z. B. Kammern, Innungen, Schulen, die Agentur für Arbeit.',
    'Potential partners (e.g. chambers, guilds, schools, job centre) are chosen.',
    'Eine Liste der Partner anlegen und erste Gespräche notieren.',
    'List the actors, note first talks.',
    'Potenzielle Akteure/Akteurinnen sind ausgewählt.',
  ],
  [
    'js-i1-c',
    'JS-I.1',
    'Die Erwartungen an die Partner sind formuliert.',
    'Expectations of the partners are written down.',
    'Rolle jedes Partners schriftlich festhalten, z. B. in einer Absichtserklärung (LoI).',
    'Record each partner’s role, e.g. in a letter of intent.',
    'Erwartungen an die Netzwerkpartner/innen sind formuliert.',
  ],
  [
    'js-i2-a',
    'JS-I.2',
    'Die Netze und Strukturen, die es in der Region schon gibt, sind aufgeschrieben.',
    'Existing networks and structures in the region are documented.',
    'Eine Karte des Netzwerks und einen kurzen Bericht zum Stand erstellen.',
    'Draw a network map and a short inventory report.',
    'Strukturen sind dokumentiert.',
  ],
  [
    'js-i2-b',
    'JS-I.2',
    'Lücken sind benannt (Bedarfsanalyse in der Region).',
    'Gaps are defined (regional needs analysis).',
    'Den Bedarf klären und Lücken im Bericht festhalten.',
    'Run a needs analysis, record the gaps.',
    'Lücken sind definiert.',
  ],
  [
    'js-i2-c',
    'JS-I.2',
    'Was die Netzwerkarbeit fördert oder hemmt, ist benannt und den Partnern bekannt.',
    'What helps or hinders network work is named and known to partners.',
    'Workshop, in dem die Partner ihre Angebote und Erfolgskriterien vorstellen.',
    'Hold a workshop where partners present offers and success criteria.',
    'Förderliche und hinderliche Faktoren der Netzwerkarbeit',
  ],
  [
    'js-i2-d',
    'JS-I.2',
    'Das Startkonzept ist bei Bedarf angepasst.',
    'The initial concept has been adapted where needed.',
    'Das Konzept mit dem Stand und dem Bedarf abgleichen.',
    'Check the concept against inventory and needs analysis.',
    'Netzwerkkonzept aus der Antragsphase ist ggf. modifiziert.',
  ],
  [
    'js-i2-e',
    'JS-I.2',
    'Betriebe und Fachöffentlichkeit kennen Netzwerk und Ziele aus ersten Informationen.',
    'Firms and professionals have first information on the network and its goals.',
    'Ein Blatt, eine Webseite oder einen Artikel in der Zeitung bringen.',
    'Publish an info sheet, web page or press article.',
    'Erste Informationen über das Netzwerk und seine Ziele',
  ],
];
const PHASE_2: Ind[] = [
  [
    'js-ii1-a',
    'JS-II.1',
    'Erste Arbeitsaufträge an Partner oder Arbeitsgruppen sind vergeben.',
    'First assignments to partners or working groups are made.',
    'Klar sagen, wer was tut, und das aufschreiben.',
    'Give concrete assignments and minute them.',
    'Erste Arbeitsaufträge sind vergeben.',
  ],
  [
    'js-ii1-b',
    'JS-II.1',
    'Arbeitsgruppen treffen sich so oft wie nötig.',
    'Working groups meet as often as needed.',
    'Protokolle und Anwesenheitslisten führen.',
    'Keep minutes and attendance lists.',
    'Arbeitsgruppen treffen sich entsprechend den notwendigen Erfordernissen.',
  ],
  [
    'js-ii1-c',
    'JS-II.1',
    'Neue Strukturen sind entstanden (z. B. feste Runde Betriebe–Schulen, Praktikumsbörse).',
    'New structures exist (e.g. a firms–schools group, internship exchange).',
    'Neue Strukturen in einem Vertrag oder einer Zielvereinbarung festhalten.',
    'Record them in target agreements or contracts.',
    'Neue Ausbildungsstrukturen sind entstanden',
  ],
  [
    'js-ii1-d',
    'JS-II.1',
    'Daraus sind erste neue Plätze für Ausbildung oder Arbeit entstanden.',
    'First additional training places or jobs have resulted.',
    'Ergebnisse mit Zahlen von Kammern oder Arbeitsagentur belegen.',
    'Document results with chamber or job-centre figures.',
    'Erste zusätzliche/neue Ausbildungsplätze entstehen',
  ],
  [
    'js-ii2-a',
    'JS-II.2',
    'Nach dem Rückblick sind Aufträge und Absprachen neu gefasst.',
    'After a review, assignments and agreements are adjusted.',
    'Feste Termine zum Prüfen nutzen und das Vorgehen in der Steuerungsgruppe auswerten.',
    'Use fixed review dates to evaluate in the steering group.',
    'Arbeitsaufträge sind vergeben, Vereinbarungen korrigiert.',
  ],
  [
    'js-ii2-b',
    'JS-II.2',
    'Es gibt einen Maßnahmenkatalog; die Zielvereinbarung ist angepasst.',
    'There is a list of measures; the target agreement is updated.',
    'Maßnahmenkatalog ableiten, Netzwerkkonzept überarbeiten.',
    'Derive measures, revise the network concept.',
    'Maßnahmenkatalog entwickeln, Zielvereinbarung anpassen.',
  ],
  [
    'js-ii2-c',
    'JS-II.2',
    'Arbeitsgruppen arbeiten weiter, auch in neuer Besetzung.',
    '(Recomposed) working groups carry on.',
    'Rollen der Partner prüfen, Gruppen bei Bedarf neu zusammensetzen.',
    'Review roles, recompose groups if needed.',
    '(neu zusammengesetzte) Arbeitsgruppen treffen sich',
  ],
  [
    'js-ii2-d',
    'JS-II.2',
    'Wo nötig, sind neue Partner gewonnen.',
    'New partners are won where needed.',
    'Die Karte des Netzwerks neu zeichnen und sehen, wer noch fehlt.',
    'Update the network map, approach missing actors.',
    'Ggf. neue Netzwerkpartner/innen gewinnen.',
  ],
  [
    'js-ii3-a',
    'JS-II.3',
    'Die Zielvereinbarungen werden überprüft und bei Bedarf angepasst.',
    'Target agreements are reviewed and adapted where needed.',
    'Festen Termin setzen, an dem die Partner die Ziele gemeinsam prüfen.',
    'Set a date for partners to review goals together.',
    'Zielvereinbarungen des Netzwerkes überprüfen',
  ],
];
const PHASE_3: Ind[] = [
  [
    'js-iii1-a',
    'JS-III.1',
    'Die ursprünglichen Ziele sind mit den tatsächlichen Ergebnissen abgeglichen.',
    'Original goals have been compared with actual results.',
    'Ziele und Ergebnisse Seite an Seite notieren.',
    'Document goals and results side by side.',
    'mit den tatsächlichen Ergebnissen abgeglichen',
  ],
  [
    'js-iii1-b',
    'JS-III.1',
    'Das Ergebnis ist in der Steuerungsgruppe bewertet.',
    'The steering group has assessed the result.',
    'Vor dem Ende der Förderung Bilanz ziehen, und zwar früh.',
    'Discuss the review well before funding ends.',
    'Das Ergebnis der Reflexion ist in der Steuerungsgruppe',
  ],
  [
    'js-iii2-a',
    'JS-III.2',
    'Die Partner haben über Fortführung oder Ende abgestimmt.',
    'Partners have voted on continuing or ending.',
    'Mit den Partnern entscheiden und das im Protokoll festhalten.',
    'Reach the decision with partners and minute it.',
    'Ergebnis der Abstimmung',
  ],
  [
    'js-iii2-b',
    'JS-III.2',
    'Die Partner haben ein Konzept für die Weiterführung entwickelt.',
    'Partners have developed a concept for continuing.',
    'Ziele und Aufgaben in einem Konzept zur Weiterarbeit fortschreiben.',
    'Update goals and tasks in a continuation concept.',
    'Ein Konzept für die Weiterführung',
  ],
  [
    'js-iii2-c',
    'JS-III.2',
    'Ressourcen und Koordination sind für danach abgesichert.',
    'Resources and coordination are secured for afterwards.',
    'Ressourcenplan: Wer trägt Koordination, Zeit und Kosten?',
    'Resource plan: who covers coordination, time and costs?',
    'Ressourcen und Koordination sind abgesichert.',
  ],
  [
    'js-iii3-a',
    'JS-III.3',
    'Erfahrungsberichte und Beispiele stehen anderen gedruckt oder online bereit.',
    'Reports and examples are available to others in print or online.',
    'Ergebnisse online oder auf Papier für andere bereitstellen.',
    'Publish results online or as a brochure.',
    'Erfahrungsberichte, Dokumentationen, Beispiele',
  ],
  [
    'js-iii3-b',
    'JS-III.3',
    'Ergebnisse sind aktiv auf (Fach-)Veranstaltungen verbreitet.',
    'Results have been actively spread at events.',
    'Ergebnisse bei Treffen zeigen und der Presse melden.',
    'Present results at events, inform the press.',
    'Eine aktive und zielgerichtete Verbreitung',
  ],
];

const DEVELOPMENT: Marker[] = [
  [
    'atb-d1',
    'Impulse für Aktivitäten kommen zunehmend von den Partnern, nicht nur von der Koordination.',
    'Impulses increasingly come from partners, not only from the coordination.',
  ],
  [
    'atb-d2',
    'Zwischen den Partnern gibt es viele direkte, wechselseitige Beziehungen.',
    'There are many direct two-way links between partners.',
  ],
  [
    'atb-d3',
    'Das Netzwerk ist in der Region sichtbar verankert und betreibt Lobbyarbeit.',
    'The network is visibly anchored in the region and lobbies.',
  ],
  [
    'atb-d4',
    'Die Koordination hat Zeit für Abstimmung, Strategie und Lobby.',
    'Coordination can focus on coordinating, strategy and lobbying.',
  ],
];
const STRUCTURE: Marker[] = [
  [
    'atb-s1',
    'Das Netzwerk ist in Einheiten gegliedert (z. B. Arbeitsgruppen), nicht nur in Partnergruppen.',
    'The network has units (e.g. working groups), not just partner groups.',
  ],
  [
    'atb-s2',
    'Wir haben feste Teile wie einen Pool für Wissen eingerichtet.',
    'We have lasting elements such as a knowledge pool.',
  ],
  [
    'atb-s3',
    'Wir unterscheiden einen inneren Kern und ein erweitertes, externes Netzwerk.',
    'We distinguish an inner core and a wider, external network.',
  ],
];

const dim = (n: number, de: string, en: string, rows: Row[]) =>
  block(`n-d${n}`, de, en, rows.map(likert(`d${n}`)));

/** The Netzwerk-Check for coordinators: typology, ten dimensions, standards, phases, ATB markers. */
export const netzwerkInstrument: Instrument = {
  id: 'netzwerk',
  version: 1,
  role: 'coordinator',
  title: { de: 'Netzwerk-Selbstcheck', en: 'Network self-check' },
  description: {
    de: 'Für Koordinatorinnen und Koordinatoren: Wie KMU-orientiert ist Ihr Netzwerk, in welcher Phase steht es, was hilft als Nächstes?',
    en: 'For coordinators: how SME-oriented is your network, which phase is it in, what helps next?',
  },
  minutes: 15,
  blocks: [
    block('typology', 'Ihr Netzwerk', 'Your network', TYPOLOGY.map(typology), {
      intro: {
        de: 'Diese Angaben werden nicht bewertet. Sie passen die Empfehlungen an Ihr Netzwerk an.',
        en: 'Not scored. These answers tailor the advice to your network.',
      },
    }),
    dim(1, 'Problembewusstsein', 'Problem awareness', D1),
    dim(2, 'Zeit und Personal der Betriebe', 'Firms’ time and staff', D2),
    dim(3, 'Nutzen für die Betriebe', 'Benefit for firms', D3),
    dim(4, 'Themen und Formate', 'Topics and formats', D4),
    dim(5, 'Zugang und Kontakt', 'Access and contact', D5),
    dim(6, 'Vertrauen und Austausch', 'Trust and exchange', D6),
    dim(7, 'Beteiligung und Rolle', 'Participation and role', D7),
    dim(8, 'Rückmeldung und Mitgestaltung', 'Feedback and co-design', D8),
    dim(9, 'Sichtbarkeit', 'Visibility', D9),
    dim(10, 'Umsetzung und Begleitung', 'Implementation and follow-up', D10),
    block(
      'n-standards',
      'Mindeststandards und Vertrauen',
      'Minimum standards and trust',
      STANDARDS.map(likert('d6')),
      {
        intro: {
          de: 'Aus dem Workshop „Netzwerkarbeit“ (Nürnberg 2009).',
          en: 'From the workshop “Netzwerkarbeit” (Nuremberg 2009).',
        },
      },
    ),
    block('phase-1', 'Phase I: Aufbau', 'Phase I: building', PHASE_1.map(indicator), {
      intro: {
        de: 'Was ist erledigt? Die Punkte stammen aus dem JOBSTARTER-Phasenmodell; Schritte laufen oft parallel.',
        en: 'What is done? The points come from the JOBSTARTER phase model; steps often run in parallel.',
      },
    }),
    block('phase-2', 'Phase II: Umsetzung', 'Phase II: implementation', PHASE_2.map(indicator)),
    block(
      'phase-3',
      'Phase III: Nachhaltigkeit und Transfer',
      'Phase III: sustainability and transfer',
      PHASE_3.map(indicator),
      {
        // asked of every network: a young one whose funding ends soon must be able to plan ahead
        intro: {
          de: 'Was noch nicht gilt: „trifft nicht zu“.',
          en: 'What does not apply yet: “does not apply”.',
        },
      },
    ),
    block(
      'atb',
      'Entwicklungsstand',
      'Development stage',
      [...DEVELOPMENT.map(marker('development')), ...STRUCTURE.map(marker('structure'))],
      {
        intro: {
          de: 'Nicht bewertet: Diese Aussagen zeigen, wie weit Ihr Netzwerk gereift (Anfang, Wachstum, Reife) und wie gegliedert es ist.',
          en: 'Not scored: these show how mature (start, growth, maturity) and how structured your network is.',
        },
      },
    ),
  ],
};
