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
    title: { de: 'Eine Bewerbung – viele Betriebe', en: 'One application – many firms' },
    text: {
      de: 'Das Netzwerk wirbt an Hochschulen für alle Mitglieder. Es prüft Bewerbungen und gibt sie an passende Betriebe weiter. So finden kleine Betriebe Leute, die sie allein nicht finden.',
      en: 'The network promotes all members at universities. It checks applications and passes them on to matching firms. So small firms find people they would not find alone.',
    },
    dimensions: ['d2', 'd3'],
    citations: [kn('Kap. 5.1.1 (car e. V.)', 2866, 2886, 'aufgrund ihrer fehlenden Größe')],
  },
  {
    id: 'ns2',
    title: { de: 'Gemeinsamer Fachkräftepool', en: 'Shared skilled-worker pool' },
    text: {
      de: 'Mitglieder melden offene Stellen. Bewerber werden beraten und passend vorgeschlagen. Abwerben unter Partnern ist verboten. Für KMU ersetzt der Pool oft die Personalabteilung.',
      en: 'Members report vacancies. Applicants are coached and proposed where they fit. Poaching among partners is banned. For SMEs the pool often replaces an HR department.',
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
    title: { de: 'Schülerwettbewerb in den Betrieben', en: 'Pupils’ competition in the firms' },
    text: {
      de: 'Teams von Schüler/innen lösen eine Aufgabe in einem Betrieb und stellen sie einer Jury vor. Alle bekommen ein Praktikum. Das Netzwerk wählt aus, die Betriebe zahlen den Preis.',
      en: 'Pupil teams solve a task in a firm and present it to a jury. All get an internship. The network selects, the firms pay for the prize.',
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
    title: { de: 'Summer School für Studierende', en: 'Summer school for students' },
    text: {
      de: 'Kleine Betriebe stellen sich Studierenden als Arbeitgeber vor, die sie sonst kaum kennen. Die Idee kam aus der jährlichen Mitgliederbefragung; die Finanzierung durch die Betriebe zeigt, ob sich das Angebot lohnt.',
      en: 'Small firms present themselves as employers to students who hardly know them. The idea came from the annual member survey; company funding shows whether the offer is worth it.',
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
      en: 'Joint training inside the firms',
    },
    text: {
      de: '17 Betriebe haben zusammen eine Weiterbildung gebaut. Ihre eigenen Fachleute lehren in den eigenen Räumen. So lernt man die anderen Betriebe kennen. Nach jedem Termin gibt es einen Bogen für Rückmeldungen.',
      en: '17 firms built a training course together. Their own experts teach on their own premises. So people get to know the other firms. Each session ends with a feedback form.',
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
    title: { de: 'Demo- und Erprobungszentrum', en: 'Demonstration and trial centre' },
    text: {
      de: 'Betriebe sehen neue Technik neutral im Vergleich und können sie für erste Projekte mieten. Das senkt die Unsicherheit gerade kleiner Betriebe vor dem ersten Schritt.',
      en: 'Firms see new technology compared neutrally and can rent it for first projects. This lowers the uncertainty of small firms before the first step.',
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
      en: 'Free first consultation with modules',
    },
    text: {
      de: 'Ein erstes Gespräch ist kostenlos und klärt, was der Betrieb braucht. Dann gibt es passende Bausteine, etwa Mentoren, Stammtische oder Seminare. Später wird nachgefragt und angepasst.',
      en: 'A first talk is free and clarifies what the firm needs. Then come matching modules, such as mentors, round tables or seminars. Later there is a follow-up and an adjustment.',
    },
    dimensions: ['d3', 'd10'],
    citations: [
      kn('Kap. 5.3.2 (Coach & Connect)', 4339, 4349, 'Im Rahmen einer kostenlosen Erstberatung'),
    ],
  },
  {
    id: 'ns8',
    title: { de: 'Netzwerkmarketing mit den Partnern', en: 'Network marketing with the partners' },
    text: {
      de: 'Newsletter, Jahresbericht, Internetseite und ein jährlicher Netzwerktag, gespeist aus Pressemitteilungen der Partner. Durch die Bekanntheit melden sich neue Akteure von selbst.',
      en: 'Newsletters, annual report, website and a yearly network day, fed by the partners’ press releases. Thanks to the visibility, new actors come forward on their own.',
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
      en: 'Working groups with clear responsibilities',
    },
    text: {
      de: 'Jede Arbeitsgruppe hat ein Thema und zwei Leute an der Spitze, aus Forschung und Industrie. Es gibt feste Regeln und einen geschützten Bereich im Netz. In den Gruppen entstehen gemeinsame Projekte.',
      en: 'Each working group has a topic and two leads, from research and industry. There are fixed rules and a protected online area. The groups produce joint projects.',
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
    title: { de: 'Kooperationen anbahnen und nachhalten', en: 'Broker and follow up cooperation' },
    text: {
      de: 'Das Netzwerk bringt Betriebe aus verschiedenen Branchen zusammen, in Workshops und im Gespräch. Es leitet neutral und fragt später nach, was aus der Zusammenarbeit wurde.',
      en: 'The network brings firms from different sectors together, in workshops and in talks. It moderates neutrally and later asks what came of the cooperation.',
    },
    dimensions: ['d5', 'd10'],
    citations: [
      kn('Kap. 5.5.2 (BioRegio Regensburg)', 5463, 5474, 'Initiierung und Moderation'),
      kn('Kap. 5.5.2 (BioRegio Regensburg)', 5495, 5511, 'Nachhalten angestoßener Kooperationen'),
    ],
  },
  {
    id: 'ns11',
    title: { de: 'Treffen reihum in Partnerbetrieben', en: 'Meetings in turn at partner firms' },
    text: {
      de: 'Man trifft sich reihum in den Betrieben der Partner. Das schafft Vertrauen. Im Netz gibt es dazu Berichte aus der Praxis.',
      en: 'People meet in turn at the partners’ firms. That builds trust. Online there are reports from practice as well.',
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
