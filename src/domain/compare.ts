import type { Dimension, Instrument, Item } from '../content/schema';
import { itemScore } from './score';
import type { Answers } from './types';
import { visibleInstrumentItems } from './visibility';

/** One dimension seen by the network and by its firms (mirrored items only). */
export interface GapRow {
  dimension: string;
  /** The network's own score 0–100 on its mirrored statements, or null. */
  network: number | null;
  /** Mean of the firms' scores 0–100 on the twin statements; null when fewer than minFirms. */
  firms: number | null;
  /** Firms with at least one answered twin statement. */
  firmsN: number;
  /** firms − network, or null when either side is missing. */
  gap: number | null;
}

const likertScore = (item: Item | undefined, value: unknown) =>
  item && item.type === 'likert' && typeof value === 'number'
    ? itemScore(value, item.reverse)
    : null;

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

/** The ids of the firm statements some network statement mirrors. */
export const mirroredIds = (instruments: readonly Instrument[]): Set<string> =>
  new Set(
    instruments.flatMap((i) => i.blocks.flatMap((b) => b.items.flatMap((x) => x.mirrors ?? []))),
  );

/**
 * A check's scores 0–100 on the statements in `ids` it was shown and answered on the scale:
 * what the gap view needs of a firm, kept in its summary.
 */
export function twinScores(
  instrument: Instrument,
  answers: Answers,
  ids: ReadonlySet<string>,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of visibleInstrumentItems(instrument, answers)) {
    const score = ids.has(item.id) ? likertScore(item, answers[item.id]) : null;
    if (score !== null) out[item.id] = score;
  }
  return out;
}

/**
 * The network's self-view against its firms' view, per dimension, on the mirrored statements
 * (a firm's side is its twinScores). The firms' view of an area stays empty when fewer than
 * `minFirms` answered there (anonymity).
 */
export function gapView(
  network: { instrument: Instrument; answers: Answers },
  firms: readonly { twins: Readonly<Record<string, number>> }[],
  dimensions: readonly Dimension[],
  minFirms = 1,
): GapRow[] {
  const pairs = visibleInstrumentItems(network.instrument, network.answers).filter(
    (i) => i.mirrors && i.dimension,
  );
  return dimensions.flatMap((d): GapRow[] => {
    const mine = pairs.filter((p) => p.dimension === d.id);
    if (!mine.length) return [];
    const net = mean(mine.flatMap((p) => likertScore(p, network.answers[p.id]) ?? []));
    const perFirm = firms.flatMap((f) => {
      const m = mean(mine.flatMap((p) => f.twins[p.mirrors ?? ''] ?? []));
      return m === null ? [] : [m];
    });
    const firmMean = perFirm.length >= minFirms ? mean(perFirm) : null;
    const ownView = net === null ? null : Math.round(net);
    const firmView = firmMean === null ? null : Math.round(firmMean);
    // the gap of the rounded figures, so the table adds up for the reader
    const gap = ownView === null || firmView === null ? null : firmView - ownView;
    return [{ dimension: d.id, network: ownView, firms: firmView, firmsN: perFirm.length, gap }];
  });
}

/** One check in a series of re-assessments. */
export interface TrendPoint {
  id: string;
  at: number;
  scores: Record<string, number | null>;
}

/**
 * Scores per dimension over repeated checks (oldest first; each check's area scores from its
 * summary) and the change from the first to the last.
 */
export function trend(
  checks: readonly { id: string; at: number; scores: Readonly<Record<string, number>> }[],
  dimensions: readonly Dimension[],
): { points: TrendPoint[]; change: Record<string, number | null> } {
  const points = [...checks]
    .sort((a, b) => a.at - b.at)
    .map((c) => {
      const scores: Record<string, number | null> = {};
      for (const d of dimensions) scores[d.id] = c.scores[d.id] ?? null;
      return { id: c.id, at: c.at, scores };
    });
  const change: Record<string, number | null> = {};
  for (const d of dimensions) {
    const seen = points.map((p) => p.scores[d.id]).filter((s): s is number => s != null);
    change[d.id] = seen.length >= 2 ? seen[seen.length - 1]! - seen[0]! : null;
  }
  return { points, change };
}
