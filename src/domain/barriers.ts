import type { Instrument, Dimension, Triage } from '../content/schema';
import { checkRule, type RuleContext, type Trigger } from './conditions';
import { LOW_BELOW, type DimensionScore } from './score';
import type { Answers } from './types';
import { visiblePlan } from './visibility';

/** The three barriers users ask about first; each gets a triage. */
export const MAIN_BARRIERS = ['resources', 'benefit', 'interest'] as const;

/** One barrier in a person's profile: ticked by them, signalled by a low area or a statement. */
export interface BarrierHit {
  barrier: string;
  ticked: boolean;
  /** The low dimension that signals it, with its score. */
  dimension?: { id: string; score: number };
  /** The statement that states it (e.g. the fear of competitors), with the answer. */
  item?: { id: string; value: number };
  weight: number;
}

/**
 * Barrier weights (said in "Wie wird bewertet?"): a ticked barrier 3, so it always ranks above
 * one only signalled; a low area 1 to 2 (2 at 0 points); a statement 1 (agree) to 1.5 (fully).
 */
export const BARRIER_WEIGHT = { ticked: 3, lowFrom: 1, lowTo: 2, agree: 1, fully: 1.5 } as const;

/** How many barriers the result shows: every ticked one, filled up to this many. */
export const SHOWN_BARRIERS = { full: 3, compact: 1 } as const;

/** The barriers a result shows: all ticked ones, then the strongest others up to the minimum. */
export const shownBarriers = (hits: readonly BarrierHit[], compact = false): BarrierHit[] =>
  hits.slice(
    0,
    Math.max(
      compact ? SHOWN_BARRIERS.compact : SHOWN_BARRIERS.full,
      hits.filter((h) => h.ticked).length,
    ),
  );

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

/** Ranks barriers: ticked ones first (weight 3), plus what a low area or a statement signals. */
export function barrierProfile(
  instrument: Instrument,
  dimensions: readonly Dimension[],
  scores: readonly DimensionScore[],
  answers: Answers,
): BarrierHit[] {
  const W = BARRIER_WEIGHT;
  const hits = new Map<string, BarrierHit>();
  const signal = (barrier: string, weight: number, source: Partial<BarrierHit>) => {
    const hit = hits.get(barrier) ?? { barrier, ticked: false, weight: 0 };
    const base = hit.ticked ? W.ticked : 0;
    // the strongest signal stands for the barrier; a ticked barrier keeps its lead
    if (hit.weight - base >= weight) return;
    const { dimension: _d, item: _i, ...rest } = hit;
    hits.set(barrier, { ...rest, ...source, weight: base + weight });
  };
  for (const b of tickedBarriers(instrument, answers))
    hits.set(b, { barrier: b, ticked: true, weight: W.ticked });
  for (const s of scores) {
    const barrier = dimensions.find((d) => d.id === s.dimension)?.barrier;
    if (!barrier || s.band !== 'low' || s.score === null) continue;
    const weight = W.lowFrom + ((W.lowTo - W.lowFrom) * (LOW_BELOW - s.score)) / LOW_BELOW;
    signal(barrier, weight, { dimension: { id: s.dimension, score: s.score } });
  }
  for (const item of visiblePlan(instrument, answers).items) {
    const value = answers[item.id];
    if (!item.signals || typeof value !== 'number' || value < item.signals.min) continue;
    const span = Math.max(1, 5 - item.signals.min);
    const weight = W.agree + ((W.fully - W.agree) * (value - item.signals.min)) / span;
    signal(item.signals.barrier, weight, { item: { id: item.id, value } });
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
      const triggers = checkRule({ all: t.when, unless: t.unless }, ctx);
      if (triggers) {
        out.push({ triage: t, triggers });
        break;
      }
    }
  }
  return out;
}
