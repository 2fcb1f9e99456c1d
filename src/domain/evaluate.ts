import type { Dimension, Instrument, Recommendation, Triage } from '../content/schema';
import { barrierProfile, triage, type BarrierHit, type TriageHit } from './barriers';
import type { RuleContext } from './conditions';
import { diagnosePhase, type PhaseDiagnosis } from './phase';
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
  const gates = new Set(
    instrument.blocks.flatMap((b) =>
      b.items.filter((i) => i.type === 'single' && !i.phase).map((i) => i.id),
    ),
  );
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
    triages: new Map(),
    gates,
    ...network,
  };
  // the closer looks at a barrier speak to a firm (its membership, its time): not to a network
  const triages = instrument.role === 'kmu' ? triage(content.triages, ctx) : [];
  const withTriage = {
    ...ctx,
    triages: new Map(
      triages.map((t) => [t.triage.id, { ticked: !!ctx.barriers.get(t.triage.barrier)?.ticked }]),
    ),
  };
  const audience = instrument.role;
  const recommendations = recommend(
    content.recommendations.filter((r) => r.audience === audience),
    withTriage,
    max,
  );
  return { scores, barriers, triages, recommendations };
}

/** One check as its result shows it: a network check gets its phase diagnosis, which gates advice. */
export function evaluateCheck(
  instrument: Instrument,
  content: EvaluationContent,
  answers: Answers,
  max: number,
  fundingEndsSoon: boolean,
): Evaluation & { diagnosis?: PhaseDiagnosis } {
  const diagnosis =
    instrument.role === 'coordinator'
      ? diagnosePhase(instrument, answers, fundingEndsSoon)
      : undefined;
  const network = diagnosis
    ? { phase: diagnosis.phase, maturity: diagnosis.maturity ?? undefined }
    : {};
  return { ...evaluate(instrument, content, answers, max, network), diagnosis };
}
