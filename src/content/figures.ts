import { iaw } from './cite';
import type { Figure } from './schema';

const tx = (de: string, en: string) => ({ de, en });
/** Where the study gives the size of the expert panel (34 in all; the votes per thesis are not given). */
const panel = iaw('Anhang 6.5', 2019, 2020, 'an dem sich insgesamt 34 Experten beteiligten');

/** Study figures shown next to a firm's barriers; each says whose view it is. */
export const figures: Figure[] = [
  {
    id: 'fig-resources-79',
    view: 'coordinators',
    n: 103,
    text: tx(
      'Befragt wurde die Koordination von 103 Netzwerken. 79 % sehen zu wenig Zeit, Personal oder Geld der KMU als Hürde. In Netzwerken, die neue Wege gehen wollen, sind es 91 %.',
      'The survey covered 103 networks (their coordinators). 79 % see too little time, staff or money on the SMEs’ side as a barrier. In networks that aim to break new ground it is 91 %.',
    ),
    citations: [
      iaw('Kap. 3.5, Abb. 18', 1029, 1033, '91 Prozent vs. 79 Prozent in allen Netzwerken'),
    ],
  },
  {
    id: 'fig-resources-experts',
    view: 'experts',
    text: tx(
      'Am Expertenpanel nahmen 34 Fachleute insgesamt teil. 96 % stimmten zu: KMU haben für Netzwerke wenig Zeit, Personal und Geld. Ebenso 96 % sagen: Für KMU zählen vor allem Termine, die ihnen jetzt und praktisch helfen.',
      '34 experts in all took part in the expert panel. 96 % agreed: SMEs have little time, staff and money for networks. Likewise 96 % say: what counts for SMEs are mainly events that help them now and in practice.',
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
      'Befragt wurde die Koordination von 103 Netzwerken. 36 % meinen: Den KMU ist der Nutzen des Netzwerks nicht klar genug. In Netzwerken, die vor allem Bestehendes verbessern, sind es 43 %.',
      'The survey covered 103 networks (their coordinators). 36 % think SMEs are not clear enough about the network’s benefit. In networks that mainly improve what exists it is 43 %.',
    ),
    citations: [iaw('Kap. 3.5, Abb. 18', 1033, 1057, '43 vs. 36 Prozent in allen Netzwerken')],
  },
  {
    id: 'fig-interest-third',
    view: 'coordinators',
    n: 103,
    text: tx(
      'Befragt wurde die Koordination von 103 Netzwerken. Etwa ein Drittel nennt fehlendes Interesse der KMU als Hürde.',
      'The survey covered 103 networks (their coordinators). About a third name the SMEs’ lack of interest as a barrier.',
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
      'Aus Gesprächen mit der Koordination von Netzwerken: Manche Betriebe wollen nichts aus dem eigenen Haus weitergeben. Das bremst den Austausch. Wer sich austauscht, nennt ihn aber sehr ergiebig und wichtig.',
      'From talks with networks (their coordinators): some firms do not want to pass on anything from their own business. That slows exchange down. Those who do exchange, however, call it very fruitful and important.',
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
    text: tx(
      'Im Expertenpanel (34 Fachleute insgesamt) stimmten 100 % zu: KMU gewinnt man am besten, wenn man sie persönlich anspricht.',
      'In the expert panel (34 experts in all) 100 % agreed: SMEs are best won over by approaching them in person.',
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
    text: tx(
      'Im Expertenpanel (34 Fachleute insgesamt) sagen je 92 %: Kurze Termine bis zwei Stunden sind für KMU besonders gut. Das gilt auch für Termine am Rand des Arbeitstags.',
      'In the expert panel (34 experts in all) 92 % each say: short events of up to two hours suit SMEs especially well. So do dates at the edges of the working day.',
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
    text: tx(
      'Im Expertenpanel (34 Fachleute insgesamt) sehen 72 % Gebühren als Hindernis für KMU. Die Befragung der Koordination von Netzwerken zeigt aber auch: Netzwerke mit festen Beiträgen haben mehr aktive KMU als der Durchschnitt.',
      'In the expert panel (34 experts in all) 72 % see fees as an obstacle for SMEs. The survey of networks (their coordinators) also shows: networks with regular fees have more active SMEs than average.',
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
