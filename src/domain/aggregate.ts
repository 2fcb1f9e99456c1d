import type { Band, Dimension } from '../content/schema';
import { HIGH_FROM, LOW_BELOW } from './score';
import type { CheckSummary } from './summary';

/** Smallest group the dashboard ever shows; the default is larger. */
export const MIN_GROUP_FLOOR = 3;
/** Default smallest group shown (anonymity). */
export const MIN_GROUP_DEFAULT = 5;

/** How one dimension is spread over the group. */
export interface DimensionSpread {
  dimension: string;
  /** Checks with a score in this dimension. */
  n: number;
  /** Checks per band; all zero when fewer than the minimum group have a score here. */
  bands: Record<Band, number>;
  /** Lower quartile, median, upper quartile; null when fewer than the minimum group have a score. */
  quartiles: [number, number, number] | null;
}

/** How often a barrier occurs: ticked by the person, or in their barrier profile at all. */
export interface BarrierCount {
  barrier: string;
  ticked: number;
  inProfile: number;
}

/** The pooled picture of a group of checks. */
export interface Pool {
  n: number;
  /** True when the group is smaller than the minimum size: show nothing but the count. */
  hidden: boolean;
  minGroup: number;
  dimensions: DimensionSpread[];
  barriers: BarrierCount[];
  /** Recommendation ids with how many checks got them, most frequent first. */
  recommendations: { id: string; count: number }[];
}

/** The minimum group size, never below the floor. */
export const clampMinGroup = (n: number) =>
  Math.max(MIN_GROUP_FLOOR, Math.round(Number.isFinite(n) ? n : MIN_GROUP_DEFAULT));

/** The q-quantile (0–1) of sorted numbers, linear between neighbours. */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] ?? 0;
  return Math.round(a + ((sorted[hi] ?? a) - a) * (pos - lo));
}

/** How many of the sorted numbers are below x. */
export function countBelow(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const inc = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);

/** The pool of a group below the minimum: its number and nothing else. */
export const hiddenPool = (n: number, minGroup: number): Pool => ({
  n,
  hidden: true,
  minGroup: clampMinGroup(minGroup),
  dimensions: [],
  barriers: [],
  recommendations: [],
});

/** What a group's summaries add up to before it is pooled: one pass over them. */
export interface Tallied {
  n: number;
  /** The scores per area, sorted (a typed array sorts numbers by value, without a compare function). */
  scores: Map<string, Float64Array>;
  ticked: Map<string, number>;
  inProfile: Map<string, number>;
  recs: Map<string, number>;
}

/** Adds up a group's summaries (see poolTallied). */
export function tallied(summaries: readonly CheckSummary[]): Tallied {
  const scores = new Map<string, number[]>();
  const ticked = new Map<string, number>();
  const inProfile = new Map<string, number>();
  const recs = new Map<string, number>();
  for (const check of summaries) {
    for (const dimension in check.scores) {
      const score = check.scores[dimension]!;
      const list = scores.get(dimension);
      if (list) list.push(score);
      else scores.set(dimension, [score]);
    }
    for (const b of check.barriers) {
      inc(inProfile, b.barrier);
      if (b.ticked) inc(ticked, b.barrier);
    }
    for (const id of check.recommendations) inc(recs, id);
  }
  const sorted = new Map<string, Float64Array>();
  for (const [d, list] of scores) sorted.set(d, Float64Array.from(list).sort());
  return { n: summaries.length, scores: sorted, ticked, inProfile, recs };
}

/** Several groups' sums as one group's (their checks together, without a second pass over them). */
export function mergeTallied(parts: readonly Tallied[]): Tallied {
  const out: Tallied = {
    n: 0,
    scores: new Map(),
    ticked: new Map(),
    inProfile: new Map(),
    recs: new Map(),
  };
  const add = (into: Map<string, number>, from: Map<string, number>) => {
    for (const [k, v] of from) into.set(k, (into.get(k) ?? 0) + v);
  };
  const byArea = new Map<string, Float64Array[]>();
  for (const p of parts) {
    out.n += p.n;
    for (const [d, list] of p.scores) {
      const lists = byArea.get(d);
      if (lists) lists.push(list);
      else byArea.set(d, [list]);
    }
    add(out.ticked, p.ticked);
    add(out.inProfile, p.inProfile);
    add(out.recs, p.recs);
  }
  // each area's scores copied into one array and sorted again
  for (const [d, lists] of byArea) {
    const all = new Float64Array(lists.reduce((sum, l) => sum + l.length, 0));
    let at = 0;
    for (const list of lists) {
      all.set(list, at);
      at += list.length;
    }
    out.scores.set(d, all.sort());
  }
  return out;
}

/**
 * Pools the summaries of a group's checks: spread per dimension, barrier and recommendation
 * frequencies (nothing is evaluated here: each check was summarised when it was stored).
 */
export const tally = (
  summaries: readonly CheckSummary[],
  dimensions: readonly Pick<Dimension, 'id'>[],
  minGroup = MIN_GROUP_DEFAULT,
): Pool =>
  clampMinGroup(minGroup) > summaries.length
    ? hiddenPool(summaries.length, minGroup)
    : poolTallied(tallied(summaries), dimensions, minGroup);

/** The pool of a group from its sums (see tally). */
export function poolTallied(
  sums: Tallied,
  dimensions: readonly Pick<Dimension, 'id'>[],
  minGroup = MIN_GROUP_DEFAULT,
): Pool {
  const min = clampMinGroup(minGroup);
  const { n, scores, ticked, inProfile, recs } = sums;
  if (n < min) return hiddenPool(n, min);
  const spreads = dimensions.map((d): DimensionSpread => {
    const list = scores.get(d.id) ?? new Float64Array(0);
    // the minimum group holds per area too: two scores among many skipped answers are two people
    if (list.length < min)
      return {
        dimension: d.id,
        n: list.length,
        bands: { low: 0, mid: 0, high: 0 },
        quartiles: null,
      };
    // the scores are sorted: each band's count is where its threshold falls (as bandOf draws them)
    const low = countBelow(list, LOW_BELOW);
    const belowHigh = countBelow(list, HIGH_FROM);
    const bands: Record<Band, number> = {
      low,
      mid: belowHigh - low,
      high: list.length - belowHigh,
    };
    return {
      dimension: d.id,
      n: list.length,
      bands,
      quartiles: [quantile(list, 0.25), quantile(list, 0.5), quantile(list, 0.75)],
    };
  });
  const barriers = [...inProfile.keys()]
    .map((barrier) => ({
      barrier,
      ticked: ticked.get(barrier) ?? 0,
      inProfile: inProfile.get(barrier) ?? 0,
    }))
    .sort(
      (a, b) =>
        b.inProfile - a.inProfile || b.ticked - a.ticked || (a.barrier < b.barrier ? -1 : 1),
    );
  const recommendations = [...recs]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
  return { n, hidden: false, minGroup: min, dimensions: spreads, barriers, recommendations };
}
