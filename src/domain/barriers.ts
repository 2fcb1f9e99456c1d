import type { Instrument, Dimension, Triage } from '../content/schema';
import { checkAll, type RuleContext, type Trigger } from './conditions';
import { LOW_BELOW, type DimensionScore } from './score';
import type { Answers } from './types';
import { visiblePlan } from './visibility';

/** The three barriers users ask about first; each gets a triage. */
export const MAIN_BARRIERS = ['resources', 'benefit', 'interest'] as const;

/** One barrier in a person's profile: ticked by them, signalled by a low dimension, or both. */
export interface BarrierHit {
  barrier: string;
  ticked: boolean;
  /** The low dimension that signals it, with its score. */
  dimension?: { id: string; score: number };
  weight: number;
}

/** Barrier ids the person ticked in the instrument's multiple-choice barrier items. */
export function tickedBarriers(instrument: Instrument, answers: Answers): Set<string> {
  const out = new Set<string>();
  for (const item of visiblePlan(instrument, answers).barrierItems) {
    const value = answers[item.id];
    if (!item.barrierOptions || !Array.isArray(value)) continue;
    for (const option of value) {
      const b = item.barrierOptions[option];
      if (b) out.add(b);
    }
  }
  return out;
}

/** Ranks barriers: ticked ones weigh 2, a low dimension adds 1 plus how far below the line it is. */
export function barrierProfile(
  instrument: Instrument,
  dimensions: readonly Dimension[],
  scores: readonly DimensionScore[],
  answers: Answers,
): BarrierHit[] {
  const hits = new Map<string, BarrierHit>();
  for (const b of tickedBarriers(instrument, answers))
    hits.set(b, { barrier: b, ticked: true, weight: 2 });
  for (const s of scores) {
    const barrier = dimensions.find((d) => d.id === s.dimension)?.barrier;
    if (!barrier || s.band !== 'low' || s.score === null) continue;
    const hit = hits.get(barrier) ?? { barrier, ticked: false, weight: 0 };
    if (hit.dimension && hit.dimension.score <= s.score) continue;
    const base = hit.ticked ? 2 : 0;
    hits.set(barrier, {
      ...hit,
      dimension: { id: s.dimension, score: s.score },
      weight: base + 1 + (LOW_BELOW - s.score) / LOW_BELOW,
    });
  }
  return [...hits.values()].sort(
    (a, b) => b.weight - a.weight || a.barrier.localeCompare(b.barrier),
  );
}

/** The triage outcome chosen for one main barrier and the answers that led to it. */
export interface TriageHit {
  triage: Triage;
  triggers: Trigger[];
}

/** For each main barrier present, the first triage in content order whose conditions all hold. */
export function triage(triages: readonly Triage[], ctx: RuleContext): TriageHit[] {
  const out: TriageHit[] = [];
  for (const barrier of MAIN_BARRIERS) {
    if (!ctx.barriers.has(barrier)) continue;
    for (const t of triages.filter((x) => x.barrier === barrier)) {
      const triggers = checkAll(t.when, ctx);
      if (triggers) {
        out.push({ triage: t, triggers });
        break;
      }
    }
  }
  return out;
}
