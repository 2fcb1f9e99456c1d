import { iaw } from './cite';
import type { Figure } from './schema';

const tx = (de: string) => ({ de });
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
    ),
    citations: [iaw('Kap. 3.5, Abb. 18', 1033, 1057, '43 vs. 36 Prozent in allen Netzwerken')],
  },
  {
    id: 'fig-interest-third',
    view: 'coordinators',
    n: 103,
    text: tx(
      'Befragt wurde die Koordination von 103 Netzwerken. Etwa ein Drittel nennt fehlendes Interesse der KMU als Hürde.',
    ),
    citations: [iaw('Kap. 3.5, Abb. 18', 1033, 1054, 'In jeweils etwa einem Drittel der')],
  },
  {
    id: 'fig-awareness',
    view: 'kmu-interviews',
    text: tx(
      'Aus einem Interview: „Viele Unternehmen haben das Problem des Fachkräftemangels noch nicht erkannt oder gehen es nicht aktiv an.“',
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
