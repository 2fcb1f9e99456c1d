import type { Text } from './schema';

/** One section of the "Wie wird bewertet?" page. */
export interface MethodSection {
  title: Text;
  paragraphs: Text[];
}

/** How the check scores and chooses advice; {low} and {high} are the band thresholds. */
export const methodSections: MethodSection[] = [
  {
    title: { de: 'Punkte je Bereich', en: 'Points per area' },
    paragraphs: [
      {
        de: 'Jede Aussage beantworten Sie auf einer Skala von 1 („trifft gar nicht zu“) bis 5 („trifft voll zu“). Wir rechnen das in 0 bis 100 Punkte um: 1 ergibt 0 Punkte, 3 ergibt 50, 5 ergibt 100. Bei Aussagen, die „andersherum“ gemeint sind (z. B. „Das Tagesgeschäft lässt uns keine Zeit“), drehen wir die Skala um.',
        en: 'You answer each statement on a scale from 1 (“not at all true”) to 5 (“fully true”). We turn this into 0 to 100 points: 1 gives 0 points, 3 gives 50, 5 gives 100. For statements meant “the other way round” (e.g. “Daily business leaves us no time”) we reverse the scale.',
      },
      {
        de: 'Der Wert eines Bereichs ist der Durchschnitt seiner beantworteten Aussagen. „Weiß nicht / trifft nicht zu“ zählt nicht mit. Ist weniger als die Hälfte beantwortet, zeigen wir keinen Wert, sondern „zu wenige Antworten“.',
        en: 'An area’s value is the average of its answered statements. “Don’t know / doesn’t apply” is not counted. If fewer than half are answered, we show no value but “too few answers”.',
      },
      {
        de: 'Einige Fragen dienen nur der Einordnung und zählen nicht mit, z. B. wie dringend Ihr Fachkräftebedarf ist oder wie stark Sie sich beteiligen möchten. Eine passive Teilnahme – etwa nur informiert bleiben – ist ausdrücklich in Ordnung und wird nicht als Schwäche gewertet.',
        en: 'Some questions only help to place you and are not counted, e.g. how urgent your need for skilled staff is or how much you want to take part. Passive participation – such as just staying informed – is perfectly fine and is not scored as a weakness.',
      },
    ],
  },
  {
    title: { de: 'Drei Stufen: eine Festlegung von uns', en: 'Three levels: our own choice' },
    paragraphs: [
      {
        de: 'Unter {low} Punkten zeigen wir „Handlungsbedarf“, ab {high} Punkten „Stärke“, dazwischen „ausbaufähig“. Diese Grenzen stammen nicht aus den Studien. Die Studien haben keine Skala geprüft. Wir haben die Grenzen so gewählt, dass „Handlungsbedarf“ etwa bedeutet: Sie stimmen im Schnitt eher nicht zu.',
        en: 'Below {low} points we show “needs action”, from {high} points “strength”, in between “room to grow”. These limits do not come from the studies, which did not test any scale. We chose them so that “needs action” roughly means: on average you rather disagree.',
      },
    ],
  },
  {
    title: { de: 'Was Sie bremst', en: 'What holds you back' },
    paragraphs: [
      {
        de: 'Hürden ergeben sich aus zwei Quellen: aus dem, was Sie selbst ankreuzen, und aus Bereichen mit Handlungsbedarf (z. B. wenig Zeit und Personal → Hürde „Zeit und Personal“). Angekreuzte Hürden wiegen schwerer. Wir zeigen die drei wichtigsten.',
        en: 'Barriers come from two sources: what you tick yourself, and areas that need action (e.g. little time and staff → barrier “time and staff”). Ticked barriers weigh more. We show the three most important ones.',
      },
      {
        de: 'Für die drei häufigsten Hürden – Zeit und Personal, unklarer Nutzen, wenig Interesse – ordnen wir genauer ein. Ein Beispiel: Wer wenig Zeit hat, sich aber für relevante Themen Zeit nimmt, bekommt den Rat, kurze und passende Angebote zu wählen – nicht den Rat, es zu lassen. Die Kernstudie sagt dazu: Ressourcenmangel ist ein Hemmnis, aber auch eine Frage der Prioritäten.',
        en: 'For the three most frequent barriers – time and staff, unclear benefit, little interest – we look closer. For example: if you are short of time but make time for relevant topics, the advice is to choose short, fitting offers – not to give up. The core study puts it this way: lack of resources is an obstacle, but also a question of priorities.',
      },
    ],
  },
  {
    title: { de: 'Wie die Empfehlungen ausgewählt werden', en: 'How the advice is chosen' },
    paragraphs: [
      {
        de: 'Jede Empfehlung hat Regeln: etwa „Bereich Nutzen mit Handlungsbedarf“ oder „Hürde Kosten angekreuzt“. Passt eine Regel zu Ihren Antworten, kommt die Empfehlung in Frage. Je niedriger der Wert und je mehr Regeln zutreffen, desto weiter oben steht sie. Wir zeigen höchstens sieben. Unter „Warum?“ sehen Sie, welche Antworten den Ausschlag gaben.',
        en: 'Each recommendation has rules, such as “benefit area needs action” or “cost barrier ticked”. If a rule fits your answers, the recommendation qualifies. The lower the value and the more rules apply, the higher it ranks. We show at most seven. Under “Why?” you see which answers tipped the balance.',
      },
      {
        de: 'Die Studien richten ihre Empfehlungen an Netzwerke und Politik, nicht an Betriebe. Die Schritte für Betriebe sind daraus abgeleitet und so gekennzeichnet („abgeleitet aus R6“ = aus Empfehlung 6 der Kernstudie). Jede Empfehlung nennt ihre Quelle mit Kapitel und einem wörtlichen Zitat.',
        en: 'The studies address their recommendations to networks and policy makers, not to firms. The steps for firms are derived from them and marked as such (“derived from R6” = from recommendation 6 of the core study). Every recommendation names its source with chapter and a verbatim quote.',
      },
    ],
  },
  {
    title: {
      de: 'Zahlen aus den Studien: wessen Sicht?',
      en: 'Figures from the studies: whose view?',
    },
    paragraphs: [
      {
        de: 'Die meisten Zahlen stammen aus einer Befragung von Netzwerk-Koordinator/innen. Sie zeigen, was Koordinator/innen bei Betrieben beobachten – nicht, was Betriebe selbst sagen. Sie sind deshalb kein Maßstab für Ihren Betrieb. Bei jeder Zahl steht, wessen Sicht sie ist und wie viele Personen geantwortet haben.',
        en: 'Most figures come from a survey of network coordinators. They show what coordinators observe in firms – not what firms say themselves. They are therefore no yardstick for your firm. Each figure says whose view it is and how many people answered.',
      },
    ],
  },
];
