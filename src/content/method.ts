import type { Text } from './schema';

/** One section of the "Wie wird bewertet?" page. */
export interface MethodSection {
  title: Text;
  paragraphs: Text[];
}

/** How the check scores and chooses advice; {placeholders} are the thresholds from the domain code. */
export const methodSections: MethodSection[] = [
  {
    title: { de: 'Punkte je Bereich' },
    paragraphs: [
      {
        de: 'Sie antworten von 1 („trifft gar nicht zu“) bis 5 („trifft voll zu“). Daraus werden 0 bis 100 Punkte: 1 ergibt 0, 3 ergibt 50, 5 ergibt 100. Ist eine Aussage „andersherum“ gemeint (z. B. „Das Tagesgeschäft lässt uns keine Zeit“), drehen wir die Skala um.',
      },
      {
        de: 'Ein Bereich erhält den Durchschnitt seiner beantworteten Aussagen. „Weiß nicht“ zählt nicht. Sind es weniger als die Hälfte oder weniger als {minAnswered} Antworten, steht dort „zu wenige Antworten“.',
      },
      {
        de: 'Manche Fragen zählen nicht in die Punkte, z. B. wie dringend Ihr Bedarf ist oder wie stark Sie mitmachen möchten. Wünsche zählen nie; sie wählen nur Schritte aus. Nur informiert zu bleiben ist in Ordnung und keine Schwäche.',
      },
    ],
  },
  {
    title: { de: 'Drei Stufen: unsere Festlegung' },
    paragraphs: [
      {
        de: 'Unter {low} Punkten steht „Handlungsbedarf“, ab {high} Punkten „Stärke“, dazwischen „ausbaufähig“. Diese Grenzen legen wir fest; die Studien haben keine Skala geprüft. „Handlungsbedarf“ heißt etwa: Sie stimmen im Schnitt eher nicht zu.',
      },
    ],
  },
  {
    title: { de: 'Was Sie bremst' },
    paragraphs: [
      {
        de: 'Hürden kommen aus dem, was Sie ankreuzen (zählt {bTicked}), aus Bereichen mit Handlungsbedarf ({bLowFrom} bis {bLowTo}, z. B. wenig Zeit → „Zeit und Personal“) und aus Aussagen, die eine Hürde nennen ({bAgree} bis {bFully}, etwa die Sorge um Interna). Wir zeigen alles Angekreuzte, mindestens {shown} Hürden (kurz: eine).',
      },
      {
        de: 'Zeit, unklarer Nutzen und wenig Interesse ordnen wir genauer ein. Wer wenig Zeit hat, sich für relevante Themen aber Zeit nimmt, bekommt den Rat: kurze, passende Angebote wählen – nicht aufgeben. Die Kernstudie sagt: Ressourcenmangel ist auch eine Frage der Prioritäten.',
      },
    ],
  },
  {
    title: { de: 'Wie Empfehlungen ausgewählt werden' },
    paragraphs: [
      {
        de: 'Jede Empfehlung hat Regeln, etwa „Nutzen mit Handlungsbedarf“ oder „Kosten angekreuzt“. Gewichte: angekreuzte Hürde {wTicked}, andere Hürde {wSignalled}, Bereich mit Handlungsbedarf {wLowFrom} bis {wLowTo}, anderer Bereich {wNotLow}, eine Antwort {wAnswer}. Angaben wie Mitgliedschaft, Netzwerktyp oder Phase zählen {wGate}: Sie entscheiden nur, ob eine Regel gilt.',
      },
      {
        de: 'Es zählt die stärkste Regel. Bei Gleichstand entscheiden mehr passende Regeln, dann unsere Stufe 1 bis 3. Höchstens sieben, kurz drei. Widerspricht eine Antwort, fällt sie weg. Ein verfehlter Mindeststandard hat immer einen Platz. „Warum?“ zeigt die Gründe.',
      },
      {
        de: 'Die Studien empfehlen Netzwerken und Politik, nicht Betrieben. Schritte für Betriebe sind daraus abgeleitet und so markiert. Dabei steht, wo Sie die Empfehlung nachlesen: Kapitel und Zwischenüberschrift, etwa Kap. 4.1, „Gute Netzwerkarbeit benötigt Zeit“. Jede Empfehlung nennt dazu ein wörtliches Zitat.',
      },
    ],
  },
  {
    title: { de: 'Zahlen: wessen Sicht?' },
    paragraphs: [
      {
        de: 'Die meisten Zahlen stammen aus einer Befragung der Koordination von Netzwerken: was sie bei Betrieben beobachten, nicht was Betriebe selbst sagen. Sie sind kein Maßstab für Ihren Betrieb. Bei jeder Zahl steht, wessen Sicht sie ist.',
      },
    ],
  },
  {
    title: {
      de: 'Für Netzwerke: die Phase im Netzwerk-Selbstcheck',
    },
    paragraphs: [
      {
        de: 'Die Phasen stammen aus der Tabelle eines JOBSTARTER-Werkstattgesprächs: I Aufbau, II Umsetzung, III Nachhaltigkeit und Transfer. „Erfüllt“ zählt 1, „teilweise“ ½, „nicht erfüllt“ 0, offen gelassen auch 0; „trifft nicht zu“ nimmt ein Merkmal heraus.',
      },
      {
        de: 'Ein Schritt gilt ab {stepDone} % erfüllter Merkmale als erledigt, wenn mindestens {stepMin} beantwortet sind (bei einem Merkmal: dieses). Der Anteil einer Phase zählt über ihre Merkmale. Erledigt ist sie, wenn alle Schritte erledigt sind; trifft nichts zu, entfällt sie. Ihre Phase ist die erste unerledigte; ihre offenen Merkmale sind die nächsten Schritte. Endet die Förderung binnen zwölf Monaten, kommen offene Schritte aus Phase III dazu. {stepDone} % und {stepMin} Merkmale legen wir fest.',
      },
      {
        de: 'Dazu die Einordnung nach Uhlmann/Heim (ATB), mit unseren Grenzen: Entwicklung unter {growth} Punkten = Anfang, ab {mature} = Reife, dazwischen Wachstum; Struktur ab {complex} Punkten = komplex. Komplex ist kein Ziel an sich.',
      },
    ],
  },
  {
    title: { de: 'Für Gruppen: die Auswertung' },
    paragraphs: [
      {
        de: 'Die Auswertung zählt, wie viele Betriebe in einem Bereich Handlungsbedarf, Luft nach oben oder eine Stärke haben. Der mittlere Wert (Median) ist der Wert in der Mitte, wenn man alle Punkte ordnet. Die „mittlere Hälfte“ reicht vom Wert, den ein Viertel der Betriebe nicht erreicht, bis zu dem, den ein Viertel übertrifft.',
      },
      {
        de: 'Zum Schutz der Einzelnen zeigt die Auswertung nichts, solange weniger als 5 Checks in der Auswahl sind (einstellbar, nie unter 3) – auch nicht für einen einzelnen Bereich, den zu wenige beantwortet haben.',
      },
      {
        de: 'Beim Vergleich von Netzwerk und Betrieben zählen nur Aussagen, die es in beiden Checks gibt. Ein Unterschied heißt nicht, dass eine Seite recht hat – er zeigt, worüber man reden sollte.',
      },
    ],
  },
];
