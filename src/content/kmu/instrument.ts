import type { Condition, Instrument, Item } from '../schema';

const tx = (de: string, en: string) => ({ de, en });
const opt = (id: string, de: string, en: string) => ({ id, text: tx(de, en) });
const member: Condition[] = [{ kind: 'answer', item: 'p-member', anyOf: ['passive', 'active'] }];

/** A statement on the 5-point scale in one dimension. */
const s = (id: string, de: string, en: string, extra: Partial<Item> = {}): Item => ({
  id,
  type: 'likert',
  dimension: id.split('-')[0],
  text: tx(de, en),
  ...extra,
});

const block = (
  id: string,
  de: string,
  en: string,
  introDe: string,
  introEn: string,
  items: Item[],
) => ({
  id,
  title: tx(de, en),
  intro: tx(introDe, introEn),
  items,
});

/** A wish, not a deficit: asked, never scored; it decides which advice fits. */
const WISH: Partial<Item> = {
  preference: true,
  hint: tx('Ihr Wunsch. Zählt nicht in die Punkte.', 'Shows your wish. Not counted in the points.'),
};
/** What the firm sees of a network: asked for the advice, not scored as the firm's own state. */
const CONTEXT: Partial<Item> = {
  scored: false,
  hint: tx('Ihre Sicht. Zählt nicht in die Punkte.', 'Shows your view. Not counted in the points.'),
};

const AGREE = tx('Wie sehr trifft das auf Ihren Betrieb zu?', 'How true is this for your firm?');

/** The KMU-Check: profile, ten areas, barriers (DESIGN §2.1; statements after the seed-001 digest §7). */
export const kmuInstrument: Instrument = {
  id: 'kmu',
  version: 1,
  role: 'kmu',
  title: tx('KMU-Check', 'SME check'),
  description: tx(
    'Passt ein Fachkräftenetzwerk zu Ihrem Betrieb, und was hält Sie ab?',
    'Does a skilled-labour network fit your firm, and what holds you back?',
  ),
  minutes: 10,
  blocks: [
    {
      id: 'profile',
      title: tx('Ihr Betrieb', 'Your firm'),
      intro: tx(
        'Vier kurze Fragen, damit die Empfehlungen zu Ihnen passen. Sie werden nicht bewertet.',
        'Four short questions so the advice fits you. They are not scored.',
      ),
      items: [
        {
          id: 'p-size',
          type: 'single',
          scored: false,
          text: tx(
            'Wie viele Beschäftigte hat Ihr Betrieb?',
            'How many people does your firm employ?',
          ),
          options: [
            opt('1-9', '1 bis 9', '1 to 9'),
            opt('10-49', '10 bis 49', '10 to 49'),
            opt('50-249', '50 bis 249', '50 to 249'),
          ],
        },
        {
          id: 'p-sector',
          type: 'single',
          scored: false,
          text: tx('In welcher Branche sind Sie tätig?', 'Which sector are you in?'),
          options: [
            opt('craft', 'Handwerk', 'Crafts'),
            opt('industry', 'Industrie und Produktion', 'Industry and manufacturing'),
            opt('trade', 'Handel', 'Trade'),
            opt('services', 'Dienstleistungen', 'Services'),
            opt('care', 'Gesundheit und Pflege', 'Health and care'),
            opt('other', 'Andere Branche', 'Other sector'),
          ],
        },
        {
          id: 'p-member',
          type: 'single',
          scored: false,
          text: tx(
            'Sind Sie Mitglied in einem regionalen Fachkräftenetzwerk?',
            'Are you a member of a regional skilled-labour network?',
          ),
          options: [
            opt('no', 'Nein', 'No'),
            opt(
              'passive',
              'Ja, wir bleiben vor allem informiert (z. B. Newsletter, Zuhören)',
              'Yes, mainly to stay informed (e.g. newsletter, listening)',
            ),
            opt('active', 'Ja, wir machen aktiv mit', 'Yes, we take an active part'),
            opt('unsure', 'Weiß nicht', "Don't know"),
          ],
        },
        {
          id: 'p-want',
          type: 'single',
          scored: false,
          text: tx(
            'Wie stark möchten Sie sich in einem Netzwerk beteiligen?',
            'How much would you like to take part in a network?',
          ),
          hint: tx(
            'Jede Antwort ist in Ordnung. Auch „nur informiert bleiben“ ist ein guter Einstieg.',
            'Every answer is fine. “Just staying informed” is a good start too.',
          ),
          options: [
            opt('info', 'Informiert bleiben', 'Stay informed'),
            opt('exchange', 'Mich mit anderen Betrieben austauschen', 'Exchange with other firms'),
            opt('active', 'Aktiv mitgestalten', 'Help shape it actively'),
            opt('unsure', 'Weiß ich noch nicht', "I don't know yet"),
          ],
        },
      ],
    },
    block(
      'd1',
      'Fachkräfte: Wo stehen Sie?',
      'Skilled staff: where do you stand?',
      'Aussagen zu Ihrem Fachkräftebedarf.',
      'Statements on your need for skilled staff.',
      [
        s(
          'd1-1',
          'Ich weiß, welche Stellen bei uns in den nächsten Jahren schwer zu besetzen sein werden.',
          'I know which jobs will be hard to fill in the coming years.',
        ),
        s(
          'd1-2',
          'Wir kümmern uns um Fachkräfte vorausschauend – nicht erst, wenn eine Stelle frei ist.',
          'We look after skilled staff ahead of time – not only when a job is vacant.',
        ),
        s(
          'd1-3',
          'Im letzten Jahr hatten wir zu wenige passende Bewerbungen.',
          'Last year we had too few suitable applications.',
          {
            scored: false,
            hint: tx(
              'Zeigt, wie dringend es ist. Zählt nicht in die Punkte.',
              'Shows how urgent it is. Not counted in the points.',
            ),
          },
        ),
        s(
          'd1-4',
          'Für langfristige Themen wie Familie und Beruf haben wir gerade keinen Kopf.',
          'Right now we have no head for long-term topics such as family and work.',
          { reverse: true },
        ),
      ],
    ),
    block(
      'd2',
      'Zeit und Personal',
      'Time and staff',
      'Seien Sie ehrlich – knappe Zeit ist normal.',
      'Be honest – little time is normal.',
      [
        s(
          'd2-1',
          'Wir können realistisch einige Stunden im Vierteljahr für ein Netzwerk freimachen.',
          'We can realistically free up a few hours a quarter for a network.',
        ),
        s(
          'd2-2',
          'Bei uns gibt es jemanden, der sich um Personalthemen kümmert und zu Treffen gehen kann.',
          'Someone in our firm looks after staff topics and can go to meetings.',
        ),
        s(
          'd2-3',
          'Das Tagesgeschäft lässt uns meist keine Zeit für Netzwerktreffen.',
          'Daily business usually leaves us no time for network meetings.',
          { reverse: true },
        ),
        s(
          'd2-4',
          'Wenn ein Thema für unsere Mitarbeitenden relevant ist, nehmen wir uns die Zeit dafür.',
          'If a topic matters for our staff, we make time for it.',
        ),
      ],
    ),
    block('d3', 'Was bringt ein Netzwerk?', 'What does a network bring?', AGREE.de, AGREE.en, [
      s(
        'd3-1',
        'Ich weiß, was ein Fachkräftenetzwerk meinem Betrieb konkret bringen kann.',
        'I know what a skilled-labour network can concretely bring my firm.',
      ),
      s(
        'd3-2',
        'Ich kenne Beispiele von Betrieben, denen ein Netzwerk geholfen hat.',
        'I know examples of firms a network has helped.',
      ),
      s(
        'd3-3',
        'Ein Netzwerk könnte uns bei einer aktuellen Frage helfen, z. B. bei einer offenen Stelle.',
        'A network could help us with a current question, e.g. a vacant job.',
      ),
      s(
        'd3-4',
        'Das Netzwerk zeigt uns deutlich, was wir von der Teilnahme haben.',
        'The network shows us clearly what we gain from taking part.',
        { showIf: member },
      ),
    ]),
    block('d4', 'Passende Themen und Formate', 'Fitting topics and formats', AGREE.de, AGREE.en, [
      s(
        'd4-1',
        'Themen wie Ausbildung, Stellenbesetzung oder Mitarbeiterbindung interessieren uns gerade.',
        'Topics such as training, filling jobs or keeping staff interest us right now.',
      ),
      s(
        'd4-2',
        'Kurze Treffen am Rand des Arbeitstags könnten wir einrichten.',
        'We could manage short meetings at the edge of the working day.',
      ),
      s(
        'd4-3',
        'Angebote, bei denen Betriebe aus der Praxis berichten, würden uns ansprechen.',
        'Offers where firms report from their practice would appeal to us.',
      ),
      s(
        'd4-4',
        'Die Angebote unseres Netzwerks passen zu dem, was uns beschäftigt.',
        'Our network’s offers fit what we are dealing with.',
        { showIf: member },
      ),
    ]),
    block('d5', 'Zugang und Kontakt', 'Access and contact', AGREE.de, AGREE.en, [
      s(
        'd5-1',
        'Ich weiß, welche Fachkräftenetzwerke es in meiner Region gibt.',
        'I know which skilled-labour networks exist in my region.',
      ),
      s(
        'd5-2',
        'Ich kenne eine konkrete Ansprechperson in einem Netzwerk.',
        'I know a specific contact person in a network.',
      ),
      s(
        'd5-3',
        'Über Kammer, Innung, Verband oder Wirtschaftsförderung finde ich Zugang zu einem Netzwerk.',
        'Through a chamber, guild, association or business development agency I can find access to a network.',
      ),
      s(
        'd5-4',
        'Ich wurde schon einmal persönlich zu einem Netzwerktreffen eingeladen – nicht nur per Rundmail.',
        'I have been invited to a network meeting in person – not just by a mass e-mail.',
      ),
    ]),
    block('d6', 'Vertrauen und Austausch', 'Trust and exchange', AGREE.de, AGREE.en, [
      s(
        'd6-1',
        'Ich bin bereit, mich mit anderen Betrieben offen über die Suche nach Fachkräften auszutauschen.',
        'I am willing to talk openly with other firms about finding skilled staff.',
      ),
      s(
        'd6-2',
        'Ich fürchte, dass interne Informationen im Netzwerk an Wettbewerber gelangen.',
        'I fear internal information could reach competitors through the network.',
        { reverse: true, signals: { barrier: 'trust', min: 4 } },
      ),
      s(
        'd6-3',
        'Der Austausch mit anderen Unternehmern wäre für mich ein wichtiger Grund mitzumachen.',
        'Exchange with other business owners would be an important reason for me to take part.',
      ),
      s(
        'd6-4',
        'Einen Unternehmerstammtisch würde ich auch einmal bei uns im Betrieb ausrichten.',
        'I would host a business owners’ round table at our firm some time.',
      ),
    ]),
    block('d7', 'Ihre Rolle im Netzwerk', 'Your role in a network', AGREE.de, AGREE.en, [
      s(
        'd7-1',
        'Eine zunächst passive Teilnahme (Newsletter, Zuhören) ist für uns ein guter Einstieg.',
        'Starting passively (newsletter, listening) is a good entry for us.',
        WISH,
      ),
      s(
        'd7-2',
        'Für Beratung, die uns bei der Umsetzung hilft, würden wir auch etwas zahlen – wenn der Nutzen klar ist.',
        'We would pay for advice that helps us put things into practice – if the benefit is clear.',
        WISH,
      ),
      s(
        'd7-3',
        'Ich weiß, wie ich im Netzwerk selbst ein Thema einbringen kann.',
        'I know how I could bring in a topic in the network myself.',
        { showIf: member, ...CONTEXT },
      ),
      s(
        'd7-4',
        'Ich möchte mehr sein als Empfänger von Informationen, z. B. Ideen geben oder mitorganisieren.',
        'I want to be more than a recipient of information, e.g. give ideas or help organise.',
        {
          scored: false,
          hint: tx(
            'Zeigt Ihr Ziel. Zählt nicht in die Punkte.',
            'Shows your aim. Not counted in the points.',
          ),
        },
      ),
    ]),
    block('d8', 'Rückmeldung und Mitgestaltung', 'Feedback and co-design', AGREE.de, AGREE.en, [
      s(
        'd8-1',
        'Ich würde einem Netzwerk sagen, welche Themen uns gerade wichtig sind.',
        'I would tell a network which topics matter to us right now.',
      ),
      s(
        'd8-2',
        'Ich weiß, was ein Netzwerk leisten kann – und was nicht.',
        'I know what a network can deliver – and what not.',
      ),
      s(
        'd8-3',
        'Ich gebe dem Netzwerk Rückmeldung, was seine Angebote uns gebracht haben.',
        'I give the network feedback on what its offers brought us.',
        { showIf: member },
      ),
      s(
        'd8-4',
        'Meine Anliegen werden im Netzwerk ernst genommen.',
        'My concerns are taken seriously in the network.',
        { showIf: member },
      ),
    ]),
    block('d9', 'Sichtbarkeit', 'Visibility', AGREE.de, AGREE.en, [
      s(
        'd9-1',
        'In der Region als Arbeitgeber sichtbarer zu werden, ist für uns ein wichtiges Ziel.',
        'Becoming more visible as an employer in the region is an important goal for us.',
        WISH,
      ),
      s(
        'd9-2',
        'Wir würden gern als Praxisbeispiel bei Veranstaltungen oder in der Presse auftreten.',
        'We would like to appear as a practice example at events or in the press.',
        WISH,
      ),
      s(
        'd9-3',
        'Das Fachkräftenetzwerk in unserer Region ist bekannt und hat einen guten Ruf.',
        'The skilled-labour network in our region is known and has a good reputation.',
        CONTEXT,
      ),
    ]),
    block('d10', 'Umsetzung und Begleitung', 'Implementation and follow-up', AGREE.de, AGREE.en, [
      s(
        'd10-1',
        'Wir wissen, wo wir Beratung bekommen, um Ideen im Betrieb umzusetzen (auch gegen Geld).',
        'We know where to get advice to put ideas into practice (paid, too).',
      ),
      s(
        'd10-2',
        'Wir hätten die Kraft, Ideen aus einem Netzwerk im Betrieb auch umzusetzen.',
        'We would have the capacity to put ideas from a network into practice.',
      ),
      s(
        'd10-3',
        'Nach einer Veranstaltung brauchen wir meist Unterstützung, um etwas umzusetzen.',
        'After an event we usually need support to put something into practice.',
        { reverse: true },
      ),
      s(
        'd10-4',
        'Das Netzwerk begleitet uns auch nach einem Projekt weiter.',
        'The network keeps supporting us after a project.',
        { showIf: member },
      ),
    ]),
    {
      id: 'barriers',
      title: tx('Was hält Sie ab?', 'What holds you back?'),
      intro: tx(
        'Zum Schluss: Was bremst Sie bei Netzwerken?',
        'Finally: what holds you back from networks?',
      ),
      items: [
        {
          id: 'barriers',
          type: 'multi',
          scored: false,
          text: tx('Was hält Sie ab oder bremst Sie?', 'What stops or slows you down?'),
          options: [
            opt('time', 'Uns fehlen Zeit, Personal oder Geld', 'We lack time, staff or money'),
            opt('benefit', 'Der Nutzen ist mir unklar', 'The benefit is unclear to me'),
            opt(
              'interest',
              'Das Thema hat für uns gerade keine Priorität',
              'The topic is not a priority for us right now',
            ),
            opt(
              'contact',
              'Ich weiß nicht, wen ich ansprechen soll',
              'I don’t know whom to contact',
            ),
            opt(
              'competition',
              'Ich fürchte Nachteile, wenn Wettbewerber Einblick bekommen',
              'I fear disadvantages if competitors get insight',
            ),
            opt(
              'format',
              'Themen oder Termine passen nicht zu uns',
              'Topics or dates don’t suit us',
            ),
            opt('fees', 'Die Kosten oder Beiträge', 'The costs or fees'),
            opt('none', 'Nichts davon', 'None of these'),
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
          text: tx('Möchten Sie noch etwas notieren?', 'Would you like to note anything?'),
          hint: tx('Nur für Sie; bleibt auf diesem Gerät.', 'Just for you; stays on this device.'),
        },
      ],
    },
  ],
};
