import { kmuKurzInstrument } from '../../src/content/kmu-kurz/instrument';
import type { AnswerValue } from '../../src/domain/types';
import { complete, type Persona } from './build';

const booth = (level: number, member: string, given: Record<string, AnswerValue> = {}) =>
  complete(kmuKurzInstrument, level, { 'p-member': member, ...given });

/** Five firms at an event booth (Schnellcheck, short result with three steps). */
export const kmuKurzPersonas: Persona[] = [
  {
    id: 'kurz-01-priorities',
    who: 'Bäckerei am Messestand: keine Zeit, nimmt sich aber Zeit für relevante Themen.',
    answers: booth(3, 'no', { 'd2-4': 5, barriers: ['time'] }),
    barriers: ['resources'],
    must: ['resources-priorities', 'kmu-short-formats'],
    mustNot: ['resources-capacity'],
    why: 'IAW/DIHK 2017, Kap. 3.5: Ressourcenmangel ist „auch eine Frage der Prioritäten“.',
    issuePoint: 6,
  },
  {
    id: 'kurz-02-acute-need',
    who: 'Elektrobetrieb: zu wenige Bewerbungen, das Thema hat trotzdem keine Priorität.',
    answers: booth(3, 'no', { 'd1-3': 5, barriers: ['interest'] }),
    barriers: ['interest'],
    must: ['interest-acute', 'kmu-bring-current-topic'],
    mustNot: ['interest-awareness'],
    why: 'IAW/DIHK 2017, Kap. 3.5: offener und erreichbarer für unmittelbar praxisbezogene Themen.',
    issuePoint: 6,
  },
  {
    id: 'kurz-03-no-passive-start',
    who: 'Metallbau: keine Zeit, ein passiver Einstieg passt nicht.',
    answers: booth(3, 'no', { 'd7-1': 1, 'd2-4': 2, barriers: ['time'] }),
    barriers: ['resources'],
    must: ['resources-benefit'],
    mustNot: ['kmu-start-passive', 'resources-capacity'],
    areas: { d7: 'absent' },
    why: 'IAW/DIHK 2017, Kap. 4.1, „Gute Netzwerkarbeit benötigt Zeit“: passive Teilnahme ist eine Möglichkeit, kein Rat für alle.',
    issuePoint: 1,
  },
  {
    id: 'kurz-04-three-ticked',
    who: 'Friseursalon: kreuzt Zeit, unklaren Nutzen und Kosten an.',
    answers: booth(4, 'no', { barriers: ['time', 'benefit', 'fees'] }),
    barriers: ['benefit', 'fees', 'resources'],
    shownBarriers: ['benefit', 'fees', 'resources'],
    must: [],
    mustNot: [],
    why: 'IAW/DIHK 2017, Kap. 3.5: Zeit und Personal sind die meistgenannte Hürde – sie darf im kurzen Ergebnis nicht fehlen.',
    issuePoint: 15,
  },
  {
    id: 'kurz-05-one-answer-no-score',
    who: 'Autohaus: beantwortet je Bereich nur eine Aussage voll zustimmend.',
    answers: {
      'p-member': 'no',
      'd1-2': 5,
      'd2-1': 5,
      'd3-1': 5,
      'd4-2': 5,
      'd5-2': 5,
      'd6-1': 5,
      'd7-1': 5,
      barriers: ['none'],
    },
    barriers: [],
    must: [],
    mustNot: [],
    areas: { d1: null, d2: null, d3: null, d4: null, d5: null, d6: null, d7: 'absent' },
    why: '„Wie wird bewertet?“: ein Bereich braucht mindestens zwei Antworten; eine einzelne Antwort ist kein Profil.',
    issuePoint: 15,
  },
];
