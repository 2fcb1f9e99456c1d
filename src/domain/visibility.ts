import type { Block, Condition, Instrument, Item } from '../content/schema';
import type { Answers } from './types';
import { answerMatches } from './conditions';

const shown = (conds: Condition[] | undefined, answers: Answers) =>
  !conds || conds.every((c) => c.kind !== 'answer' || answerMatches(c, answers[c.item]));

/** The items of a block this person sees, given their answers so far. */
export const visibleItems = (block: Block, answers: Answers): Item[] =>
  block.items.filter((i) => shown(i.showIf, answers));

/** The blocks (pages) this person sees, given their answers so far. */
export const visibleBlocks = (instrument: Instrument, answers: Answers): Block[] =>
  instrument.blocks.filter((b) => shown(b.showIf, answers) && visibleItems(b, answers).length > 0);

/** Every item this person sees across the instrument. */
export const visibleInstrumentItems = (instrument: Instrument, answers: Answers): Item[] =>
  visibleBlocks(instrument, answers).flatMap((b) => visibleItems(b, answers));
