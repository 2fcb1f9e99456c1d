import { triages } from '../../src/content/barriers';
import { dimensions } from '../../src/content/dimensions';
import { getInstrument } from '../../src/content/instruments';
import { fundingEndsSoon } from '../../src/content/netzwerk/meta';
import { coordinatorRecommendations } from '../../src/content/recommendations-coordinator';
import { kmuRecommendations } from '../../src/content/recommendations-kmu';
import { shownBarriers } from '../../src/domain/barriers';
import { evaluateCheck } from '../../src/domain/evaluate';
import type { Answers } from '../../src/domain/types';

export const content = {
  dimensions,
  triages,
  recommendations: [...kmuRecommendations, ...coordinatorRecommendations],
};

/**
 * What the result screen shows for one answer set, computed as the screen does; `max` overrides the
 * list length (Infinity gives every recommendation that matches).
 */
export function resultOf(instrumentId: string, answers: Answers, max?: number) {
  const instrument = getInstrument(instrumentId)!;
  // the Schnellcheck runs at the event booth: short result, three steps
  const compact = instrumentId === 'kmu-kurz';
  const r = evaluateCheck(
    instrument,
    content,
    answers,
    max ?? (compact ? 3 : 7),
    fundingEndsSoon(answers),
  );
  const barriers = shownBarriers(r.barriers, compact);
  const shownTriages = r.triages.filter((t) =>
    barriers.some((b) => b.barrier === t.triage.barrier),
  );
  return {
    ...r,
    shownBarriers: barriers.map((b) => b.barrier),
    shownTriages,
    advice: [
      ...r.recommendations.map((h) => h.recommendation.id),
      ...shownTriages.map((t) => t.triage.id),
    ],
    texts: [
      ...r.recommendations.flatMap((h) => [h.recommendation.title.de, h.recommendation.body.de]),
      ...shownTriages.flatMap((t) => [t.triage.title.de, t.triage.text.de]),
    ],
  };
}
