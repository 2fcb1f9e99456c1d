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
        de: 'Ein Bereich erhält den Durchschnitt seiner beantworteten Aussagen. „Weiß nicht“ zählt nicht. Sind es weniger als die Hälfte oder weniger als {minAnswered} Antworten, steht dort „zu wenige Antworten“.',
        en: 'An area gets the average of its answered statements. “Don’t know” does not count. With fewer than half or fewer than {minAnswered} answers, it says “too few answers”.',
      },
      {
        de: 'Manche Fragen zählen nicht in die Punkte, z. B. wie dringend Ihr Bedarf ist oder wie stark Sie mitmachen möchten. Wünsche zählen nie; sie wählen nur Schritte aus. Nur informiert zu bleiben ist in Ordnung und keine Schwäche.',
        en: 'Some questions do not count towards the points, e.g. how urgent your need is or how much you want to take part. Wishes never count either, e.g. a passive start; they only pick the steps. Just staying informed is fine and no weakness.',
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
        de: 'Hürden kommen aus dem, was Sie ankreuzen (zählt {bTicked}), aus Bereichen mit Handlungsbedarf ({bLowFrom} bis {bLowTo}, z. B. wenig Zeit → „Zeit und Personal“) und aus Aussagen, die eine Hürde nennen ({bAgree} bis {bFully}, etwa die Sorge um Interna). Wir zeigen alles Angekreuzte, mindestens {shown} Hürden (kurz: eine).',
        en: 'Barriers come from what you tick (counts {bTicked}), areas that need action ({bLowFrom} to {bLowTo}, e.g. little time → “time and staff”) and statements naming a barrier ({bAgree} to {bFully}, e.g. the worry about internal matters). So ticked ones come first. We show all ticked ones, at least {shown} barriers, at least one in the short result.',
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
        de: 'Jede Empfehlung hat Regeln, etwa „Nutzen mit Handlungsbedarf“ oder „Kosten angekreuzt“. Gewichte: angekreuzte Hürde {wTicked}, andere Hürde {wSignalled}, Bereich mit Handlungsbedarf {wLowFrom} bis {wLowTo}, anderer Bereich {wNotLow}, eine Antwort {wAnswer}. Angaben wie Mitgliedschaft, Netzwerktyp oder Phase zählen {wGate}: Sie entscheiden nur, ob eine Regel gilt.',
        en: 'Each recommendation has rules, such as “benefit needs action” or “costs ticked”. Weights: ticked barrier {wTicked}, other barrier {wSignalled}, area needing action {wLowFrom} to {wLowTo}, other area {wNotLow}, one answer {wAnswer}. Facts such as membership, network type or phase count {wGate}: they only decide whether a rule applies.',
      },
      {
        de: 'Es zählt die stärkste Regel. Bei Gleichstand entscheiden mehr passende Regeln, dann unsere Stufe 1 bis 3. Höchstens sieben, kurz drei. Widerspricht eine Antwort, fällt sie weg. Ein verfehlter Mindeststandard hat immer einen Platz. „Warum?“ zeigt die Gründe.',
        en: 'The strongest rule counts. Ties go to more matching rules, then to our level 1 to 3. Seven at most, three in the short result. If an answer contradicts it (“a passive start does not suit us”), the advice is dropped. A missed minimum standard always gets a place. “Why?” shows the answers that tipped the balance.',
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
        de: 'Die meisten Zahlen stammen aus einer Befragung der Koordination von Netzwerken: was sie bei Betrieben beobachten, nicht was Betriebe selbst sagen. Sie sind kein Maßstab für Ihren Betrieb. Bei jeder Zahl steht, wessen Sicht sie ist.',
        en: 'Most figures come from a survey of network coordinators: what they observe in firms, not what firms say. They are no yardstick for your firm. Each figure says whose view it is.',
      },
    ],
  },
  {
    title: {
      de: 'Für Netzwerke: die Phase im Netzwerk-Selbstcheck',
      en: 'For networks: the phase in the network self-check',
    },
    paragraphs: [
      {
        de: 'Die Phasen stammen aus der Tabelle eines JOBSTARTER-Werkstattgesprächs: I Aufbau, II Umsetzung, III Nachhaltigkeit und Transfer. „Erfüllt“ zählt 1, „teilweise“ ½, „nicht erfüllt“ 0, offen gelassen auch 0; „trifft nicht zu“ nimmt ein Merkmal heraus.',
        en: 'The phases come from the table of a JOBSTARTER workshop: I set-up, II implementation, III sustainability and transfer. “Met” counts 1, “partly” ½, “not met” 0, left open 0 too; “does not apply” takes an indicator out.',
      },
      {
        de: 'Ein Schritt gilt ab {stepDone} % erfüllter Merkmale als erledigt, wenn mindestens {stepMin} beantwortet sind (bei einem Merkmal: dieses). Der Anteil einer Phase zählt über ihre Merkmale. Erledigt ist sie, wenn alle Schritte erledigt sind; trifft nichts zu, entfällt sie. Ihre Phase ist die erste unerledigte; ihre offenen Merkmale sind die nächsten Schritte. Endet die Förderung binnen zwölf Monaten, kommen offene Schritte aus Phase III dazu. {stepDone} % und {stepMin} Merkmale legen wir fest.',
        en: 'A step counts as done from {stepDone} % of its indicators met, if at least {stepMin} are answered (with one indicator: that one). A phase’s share counts over its indicators. It is done when all steps are done; if nothing applies, it is skipped. Your phase is the first not done; its open indicators are the next steps. If funding ends within twelve months, open phase III steps are added. We set the {stepDone} % and {stepMin} indicators.',
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
