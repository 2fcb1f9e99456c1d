import type { Dimension, Instrument } from '../content/schema';
import {
  clampMinGroup,
  hiddenPool,
  mergeTallied,
  poolTallied,
  quantile,
  tallied,
  type Tallied,
  type Pool,
} from './aggregate';
import { gapView, type GapRow } from './compare';
import { diagnosePhase, type Phase } from './phase';
import { suppress, type Hidden } from './suppress';
import type { CheckSummary } from './summary';
import type { Answers } from './types';

/** A check's summary with the network it belongs to ('' when unknown) and when it was completed. */
export interface ProgrammeCheck {
  id: string;
  network: string;
  at: number;
  summary: CheckSummary;
}

/** A network's own check, with its answers (its side of the gap view needs them). */
export interface OwnCheck extends ProgrammeCheck {
  instrument: Instrument;
  answers: Answers;
}

/** One period of a network's trend: how many firms, and the median score per area. */
export interface TrendPeriod {
  period: string;
  n: number;
  /** Per area: the median, or null when fewer than the minimum group have a score there. */
  medians: Record<string, number | null>;
}

/** A pool shown beside others: its figures with those that must not show removed. */
export interface ShownPool {
  pool: Pool;
  /** Why the whole group's figures are hidden, or null. */
  hidden: Hidden | null;
  /** Areas whose figures are hidden, with why. */
  areasHidden: Record<string, Hidden>;
}

/** One network in the programme: its firms, its own latest Netzwerk-Check, its trend. */
export interface NetworkView extends ShownPool {
  network: string;
  /** The network's newest own check: its phase and, where its firms may be shown, their view. */
  own: { at: number; phase: Phase; gap: GapRow[] | null } | null;
  trend: TrendPeriod[];
}

/** The programme's picture: every network side by side, and all of them together. */
export interface ProgrammeView {
  overall: ShownPool;
  networks: NetworkView[];
}

/** The quarter a time falls in (UTC), e.g. "2026-Q1": the trend's periods. */
export const quarterOf = (at: number) => {
  const d = new Date(at);
  return `${d.getUTCFullYear()}-Q${Math.floor(d.getUTCMonth() / 3) + 1}`;
};

const groupBy = <T>(list: readonly T[], key: (x: T) => string) => {
  const out = new Map<string, T[]>();
  for (const x of list) {
    const k = key(x);
    const group = out.get(k);
    if (group) group.push(x);
    else out.set(k, [x]);
  }
  return out;
};

/** The pool with the figures of the given areas taken out (the count of scores stays). */
function withhold(pool: Pool, areas: Record<string, Hidden>): Pool {
  return {
    ...pool,
    dimensions: pool.dimensions.map((d) =>
      areas[d.dimension] ? { ...d, bands: { low: 0, mid: 0, high: 0 }, quartiles: null } : d,
    ),
  };
}

/**
 * A network's checks added up per quarter, in time order: one pass over the checks (each one's
 * quarter is worked out once per day, quarters being whole days). The network's sums are these
 * merged, so its scores are read once for its trend and its pool together.
 */
function quarterSums(firms: readonly { at: number; summary: CheckSummary }[]) {
  const quarterOfDay = new Map<number, string>();
  const quarter = ({ at }: { at: number }) => {
    const day = Math.floor(at / 86_400_000);
    let period = quarterOfDay.get(day);
    if (period === undefined) quarterOfDay.set(day, (period = quarterOf(at)));
    return period;
  };
  return [...groupBy(firms, quarter)]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([period, list]) => ({ period, sums: tallied(list.map((f) => f.summary)) }));
}

function trendOf(
  periods: readonly { period: string; sums: Tallied }[],
  dimensions: readonly Dimension[],
  min: number,
): TrendPeriod[] {
  return periods.map(({ period, sums: { n, scores } }) => {
    const medians: Record<string, number | null> = {};
    for (const d of dimensions) {
      const list = scores.get(d.id);
      // a median cannot be taken apart by subtraction: the minimum group per period is enough
      medians[d.id] = n >= min && list && list.length >= min ? quantile(list, 0.5) : null;
    }
    return { period, n, medians };
  });
}

/**
 * Pools a programme: the firms' checks per network side by side and all together, each network's
 * newest own check (its phase, and its firms' view beside it), and each network's trend by quarter.
 * Every figure keeps the minimum group, and a figure that the total minus the shown networks would
 * give away is hidden too (see suppress). Each firm's check comes with its stored summary.
 */
export function poolProgramme(
  firms: readonly ProgrammeCheck[],
  networkChecks: readonly OwnCheck[],
  dimensions: readonly Dimension[],
  minGroup: number,
): ProgrammeView {
  const min = clampMinGroup(minGroup);
  const byNetwork = groupBy(firms, (f) => f.network);
  const own = groupBy(networkChecks, (c) => c.network);
  const names = [...new Set([...byNetwork.keys(), ...own.keys()])].sort((a, b) =>
    // the group of unknown origin comes last
    !a ? 1 : !b ? -1 : a.localeCompare(b, 'de'),
  );
  const groups = names.map((n) => byNetwork.get(n) ?? []);
  // each network's checks are added up once, per quarter for its trend; the network's sums are
  // its quarters merged, and all of them together are the networks' sums merged
  const quarters = groups.map(quarterSums);
  const sums = quarters.map((q) => mergeTallied(q.map((p) => p.sums)));

  const level = suppress(
    groups.map((g) => g.length),
    min,
  );
  const counts = sums.map((t) => t.scores);
  const areasHidden = names.map((): Record<string, Hidden> => ({}));
  const overallAreas: Record<string, Hidden> = {};
  for (const d of dimensions) {
    const cut = suppress(
      counts.map((c) => c.get(d.id)?.length ?? 0),
      min,
      level.parts,
    );
    cut.parts.forEach((why, i) => {
      if (why && !level.parts[i]) areasHidden[i]![d.id] = why;
    });
    if (cut.total) overallAreas[d.id] = cut.total;
  }

  const overallPool = level.total
    ? hiddenPool(firms.length, min)
    : poolTallied(mergeTallied(sums), dimensions, min);
  const networks = names.map((network, i): NetworkView => {
    const hidden = level.parts[i] ?? null;
    const list = groups[i]!;
    const pool = hidden
      ? hiddenPool(list.length, min)
      : withhold(poolTallied(sums[i]!, dimensions, min), areasHidden[i]!);
    const newest = [...(own.get(network) ?? [])].sort((a, b) => b.at - a.at)[0];
    return {
      network,
      pool,
      hidden,
      areasHidden: areasHidden[i]!,
      own: newest
        ? {
            at: newest.at,
            phase: diagnosePhase(newest.instrument, newest.answers).phase,
            gap: hidden
              ? null
              : gapView(
                  newest,
                  list.map((f) => f.summary),
                  dimensions,
                  min,
                ),
          }
        : null,
      trend: hidden ? [] : trendOf(quarters[i]!, dimensions, min),
    };
  });
  return {
    overall: {
      pool: withhold(overallPool, overallAreas),
      hidden: level.total,
      areasHidden: overallAreas,
    },
    networks,
  };
}
