import type { Condition, Instrument, Item } from '../schema';

const tx = (de: string) => ({ de });
const opt = (id: string, de: string) => ({ id, text: tx(de) });
const member: Condition[] = [{ kind: 'answer', item: 'p-member', anyOf: ['passive', 'active'] }];

/** A statement on the 5-point scale in one dimension. */
const s = (id: string, de: string, extra: Partial<Item> = {}): Item => ({
  id,
  type: 'likert',
  dimension: id.split('-')[0],
  text: tx(de),
  ...extra,
});

const block = (id: string, de: string, introDe: string, items: Item[]) => ({
  id,
  title: tx(de),
  intro: tx(introDe),
  items,
});

/** A wish, not a deficit: asked, never scored; it decides which advice fits. */
const WISH: Partial<Item> = {
  preference: true,
  hint: tx('Ihr Wunsch. Zählt nicht in die Punkte.'),
};
/** What the firm sees of a network: asked for the advice, not scored as the firm's own state. */
const CONTEXT: Partial<Item> = {
  scored: false,
  hint: tx('Ihre Sicht. Zählt nicht in die Punkte.'),
};

const AGREE = tx('Wie sehr trifft das auf Ihren Betrieb zu?');

/** The KMU-Check: profile, ten areas, barriers (DESIGN §2.1; statements after the seed-001 digest §7). */
export const kmuInstrument: Instrument = {
  id: 'kmu',
  version: 1,
  role: 'kmu',
  title: tx('KMU-Check'),
  description: tx('Passt ein Fachkräftenetzwerk zu Ihrem Betrieb, und was hält Sie ab?'),
  minutes: 10,
  blocks: [
    {
      id: 'profile',
      title: tx('Ihr Betrieb'),
      intro: tx(
        'Vier kurze Fragen, damit die Empfehlungen zu Ihnen passen. Sie werden nicht bewertet.',
      ),
      items: [
        {
          id: 'p-size',
          type: 'single',
          scored: false,
          text: tx('Wie viele Beschäftigte hat Ihr Betrieb?'),
          options: [opt('1-9', '1 bis 9'), opt('10-49', '10 bis 49'), opt('50-249', '50 bis 249')],
        },
        {
          id: 'p-sector',
          type: 'single',
          scored: false,
          text: tx('In welcher Branche sind Sie tätig?'),
          options: [
            opt('craft', 'Handwerk'),
            opt('industry', 'Industrie und Produktion'),
            opt('trade', 'Handel'),
            opt('services', 'Dienstleistungen'),
            opt('care', 'Gesundheit und Pflege'),
            opt('other', 'Andere Branche'),
          ],
        },
        {
          id: 'p-member',
          type: 'single',
          scored: false,
          text: tx('Sind Sie Mitglied in einem regionalen Fachkräftenetzwerk?'),
          options: [
            opt('no', 'Nein'),
            opt('passive', 'Ja, wir bleiben vor allem informiert (z. B. Newsletter, Zuhören)'),
            opt('active', 'Ja, wir machen aktiv mit'),
            opt('unsure', 'Weiß nicht'),
          ],
        },
        {
          id: 'p-want',
          type: 'single',
          scored: false,
          text: tx('Wie stark möchten Sie sich in einem Netzwerk beteiligen?'),
          hint: tx(
            'Jede Antwort ist in Ordnung. Auch „nur informiert bleiben“ ist ein guter Einstieg.',
          ),
          options: [
            opt('info', 'Informiert bleiben'),
            opt('exchange', 'Mich mit anderen Betrieben austauschen'),
            opt('active', 'Aktiv mitgestalten'),
            opt('unsure', 'Weiß ich noch nicht'),
          ],
        },
      ],
    },
    block('d1', 'Fachkräfte: Wo stehen Sie?', 'Aussagen zu Ihrem Fachkräftebedarf.', [
      s(
        'd1-1',
        'Ich weiß, welche Stellen bei uns in den nächsten Jahren schwer zu besetzen sein werden.',
      ),
      s(
        'd1-2',
        'Wir kümmern uns um Fachkräfte vorausschauend – nicht erst, wenn eine Stelle frei ist.',
      ),
      s('d1-3', 'Im letzten Jahr hatten wir zu wenige passende Bewerbungen.', {
        scored: false,
        hint: tx('Zeigt, wie dringend es ist. Zählt nicht in die Punkte.'),
      }),
      s('d1-4', 'Für langfristige Themen wie Familie und Beruf haben wir gerade keinen Kopf.', {
        reverse: true,
      }),
    ]),
    block('d2', 'Zeit und Personal', 'Seien Sie ehrlich – knappe Zeit ist normal.', [
      s(
        'd2-1',
        'Wir können realistisch einige Stunden im Vierteljahr für ein Netzwerk freimachen.',
      ),
      s(
        'd2-2',
        'Bei uns gibt es jemanden, der sich um Personalthemen kümmert und zu Treffen gehen kann.',
      ),
      s('d2-3', 'Das Tagesgeschäft lässt uns meist keine Zeit für Netzwerktreffen.', {
        reverse: true,
      }),
      s(
        'd2-4',
        'Wenn ein Thema für unsere Mitarbeitenden relevant ist, nehmen wir uns die Zeit dafür.',
      ),
    ]),
    block('d3', 'Was bringt ein Netzwerk?', AGREE.de, [
      s('d3-1', 'Ich weiß, was ein Fachkräftenetzwerk meinem Betrieb konkret bringen kann.'),
      s('d3-2', 'Ich kenne Beispiele von Betrieben, denen ein Netzwerk geholfen hat.'),
      s(
        'd3-3',
        'Ein Netzwerk könnte uns bei einer aktuellen Frage helfen, z. B. bei einer offenen Stelle.',
      ),
      s('d3-4', 'Das Netzwerk zeigt uns deutlich, was wir von der Teilnahme haben.', {
        showIf: member,
      }),
    ]),
    block('d4', 'Passende Themen und Formate', AGREE.de, [
      s(
        'd4-1',
        'Themen wie Ausbildung, Stellenbesetzung oder Mitarbeiterbindung interessieren uns gerade.',
      ),
      s('d4-2', 'Kurze Treffen am Rand des Arbeitstags könnten wir einrichten.'),
      s('d4-3', 'Angebote, bei denen Betriebe aus der Praxis berichten, würden uns ansprechen.'),
      s('d4-4', 'Die Angebote unseres Netzwerks passen zu dem, was uns beschäftigt.', {
        showIf: member,
      }),
    ]),
    block('d5', 'Zugang und Kontakt', AGREE.de, [
      s('d5-1', 'Ich weiß, welche Fachkräftenetzwerke es in meiner Region gibt.'),
      s('d5-2', 'Ich kenne eine konkrete Ansprechperson in einem Netzwerk.'),
      s(
        'd5-3',
        'Über Kammer, Innung, Verband oder Wirtschaftsförderung finde ich Zugang zu einem Netzwerk.',
      ),
      s(
        'd5-4',
        'Ich wurde schon einmal persönlich zu einem Netzwerktreffen eingeladen – nicht nur per Rundmail.',
      ),
    ]),
    block('d6', 'Vertrauen und Austausch', AGREE.de, [
      s(
        'd6-1',
        'Ich bin bereit, mich mit anderen Betrieben offen über die Suche nach Fachkräften auszutauschen.',
      ),
      s('d6-2', 'Ich fürchte, dass interne Informationen im Netzwerk an Wettbewerber gelangen.', {
        reverse: true,
        signals: { barrier: 'trust', min: 4 },
      }),
      s(
        'd6-3',
        'Der Austausch mit anderen Unternehmern wäre für mich ein wichtiger Grund mitzumachen.',
      ),
      s('d6-4', 'Einen Unternehmerstammtisch würde ich auch einmal bei uns im Betrieb ausrichten.'),
    ]),
    block('d7', 'Ihre Rolle im Netzwerk', AGREE.de, [
      s(
        'd7-1',
        'Eine zunächst passive Teilnahme (Newsletter, Zuhören) ist für uns ein guter Einstieg.',
        WISH,
      ),
      s(
        'd7-2',
        'Für Beratung, die uns bei der Umsetzung hilft, würden wir auch etwas zahlen – wenn der Nutzen klar ist.',
        WISH,
      ),
      s('d7-3', 'Ich weiß, wie ich im Netzwerk selbst ein Thema einbringen kann.', {
        showIf: member,
        ...CONTEXT,
      }),
      s(
        'd7-4',
        'Ich möchte mehr sein als Empfänger von Informationen, z. B. Ideen geben oder mitorganisieren.',
        {
          scored: false,
          hint: tx('Zeigt Ihr Ziel. Zählt nicht in die Punkte.'),
        },
      ),
    ]),
    block('d8', 'Rückmeldung und Mitgestaltung', AGREE.de, [
      s('d8-1', 'Ich würde einem Netzwerk sagen, welche Themen uns gerade wichtig sind.'),
      s('d8-2', 'Ich weiß, was ein Netzwerk leisten kann – und was nicht.'),
      s('d8-3', 'Ich gebe dem Netzwerk Rückmeldung, was seine Angebote uns gebracht haben.', {
        showIf: member,
      }),
      s('d8-4', 'Meine Anliegen werden im Netzwerk ernst genommen.', { showIf: member }),
    ]),
    block('d9', 'Sichtbarkeit', AGREE.de, [
      s(
        'd9-1',
        'In der Region als Arbeitgeber sichtbarer zu werden, ist für uns ein wichtiges Ziel.',
        WISH,
      ),
      s(
        'd9-2',
        'Wir würden gern als Praxisbeispiel bei Veranstaltungen oder in der Presse auftreten.',
        WISH,
      ),
      s(
        'd9-3',
        'Das Fachkräftenetzwerk in unserer Region ist bekannt und hat einen guten Ruf.',
        CONTEXT,
      ),
    ]),
    block('d10', 'Umsetzung und Begleitung', AGREE.de, [
      s(
        'd10-1',
        'Wir wissen, wo wir Beratung bekommen, um Ideen im Betrieb umzusetzen (auch gegen Geld).',
      ),
      s('d10-2', 'Wir hätten die Kraft, Ideen aus einem Netzwerk im Betrieb auch umzusetzen.'),
      s(
        'd10-3',
        'Nach einer Veranstaltung brauchen wir meist Unterstützung, um etwas umzusetzen.',
        { reverse: true },
      ),
      s('d10-4', 'Das Netzwerk begleitet uns auch nach einem Projekt weiter.', { showIf: member }),
    ]),
    {
      id: 'barriers',
      title: tx('Was hält Sie ab?'),
      intro: tx('Zum Schluss: Was bremst Sie bei Netzwerken?'),
      items: [
        {
          id: 'barriers',
          type: 'multi',
          scored: false,
          text: tx('Was hält Sie ab oder bremst Sie?'),
          options: [
            opt('time', 'Uns fehlen Zeit, Personal oder Geld'),
            opt('benefit', 'Der Nutzen ist mir unklar'),
            opt('interest', 'Das Thema hat für uns gerade keine Priorität'),
            opt('contact', 'Ich weiß nicht, wen ich ansprechen soll'),
            opt('competition', 'Ich fürchte Nachteile, wenn Wettbewerber Einblick bekommen'),
            opt('format', 'Themen oder Termine passen nicht zu uns'),
            opt('fees', 'Die Kosten oder Beiträge'),
            opt('none', 'Nichts davon'),
          ],
          barrierOptions: {
            time: 'resources',
            benefit: 'benefit',
            interest: 'interest',
            contact: 'access',
            competition: 'trust',
            format: 'format',
            fees: 'fees',
          },
        },
        {
          id: 'note',
          type: 'text',
          scored: false,
          text: tx('Möchten Sie noch etwas notieren?'),
          hint: tx('Nur für Sie; bleibt auf diesem Gerät.'),
        },
      ],
    },
  ],
};
