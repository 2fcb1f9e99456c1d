import type { Dimension, Instrument, Recommendation, Triage } from '../content/schema';
import { barrierProfile, triage, type BarrierHit, type TriageHit } from './barriers';
import type { RuleContext } from './conditions';
import { recommend, type RecommendationHit } from './recommend';
import { scoreDimensions, type DimensionScore } from './score';
import type { Answers } from './types';

/** The content evaluation needs. */
export interface EvaluationContent {
  dimensions: readonly Dimension[];
  triages: readonly Triage[];
  recommendations: readonly Recommendation[];
}

/** Everything a result screen shows for one check. */
export interface Evaluation {
  scores: DimensionScore[];
  barriers: BarrierHit[];
  triages: TriageHit[];
  recommendations: RecommendationHit[];
}

/** Scores, barrier profile, triage and recommendations for one check's answers. */
export function evaluate(
  instrument: Instrument,
  content: EvaluationContent,
  answers: Answers,
  max = 7,
  network: Pick<RuleContext, 'phase' | 'maturity'> = {},
): Evaluation {
  const scores = scoreDimensions(instrument, content.dimensions, answers);
  const barriers = barrierProfile(instrument, content.dimensions, scores, answers);
  const ctx: RuleContext = {
    answers,
    bands: new Map(
      scores.flatMap((s) =>
        s.band && s.score !== null
          ? [[s.dimension, { band: s.band, score: s.score }] as const]
          : [],
      ),
    ),
    barriers: new Map(barriers.map((b) => [b.barrier, { ticked: b.ticked }])),
    triages: new Set(),
    ...network,
  };
  const triages = triage(content.triages, ctx);
  const withTriage = { ...ctx, triages: new Set(triages.map((t) => t.triage.id)) };
  const audience = instrument.role;
  const recommendations = recommend(
    content.recommendations.filter((r) => r.audience === audience),
    withTriage,
    max,
  );
  return { scores, barriers, triages, recommendations };
}
