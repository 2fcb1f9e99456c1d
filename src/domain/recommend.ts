import type { Recommendation } from '../content/schema';
import { checkAll, type RuleContext, type Trigger } from './conditions';
import { LOW_BELOW } from './score';

/** A chosen recommendation, how strongly it matched, and the answers that triggered it. */
export interface RecommendationHit {
  recommendation: Recommendation;
  strength: number;
  triggers: Trigger[];
}

/** How much one trigger says about need: a very low dimension or a ticked barrier weighs most. */
export function triggerStrength(t: Trigger): number {
  switch (t.kind) {
    case 'band':
      return t.band === 'low'
        ? 1 + (LOW_BELOW - t.score) / LOW_BELOW
        : t.band === 'mid'
          ? 0.6
          : 0.3;
    case 'answer':
      return 1;
    case 'barrier':
      return t.ticked ? 1.5 : 1;
    case 'triage':
      return 1.5;
    case 'phase':
    case 'maturity':
      return 1;
  }
}

/** Selects and ranks recommendations: best-matching rule per recommendation, then by strength and priority. */
export function recommend(
  recommendations: readonly Recommendation[],
  ctx: RuleContext,
  max = 7,
): RecommendationHit[] {
  const hits: RecommendationHit[] = [];
  for (const recommendation of recommendations) {
    let best: RecommendationHit | undefined;
    for (const rule of recommendation.rules) {
      const triggers = checkAll(rule.all, ctx);
      if (!triggers) continue;
      const strength =
        triggers.reduce((s, t) => s + triggerStrength(t), 0) + recommendation.priority * 0.4;
      if (!best || strength > best.strength) best = { recommendation, strength, triggers };
    }
    if (best) hits.push(best);
  }
  return hits.sort((a, b) => b.strength - a.strength).slice(0, max);
}
