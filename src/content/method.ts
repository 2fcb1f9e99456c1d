import type { Text } from './schema';

/** One section of the "Wie wird bewertet?" page. */
export interface MethodSection {
  title: Text;
  paragraphs: Text[];
}

/** How the check scores and chooses advice; {placeholders} are the thresholds from the domain code. */
export const methodSections: MethodSection[] = [
  {
    title: { de: 'Punkte je Bereich', en: 'Points per area' },
    paragraphs: [
      {
        de: 'Sie antworten von 1 („trifft gar nicht zu“) bis 5 („trifft voll zu“). Daraus werden 0 bis 100 Punkte: 1 ergibt 0, 3 ergibt 50, 5 ergibt 100. Ist eine Aussage „andersherum“ gemeint (z. B. „Das Tagesgeschäft lässt uns keine Zeit“), drehen wir die Skala um.',
        en: 'You answer from 1 (“not at all true”) to 5 (“fully true”). This becomes 0 to 100 points: 1 gives 0, 3 gives 50, 5 gives 100. If a statement is meant “the other way round” (e.g. “Daily business leaves us no time”), we reverse the scale.',
      },
      {
        de: 'Ein Bereich erhält den Durchschnitt seiner beantworteten Aussagen. „Weiß nicht“ zählt nicht. Ist weniger als die Hälfte beantwortet, steht dort „zu wenige Antworten“.',
        en: 'An area gets the average of its answered statements. “Don’t know” does not count. If fewer than half are answered, it says “too few answers”.',
      },
      {
        de: 'Manche Fragen zählen nicht in die Punkte, z. B. wie dringend Ihr Bedarf ist oder wie stark Sie mitmachen möchten. Nur informiert zu bleiben ist in Ordnung und keine Schwäche.',
        en: 'Some questions do not count towards the points, e.g. how urgent your need is or how much you want to take part. Just staying informed is fine and no weakness.',
      },
    ],
  },
  {
    title: { de: 'Drei Stufen: unsere Festlegung', en: 'Three levels: our choice' },
    paragraphs: [
      {
        de: 'Unter {low} Punkten steht „Handlungsbedarf“, ab {high} Punkten „Stärke“, dazwischen „ausbaufähig“. Diese Grenzen legen wir fest; die Studien haben keine Skala geprüft. „Handlungsbedarf“ heißt etwa: Sie stimmen im Schnitt eher nicht zu.',
        en: 'Below {low} points it says “needs action”, from {high} points “strength”, in between “room to grow”. We set these limits; the studies tested no scale. “Needs action” roughly means: on average you rather disagree.',
      },
    ],
  },
  {
    title: { de: 'Was Sie bremst', en: 'What holds you back' },
    paragraphs: [
      {
        de: 'Hürden kommen aus zwei Quellen: was Sie ankreuzen, und Bereiche mit Handlungsbedarf (z. B. wenig Zeit → Hürde „Zeit und Personal“). Angekreuztes wiegt schwerer. Wir zeigen die drei wichtigsten.',
        en: 'Barriers come from two sources: what you tick, and areas that need action (e.g. little time → barrier “time and staff”). Ticked ones weigh more. We show the three most important.',
      },
      {
        de: 'Zeit, unklarer Nutzen und wenig Interesse ordnen wir genauer ein. Wer wenig Zeit hat, sich für relevante Themen aber Zeit nimmt, bekommt den Rat: kurze, passende Angebote wählen – nicht aufgeben. Die Kernstudie sagt: Ressourcenmangel ist auch eine Frage der Prioritäten.',
        en: 'Time, unclear benefit and little interest get a closer look. If you are short of time but make time for relevant topics, the advice is: choose short, fitting offers – don’t give up. The core study says: lack of resources is also a question of priorities.',
      },
    ],
  },
  {
    title: { de: 'Wie Empfehlungen ausgewählt werden', en: 'How advice is chosen' },
    paragraphs: [
      {
        de: 'Jede Empfehlung hat Regeln, etwa „Nutzen mit Handlungsbedarf“ oder „Kosten angekreuzt“. Je niedriger der Wert und je mehr Regeln passen, desto weiter oben steht sie; höchstens sieben. Unter „Warum?“ sehen Sie die Antworten, die den Ausschlag gaben.',
        en: 'Each recommendation has rules, such as “benefit needs action” or “costs ticked”. The lower the value and the more rules fit, the higher it ranks; seven at most. “Why?” shows the answers that tipped the balance.',
      },
      {
        de: 'Die Studien empfehlen Netzwerken und Politik, nicht Betrieben. Schritte für Betriebe sind daraus abgeleitet und so markiert. Dabei steht, wo Sie die Empfehlung nachlesen: Kapitel und Zwischenüberschrift, etwa Kap. 4.1, „Gute Netzwerkarbeit benötigt Zeit“. Jede Empfehlung nennt dazu ein wörtliches Zitat.',
        en: 'The studies advise networks and policy makers, not firms. Steps for firms are derived and marked as such, with where to read up on the recommendation: chapter and sub-heading, e.g. Kap. 4.1, „Gute Netzwerkarbeit benötigt Zeit“. Each also gives a verbatim quote.',
      },
    ],
  },
  {
    title: { de: 'Zahlen: wessen Sicht?', en: 'Figures: whose view?' },
    paragraphs: [
      {
        de: 'Die meisten Zahlen stammen aus einer Befragung von Netzwerk-Koordinator/innen: was sie bei Betrieben beobachten, nicht was Betriebe selbst sagen. Sie sind kein Maßstab für Ihren Betrieb. Bei jeder Zahl steht, wessen Sicht sie ist.',
        en: 'Most figures come from a survey of network coordinators: what they observe in firms, not what firms say. They are no yardstick for your firm. Each figure says whose view it is.',
      },
    ],
  },
  {
    title: { de: 'Für Netzwerke: die Phase', en: 'For networks: the phase' },
    paragraphs: [
      {
        de: 'Die Phasen stammen aus der Tabelle eines JOBSTARTER-Werkstattgesprächs: I Aufbau, II Umsetzung, III Nachhaltigkeit und Transfer. „Erfüllt“ zählt voll, „teilweise“ halb, „trifft nicht zu“ gar nicht.',
        en: 'The phases come from the table of a JOBSTARTER workshop: I set-up, II implementation, III sustainability and transfer. “Met” counts fully, “partly” half, “does not apply” not at all.',
      },
      {
        de: 'Ein Schritt gilt ab {stepDone} % erfüllter Merkmale als erledigt, eine Phase, wenn alle Schritte erledigt sind. Ihre Phase ist die erste unerledigte; ihre offenen Merkmale sind die nächsten Schritte. Endet die Förderung binnen zwölf Monaten, ziehen wir Phase III vor. Die {stepDone} % legen wir fest.',
        en: 'A step counts as done from {stepDone} % of its indicators met, a phase when all steps are done. Your phase is the first not done; its open indicators are the next steps. If funding ends within twelve months, we bring phase III forward. We set the {stepDone} %.',
      },
      {
        de: 'Dazu die Einordnung nach Uhlmann/Heim (ATB), mit unseren Grenzen: Entwicklung unter {growth} Punkten = Anfang, ab {mature} = Reife, dazwischen Wachstum; Struktur ab {complex} Punkten = komplex. Komplex ist kein Ziel an sich.',
        en: 'Plus the ATB placement (Uhlmann/Heim), with our limits: development below {growth} points = beginning, from {mature} = maturity, in between growth; structure from {complex} points = complex. Complex is no goal in itself.',
      },
    ],
  },
  {
    title: { de: 'Für Gruppen: die Auswertung', en: 'For groups: pooled results' },
    paragraphs: [
      {
        de: 'Die Auswertung zählt, wie viele Betriebe in einem Bereich Handlungsbedarf, Luft nach oben oder eine Stärke haben. Der mittlere Wert (Median) ist der Wert in der Mitte, wenn man alle Punkte ordnet. Die „mittlere Hälfte“ reicht vom Wert, den ein Viertel der Betriebe nicht erreicht, bis zu dem, den ein Viertel übertrifft.',
        en: 'Pooled results count how many firms need action, have room to grow or a strength in an area. The middle score (median) is the one in the middle when all points are put in order. The “middle half” runs from the score a quarter of the firms stay below to the one a quarter exceed.',
      },
      {
        de: 'Zum Schutz der Einzelnen zeigt die Auswertung nichts, solange weniger als 5 Checks in der Auswahl sind (einstellbar, nie unter 3) – auch nicht für einen einzelnen Bereich, den zu wenige beantwortet haben.',
        en: 'To protect individuals, nothing is shown while fewer than 5 checks are in the selection (adjustable, never below 3) – not even for a single area that too few people answered.',
      },
      {
        de: 'Beim Vergleich von Netzwerk und Betrieben zählen nur Aussagen, die es in beiden Checks gibt. Ein Unterschied heißt nicht, dass eine Seite recht hat – er zeigt, worüber man reden sollte.',
        en: 'Comparing network and firms uses only statements that both checks share. A difference does not mean one side is right – it shows what to talk about.',
      },
    ],
  },
];
