import { rejectsPassive } from './barriers';
import { cite, iaw, KAP41 } from './cite';
import type { Condition, Recommendation } from './schema';

const tx = (de: string) => ({ de });
const low = (dimension: string): Condition => ({ kind: 'band', dimension, bands: ['low'] });
const notHigh = (dimension: string): Condition => ({
  kind: 'band',
  dimension,
  bands: ['low', 'mid'],
});
const high = (dimension: string): Condition => ({ kind: 'band', dimension, bands: ['high'] });
const barrier = (b: string): Condition => ({ kind: 'barrier', barrier: b });
const answer = (item: string, anyOf: string[]): Condition => ({ kind: 'answer', item, anyOf });
const atLeast = (item: string, min: number): Condition => ({ kind: 'answer', item, min });
const atMost = (item: string, max: number): Condition => ({ kind: 'answer', item, max });
const nonMember = answer('p-member', ['no', 'unsure']);
const isMember = answer('p-member', ['passive', 'active']);
const wantsToShape = answer('p-want', ['active']);

/** Next steps for firms, derived from the core study's recommendations to networks (R1–R37). */
export const kmuRecommendations: Recommendation[] = [
  {
    id: 'kmu-short-formats',
    audience: 'kmu',
    priority: 3,
    title: tx('Kurze, passende Angebote wählen'),
    body: tx(
      'Suchen Sie gezielt kurze Termine am Rand des Arbeitstags zu einem Thema, das Sie gerade beschäftigt. Zwei Stunden für ein relevantes Thema sind gut investiert.',
    ),
    derivedFrom: ['R29', 'R30'],
    rules: [
      { all: [{ kind: 'triage', triage: 'resources-priorities' }] },
      { all: [{ kind: 'triage', triage: 'resources-benefit' }] },
      { all: [low('d4')] },
      { all: [barrier('format')] },
      // a firm that wants to shape but has little time gets no passive start: short dates instead
      { all: [barrier('resources'), wantsToShape] },
    ],
    citations: [
      iaw(
        KAP41.approach,
        1249,
        1250,
        'Veranstaltungen und Zusammentreffen von kurzer Dauer oder in den Randzeiten',
      ),
    ],
  },
  {
    id: 'kmu-start-passive',
    audience: 'kmu',
    priority: 2,
    title: tx('Passiv einsteigen ist in Ordnung'),
    body: tx(
      'Lassen Sie sich zunächst nur informieren, etwa per Newsletter. So bleiben Sie ohne Aufwand im Kontakt und können später mehr tun.',
    ),
    derivedFrom: ['R6', 'R5'],
    // a wish, not a deficit: only for firms that do not reject a passive start or want to shape
    rules: [
      { all: [{ kind: 'triage', triage: 'resources-capacity' }], unless: rejectsPassive },
      { all: [atLeast('d7-1', 4)], unless: rejectsPassive },
    ],
    citations: [iaw(KAP41.time, 1182, 1184, 'durchaus sinnvoll und notwendig sein')],
  },
  {
    id: 'kmu-ask-chamber',
    audience: 'kmu',
    priority: 3,
    title: tx('Kammer oder Innung als Türöffner'),
    body: tx(
      'Fragen Sie Ihre Kammer, Innung, Ihren Verband oder die Wirtschaftsförderung, welches Fachkräftenetzwerk zu Ihnen passt, und lassen Sie sich eine Ansprechperson nennen.',
    ),
    derivedFrom: ['R23'],
    // not for a firm that already knows a contact person
    rules: [
      { all: [nonMember, atMost('d5-2', 2)] },
      { all: [low('d5')], unless: [atLeast('d5-2', 4)] },
      { all: [barrier('access')], unless: [atLeast('d5-2', 4)] },
    ],
    citations: [
      iaw(KAP41.approach, 1230, 1231, 'Verbände, Innungen, Kammern, Wirtschaftsförderung'),
    ],
  },
  {
    id: 'kmu-success-stories',
    audience: 'kmu',
    priority: 3,
    title: tx('Nach Erfolgsbeispielen fragen'),
    body: tx(
      'Bitten Sie das Netzwerk um Beispiele: Welcher Betrieb wie Ihrer hat was erreicht? So sehen Sie schnell, ob sich die Teilnahme lohnt.',
    ),
    derivedFrom: ['R26', 'R25'],
    rules: [
      { all: [{ kind: 'triage', triage: 'benefit-member' }] },
      { all: [low('d3')] },
      { all: [barrier('benefit')] },
    ],
    citations: [
      iaw(
        KAP41.approach,
        1238,
        1240,
        'welchen konkreten Informationsvorsprung ein Unternehmen aus dem Netzwerk erfahren hat',
      ),
    ],
  },
  {
    id: 'kmu-bring-current-topic',
    audience: 'kmu',
    priority: 2,
    title: tx('Mit Ihrem aktuellen Problem anfangen'),
    body: tx(
      'Gehen Sie mit einer konkreten Frage ins Netzwerk, etwa einer offenen Stelle oder einem Ausbildungsplatz. Netzwerke setzen am besten dort an, was Betriebe gerade beschäftigt.',
    ),
    derivedFrom: ['R12'],
    rules: [
      { all: [{ kind: 'triage', triage: 'interest-acute' }] },
      { all: [{ kind: 'triage', triage: 'benefit-nonmember' }] },
      { all: [barrier('benefit'), answer('d1-3', ['4', '5'])] },
      { all: [notHigh('d3'), answer('d3-3', ['4', '5'])] },
    ],
    citations: [iaw(KAP41.content, 1201, 1202, 'Themen, die KMU direkt und aktuell beschäftigen')],
  },
  {
    id: 'kmu-plan-ahead',
    audience: 'kmu',
    priority: 2,
    title: tx('Auch an morgen denken'),
    body: tx(
      'Auch Themen, die heute nicht drängen, können bald zählen. Die Studie nennt als Beispiel die Vereinbarkeit von Familie und Beruf. Überlegen Sie, welche Stellen bei Ihnen bald schwer zu besetzen sind.',
    ),
    derivedFrom: ['R13'],
    rules: [{ all: [low('d1')] }, { all: [{ kind: 'triage', triage: 'interest-awareness' }] }],
    citations: [
      iaw(KAP41.content, 1203, 1206, 'eine wichtige Rolle im Wettbewerb um Fachkräfte spielen'),
      iaw(KAP41.content, 1204, 1204, 'etwa die Vereinbarkeit von Familie und Beruf'),
    ],
  },
  {
    id: 'kmu-info-plus-advice',
    audience: 'kmu',
    priority: 2,
    title: tx('Information und Beratung verbinden'),
    body: tx(
      'Achten Sie auf Angebote, die eine Informationsveranstaltung mit Beratung verbinden. So wird aus einem Vortrag ein nächster Schritt für Ihren Betrieb.',
    ),
    derivedFrom: ['R14', 'R22'],
    rules: [{ all: [notHigh('d1'), notHigh('d10')] }, { all: [low('d10')] }],
    citations: [
      iaw(
        KAP41.content,
        1206,
        1207,
        'Verknüpfung von Informationsveranstaltungen mit Beratungsangeboten',
      ),
    ],
  },
  {
    id: 'kmu-implementation-help',
    audience: 'kmu',
    priority: 3,
    title: tx('Hilfe bei der Umsetzung einplanen'),
    body: tx(
      'Fragen Sie, ob das Netzwerk Sie auch bei der Umsetzung begleitet. Weitergehende Beratung darf etwas kosten – das sagen Betriebe selbst.',
    ),
    derivedFrom: ['R16', 'R18'],
    rules: [
      { all: [low('d10')] },
      { all: [answer('d10-3', ['4', '5'])] },
      { all: [answer('d7-2', ['4', '5']), notHigh('d10')] },
    ],
    citations: [
      iaw(
        KAP41.content,
        1216,
        1217,
        'umsetzungsorientierte Beratungsangebote „dürfen dann auch etwas kosten“',
      ),
    ],
  },
  {
    id: 'kmu-peer-exchange',
    audience: 'kmu',
    priority: 2,
    title: tx('Von anderen Betrieben lernen'),
    body: tx(
      'Besuchen Sie einen Unternehmerstammtisch oder eine Veranstaltung, bei der Betriebe aus ihrer Praxis berichten. Dort hören Sie, was bei anderen funktioniert hat.',
    ),
    derivedFrom: ['R17', 'R32'],
    rules: [
      { all: [high('d6')] },
      { all: [answer('p-want', ['exchange']), atLeast('d6-1', 4)] },
      { all: [answer('d4-3', ['4', '5'])] },
    ],
    citations: [iaw(KAP41.approach, 1252, 1253, 'Vorträgen aus der Mitte der Unternehmerschaft')],
  },
  {
    id: 'kmu-trust-step',
    audience: 'kmu',
    priority: 2,
    title: tx('Vertrauen braucht Zeit'),
    body: tx(
      'Viele Betriebe sorgen sich um interne Daten. Das kennen die Netzwerke. Sie können erst einmal nur zuhören, etwa bei Veranstaltungen. Solche stillen Phasen hält die Studie für sinnvoll, damit Vertrauen wächst.',
    ),
    derivedFrom: ['R1'],
    // the fear is stated (ticked, or agreed with d6-2), not read from little wish to exchange
    rules: [{ all: [barrier('trust')] }],
    citations: [
      iaw(KAP41.time, 1172, 1173, 'Bedenken bezüglich sensibler interner Informationen haben'),
      iaw(KAP41.time, 1182, 1184, 'Auch längere Phasen rein passiver Teilnahme'),
    ],
  },
  {
    id: 'kmu-say-what-you-need',
    audience: 'kmu',
    priority: 2,
    title: tx('Sagen Sie, was Sie brauchen'),
    body: tx(
      'Netzwerke wünschen sich mehr Rückmeldung von Betrieben. Nennen Sie Ihre Themen und sagen Sie, was Ihnen ein Angebot gebracht hat – so wird es passender.',
    ),
    derivedFrom: ['R27', 'R28'],
    rules: [
      { all: [notHigh('d8'), isMember] },
      { all: [low('d8')] },
      { all: [isMember, low('d4')] },
    ],
    citations: [
      iaw(
        KAP41.approach,
        1243,
        1244,
        'wünschen sich die Netzwerkkoordinatoren mehr Feedback von den KMU',
      ),
    ],
  },
  {
    id: 'kmu-shape-topics',
    audience: 'kmu',
    priority: 1,
    title: tx('Ein Thema selbst einbringen'),
    body: tx(
      'Wenn Sie mehr wollen: Schlagen Sie ein Thema vor oder bieten Sie an, bei einem Treffen aus Ihrer Praxis zu berichten. Netzwerke sollen von Betrieben mitgestaltet werden.',
    ),
    derivedFrom: ['R27'],
    rules: [
      { all: [answer('d7-4', ['4', '5'])] },
      { all: [wantsToShape, atMost('d7-1', 2)] },
      { all: [wantsToShape, atMost('d7-3', 2)] },
    ],
    citations: [
      iaw(
        KAP41.approach,
        1241,
        1242,
        'die Themen und die Arbeit der Netzwerke mitgestalten zu können',
      ),
    ],
  },
  {
    id: 'kmu-visibility',
    audience: 'kmu',
    priority: 2,
    title: tx('Als Arbeitgeber sichtbar werden'),
    body: tx(
      'Nutzen Sie das Netzwerk, um in der Region bekannter zu werden – etwa als Praxisbeispiel bei einer Veranstaltung oder in der Presse. Das hilft bei der Suche nach Fachkräften.',
    ),
    derivedFrom: ['R34', 'R36'],
    rules: [{ all: [answer('d9-1', ['4', '5'])] }, { all: [answer('d9-2', ['4', '5'])] }],
    citations: [
      iaw(KAP41.visible, 1260, 1261, 'die Steigerung ihrer eigenen Sichtbarkeit nach außen'),
    ],
  },
  {
    id: 'kmu-check-image',
    audience: 'kmu',
    priority: 1,
    title: tx('Sichtbarkeit des Netzwerks prüfen'),
    body: tx(
      'Ist ein Netzwerk in der Region bekannt und wird seine Arbeit gut bewertet, hat laut Studie auch ein Betrieb mehr davon. Schauen Sie, was das Netzwerk nach außen zeigt. Das Image allein sollte aber nicht der Grund sein, mitzumachen.',
    ),
    derivedFrom: ['R35'],
    rules: [{ all: [answer('d9-3', ['1', '2'])] }],
    citations: [
      iaw(
        KAP41.visible,
        1261,
        1263,
        'ist auch für KMU die Teilnahme an diesem Netzwerk mit positiven Effekten verbunden',
      ),
      iaw(KAP41.visible, 1268, 1270, 'nicht das Hauptmotiv sein'),
    ],
  },
  {
    id: 'kmu-fees-worth',
    audience: 'kmu',
    priority: 2,
    title: tx('Für Leistung zahlen, nicht pauschal'),
    body: tx(
      'Beiträge schrecken viele ab: 72 % im Expertenpanel sehen Gebühren als Hindernis. Netzwerke berichten auch von Skepsis gegenüber Mitgliedsbeiträgen. Betriebe zahlen eher für eine Leistung mit nachweisbarem Nutzen, etwa Beratung zur Personalarbeit. Fragen Sie, was Sie für Ihr Geld bekommen. Beratung bei der Umsetzung darf etwas kosten, sagen Betriebe selbst.',
    ),
    derivedFrom: ['R18'],
    rules: [{ all: [barrier('fees')] }],
    citations: [
      iaw(
        'Anhang 6.5, Voraussetzungen',
        2053,
        2056,
        'Gebühren sind ein Hindernis für die aktive Teilnahme',
      ),
      cite(
        'atb',
        'Kap. 2.5, Finanzierung',
        569,
        569,
        'eine Skepsis gegenüber Mitgliedsbeiträgen benannt',
      ),
      cite(
        'atb',
        'Kap. 2.5, Finanzierung',
        556,
        559,
        'wenn damit ein nachweisbarer Nutzen verbunden ist',
      ),
      iaw(
        KAP41.content,
        1216,
        1217,
        '„dürfen dann auch etwas kosten“ – dies sagen auch die KMU selbst',
      ),
    ],
  },
  {
    id: 'kmu-one-person',
    audience: 'kmu',
    priority: 2,
    title: tx('Teilnahme darf schwanken'),
    body: tx(
      'Wenig Zeit ist normal. Die Studie beschreibt die Teilnahme von KMU als oft anlassbezogen und schwankend. Gehen Sie hin, wenn ein Thema passt. Kurze Termine am Rand des Arbeitstags halten den Aufwand klein.',
    ),
    derivedFrom: ['R3', 'R29'],
    rules: [
      { all: [answer('d2-2', ['1', '2'])] },
      { all: [low('d2')], unless: [atLeast('d2-2', 4)] },
    ],
    citations: [
      iaw(KAP41.time, 1176, 1178, 'oft anlassbezogen und in der Art und Intensität schwankend'),
      iaw(KAP41.approach, 1249, 1250, 'von kurzer Dauer oder in den Randzeiten des Arbeitstages'),
    ],
  },
  {
    id: 'kmu-regional-focus',
    audience: 'kmu',
    priority: 1,
    title: tx('Ein Netzwerk mit passendem Schwerpunkt'),
    body: tx(
      'Bevorzugen Sie ein Netzwerk mit regionalem oder Branchen-Schwerpunkt. Dort treffen Sie Betriebe mit ähnlichen Fragen.',
    ),
    derivedFrom: ['R19'],
    rules: [{ all: [nonMember, notHigh('d4')] }, { all: [isMember, low('d4')] }],
    citations: [
      iaw(
        KAP41.content,
        1217,
        1219,
        'Eine regionale und/ oder sektorale Fokussierung der Netzwerkaktivitäten',
      ),
    ],
  },
  {
    id: 'kmu-keep-going',
    audience: 'kmu',
    priority: 1,
    title: tx('Gezielt ein Thema vertiefen'),
    body: tx(
      'Sie haben gute Voraussetzungen. Fragen Sie nach Angeboten zu genau Ihrem Thema. Die Studie hält es für sinnvoll, dass Netzwerke später bestimmte Gruppen gezielt ansprechen.',
    ),
    derivedFrom: ['R9'],
    rules: [{ all: [high('d2'), high('d3')] }, { all: [isMember, high('d8')] }],
    citations: [
      iaw(KAP41.time, 1191, 1193, 'kann eine Fokussierung auf spezifische Themen sinnvoll sein'),
    ],
  },
];
