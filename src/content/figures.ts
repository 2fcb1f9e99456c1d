import { iaw } from './cite';
import type { Figure } from './schema';

const tx = (de: string, en: string) => ({ de, en });
/** Where the study gives the size of the expert panel. */
const panel = iaw('Anhang 6.5', 2019, 2020, 'an dem sich insgesamt 34 Experten beteiligten');

/** Study figures shown next to a firm's barriers; each says whose view it is. */
export const figures: Figure[] = [
  {
    id: 'fig-resources-79',
    view: 'coordinators',
    n: 103,
    text: tx(
      '79 % der befragten Netzwerk-Koordinator/innen nennen fehlende Ressourcen der KMU als Hürde (n = 103). Bei Koordinator/innen von Netzwerken, die neue Wege gehen wollen, sind es 91 %.',
      '79 % of the network coordinators surveyed name KMU’s lack of resources as a barrier (n = 103). Among coordinators of networks that aim to break new ground it is 91 %.',
    ),
    citations: [
      iaw('Kap. 3.5, Abb. 18', 1029, 1033, '91 Prozent vs. 79 Prozent in allen Netzwerken'),
    ],
  },
  {
    id: 'fig-resources-experts',
    view: 'experts',
    n: 34,
    text: tx(
      'Im Expertenpanel (34 Teilnehmende) stimmen 96 % zu: Zeit, Personal und Geld der KMU für Netzwerkarbeit sind begrenzt. Ebenso 96 % finden Veranstaltungen von unmittelbarer, praktischer Relevanz für KMU besonders attraktiv.',
      'In the expert panel (34 participants) 96 % agree: KMU’s time, staff and money for network work are limited. Likewise 96 % find events of immediate, practical relevance especially attractive for KMU.',
    ),
    citations: [
      iaw('Kap. 3.5, Anhang 6.5', 1036, 1040, 'Gleichzeitig befinden 96 Prozent der Experten'),
      panel,
    ],
  },
  {
    id: 'fig-priorities-kmu',
    view: 'kmu-interviews',
    text: tx(
      'Ein Betrieb im Interview: „Wenn wir ein Thema in unser Unternehmen einbringen können, wenn es für die Mitarbeiter relevant ist, dann nehmen wir uns die Zeit für die Teilnahme an einer Veranstaltung.“',
      'A firm in an interview: “If we can bring a topic into our company, if it is relevant for the staff, then we make time to attend an event.”',
    ),
    citations: [
      iaw('Kap. 3.4, Praxisbeispiel 1', 816, 819, 'wenn es für die Mitarbeiter relevant ist'),
    ],
  },
  {
    id: 'fig-benefit-36',
    view: 'coordinators',
    n: 103,
    text: tx(
      '36 % der befragten Netzwerk-Koordinator/innen meinen, den KMU sei der Nutzen des Netzwerks nicht ausreichend bewusst; in Netzwerken, die vor allem Bestehendes verbessern, sind es 43 % (n = 103).',
      '36 % of the network coordinators surveyed think KMU are not sufficiently aware of the network’s benefit; in networks that mainly improve what exists it is 43 % (n = 103).',
    ),
    citations: [iaw('Kap. 3.5, Abb. 18', 1033, 1057, '43 vs. 36 Prozent in allen Netzwerken')],
  },
  {
    id: 'fig-interest-third',
    view: 'coordinators',
    n: 103,
    text: tx(
      'Etwa ein Drittel der befragten Netzwerk-Koordinator/innen nennt mangelndes Interesse der KMU als Hürde (n = 103).',
      'About a third of the network coordinators surveyed name KMU’s lack of interest as a barrier (n = 103).',
    ),
    citations: [iaw('Kap. 3.5, Abb. 18', 1033, 1054, 'In jeweils etwa einem Drittel der')],
  },
  {
    id: 'fig-awareness',
    view: 'kmu-interviews',
    text: tx(
      'Aus einem Interview: „Viele Unternehmen haben das Problem des Fachkräftemangels noch nicht erkannt oder gehen es nicht aktiv an.“',
      'From an interview: “Many companies have not yet recognised the skills-shortage problem or are not tackling it actively.”',
    ),
    citations: [
      iaw(
        'Kap. 1, Interview mit KMU',
        177,
        178,
        'haben das Problem des Fachkräftemangels noch nicht erkannt',
      ),
    ],
  },
  {
    id: 'fig-trust',
    view: 'coordinators',
    text: tx(
      'Aus Interviews mit Netzwerk-Koordinator/innen: Auch Bedenken, Informationen aus dem eigenen Betrieb weiterzugeben, bremsen den Austausch. Netzwerke und Betriebe, die sich austauschen, nennen ihn aber sehr ergiebig und wichtig.',
      'From interviews with network coordinators: concerns about passing on information from one’s own firm also slow exchange down. Networks and firms that do exchange, however, call it very fruitful and important.',
    ),
    citations: [
      iaw(
        'Kap. 3.5',
        1010,
        1016,
        'Bedenken, Informationen aus dem eigenen Betrieb innerhalb des Netzwerks weiterzugeben',
      ),
    ],
  },
  {
    id: 'fig-personal-contact',
    view: 'experts',
    n: 34,
    text: tx(
      'Im Expertenpanel stimmen 100 % zu: Durch persönliche Ansprache lassen sich KMU am besten zur Teilnahme bewegen.',
      'In the expert panel 100 % agree: personal contact is the best way to get KMU to take part.',
    ),
    citations: [
      iaw(
        'Anhang 6.5, Persönliche Kontakte',
        2060,
        2063,
        'Durch persönliche Ansprache können KMU am besten zur Teilnahme',
      ),
      panel,
    ],
  },
  {
    id: 'fig-short-events',
    view: 'experts',
    n: 34,
    text: tx(
      '92 % des Expertenpanels finden kurze Veranstaltungen (bis zu zwei Stunden) und Termine in Randzeiten für KMU besonders attraktiv.',
      '92 % of the expert panel find short events (up to two hours) and dates at the edges of the day especially attractive for KMU.',
    ),
    citations: [
      iaw(
        'Anhang 6.5, Ressourcen',
        2089,
        2094,
        'Kurze Veranstaltungen (bis zu zwei Stunden) sind für KMU besonders attraktiv',
      ),
      panel,
    ],
  },
  {
    id: 'fig-fees-experts',
    view: 'experts',
    n: 34,
    text: tx(
      '72 % des Expertenpanels sehen Gebühren als Hindernis für KMU. Zugleich haben Netzwerke mit regelmäßigen Beiträgen laut Befragung der Koordinator/innen überdurchschnittlich viele aktive KMU.',
      '72 % of the expert panel see fees as an obstacle for KMU. At the same time, according to the coordinator survey, networks with regular fees have an above-average share of active KMU.',
    ),
    citations: [
      iaw(
        'Anhang 6.5, Voraussetzungen',
        2053,
        2056,
        'Gebühren sind ein Hindernis für die aktive Teilnahme',
      ),
      iaw('Kap. 3.5', 1047, 1048, 'eine überdurchschnittlich hohe aktive Beteiligung von KMU auf'),
      panel,
    ],
  },
];
