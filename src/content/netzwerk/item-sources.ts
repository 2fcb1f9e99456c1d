import { cite, iaw } from '../cite';
import type { Citation } from '../schema';

const c = cite;
const ws = (section: string, from: number, to: number, quote: string) =>
  c('workshop2009', section, from, to, quote);
const atbC = (section: string, from: number, to: number, quote: string) =>
  c('atb', section, from, to, quote);

const R = 'Kap. 4.1, ';
const TRUST = 'Folie „Vertrauen schaffen“';
const T2 = 'Kap. 2.3, Tabelle 2';

/** Where each typology, area and marker item of the Netzwerk-Check comes from (checked by the citation test; not shipped). */
export const netzwerkItemSources: Record<string, Citation> = {
  't-good': iaw(
    'Kap. 3.1, Abb. 9',
    398,
    407,
    'fast ausschließlich öffentliche Güter bereitstellen',
  ),
  't-orientation': iaw(
    'Kap. 3.1, Abb. 9',
    415,
    422,
    'Explorative Netzwerke dagegen dienen der Suche',
  ),
  't-openness': iaw('Kap. 3.1, Fußnote 8', 474, 477, 'mit regelmäßigen oder fallweisen Gebühren'),
  't-formality': iaw('Kap. 3.1, Abb. 9', 458, 461, 'haben also eine eigenständige Rechtsform'),
  't-central': iaw('Kap. 3.1, Abb. 9', 463, 466, 'also auch die KMU, selbst aktiv werden'),
  't-age': iaw('Anhang 6.2', 1841, 1845, 'Gegründet ab 2013 -13,4** 46'),
  't-staff': iaw('Kap. 3.1', 366, 370, 'häufiger neben- als hauptberuflich'),
  't-fees': iaw('Anhang 6.2', 1897, 1897, 'Erhebung von Gebühren oder Beiträgen'),
  't-sector': iaw('Anhang 6.2', 1898, 1898, 'Branchenfokus 27,7*** 23'),
  't-kmu-role': iaw('Kap. 3.2, Abb. 10', 509, 512, 'keine aktive Rolle für KMU vorgesehen'),
  't-funding': atbC('Kap. 2.5, Finanzierung', 579, 582, 'zunehmender Dauer der Netzwerkförderung'),
  't-kind': c(
    'jobstarter',
    'Phase I, Tipps',
    7,
    7,
    'Unterscheidung zwischen operativem (z. B. Branchenverbund)',
  ),
  'n-d1-1': iaw(`${R}R12`, 1201, 1203, 'KMU direkt und aktuell beschäftigen'),
  'n-d1-2': iaw(`${R}R14`, 1206, 1207, 'Verbindung konkreter Fragen und strategischer Themen'),
  'n-d1-3': iaw(`${R}R13`, 1203, 1206, 'müssen KMU sensibilisiert werden'),
  'n-d1-4': atbC('Kap. 2.5', 394, 396, 'präzise und beteiligungsorientierte'),
  'n-d2-1': iaw(`${R}R29`, 1248, 1249, 'geringer und niedrigschwelliger zeitlicher'),
  'n-d2-2': iaw(`${R}R5`, 1181, 1182, 'Arten und Optionen der Mitwirkung'),
  'n-d2-3': iaw(`${R}R3`, 1175, 1178, 'oft anlassbezogen und in der Art'),
  'n-d3-1': iaw(`${R}R25`, 1235, 1238, 'sowohl beim Erstkontakt als auch danach'),
  'n-d3-2': iaw(`${R}R26`, 1238, 1240, 'Präsentation von Praxisbeispielen oder'),
  'n-d3-3': iaw(`${R}R33`, 1258, 1259, 'Ein scharfes Netzwerkprofil'),
  'n-d3-4': atbC('Kap. 3', 636, 640, 'über klassische Angebote von Bildungsdienstleistern'),
  'n-d4-1': iaw(`${R}R10`, 1195, 1196, 'Vielfalt an Themen und Formaten'),
  'n-d4-2': iaw(`${R}R30`, 1249, 1250, 'in den Randzeiten des Arbeitstages'),
  'n-d4-3': iaw(`${R}R15`, 1209, 1214, 'konkrete Informationen und anwendbare Konzepte'),
  'n-d4-4': iaw(`${R}R11`, 1197, 1199, 'Neujustierung der Schwerpunkte'),
  'n-d5-1': iaw('Kap. 3.5, Abb. 16', 936, 942, 'vor allem die persönliche Ansprache'),
  'n-d5-2': iaw(`${R}R23`, 1227, 1231, 'durch bereits aktive Netzwerkpartner'),
  'n-d5-3': iaw(`${R}R24`, 1231, 1233, 'Ein betriebswirtschaftlicher Background'),
  'n-d5-4': iaw(`${R}R4`, 1180, 1182, 'verschiedene Kommunikationswege zu den Unternehmen'),
  'n-d6-1': iaw(`${R}R31`, 1250, 1252, 'Zeit für den Austausch der KMU'),
  'n-d6-2': iaw('Kap. 3.2, Abb. 13', 551, 558, 'Austausch zwischen KMU untereinander'),
  'n-d6-3': iaw(`${R}R1`, 1171, 1174, 'kontinuierlich in Kontakt zu bleiben'),
  'n-d6-4': iaw('Kap. 3.5', 1013, 1014, 'Informationen aus dem eigenen Betrieb'),
  'n-d7-1': iaw('Kap. 3.2, Abb. 11', 516, 518, 'als Ideengeber und Berater'),
  'n-d7-2': iaw('Kap. 3.1', 468, 472, 'fehlenden Lenkung auch Unsicherheiten'),
  'n-d7-3': iaw('Kap. 3.3, Abb. 15', 631, 636, 'das Commitment der Netzwerkteilnehmer'),
  'n-d7-4': iaw('Kap. 4.2', 1296, 1300, 'gute und stringente Führung'),
  'n-d8-1': iaw(`${R}R21`, 1221, 1223, 'befragen dazu ihre Teilnehmer'),
  'n-d8-2': iaw('Kap. 3.5', 1064, 1066, 'die Motive von KMU'),
  'n-d8-3': iaw('Kap. 3.5', 1067, 1068, 'KMU Feedback über Inhalte'),
  'n-d8-4': iaw(`${R}R27`, 1241, 1242, 'die Arbeit der Netzwerke mitgestalten'),
  'n-d9-1': iaw(`${R}R36`, 1265, 1267, 'die unternehmensbezogenen Aktivitäten des'),
  'n-d9-2': iaw(`${R}R36`, 1267, 1268, 'Unternehmen kommen zum Teil von sich aus'),
  'n-d9-3': iaw(`${R}R35`, 1261, 1264, 'Das positive Image eines Netzwerks'),
  'n-d10-1': iaw(`${R}R16`, 1209, 1212, 'bei der Umsetzung von Ideen'),
  'n-d10-2': iaw(`${R}R22`, 1221, 1224, 'verbinden Informationsveranstaltungen mit umfassenden'),
  'n-d10-3': iaw('Kap. 3.4, Praxisbeispiel 2', 899, 904, 'ist das Nachfassen.'),
  'n-std-1': ws(TRUST, 138, 147, 'gleichwertige Stellung aller Partner'),
  'n-std-2': ws(TRUST, 138, 147, 'Netzwerkmitgliedschaft als Privileg'),
  'n-std-3': ws(TRUST, 151, 161, 'sich abgrenzende Subnetzwerke im Gesamtnetzwerk'),
  'n-std-4': ws(TRUST, 151, 161, 'hohe Fluktuation unter den Netzwerkmitgliedern'),
  'n-std-5': ws(TRUST, 151, 161, 'Beschränkung auf die Leitungsebene'),
  'n-std-6': ws(
    'Folie „Netzwerkstrategien“',
    65,
    73,
    'verbindliche Kooperationsbeziehungen auf unterschiedlichen Ebenen',
  ),
  'n-std-7': ws('Folie „Mindeststandards“', 28, 35, 'relative Vollständigkeit des Netzwerkes'),
  'n-std-8': ws(
    'Folie „Mindeststandards“',
    28,
    35,
    'Cultural Mainstreaming wird im Netzwerk gelebt',
  ),
  'atb-d1': atbC(T2, 238, 241, 'Impulse für Aktivitäten nicht mehr nur'),
  'atb-d2': atbC(T2, 238, 241, 'hoher Vernetzungsgrad zwischen den Partnern'),
  'atb-d3': atbC(T2, 214, 225, 'Interaktion ist deutlich erkennbar ausgeprägt'),
  'atb-d4': atbC(T2, 242, 247, 'alleinige Impuls- und Motivationsquelle'),
  'atb-s1': atbC(T2, 204, 212, 'Differenzierung struktureller Einheiten'),
  'atb-s2': atbC(T2, 204, 212, 'Elemente sind eingerichtet'),
  'atb-s3': atbC(T2, 166, 172, 'internes und externes Netzwerk'),
};
