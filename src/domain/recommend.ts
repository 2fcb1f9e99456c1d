import type { Recommendation } from '../content/schema';
import { checkRule, type RuleContext, type Trigger } from './conditions';
import { LOW_BELOW } from './score';

/** A chosen recommendation, how strongly it matched, and the answers that triggered it. */
export interface RecommendationHit {
  recommendation: Recommendation;
  strength: number;
  /** How many of its rules hold (the tie-break after strength). */
  rules: number;
  triggers: Trigger[];
}

/**
 * What one reason weighs (said in "Wie wird bewertet?", which takes these numbers):
 * a ticked barrier weighs more than the lowest possible area; gates weigh nothing.
 */
export const WEIGHT = {
  /** A barrier the person ticked, or the closer look (triage) at a ticked barrier. */
  ticked: 3,
  /** A barrier only signalled by a low area or a statement, or its triage. */
  signalled: 1.5,
  /** An area with "Handlungsbedarf": from 1 (just below the line) up to 2 (0 points). */
  lowFrom: 1,
  lowTo: 2,
  /** An area "ausbaufähig" or "Stärke". */
  notLow: 0.5,
  /** One answer to a statement or a phase indicator. */
  answer: 1,
  /** Membership, typology, phase, development stage: they decide whether a rule applies. */
  gate: 0,
} as const;

/** How much one trigger says about need. */
export function triggerStrength(t: Trigger): number {
  switch (t.kind) {
    case 'band':
      return t.band === 'low'
        ? WEIGHT.lowFrom + ((WEIGHT.lowTo - WEIGHT.lowFrom) * (LOW_BELOW - t.score)) / LOW_BELOW
        : WEIGHT.notLow;
    case 'answer':
      return t.gate ? WEIGHT.gate : WEIGHT.answer;
    case 'barrier':
    case 'triage':
      return t.ticked ? WEIGHT.ticked : WEIGHT.signalled;
    case 'phase':
    case 'maturity':
      return WEIGHT.gate;
  }
}

/** Every matching recommendation with its strongest rule, best first (not cut to a length). */
export function rankRecommendations(
  recommendations: readonly Recommendation[],
  ctx: RuleContext,
): RecommendationHit[] {
  const hits: RecommendationHit[] = [];
  for (const recommendation of recommendations) {
    let best: RecommendationHit | undefined;
    let rules = 0;
    for (const rule of recommendation.rules) {
      const triggers = checkRule(rule, ctx);
      if (!triggers) continue;
      rules++;
      const strength = triggers.reduce((s, t) => s + triggerStrength(t), 0);
      if (!best || strength > best.strength)
        best = { recommendation, strength, rules: 0, triggers };
    }
    if (best) hits.push({ ...best, rules });
  }
  // stable: equal hits keep content order
  return hits.sort(
    (a, b) =>
      b.strength - a.strength ||
      b.rules - a.rules ||
      b.recommendation.priority - a.recommendation.priority,
  );
}

/**
 * Selects and ranks recommendations: each by its strongest matching rule; ties go to more
 * matching rules, then to the higher priority. The strongest of each reserved group (e.g. the
 * minimum standards) that matched always gets a place, taking the last free one.
 */
export function recommend(
  recommendations: readonly Recommendation[],
  ctx: RuleContext,
  max = 7,
): RecommendationHit[] {
  const ranked = rankRecommendations(recommendations, ctx);
  const out = ranked.slice(0, max);
  const groups = new Set(ranked.flatMap((h) => h.recommendation.reserve ?? []));
  for (const group of groups) {
    if (out.some((h) => h.recommendation.reserve === group)) continue;
    const best = ranked.find((h) => h.recommendation.reserve === group);
    // replace the weakest hit that holds no reserved place itself
    let at = out.length - 1;
    while (at >= 0 && out[at]?.recommendation.reserve) at--;
    if (best && at >= 0) out[at] = best;
    else if (best && out.length < max) out.push(best);
  }
  return out;
}
