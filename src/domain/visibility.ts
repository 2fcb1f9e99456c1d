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

const conditionItems = (instrument: Instrument) => {
  const ids = new Set<string>();
  const add = (conds: Condition[] | undefined) =>
    conds?.forEach((c) => c.kind === 'answer' && ids.add(c.item));
  for (const b of instrument.blocks) {
    add(b.showIf);
    b.items.forEach((i) => add(i.showIf));
  }
  return [...ids];
};

/** The visible items of one check, with the lists scoring and the barrier profile walk. */
export interface VisiblePlan {
  items: readonly Item[];
  /** Scored likert items by dimension id. */
  scored: ReadonlyMap<string, readonly Item[]>;
  /** Items with a barrier list. */
  barrierItems: readonly Item[];
}

const planOf = (items: Item[]): VisiblePlan => {
  const scored = new Map<string, Item[]>();
  for (const i of items) {
    if (i.type !== 'likert' || i.scored === false || i.preference || !i.dimension) continue;
    const list = scored.get(i.dimension);
    if (list) list.push(i);
    else scored.set(i.dimension, [i]);
  }
  return { items, scored, barrierItems: items.filter((i) => i.barrierOptions) };
};

// Which items a person sees depends only on the few answers the conditions look at; pooling
// thousands of checks asks the same question again and again, so remember the answer.
const memo = new WeakMap<Instrument, { ids: string[]; seen: Map<string, VisiblePlan> }>();

/** What this person sees across the instrument, given their answers (do not change it). */
export function visiblePlan(instrument: Instrument, answers: Answers): VisiblePlan {
  let m = memo.get(instrument);
  if (!m) memo.set(instrument, (m = { ids: conditionItems(instrument), seen: new Map() }));
  let key = '';
  for (const id of m.ids) key += `${String(answers[id] ?? '')}\u0001`;
  let plan = m.seen.get(key);
  if (!plan) {
    if (m.seen.size > 1000) m.seen.clear();
    plan = planOf(visibleBlocks(instrument, answers).flatMap((b) => visibleItems(b, answers)));
    m.seen.set(key, plan);
  }
  return plan;
}

/** Every item this person sees across the instrument (do not change the returned list). */
export const visibleInstrumentItems = (instrument: Instrument, answers: Answers): readonly Item[] =>
  visiblePlan(instrument, answers).items;
