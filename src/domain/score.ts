import type { Band, Dimension, Instrument } from '../content/schema';
import type { Answers } from './types';
import { visiblePlan } from './visibility';

/** Below this score a dimension is "Handlungsbedarf" (a design choice, explained in the app). */
export const LOW_BELOW = 40;
/** From this score on a dimension is a "Stärke" (a design choice, explained in the app). */
export const HIGH_FROM = 70;

/** An area needs at least this many answered statements for a score: one answer is no profile. */
export const MIN_ANSWERED = 2;

/**
 * The score of one dimension; score and band are null when fewer than half its items, or fewer
 * than MIN_ANSWERED, are answered.
 */
export interface DimensionScore {
  dimension: string;
  score: number | null;
  band: Band | null;
  /** Mean agreement 1–5 after reversing reverse-scored items (unrounded), or null. */
  mean: number | null;
  answered: number;
  total: number;
}

/** Band of a 0–100 score. */
export const bandOf = (score: number): Band =>
  score < LOW_BELOW ? 'low' : score < HIGH_FROM ? 'mid' : 'high';

/** Maps a 1–5 agreement to 0–100, reversed for reverse-scored items. */
export const itemScore = (value: number, reverse = false) =>
  ((reverse ? 5 - value : value - 1) / 4) * 100;

/** Scores every dimension from the visible, scored likert items; "weiß nicht" ('na') is left out. */
export function scoreDimensions(
  instrument: Instrument,
  dimensions: readonly Dimension[],
  answers: Answers,
): DimensionScore[] {
  const byDimension = visiblePlan(instrument, answers).scored;
  return dimensions
    .map((d): DimensionScore | null => {
      const mine = byDimension.get(d.id) ?? [];
      const values = mine
        .map((i) => ({ v: answers[i.id], reverse: i.reverse }))
        .filter((x): x is { v: number; reverse: boolean | undefined } => typeof x.v === 'number');
      const total = mine.length;
      const answered = values.length;
      if (total === 0) return null;
      if (answered * 2 < total || answered < MIN_ANSWERED) {
        return { dimension: d.id, score: null, band: null, mean: null, answered, total };
      }
      const raw = values.reduce((s, x) => s + itemScore(x.v, x.reverse), 0) / answered;
      const score = Math.round(raw);
      return {
        dimension: d.id,
        score,
        band: bandOf(score),
        mean: 1 + (raw / 100) * 4,
        answered,
        total,
      };
    })
    .filter((s): s is DimensionScore => s !== null);
}
