import type { Citation, Figure } from './schema';

const iaw = (section: string, from: number, to: number, quote: string): Citation => ({
  source: 'iaw2017',
  section,
  lines: [from, to],
  quote,
});
const A62 = 'Anhang 6.2';
const PANEL = 'Anhang 6.5, Expertenpanel';

/**
 * Network features and active KMU (Abb. 15 / Anhang 6.2: deviation from the average share of networks
 * with active KMU), status-quo figures from the IAW coordinator survey, and the expert panel's votes
 * (34 experts in all; the study gives no count per thesis, so those figures carry no n).
 */
export const networkFigures: Figure[] = [
  {
    id: 'nf-fees',
    view: 'coordinators',
    n: 31,
    text: {
      de: 'Netzwerke, die Gebühren oder Beiträge erheben, haben häufiger aktive KMU: +33,1 Prozentpunkte gegenüber dem Durchschnitt (n = 31, signifikant auf dem 1-%-Niveau). Das ist ein Zusammenhang, kein Beleg für eine Wirkung; die Studie vermutet mehr Verbindlichkeit.',
    },
    citations: [
      iaw(A62, 1897, 1897, 'Gebühren oder Beiträgen 33,1*** 31'),
      iaw('Kap. 3.3, Abb. 15', 631, 636, 'die Erhebung von Gebühren die aktive Teilnahme'),
    ],
  },
  {
    id: 'nf-fees-experts',
    view: 'experts',
    text: {
      de: 'Das Expertenpanel (34 Fachleute insgesamt) sieht Gebühren anders: 72 % halten sie für ein Hindernis für aktive Teilnahme, nur 17 % meinen, dass KMU ein Netzwerk mehr schätzen, wenn sie zahlen.',
    },
    citations: [
      iaw(PANEL, 2053, 2056, 'Gebühren sind ein Hindernis'),
      iaw(PANEL, 2045, 2051, 'dessen Aktivitäten mehr wertschätzen'),
    ],
  },
  {
    id: 'nf-sector',
    view: 'coordinators',
    n: 23,
    text: {
      de: 'Netzwerke mit Branchenfokus haben häufiger aktive KMU: +27,7 Prozentpunkte (n = 23, signifikant auf dem 1-%-Niveau). Die Studie vermutet: Außendarstellung und passgenaue Veranstaltungen fallen leichter.',
    },
    citations: [
      iaw(A62, 1898, 1898, 'Branchenfokus 27,7*** 23'),
      iaw('Kap. 3.3, Abb. 15', 638, 641, 'auf eine bestimmte Branche fokussiert'),
    ],
  },
  {
    id: 'nf-no-prerequisites',
    view: 'coordinators',
    n: 86,
    text: {
      de: 'Netzwerke ohne jede Teilnahmevoraussetzung haben seltener aktive KMU: −17,1 Prozentpunkte (n = 86, signifikant auf dem 1-%-Niveau).',
    },
    citations: [iaw(A62, 1900, 1900, 'keine Teilnahmevoraussetzungen -17,1*** 86')],
  },
  {
    id: 'nf-young',
    view: 'coordinators',
    n: 46,
    text: {
      de: 'Junge Netzwerke (gegründet ab 2013) haben seltener aktive KMU: −13,4 Prozentpunkte (n = 46, signifikant auf dem 5-%-Niveau). Vor 2010 gegründete liegen bei +6,4 (n = 53, nicht signifikant). Die Studie: Die Einbindung von KMU braucht Zeit.',
    },
    citations: [
      iaw(A62, 1843, 1845, 'Gegründet ab 2013 -13,4** 46'),
      iaw('Kap. 3.3, Abb. 15', 643, 644, 'braucht offensichtlich Zeit.'),
    ],
  },
  {
    id: 'nf-explorative',
    view: 'coordinators',
    n: 46,
    text: {
      de: 'Explorativ ausgerichtete Netzwerke (neue Angebote und Formen der Zusammenarbeit) haben häufiger aktive KMU: +17,0 Prozentpunkte (n = 46, signifikant auf dem 1-%-Niveau).',
    },
    citations: [iaw(A62, 1889, 1889, 'Explorativ 17,0*** 46')],
  },
  {
    id: 'nf-central',
    view: 'coordinators',
    n: 42,
    text: {
      de: 'Zentral gesteuerte Netzwerke haben häufiger aktive KMU: +10,4 Prozentpunkte (n = 42; im Anhang ohne Signifikanzzeichen). Die Studie liest daraus: Freiräume und verlässliche Steuerung sind beide wichtig.',
    },
    citations: [
      iaw(A62, 1890, 1890, 'Zentralisiert 10,4 42'),
      iaw('Kap. 3.3', 621, 626, 'eine verlässliche Steuerung'),
    ],
  },
  {
    id: 'nf-fulltime',
    view: 'coordinators',
    n: 64,
    text: {
      de: 'Mit hauptberuflicher Koordination sind aktive KMU etwas häufiger: +6,7 Prozentpunkte (n = 64, nicht signifikant).',
    },
    citations: [iaw(A62, 1899, 1899, 'Hauptberuflicher Koordinator 6,7 64')],
  },
  {
    id: 'nf-public-good',
    view: 'coordinators',
    n: 99,
    text: {
      de: 'Netzwerke, die öffentliche Güter für alle bereitstellen, haben etwas seltener aktive KMU: −2,0 Prozentpunkte (n = 99, signifikant auf dem 10-%-Niveau). Offene (−0,4) und formelle Netzwerke (−0,5) unterscheiden sich kaum.',
    },
    citations: [
      iaw(A62, 1893, 1893, 'Öffentliches Gut -2,0* 99'),
      iaw(A62, 1891, 1892, 'Offen -0,4 50 Formell -0,5 110'),
    ],
  },
  {
    id: 'nf-partners',
    view: 'coordinators',
    text: {
      de: 'Mit größeren Unternehmen als Partnern sind aktive KMU häufiger (+20,4 Prozentpunkte, n = 75), mit Gewerkschaften seltener (−16,9, n = 60); beides signifikant auf dem 1-%-Niveau.',
    },
    citations: [
      iaw(A62, 1849, 1858, 'Größere Unternehmen 20,4*** 75'),
      iaw(A62, 1849, 1858, 'Gewerkschaften -16,9*** 60'),
    ],
  },
  {
    id: 'nf-topics',
    view: 'coordinators',
    text: {
      de: 'Bei Digitalisierung/Industrie 4.0 sind aktive KMU häufiger (+12,5, n = 38), bei Zuwanderung/Integration seltener (−10,3, n = 90). Die Studie: KMU beteiligen sich vor allem bei ihrem ganz konkreten Bedarf.',
    },
    citations: [
      iaw(A62, 1862, 1869, 'Digitalisierung, Industrie 4.0 12,5* 38'),
      iaw(A62, 1862, 1869, 'Zuwanderung / Integration -10,3*** 90'),
    ],
  },
  {
    id: 'nf-target-groups',
    view: 'coordinators',
    text: {
      de: 'Mit Führungskräften als Zielgruppe sind aktive KMU häufiger (+12,8, n = 55), mit An- und Ungelernten seltener (−13,6, n = 42).',
    },
    citations: [
      iaw(A62, 1873, 1885, 'Führungskräfte 12,8** 55'),
      iaw(A62, 1873, 1885, 'An- und Ungelernte -13,6** 42'),
    ],
  },
  {
    id: 'nf-kmu-share',
    view: 'coordinators',
    n: 154,
    text: {
      de: 'In 42 % der Netzwerke wirken KMU aktiv und passiv mit, in 21 % nur aktiv, in 26 % nur passiv, in 10 % gar nicht.',
    },
    citations: [
      iaw('Kap. 3.2, Abb. 10', 493, 507, 'In weiteren 42 Prozent der Netzwerke'),
      iaw('Kap. 3.2, Abb. 10', 509, 512, '36 Prozent der Netzwerke verfügen'),
    ],
  },
  {
    id: 'nf-contacts',
    view: 'coordinators',
    n: 99,
    text: {
      de: 'In Netzwerken mit KMU (n = 99) haben Koordination und KMU in knapp zwei Dritteln oft Kontakt, KMU untereinander in etwa einem Drittel. An anderer Stelle heißt es: „Nur die Hälfte der Koordinatoren“ hat oft Kontakt zu den KMU.',
    },
    citations: [
      iaw('Kap. 3.2, Abb. 13', 551, 558, 'nur noch in etwa einem Drittel'),
      iaw(
        'Kap. 3.5',
        1007,
        1008,
        'Nur die Hälfte der Koordinatoren gibt an, oft oder sehr oft Kontakt',
      ),
    ],
  },
  {
    id: 'nf-satisfaction',
    view: 'coordinators',
    n: 99,
    text: {
      de: 'Mit dem Beitrag der KMU sind nur 43 % der Koordinator/innen eher zufrieden, fast jede/r Dritte eher unzufrieden. Mit dem Kontakt der KMU untereinander ist nur ein Drittel zufrieden.',
    },
    citations: [iaw('Kap. 3.2, Abb. 14', 584, 591, 'nur noch 43 Prozent der Koordinatoren')],
  },
  {
    id: 'nf-barrier-resources',
    view: 'coordinators',
    n: 103,
    text: {
      de: '79 % der Koordinator/innen nennen fehlende Ressourcen der KMU als Hürde, in explorativen Netzwerken 91 %.',
    },
    citations: [iaw('Kap. 3.5, Abb. 18', 1028, 1031, '(91 Prozent vs. 79 Prozent')],
  },
  {
    id: 'nf-barrier-benefit',
    view: 'coordinators',
    n: 103,
    text: {
      de: '36 % der Koordinator/innen meinen, den KMU sei der Nutzen des Netzwerks nicht klar, in exploitativen Netzwerken 43 %.',
    },
    citations: [iaw('Kap. 3.5, Abb. 18', 1052, 1057, '(43 vs. 36 Prozent in allen Netzwerken)')],
  },
  {
    id: 'nf-approach',
    view: 'coordinators',
    text: {
      de: 'Am erfolgreichsten ist die persönliche Ansprache; allgemeine Kanäle (z. B. Newsletter) funktionieren nur für ein Drittel der Koordinator/innen (n = 99 bzw. 108).',
    },
    citations: [iaw('Kap. 3.5, Abb. 16', 936, 942, 'nur für ein Drittel')],
  },
  {
    id: 'nf-motives-experts',
    view: 'experts',
    text: {
      de: 'Im Expertenpanel (34 Fachleute insgesamt) meinen 64 %, Netzwerke wissen zu wenig über die Motive der KMU; 36 % finden es schwer, Rückmeldungen von KMU zu bekommen.',
    },
    citations: [
      iaw(PANEL, 2117, 2120, 'nicht hinreichend Bescheid'),
      iaw(PANEL, 2112, 2115, 'von KMU Feedback über Inhalte'),
    ],
  },
  {
    id: 'nf-formats-experts',
    view: 'experts',
    text: {
      de: 'Im Expertenpanel (34 Fachleute insgesamt) halten je 92 % kurze Veranstaltungen (bis zwei Stunden) und Randzeiten für attraktiv; 91 % sehen virtuelle Formate nicht als attraktiver als Präsenz.',
    },
    citations: [
      iaw(PANEL, 2089, 2096, 'besonders attraktiv. 92 8'),
      iaw(PANEL, 2096, 2096, 'als Präsenzveranstaltungen. 9 91'),
    ],
  },
  {
    id: 'nf-followup-experts',
    view: 'experts',
    text: {
      de: 'Im Expertenpanel (34 Fachleute insgesamt) meinen 81 %, KMU brauchen nach einer Veranstaltung intensivere Beratung bei der Umsetzung.',
    },
    citations: [iaw(PANEL, 2103, 2106, 'noch intensiver beraten werden.')],
  },
];
