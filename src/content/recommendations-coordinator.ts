import { cite, iaw, KAP41, KAP42 } from './cite';
import type { Band, Citation, Condition, Recommendation } from './schema';
import { jsPlace } from './study-places';

const c = cite;
const js = (line: number, quote: string) => c('jobstarter', jsPlace(line), line, line, quote);
const atb = (section: string, from: number, to: number, quote: string) =>
  c('atb', section, from, to, quote);
const ws = (section: string, from: number, to: number, quote: string) =>
  c('workshop2009', section, from, to, quote);
const kn = (section: string, from: number, to: number, quote: string) =>
  c('kompetenznetze', section, from, to, quote);

const band = (dimension: string, ...bands: Band[]): Condition => ({
  kind: 'band',
  dimension,
  bands,
});
const low = (d: string) => band(d, 'low');
const weak = (d: string) => band(d, 'low', 'mid');
const is = (item: string, ...anyOf: string[]): Condition => ({ kind: 'answer', item, anyOf });
/** Disagreement (1–2) with a network statement. */
const no = (item: string): Condition => ({ kind: 'answer', item, max: 2 });
/** Agreement (4–5) with a reverse-scored statement. */
const yes = (item: string): Condition => ({ kind: 'answer', item, min: 4 });
const phase = (...phases: ('I' | 'II' | 'III')[]): Condition => ({ kind: 'phase', phases });
const stage = (...levels: ('initial' | 'growth' | 'mature')[]): Condition => ({
  kind: 'maturity',
  levels,
});
const young = is('t-age', '<1', '1-3');
const older = is('t-age', '3-5', '5+');
/** A phase indicator not (fully) met. */
const open = (item: string): Condition => ({ kind: 'answer', item, anyOf: ['no', 'partly'] });
/** A phase indicator plainly not met ("teilweise" means the work is under way). */
const notMet = (item: string): Condition => is(item, 'no');
const activeRole = is('t-kmu-role', 'yes', 'partly');
const A62 = 'Anhang 6.2';
const PANEL = 'Anhang 6.5';
const FIN = 'Kap. 2.5, Finanzierung';

const rec = (
  id: string,
  priority: number,
  derivedFrom: string[] | null,
  title: string,
  body: string,
  rules: Condition[][],
  citations: Citation[],
  extra: { unless?: Condition[]; reserve?: string } = {},
): Recommendation => ({
  id,
  audience: 'coordinator',
  title: { de: title },
  body: { de: body },
  priority,
  ...(derivedFrom ? { derivedFrom } : {}),
  rules: rules.map((all) => (extra.unless ? { all, unless: extra.unless } : { all })),
  ...(extra.reserve ? { reserve: extra.reserve } : {}),
  citations,
});
/** The workshop's minimum standards: the strongest failing one always gets a place. */
const STANDARD = { reserve: 'standards' };

/** Advice for coordinators: the study's R1–R37 and P-points, plus ATB, JOBSTARTER and workshop advice. */
export const coordinatorRecommendations: Recommendation[] = [
  // IAW 2017, Kap. 4.1: Empfehlungen für regionale Netzwerke
  rec(
    'ko-r1',
    2,
    ['R1'],
    'Kontakt halten und Präsenz zeigen',
    'Vertrauen braucht Zeit. Viele Betriebe sorgen sich um ihre internen Daten. Bleiben Sie darum regelmäßig in Kontakt.',
    [[low('d6')], [no('n-d6-3')]],
    [iaw(KAP41.time, 1171, 1174, 'kontinuierlich in Kontakt zu bleiben')],
  ),
  rec(
    'ko-r2',
    3,
    ['R2'],
    'Langen Atem haben',
    'Junge Netzwerke haben seltener aktive KMU (−13,4 Prozentpunkte bei Gründung ab 2013). Bleiben Sie beim Gewinnen und Aktivieren beharrlich.',
    [
      [young, low('d7')],
      [young, no('n-d7-1')],
    ],
    [
      iaw(KAP41.time, 1174, 1175, 'Es bedürfe eines langen Atems'),
      iaw(A62, 1843, 1845, 'Gegründet ab 2013 -13,4** 46'),
    ],
  ),
  rec(
    'ko-r3',
    2,
    ['R3', 'R6'],
    'Auch Pausen und nur Zuhören zulassen',
    'KMU nehmen oft nur bei Anlass teil. Auch längere passive Phasen (Newsletter, Zuhören) können Vertrauen aufbauen.',
    [[low('d2')], [no('n-d2-3')], [is('t-kmu-role', 'no'), weak('d2')]],
    [
      iaw(KAP41.time, 1175, 1178, 'oft anlassbezogen und in der Art'),
      iaw(KAP41.time, 1182, 1184, 'Auch längere Phasen rein passiver Teilnahme'),
    ],
  ),
  rec(
    'ko-r4',
    2,
    ['R4'],
    'Mehrere Kommunikationswege pflegen',
    'Bauen Sie verschiedene Wege zu den Betrieben auf: persönlich, über Partner, schriftlich.',
    [[low('d5')], [no('n-d5-4')]],
    [iaw(KAP41.time, 1180, 1182, 'verschiedene Kommunikationswege zu den Unternehmen')],
  ),
  rec(
    'ko-r5',
    2,
    ['R5'],
    'Viele Wege zum Mitmachen bieten',
    'Vom Newsletter bis zur Arbeitsgruppe: Jeder Betrieb sollte einen passenden Einstieg finden.',
    [[no('n-d2-2')], [low('d7')]],
    [iaw(KAP41.time, 1181, 1182, 'Arten und Optionen der Mitwirkung')],
  ),
  rec(
    'ko-r7',
    3,
    ['R7'],
    'Am Anfang auffallen und Praxisnutzen zeigen',
    'Machen Sie anfangs auf sich aufmerksam und zeigen Sie den Praxisbezug, etwa mit besonderen Angeboten oder intensiver Pressearbeit.',
    [
      [young, no('n-d9-3')],
      [young, low('d9')],
      [phase('I'), open('js-i2-e')],
    ],
    [iaw(KAP41.time, 1186, 1189, 'auf sich aufmerksam zu machen')],
    { unless: [phase('III')] },
  ),
  rec(
    'ko-r8',
    2,
    ['R8', 'R10'],
    'Themen und Formate mischen',
    'Verbinden Sie allgemeine Themen mit speziellen Inhalten. Nicht alles muss für jeden passen, aber für jeden sollte etwas dabei sein.',
    [[low('d4')], [no('n-d4-1')]],
    [
      iaw(KAP41.time, 1189, 1191, 'Eine ausgewogene Mischung aus Themen'),
      iaw(KAP41.content, 1195, 1196, 'es sollte für jeden etwas dabei sein'),
    ],
  ),
  rec(
    'ko-r9',
    1,
    ['R9'],
    'Später auf spezifische Themen fokussieren',
    'Stehen die wichtigen Kontakte, hilft ein klares Thema. Damit sprechen Sie einzelne Gruppen gezielt an.',
    [
      [is('t-age', '3-5', '5+'), weak('d3')],
      [stage('mature'), weak('d4')],
    ],
    [iaw(KAP41.time, 1191, 1193, 'kann eine Fokussierung auf spezifische Themen')],
  ),
  rec(
    'ko-r11',
    3,
    ['R11', 'R20', 'R21'],
    'Themen mit den Betrieben wählen',
    'Fragen Sie Ihre Mitglieder regelmäßig nach Themen und Wunschveranstaltungen und stimmen Sie Angebote individuell ab.',
    [[low('d8')], [no('n-d8-1')], [no('n-d4-4')]],
    [iaw(KAP41.content, 1219, 1221, 'individualisierte Abstimmung mit KMU')],
  ),
  rec(
    'ko-r12',
    3,
    ['R12'],
    'Themen wählen, die Betriebe jetzt beschäftigen',
    'Am aussichtsreichsten sind Themen, die KMU direkt und aktuell betreffen, etwa eine konkrete Stellenbesetzung.',
    [[low('d1')], [low('d3')], [no('n-d1-1')]],
    [iaw(KAP41.content, 1201, 1203, 'Als grundsätzlich erfolgversprechend gelten Themen')],
  ),
  rec(
    'ko-r14',
    2,
    ['R13', 'R14', 'R22'],
    'Akute Fragen mit Strategie verbinden',
    'Verknüpfen Sie Informationsveranstaltungen mit Beratung. So greifen Sie akute Anliegen auf und sensibilisieren für langfristige Themen.',
    [[low('d1')], [no('n-d1-2')], [no('n-d10-2')]],
    [
      iaw(
        KAP41.content,
        1206,
        1207,
        'Verknüpfung von Informationsveranstaltungen mit Beratungsangeboten',
      ),
    ],
  ),
  rec(
    'ko-r15',
    3,
    ['R15', 'R26'],
    'Zeigen, was in anderen Betrieben gut lief',
    'Betriebe wollen Lösungen, die sie gleich nutzen können. Wer zweifelt, lässt sich oft durch Beispiele aus anderen Betrieben überzeugen.',
    [[low('d3')], [no('n-d3-2')], [no('n-d4-3')]],
    [
      iaw(KAP41.content, 1209, 1210, 'möglichst konkrete Informationen und anwendbare Konzepte'),
      iaw(KAP41.approach, 1238, 1240, 'Für skeptische Unternehmen'),
    ],
  ),
  rec(
    'ko-r16',
    3,
    ['R16', 'P2'],
    'Betrieben auch nach dem Termin helfen',
    'Informieren reicht oft nicht: Begleiten Sie die Umsetzung und fassen Sie nach. 81 % der Experten sehen hier Beratungsbedarf.',
    [[low('d10')], [no('n-d10-1')], [no('n-d10-3')]],
    [
      iaw(KAP41.content, 1210, 1212, 'bei der Umsetzung von Ideen und Maßnahmen'),
      iaw(PANEL, 2103, 2106, 'noch intensiver beraten werden.'),
    ],
  ),
  rec(
    'ko-r17',
    2,
    ['R17', 'R32'],
    'Betriebe voneinander lernen lassen',
    'Lassen Sie Unternehmer/innen über konkrete Probleme berichten, etwa im Unternehmerstammtisch. Das stärkt Wir-Gefühl und Bindung.',
    [[low('d6')], [no('n-d6-2')]],
    [
      iaw(KAP41.content, 1212, 1214, 'voneinander zu lernen'),
      iaw(KAP41.approach, 1252, 1255, 'Vorträgen aus der Mitte der Unternehmerschaft'),
    ],
  ),
  rec(
    'ko-fees',
    2,
    ['R18'],
    'Verbindlichkeit schaffen, Beiträge abwägen',
    'Netzwerke mit Beiträgen haben häufiger aktive KMU (+33,1 Prozentpunkte; ein Zusammenhang), doch 72 % der Experten sehen Gebühren als Hindernis. Setzen Sie eher auf Verbindlichkeit und kostenpflichtige Umsetzungsberatung.',
    [
      [is('t-fees', 'no'), no('n-d7-3')],
      [is('t-fees', 'no'), is('t-openness', 'open'), weak('d7')],
      [is('t-fees', 'no'), is('t-funding', 'ending'), open('js-iii2-c')],
    ],
    [
      iaw(A62, 1897, 1897, 'Erhebung von Gebühren oder Beiträgen'),
      iaw(PANEL, 2053, 2056, 'Gebühren sind ein Hindernis'),
      iaw(KAP41.content, 1216, 1217, 'Weitergehende und umsetzungsorientierte Beratungsangebote'),
    ],
  ),
  rec(
    'ko-r19',
    2,
    ['R19'],
    'Auf eine Region oder Branche setzen',
    'Mit Blick auf eine Region oder Branche passen Angebote leichter. Netzwerke mit Branchenfokus haben öfter aktive KMU (+27,7 Prozentpunkte; ein Zusammenhang).',
    [
      [is('t-sector', 'cross'), weak('d3')],
      [is('t-sector', 'cross'), weak('d4')],
    ],
    [
      iaw(KAP41.content, 1217, 1219, 'oder sektorale Fokussierung'),
      iaw(A62, 1898, 1898, 'Branchenfokus 27,7*** 23'),
    ],
  ),
  rec(
    'ko-r23',
    3,
    ['R23'],
    'Über Partner ansprechen, die schon dabei sind',
    'Sprechen Sie KMU persönlich an, über Partner, die schon mitmachen: Betriebe, Kammern, Innungen, Verbände.',
    [[low('d5')], [no('n-d5-2')], [no('n-d5-1')]],
    [iaw(KAP41.approach, 1227, 1231, 'durch bereits aktive Netzwerkpartner')],
  ),
  rec(
    'ko-r24',
    1,
    ['R24'],
    'Ein Team mit Gespür für KMU',
    'Achten Sie darauf, dass Ihr Team Bedürfnisse und Kultur von KMU versteht; betriebswirtschaftliches Wissen hilft.',
    [[no('n-d5-3')]],
    [iaw(KAP41.approach, 1231, 1233, 'personelle Zusammensetzung des Netzwerkteams')],
  ),
  rec(
    'ko-r25',
    3,
    ['R25'],
    'Beim ersten Kontakt klar sagen, was es bringt',
    'Legen Sie Vorteile, Inhalte und Formate so konkret wie möglich dar – beim ersten Kontakt und danach.',
    [[low('d3')], [no('n-d3-1')]],
    [iaw(KAP41.approach, 1235, 1238, 'Die Vorzüge einer aktiven Netzwerkteilnahme')],
  ),
  rec(
    'ko-r27',
    2,
    ['R27'],
    'Mitgestaltung glaubhaft ermöglichen',
    'Zeigen Sie glaubhaft, dass die Anliegen von KMU zählen und dass sie Themen und Arbeit mitgestalten können.',
    [
      [activeRole, no('n-d8-4')],
      [activeRole, low('d8')],
    ],
    [iaw(KAP41.approach, 1241, 1242, 'dass die Anliegen von KMU wichtig sind')],
  ),
  rec(
    'ko-r28',
    2,
    ['R28', 'P8'],
    'Austausch in beide Richtungen suchen',
    'Koordinationen wünschen sich mehr Rückmeldung, Betriebe kennen die Vorteile oft nicht. Fragen Sie aktiv nach Inhalt und Qualität.',
    [[low('d8')], [no('n-d8-3')], [no('n-d8-2')]],
    [
      iaw(KAP41.approach, 1245, 1246, 'Kontakt und Informationsaustausch beidseitig gesucht'),
      iaw(KAP42.formats, 1321, 1324, 'zwischen KMU und Netzwerken (Feedback!)'),
    ],
  ),
  rec(
    'ko-r29',
    3,
    ['R29', 'R30'],
    'Aufwand klein halten: kurz und am Rand',
    'Halten Sie den Zeitaufwand gering. Kurze Treffen am Rand des Arbeitstages kommen gut an; 92 % der Experten finden Formate bis zwei Stunden attraktiv.',
    [[low('d2')], [no('n-d2-1')], [no('n-d4-2')]],
    [
      iaw(KAP41.approach, 1248, 1250, 'von kurzer Dauer oder in den Randzeiten'),
      iaw(PANEL, 2089, 2096, 'Kurze Veranstaltungen (bis zu zwei Stunden)'),
    ],
  ),
  rec(
    'ko-r31',
    2,
    ['R31'],
    'Zeit für Austausch einplanen',
    'Planen Sie in jedes Programm Zeit ein, in der sich KMU untereinander und mit Partnern austauschen.',
    [[no('n-d6-1')], [low('d6')]],
    [iaw(KAP41.approach, 1250, 1252, 'Zeit für den Austausch der KMU')],
  ),
  rec(
    'ko-r33',
    2,
    ['R33', 'R35'],
    'Scharfes Profil, in der Region sichtbar',
    'Eine klare Außendarstellung zeigt den Nutzen für KMU. Ein bekanntes Netzwerk mit gutem Ruf zieht weitere Partner an.',
    [[low('d9')], [no('n-d3-3')], [no('n-d9-3')]],
    [
      iaw(KAP41.visible, 1258, 1259, 'Ein scharfes Netzwerkprofil'),
      iaw(KAP41.visible, 1261, 1264, 'sichtbar und bekannt ist'),
    ],
  ),
  rec(
    'ko-r34',
    2,
    ['R34', 'R36'],
    'Betriebe in der Pressearbeit sichtbar machen',
    'Berichten Sie über die Aktivitäten der Betriebe. Das macht sie als Arbeitgeber sichtbar – für KMU ein wichtiger Grund mitzumachen.',
    [[low('d9')], [no('n-d9-1')]],
    [
      iaw(KAP41.visible, 1259, 1261, 'Steigerung ihrer eigenen Sichtbarkeit'),
      iaw(KAP41.visible, 1265, 1267, 'die unternehmensbezogenen Aktivitäten'),
    ],
  ),
  rec(
    'ko-r37',
    1,
    ['R37'],
    'Image nicht zum Hauptmotiv werden lassen',
    'Manche Betriebe treten nur aus Imagegründen bei. Achten Sie darauf, dass auch der inhaltliche Nutzen trägt.',
    [[band('d9', 'high'), weak('d3')]],
    [iaw(KAP41.visible, 1268, 1270, 'nicht das Hauptmotiv sein')],
  ),
  // IAW 2017, Kap. 4.2: Empfehlungen an die Politik, soweit Koordinationen handeln können
  rec(
    'ko-p3',
    3,
    ['P3'],
    'Koordination professionell besetzen',
    'Verlässliche Beziehungen brauchen eine Koordination, die ihr Fach kennt. In großen Netzwerken sollte sie hauptamtlich sein.',
    [
      [is('t-staff', 'none', 'part'), no('n-d7-4')],
      [is('t-staff', 'none'), weak('d7')],
    ],
    [
      iaw(KAP42.longTerm, 1296, 1299, 'auch eine hauptamtliche Koordination'),
      js(12, 'Netzwerkkompetenz ist vorhanden'),
    ],
  ),
  rec(
    'ko-p4',
    2,
    ['P4'],
    'Freiraum lassen, aber klar steuern',
    'In zentral gesteuerten Netzwerken sind aktive KMU häufiger (+10,4 Prozentpunkte, ohne Signifikanzzeichen, also unsicher). Die Studie liest daraus: Freiräume und verlässliche Steuerung zählen beide. Ohne Lenkung kann unklar sein, wer ansprechbar ist. Legen Sie das fest und lassen Sie Partner trotzdem selbst Treffen anstoßen.',
    [
      [is('t-central', 'decentral'), low('d7')],
      [is('t-central', 'decentral'), no('n-d7-2')],
    ],
    [
      iaw(KAP42.longTerm, 1299, 1300, 'in zentralisierten Netzwerken aktive KMU'),
      iaw(A62, 1890, 1890, 'Zentralisiert 10,4 42'),
      iaw('Kap. 3.3', 621, 626, 'sowohl kreative Freiräume als auch eine verlässliche Steuerung'),
      iaw('Kap. 3.1', 463, 472, 'fehlenden Lenkung auch Unsicherheiten'),
    ],
  ),
  rec(
    'ko-p5',
    1,
    ['P5'],
    'Offen bleiben für neue Wege',
    'KMU suchen auch neue Wege und sind in explorativen Netzwerken häufiger aktiv. Bilden Sie Ihr Team regelmäßig weiter.',
    [[is('t-orientation', 'exploitative'), weak('d4')]],
    [iaw(KAP42.longTerm, 1301, 1305, 'regelmäßige Weiterbildung ihrer Mitarbeitenden')],
  ),
  rec(
    'ko-p6',
    1,
    ['P6'],
    'Regelmäßig Standort bestimmen, auch von außen',
    'Prüfen Sie Ihre Arbeit in festen Abständen, auch mit Außensicht (Evaluation, Vergleich mit anderen Netzwerken).',
    [
      [stage('initial'), is('t-age', '3-5', '5+'), open('js-ii2-a')],
      [is('t-funding', 'funded'), phase('II'), open('js-ii2-a')],
    ],
    [
      iaw(KAP42.longTerm, 1305, 1308, 'externes Monitoring und Evaluationen'),
      atb('Kap. 2.5, Begleitung', 599, 601, 'Standortbestimmung des eigenen Netzwerkes'),
    ],
  ),
  rec(
    'ko-p7',
    1,
    ['P7', 'P10'],
    'Formate übernehmen, die sich bei anderen bewährt haben',
    'Tauschen Sie sich mit anderen Koordinationen über Themen und Formate aus, besonders in Ihrer Region oder Branche.',
    [[low('d4')], [is('t-age', '<1'), weak('d4')]],
    [
      iaw(KAP42.formats, 1314, 1316, 'bewährte Formate für die Organisation'),
      iaw(KAP42.regional, 1336, 1337, 'direkte Vernetzung der Koordinatoren'),
    ],
  ),
  rec(
    'ko-p12',
    2,
    ['P12'],
    'Aus der Strategie Angebote für heute machen',
    'Langfristige Netzwerkziele sind für KMU oft zu abstrakt. Zeigen Sie, was Ihre Strategie heute für einen Betrieb bedeutet.',
    [
      [is('t-kind', 'strategic'), weak('d1')],
      [is('t-kind', 'strategic'), weak('d3')],
    ],
    [iaw(KAP42.goals, 1345, 1348, 'für KMU häufig zu abstrakt')],
  ),
  // Kap. 4.2 richtet sich an die Politik: hier umgewendet auf das, was eine Koordination tun kann
  rec(
    'ko-p1',
    1,
    ['P1'],
    'Bei Geldgebern mit dem Nutzen werben',
    'Die Studie rät der Politik, Fachkräftenetzwerke zu fördern. Nutzen Sie das im Gespräch mit Geldgebern. Netzwerke bringen Lernen in Gang und stärken die Region.',
    [
      [is('t-funding', 'ending', 'none'), open('js-iii2-c')],
      [is('t-funding', 'ending', 'none'), open('js-iii2-b')],
    ],
    [
      iaw(
        KAP42.intro,
        1285,
        1286,
        'politische und finanzielle Förderung der Fachkräftenetzwerke grundsätzlich sinnvolle',
      ),
      iaw(KAP42.intro, 1281, 1282, 'Lernprozesse in Gang gesetzt werden'),
    ],
  ),
  rec(
    'ko-p9',
    1,
    ['P9'],
    'Hilfe beim Zuschnitt auf die Region holen',
    'Die Studie rät übergeordneten Stellen, Netzwerke beim Anpassen der Themen an die Region zu begleiten. Fragen Sie diese Hilfe an, etwa eine kleine Weiterbildung.',
    [[no('n-d1-1')], [young, low('d1')]],
    [iaw(KAP42.formats, 1324, 1326, 'von den übergeordneten Akteuren begleitet würden')],
  ),
  rec(
    'ko-p11',
    1,
    ['P11'],
    'Gute Praxis weitergeben',
    'Was bei Ihnen gut läuft, soll nicht in der Region bleiben, rät die Studie. Melden Sie es an übergeordnete Stellen und holen Sie sich dort Ideen anderer.',
    [
      [older, band('d3', 'high')],
      [older, band('d4', 'high')],
    ],
    [
      iaw(
        KAP42.regional,
        1333,
        1334,
        'systematisch (bottom-up) gesammelt und bundesweit (top-down) gestreut werden',
      ),
    ],
  ),
  // ATB: wie das Netzwerk entstanden ist (Kap. 2.2, Tabelle 1) und zwei Erfolgsfaktoren (Kap. 2.5)
  rec(
    'ko-genesis-supply',
    2,
    null,
    'Vom Angebot zum Bedarf kommen',
    'Ihr Netzwerk ging von einem Anbieter aus. Solche Netzwerke richten sich mehr nach dem Bedarf, wenn sie mehr mit den Betrieben sprechen und ihr Angebot überarbeiten.',
    [
      [is('t-genesis', 'initiator'), weak('d8')],
      [is('t-genesis', 'initiator'), no('n-d1-4')],
    ],
    [
      atb(
        'Kap. 2.2, Netzwerkgenese, Tabelle 1',
        144,
        148,
        'Bedarfsorientierung durch verstärkte Kommunikation und Öffentlichkeitsarbeit',
      ),
      atb('Kap. 2.2, Netzwerkgenese', 90, 92, 'entwickeln sich mit zunehmender'),
    ],
  ),
  rec(
    'ko-genesis-firms',
    2,
    null,
    'Ein Start von unten trägt nicht von allein',
    'Ihr Netzwerk ging von Betrieben aus. Das ist eine gute Basis. Dass solche Netzwerke länger bestehen, fand die Begleitung sächsischer Netzwerke aber nicht. Planen Sie die Fortführung darum eigens.',
    [
      [is('t-genesis', 'firms'), notMet('js-iii2-b')],
      [is('t-genesis', 'firms'), notMet('js-iii2-c')],
    ],
    [
      atb(
        'Kap. 2.2, Netzwerkgenese',
        157,
        159,
        'nachhaltiger Netzwerkexistenz konnte bezogen auf die untersuchte Stichprobe nicht bestätigt',
      ),
    ],
  ),
  rec(
    'ko-effects',
    2,
    null,
    'Wirkungen festhalten und zeigen',
    'Der Nutzen von Bildungsarbeit zeigt sich oft spät. Halten Sie Wirkungen darum fest, werten Sie sie aus und zeigen Sie sie, etwa in der Pressearbeit.',
    [[notMet('js-iii1-a')], [notMet('js-ii2-a'), weak('d9')]],
    [
      atb(
        'Kap. 2.5, „Erfassung, Kommunikation, Reflexion von Wirkungen und Effekten“',
        439,
        441,
        'Wirkungen und Effekte zu erfassen und transparent zu machen',
      ),
    ],
  ),
  rec(
    'ko-foresight',
    2,
    null,
    'Mit Weitblick planen',
    'Neben dem Tagesgeschäft zählt die Richtung für die nächsten Jahre. Sie entscheidet mit, ob die Arbeit weitergeht. Benennen Sie konkret, was sich entwickeln soll.',
    [[notMet('js-ii3-a')], [is('t-funding', 'funded', 'ending'), notMet('js-iii2-b')]],
    [
      atb(
        'Kap. 2.5, „Strategische Auseinandersetzung mit „Weitblick““',
        447,
        450,
        'der erfolgreichen Fortführung und Verstetigung begonnener Aktivitäten',
      ),
      atb(
        'Kap. 2.5',
        400,
        401,
        'Konkretheitsgrad bei der Benennung von Entwicklungsnotwendigkeiten',
      ),
    ],
  ),
  // Kompetenznetze, Kap. 4: Netzwerkservices in Phasen – entwickeln, einführen, auswerten
  rec(
    'ko-service-phases',
    2,
    null,
    'Neue Angebote in drei Schritten führen',
    'Sammeln Sie Ideen der Mitglieder, auch vom Rand des Netzwerks. Führen Sie ein Angebot mit einer freiwilligen Testphase ein. Fragen Sie danach, wie zufrieden die Nutzer sind, und ändern Sie, was nicht passt.',
    [[no('n-d8-3')], [no('n-d8-4'), weak('d4')]],
    [
      kn(
        'Kap. 4, Einleitung',
        1951,
        1955,
        'Von der Entwicklung und Auswahl über die Autorisierung',
      ),
      kn('Kap. 4.2, Autorisierung und Umsetzung', 2126, 2127, 'wie eine freiwillige Testphase'),
      kn(
        'Kap. 4.3, Evaluation und Implikation',
        2152,
        2154,
        'die Zufriedenheit der Netzwerkmitglieder',
      ),
    ],
  ),
  // Zugeschnitten auf den Netzwerktyp
  rec(
    'ko-exploit',
    3,
    ['R25', 'R33'],
    'Nutzen deutlich machen, gerade bei Bewährtem',
    'In exploitativen Netzwerken meinen 43 % der Koordinator/innen, KMU sei der Nutzen unklar (36 % insgesamt). Benennen Sie den Nutzen ausdrücklich.',
    [[is('t-orientation', 'exploitative'), weak('d3')]],
    [iaw('Kap. 3.5, Abb. 18', 1052, 1057, '(43 vs. 36 Prozent in allen Netzwerken)')],
  ),
  rec(
    'ko-explore',
    3,
    ['R29', 'R5'],
    'Neues wagen, Aufwand für KMU klein halten',
    'In explorativen Netzwerken nennen 91 % der Koordinator/innen fehlende Ressourcen der KMU als Hürde (79 % insgesamt). Bieten Sie niedrigschwellige Einstiege.',
    [[is('t-orientation', 'explorative'), weak('d2')]],
    [iaw('Kap. 3.5, Abb. 18', 1028, 1031, '(91 Prozent vs. 79 Prozent')],
  ),
  rec(
    'ko-public',
    1,
    null,
    'Mitwirkung lohnend machen',
    'Steht ein Angebot allen frei, lohnt sich Mitarbeit für den einzelnen Betrieb wenig, so die Kernstudie. Gemessen hat sie nur einen kleinen Unterschied (−2,0 Prozentpunkte). Der Workshop 2009 nennt es gut für Vertrauen, wenn Mitgliedschaft als Privileg gilt. Zeigen Sie, was Mitwirkende davon haben.',
    [[is('t-good', 'public'), no('n-std-2')]],
    [
      iaw('Kap. 3.1', 398, 407, 'lohnt es sich für den Einzelnen nicht'),
      iaw(A62, 1893, 1893, 'Öffentliches Gut -2,0* 99'),
      ws('Folie „Vertrauen schaffen“', 138, 147, 'Netzwerkmitgliedschaft als Privileg'),
    ],
    STANDARD,
  ),
  rec(
    'ko-operative',
    2,
    null,
    'Die Sprache der Betriebe sprechen',
    'Betriebe sprechen eine andere Sprache als Netzwerker. Sprechen Sie sie in ihrer Sprache an, auch mit Blick auf Gender und Herkunft.',
    [
      [is('t-kind', 'operative'), weak('d5')],
      [is('t-kind', 'operative'), phase('I'), no('n-d5-3')],
    ],
    [
      js(12, 'Betriebe sprechen eine andere Sprache'),
      js(52, 'auch Gender- und interkulturelle Aspekte beachten'),
    ],
  ),
  rec(
    'ko-strategic',
    2,
    null,
    'Regionale Entscheidungsträger früh einbinden',
    'Aktivitäten setzen sich vor allem durch, wenn Landräte, Agenturen, Kammern und Bildungseinrichtungen von Anfang an beteiligt sind.',
    [
      [is('t-kind', 'strategic'), open('js-i1-b')],
      [phase('I'), open('js-i1-b')],
    ],
    [
      atb('Kap. 2.5, Regionale Partner', 535, 540, 'von Anfang an erfolgt'),
      js(7, 'Politische Unterstützung und Bündnispartner'),
    ],
  ),
  // Phasen (JOBSTARTER) und Entwicklungsstand (ATB)
  rec(
    'ko-js-i1',
    3,
    ['JS-I.1'],
    'Ziele, Partner und Rollen festhalten',
    'Halten Sie Grobziele in einem Konzept fest, wählen Sie Partner aus und klären Sie Erwartungen, am besten in einer Absichtserklärung.',
    [
      [phase('I'), open('js-i1-a')],
      [phase('I'), open('js-i1-c')],
    ],
    [js(7, 'Letter of Intent (LoI) mit konkreten Aussagen')],
  ),
  rec(
    'ko-js-i2',
    2,
    ['JS-I.2'],
    'Bestand und Bedarf in der Region erfassen',
    'Erfassen Sie vorhandene Netzwerke (Netzwerkkarte) und den Bedarf, benennen Sie Lücken und beginnen Sie früh mit Öffentlichkeitsarbeit.',
    [
      [phase('I'), open('js-i2-a')],
      [phase('I'), open('js-i2-b')],
      [is('t-age', '<1'), open('js-i2-b')],
    ],
    [js(12, 'Ist-Analyse der in der Region')],
  ),
  rec(
    'ko-needs',
    2,
    null,
    'Bedarf mit den Betrieben klären',
    'Eine aktuelle, konkrete Bedarfserhebung entscheidet laut ATB über den Erfolg. Erheben Sie den Bedarf regelmäßig und mit den Betrieben.',
    [[low('d1')], [no('n-d1-4')]],
    [atb('Kap. 2.5, Bedarfserfassung', 406, 416, 'ausschlaggebend für den Erfolg')],
  ),
  rec(
    'ko-js-ii1',
    3,
    ['JS-II.1'],
    'Arbeit in Arbeitsgruppen der Partner verlagern',
    'Kommen alle Impulse von der Koordination, steht das Netzwerk noch am Anfang. Geben Sie Projekte an Arbeitsgruppen, in die Partner Ressourcen einbringen.',
    [
      [phase('II'), stage('initial'), open('js-ii1-a')],
      [phase('II'), stage('initial'), { kind: 'answer', item: 'atb-d1', max: 2 }],
    ],
    [
      js(19, 'Akteure bringen entsprechende Ressourcen ein.'),
      js(47, 'aus den Akteuren selbst heraus'),
      atb('Kap. 2.3', 238, 241, 'verstärkt von den Partnern'),
    ],
  ),
  rec(
    'ko-js-ii2',
    2,
    ['JS-II.2'],
    'Verlauf reflektieren, Rollen und Ziele prüfen',
    'Werten Sie das Vorgehen zu festen Terminen aus, etwa in einer Steuerungsgruppe: Rollen, Ziele, Wirkung der Pressearbeit.',
    [
      [phase('II'), open('js-ii2-a')],
      [phase('II'), open('js-ii2-c')],
    ],
    [js(24, 'Rollen und Aufgaben der Netzwerkpartner/innen überprüfen.')],
  ),
  rec(
    'ko-js-ii3',
    2,
    ['JS-II.3'],
    'Strukturen festigen, mehr Zeit für die Strategie',
    'Ihr Netzwerk reift. Prüfen Sie Zielvereinbarungen gemeinsam; die Koordination kann sich auf Abstimmung, Strategie und Lobbyarbeit konzentrieren.',
    [[phase('II'), stage('growth', 'mature'), open('js-ii3-a')]],
    [
      js(25, 'An der Verfestigung der Strukturen arbeiten.'),
      atb('Kap. 2.3', 242, 247, 'Koordination, Strategieentwicklung und Lobbyarbeit'),
    ],
  ),
  rec(
    'ko-js-iii2',
    3,
    ['JS-III.2'],
    'Rechtzeitig über Fortführung entscheiden',
    'Beginnen Sie lange vor Förderende. Entscheiden Sie mit den Partnern über Fortführung oder Ende und sichern Sie Ressourcen und Koordination.',
    [
      [phase('III'), open('js-iii2-a')],
      [phase('III'), open('js-iii2-b')],
      [is('t-funding', 'ending'), open('js-iii2-a')],
      [is('t-funding', 'ending'), open('js-iii2-b')],
    ],
    [
      js(34, 'Prozess rechtzeitig einleiten.'),
      js(35, 'Entscheidung über Fortführung oder Ende'),
      atb(FIN, 583, 585, 'Übergang von geförderter Netzwerkarbeit'),
    ],
  ),
  rec(
    'ko-financing',
    2,
    null,
    'Finanzierung breit aufstellen',
    'Nach Erfahrung sächsischer Netzwerke zahlen Betriebe für konkrete Leistungen, wenn der Nutzen nachweisbar ist, vor allem für Beratung zur Personalarbeit. Für Netzwerkarbeit allgemein zahlen sie kaum. Leistungspakete haben sich zum Teil bewährt. Ein Mix der Wege erscheint sinnvoll.',
    [
      [is('t-funding', 'ending', 'none'), open('js-iii2-c')],
      [is('t-funding', 'funded'), phase('III'), open('js-iii2-c')],
    ],
    [
      atb(FIN, 556, 559, 'wenn damit ein nachweisbarer Nutzen verbunden ist'),
      atb(FIN, 562, 565, 'besitzt jedoch eine geringe Akzeptanz'),
      atb(FIN, 575, 575, 'Zum Teil hat sich die Finanzierung über das Angebot'),
      atb(FIN, 589, 590, 'Finanzierungswege auch im Mix'),
    ],
  ),
  rec(
    'ko-js-iii3',
    1,
    ['JS-III.3'],
    'Ergebnisse weitergeben',
    'Geben Sie Erfahrungen und gute Beispiele an andere weiter. Das geht gedruckt, online und auf Treffen.',
    [
      [phase('III'), open('js-iii3-a')],
      [stage('mature'), open('js-iii3-b')],
    ],
    [js(39, 'Ergebnisse und good practice')],
  ),
  rec(
    'ko-winwin',
    2,
    null,
    'Nutzen für alle Partner sichern',
    'Jeder Partner muss in allen Phasen etwas gewinnen. Sprechen Sie es an, wenn sich einzelne nur bedienen.',
    [
      [weak('d3'), phase('II')],
      [weak('d3'), phase('III')],
    ],
    [js(45, 'Win-win-Situation in allen Phasen')],
  ),
  rec(
    'ko-smart',
    2,
    null,
    'Teilziele messbar formulieren',
    'Schreiben Sie Teilziele so, dass man sie messen kann: Was genau, bis wann, woran sehen wir es? Dann merken Sie früh, wenn Sie umsteuern müssen.',
    [[is('js-ii3-a', 'no', 'partly')], [is('js-ii2-b', 'no')]],
    [atb('Kap. 2.5, Teilziele', 418, 431, 'messbar, erreichbar, relevant und terminiert')],
  ),
  // Workshop 2009: Mindeststandards und Vertrauen
  rec(
    'ko-competition',
    2,
    null,
    'Konkurrenzdenken offen ansprechen',
    'Machen Sie die Arbeitsweisen der Partner transparent, etwa in Workshops, in denen alle Angebote und Erfolgskriterien vorstellen.',
    [[yes('n-std-3')]],
    [
      ws('Folie „Vertrauen schaffen“', 151, 161, 'sich abgrenzende Subnetzwerke im Gesamtnetzwerk'),
      js(12, 'Klima des Vertrauens und der Gegenseitigkeit'),
    ],
    STANDARD,
  ),
  rec(
    'ko-short-ways',
    1,
    null,
    'Kurze Wege schaffen',
    'Vertrauen wächst, wenn die Wege zwischen den Partnern kurz sind. Machen Sie es leicht, sich schnell und direkt zu erreichen.',
    [[no('n-std-9')]],
    [ws('Folie „Vertrauen schaffen“', 138, 147, 'kurze Wege zwischen den Akteuren')],
    STANDARD,
  ),
  rec(
    'ko-coop-culture',
    1,
    null,
    'An frühere Zusammenarbeit anknüpfen',
    'Vertrauen fällt leichter, wo es schon eine Kultur der Zusammenarbeit gibt. Knüpfen Sie an bestehende Partnerschaften an, formelle wie informelle.',
    [[no('n-std-10')]],
    [
      ws(
        'Folie „Vertrauen schaffen“',
        138,
        147,
        'Bereits vorhandene Kooperationskultur mit informellen und formellen Partnerschaften',
      ),
    ],
    STANDARD,
  ),
  rec(
    'ko-public-money',
    2,
    null,
    'Nicht nur vom Geld auf kurze Zeit abhängen',
    'Geld, das nur kurz und befristet gesichert ist, belastet das Vertrauen. Suchen Sie früh weitere Geldquellen, etwa Beiträge von Kommunen, Betrieben und Verbänden.',
    [[yes('n-std-11')]],
    [
      ws('Folie „Vertrauen schaffen“', 151, 161, 'Art der Abhängigkeit von öffentlichen Mitteln'),
      ws(
        'Folie „Nachhaltigkeit sichern“',
        193,
        201,
        'finanzielle Beteiligung von Weiterbildungseinrichtungen, Kommunen',
      ),
    ],
    STANDARD,
  ),
  rec(
    'ko-continuity',
    1,
    null,
    'Schlüsselpersonen halten',
    'Wenn oft Leute wechseln, leidet das Vertrauen. Sorgen Sie für feste Treffen, Arbeitsgruppen, einen Newsletter und feste Ansprechpersonen.',
    [[yes('n-std-4')]],
    [
      ws(
        'Folie „Netzwerkarbeit erfolgreich gestalten“',
        103,
        112,
        'Kontinuität von Schlüsselpersonen',
      ),
    ],
    STANDARD,
  ),
  rec(
    'ko-operational',
    1,
    null,
    'Auch die Fachleute der Partner einbinden',
    'Bleibt die Zusammenarbeit bei den Leitungen, fehlen die Kontakte der Fachleute. Verankern Sie das Netzwerk auch intern bei den Partnern.',
    [[no('n-std-5')]],
    [
      ws(
        'Folie „(Über)lebensfähig machen“',
        205,
        215,
        'stärkere interne Verankerung des Netzwerkes',
      ),
    ],
    STANDARD,
  ),
  rec(
    'ko-binding',
    2,
    null,
    'Zusammenarbeit verbindlich regeln',
    'Halten Sie Rollen und Beiträge schriftlich fest, etwa in einer Kooperationsvereinbarung. Prüfen Sie, ob eine festere Form wie ein Verein passt.',
    [[no('n-std-6')]],
    [ws('Folie „Nachhaltigkeit sichern“', 193, 201, '(z.B. GbR, GmbH, Verein, Stiftung)')],
    STANDARD,
  ),
  rec(
    'ko-completeness',
    1,
    null,
    'Fehlende Akteure gezielt gewinnen',
    'Für Netzwerke der Benachteiligtenförderung nennt der Workshop 2009 als Mindeststandard die relative Vollständigkeit: Alle für das Thema wichtigen Akteure der Region sind dabei. Für andere Netzwerke ist das ein Prüfpunkt. JOBSTARTER rät, bei Bedarf neue Partner zu gewinnen.',
    [[no('n-std-7')]],
    [
      ws(
        'Folie „Mindeststandards“',
        28,
        32,
        'Mindeststandards für Netzwerke in der Benachteiligtenförderung',
      ),
      ws('Folie „Mindeststandards“', 28, 35, 'relative Vollständigkeit des Netzwerkes'),
      js(24, 'Ggf. neue Netzwerkpartner/innen gewinnen.'),
    ],
    STANDARD,
  ),
  rec(
    'ko-gender',
    1,
    null,
    'Gender und Kultur fest im Blick haben (Mainstreaming)',
    'Benennen Sie Verantwortliche für das Thema und sensibilisieren Sie alle Partner.',
    [[no('n-std-8')]],
    [ws('Folie „Gender und Cultural Mainstreaming“', 54, 61, 'Verantwortliche für das Thema')],
    STANDARD,
  ),
];
