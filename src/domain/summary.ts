import type { Band } from '../content/schema';
import type { Evaluation } from './evaluate';
import type { Phase, PhaseDiagnosis } from './phase';

/**
 * What pooling needs of one completed check, worked out once when it is stored: area scores and
 * bands, the barrier profile, the recommendation ids in rank order, the scores on mirrored
 * statements and a network's phase.
 */
export interface CheckSummary {
  /** The summary format and content that produced it; another version means: work it out again. */
  version: string;
  /** Score 0–100 per area that has one. */
  scores: Record<string, number>;
  bands: Record<string, Band>;
  barriers: { barrier: string; ticked: boolean }[];
  recommendations: string[];
  /** Scores 0–100 on the statements a network's statements mirror (the firms' side of the gap). */
  twins: Record<string, number>;
  /** A network's phase (Netzwerk-Check only). */
  phase?: Phase;
}

/** Raise when the way a summary is worked out changes (content changes are seen by themselves). */
export const SUMMARY_FORMAT = 1;

/** A short fingerprint of any JSON-able value (FNV-1a, 32 bit, hex). */
export function fingerprint(value: unknown): string {
  const text = JSON.stringify(value);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The summary of an evaluation. */
export function summaryOf(
  result: Evaluation & { diagnosis?: PhaseDiagnosis },
  twins: Record<string, number>,
  version: string,
): CheckSummary {
  const scores: Record<string, number> = {};
  const bands: Record<string, Band> = {};
  for (const s of result.scores) {
    if (s.score === null) continue;
    scores[s.dimension] = s.score;
    if (s.band) bands[s.dimension] = s.band;
  }
  return {
    version,
    scores,
    bands,
    barriers: result.barriers.map(({ barrier, ticked }) => ({ barrier, ticked })),
    recommendations: result.recommendations.map((r) => r.recommendation.id),
    twins,
    ...(result.diagnosis && { phase: result.diagnosis.phase }),
  };
}
