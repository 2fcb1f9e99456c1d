import type { Citation, ServiceIdea } from './schema';

const kn = (section: string, from: number, to: number, quote: string): Citation => ({
  source: 'kompetenznetze',
  section,
  lines: [from, to],
  quote,
});

/** The eleven network services of the Kompetenznetze cases: "what others offer", by weak dimension. */
export const serviceIdeas: ServiceIdea[] = [
  {
    id: 'ns1',
    title: { de: 'Eine Bewerbung – viele Betriebe' },
    text: {
      de: 'Das Netzwerk wirbt an Hochschulen für alle Mitglieder. Es prüft Bewerbungen und gibt sie an passende Betriebe weiter. So finden kleine Betriebe Leute, die sie allein nicht finden.',
    },
    dimensions: ['d2', 'd3'],
    citations: [kn('Kap. 5.1.1 (car e. V.)', 2866, 2886, 'aufgrund ihrer fehlenden Größe')],
  },
  {
    id: 'ns2',
    title: { de: 'Gemeinsamer Fachkräftepool' },
    text: {
      de: 'Mitglieder melden offene Stellen. Bewerber werden beraten und passend vorgeschlagen. Abwerben unter Partnern ist verboten. Für KMU ersetzt der Pool oft die Personalabteilung.',
    },
    dimensions: ['d6', 'd2', 'd10'],
    citations: [
      kn(
        'Kap. 5.1.2 (Sensorik-Fachkräftepool)',
        3088,
        3108,
        'Um Loyalitäten und Vertrauensbeziehung',
      ),
      kn(
        'Kap. 5.1.2 (Sensorik-Fachkräftepool)',
        3143,
        3150,
        'nicht-existente Human Ressource-Abteilung',
      ),
    ],
  },
  {
    id: 'ns3',
    title: { de: 'Schülerwettbewerb in den Betrieben' },
    text: {
      de: 'Teams von Schüler/innen lösen eine Aufgabe in einem Betrieb und stellen sie einer Jury vor. Alle bekommen ein Praktikum. Das Netzwerk wählt aus, die Betriebe zahlen den Preis.',
    },
    dimensions: ['d9', 'd7'],
    citations: [
      kn(
        'Kap. 5.2.1 (Bergischer Bildungspreis)',
        3459,
        3468,
        'kein Unternehmen bei dem potenziellen Nachwuchs unbeliebt',
      ),
    ],
  },
  {
    id: 'ns4',
    title: { de: 'Summer School für Studierende' },
    text: {
      de: 'Kleine Betriebe stellen sich Studierenden als Arbeitgeber vor, die sie sonst kaum kennen. Die Idee kam aus der jährlichen Mitgliederbefragung; die Finanzierung durch die Betriebe zeigt, ob sich das Angebot lohnt.',
    },
    dimensions: ['d9', 'd8'],
    citations: [
      kn('Kap. 5.2.2 (Summer School Mikrotechnik)', 3528, 3537, 'nicht im gleichen Maße bekannt'),
      kn(
        'Kap. 5.2.2 (Summer School Mikrotechnik)',
        3573,
        3591,
        'jährlichen Mitgliederbefragung aufgegriffen',
      ),
    ],
  },
  {
    id: 'ns5',
    title: {
      de: 'Gemeinsame Weiterbildung in den Betrieben',
    },
    text: {
      de: '17 Betriebe haben zusammen eine Weiterbildung gebaut. Ihre eigenen Fachleute lehren in den eigenen Räumen. So lernt man die anderen Betriebe kennen. Nach jedem Termin gibt es einen Bogen für Rückmeldungen.',
    },
    dimensions: ['d4', 'd6', 'd8'],
    citations: [
      kn('Kap. 5.2.3 (Prozesskoordinator Kunststoff)', 3768, 3778, 'haben 17 Unternehmen aus'),
      kn(
        'Kap. 5.2.3 (Prozesskoordinator Kunststoff)',
        3820,
        3836,
        'durch die Mitarbeiter der beteiligten Unternehmen',
      ),
    ],
  },
  {
    id: 'ns6',
    title: { de: 'Demo- und Erprobungszentrum' },
    text: {
      de: 'Betriebe sehen neue Technik neutral im Vergleich und können sie für erste Projekte mieten. Das senkt die Unsicherheit gerade kleiner Betriebe vor dem ersten Schritt.',
    },
    dimensions: ['d10', 'd3'],
    citations: [
      kn('Kap. 5.3.1 (VDC Fellbach)', 4101, 4107, 'einen neutralen und objektiven Überblick'),
    ],
  },
  {
    id: 'ns7',
    title: {
      de: 'Kostenlose Erstberatung mit Bausteinen',
    },
    text: {
      de: 'Ein erstes Gespräch ist kostenlos und klärt, was der Betrieb braucht. Dann gibt es passende Bausteine, etwa Mentoren, Stammtische oder Seminare. Später wird nachgefragt und angepasst.',
    },
    dimensions: ['d3', 'd10'],
    citations: [
      kn('Kap. 5.3.2 (Coach & Connect)', 4339, 4349, 'Im Rahmen einer kostenlosen Erstberatung'),
    ],
  },
  {
    id: 'ns8',
    title: { de: 'Netzwerkmarketing mit den Partnern' },
    text: {
      de: 'Newsletter, Jahresbericht, Internetseite und ein jährlicher Netzwerktag, gespeist aus Pressemitteilungen der Partner. Durch die Bekanntheit melden sich neue Akteure von selbst.',
    },
    dimensions: ['d9', 'd5'],
    citations: [
      kn('Kap. 5.4.1 (BioRegioN)', 4778, 4786, 'liefern mit ihren Pressemitteilungen'),
      kn('Kap. 5.4.1 (BioRegioN)', 4900, 4905, 'melden sich sogar viele neue Akteure'),
    ],
  },
  {
    id: 'ns9',
    title: {
      de: 'Arbeitsgruppen mit klaren Zuständigkeiten',
    },
    text: {
      de: 'Jede Arbeitsgruppe hat ein Thema und zwei Leute an der Spitze, aus Forschung und Industrie. Es gibt feste Regeln und einen geschützten Bereich im Netz. In den Gruppen entstehen gemeinsame Projekte.',
    },
    dimensions: ['d7', 'd6'],
    citations: [
      kn(
        'Kap. 5.5.1 (CFK-Valley Stade)',
        5160,
        5163,
        'klare Verantwortlichkeiten und Kommunikationsstrukturen',
      ),
    ],
  },
  {
    id: 'ns10',
    title: { de: 'Kooperationen anbahnen und nachhalten' },
    text: {
      de: 'Das Netzwerk bringt Betriebe aus verschiedenen Branchen zusammen, in Workshops und im Gespräch. Es leitet neutral und fragt später nach, was aus der Zusammenarbeit wurde.',
    },
    dimensions: ['d5', 'd10'],
    citations: [
      kn('Kap. 5.5.2 (BioRegio Regensburg)', 5463, 5474, 'Initiierung und Moderation'),
      kn('Kap. 5.5.2 (BioRegio Regensburg)', 5495, 5511, 'Nachhalten angestoßener Kooperationen'),
    ],
  },
  {
    id: 'ns11',
    title: { de: 'Treffen reihum in Partnerbetrieben' },
    text: {
      de: 'Man trifft sich reihum in den Betrieben der Partner. Das schafft Vertrauen. Im Netz gibt es dazu Berichte aus der Praxis.',
    },
    dimensions: ['d6', 'd4'],
    citations: [
      kn(
        'Kap. 5.5.3 (NEMO-VisQuaNet)',
        5773,
        5784,
        'regelmäßigen Kollaborationsforen in den Unternehmen',
      ),
    ],
  },
];
