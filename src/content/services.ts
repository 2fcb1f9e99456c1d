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
      de: 'Das Netzwerk wirbt an Hochschulen für alle Mitglieder, prüft Initiativbewerbungen und leitet sie gebündelt an passende Betriebe weiter. Kleine Betriebe erreichen so Bewerber, die sie allein nicht erreichen.',
      en: 'The network promotes all members at universities, checks speculative applications and forwards them in bundles to matching firms. Small firms reach applicants they could not reach alone.',
    },
    dimensions: ['d2', 'd3'],
    citations: [kn('Kap. 5.1.1 (car e. V.)', 2866, 2886, 'aufgrund ihrer fehlenden Größe')],
  },
  {
    id: 'ns2',
    title: { de: 'Gemeinsamer Fachkräftepool', en: 'Shared skilled-worker pool' },
    text: {
      de: 'Mitglieder melden offene Stellen, Bewerber werden beraten und gezielt vorgeschlagen. Eine feste Regel verbietet das Abwerben unter Partnern; für KMU ersetzt der Pool oft die fehlende Personalabteilung.',
      en: 'Members report vacancies; applicants are coached and proposed to them. A firm rule forbids poaching among partners; for SMEs the pool often replaces the missing HR department.',
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
      de: 'Schülerteams lösen eine Aufgabe in Mitgliedsbetrieben und präsentieren vor einer Unternehmerjury; alle erhalten einen Praktikumsplatz. Das Netzwerk übernimmt die Auswahl, die Betriebe finanzieren den Preis.',
      en: 'Pupil teams solve a task in member firms and present to a jury of entrepreneurs; everyone gets an internship. The network runs the selection, the firms fund the prize.',
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
      de: 'Ein Arbeitskreis aus 17 Betrieben hat eine Weiterbildung entwickelt, die Fachleute der Betriebe in den eigenen Räumen unterrichten. Teilnehmende lernen so die anderen Betriebe kennen; nach jeder Veranstaltung gibt es einen Rückmeldebogen.',
      en: 'A working group of 17 firms developed a training course taught by the firms’ own experts on their premises. Participants get to know the other firms; each session ends with a feedback form.',
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
      de: 'Eine kostenlose Erstberatung klärt den Bedarf des Betriebs; danach werden passende Bausteine (Mentoren, Experten, Stammtische, Seminare) empfohlen und in Folgegesprächen angepasst.',
      en: 'A free first consultation clarifies the firm’s needs; matching modules (mentors, experts, round tables, seminars) are then recommended and adjusted in follow-up talks.',
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
      de: 'Fachliche Arbeitsgruppen unter Leitung von je zwei Fachleuten aus Forschung und Industrie, eine Geschäftsordnung und ein geschützter Online-Bereich. In den Gruppen entstehen gemeinsame Projektideen.',
      en: 'Topic working groups each led by two experts from research and industry, rules of procedure and a protected online area. The groups produce joint project ideas.',
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
      de: 'Das Netzwerk bringt Betriebe verschiedener Branchen in Workshops und Einzelgesprächen zusammen, moderiert neutral und fasst bei angestoßenen Kooperationen nach.',
      en: 'The network brings firms from different sectors together in workshops and one-to-one talks, moderates neutrally and follows up on cooperation it has started.',
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
      de: 'Regelmäßige Foren in den Betrieben der Partner fördern persönliches Vertrauen; eine Online-Plattform mit Erfahrungsberichten ergänzt den Austausch.',
      en: 'Regular forums at partner firms build personal trust; an online platform with experience reports supplements the exchange.',
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
