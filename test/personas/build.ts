import type { Instrument } from '../../src/content/schema';
import { visibleInstrumentItems } from '../../src/domain/visibility';
import type { AnswerValue, Answers } from '../../src/domain/types';

/** What a persona expects the result to show; ids are those of recommendations and triages. */
export interface Persona {
  id: string;
  /** Who this is, in one line. */
  who: string;
  answers: Answers;
  /** The barriers of the profile, strongest first (exactly these). */
  barriers: string[];
  /** For the short result: the barriers it shows (default: the same as the full one would). */
  shownBarriers?: string[];
  /** Advice (recommendation or triage ids) that must appear in the shown list. */
  must: string[];
  /** Advice that must not appear. */
  mustNot: string[];
  /** The advice that must come first, if it matters. */
  first?: string;
  /** Areas: their band, or null for "zu wenige Antworten"; absent = not in the profile at all. */
  areas?: Record<string, 'low' | 'mid' | 'high' | null | 'absent'>;
  /** Words no shown German text may contain. */
  neverSays?: string[];
  /** For a network: its JOBSTARTER phase, phase shares in %, and whether steps come early. */
  phase?: 'I' | 'II' | 'III';
  phaseShare?: Partial<Record<'I' | 'II' | 'III', number | null>>;
  early?: boolean;
  /** Why, from the studies: author/institution, year, chapter and sub-heading. */
  why: string;
  /** The point of the issue on advice logic this persona reproduces. */
  issuePoint?: number;
}

/**
 * A complete answer set: every statement the person sees gets `level` (1–5, read as "how well
 * things stand": a reverse-worded statement gets 6 − level), then `given` overrides. Single-choice
 * questions must be in `given`; `indicator` answers every phase indicator not given. Answers to
 * questions the instrument does not show this person are dropped.
 */
export function complete(
  instrument: Instrument,
  level: number,
  given: Record<string, AnswerValue>,
  indicator: (phase: 'I' | 'II' | 'III') => string | undefined = () => undefined,
): Answers {
  const answers: Record<string, AnswerValue> = {};
  // only what the instrument asks this person: an answer to a question it never shows is no answer
  for (const item of visibleInstrumentItems(instrument, given)) {
    if (item.id in given) {
      answers[item.id] = given[item.id] as AnswerValue;
      continue;
    }
    if (item.type === 'likert') answers[item.id] = item.reverse ? 6 - level : level;
    else if (item.phase) {
      const v = indicator(item.phase);
      if (v !== undefined) answers[item.id] = v;
    } else if (item.type === 'multi') answers[item.id] = ['none'];
    else if (item.type === 'single') throw new Error(`persona must answer ${item.id}`);
  }
  return answers;
}
