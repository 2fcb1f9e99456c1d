import { describe, expect, it } from 'vitest';
import { triages } from '../content/barriers';
import { dimensions } from '../content/dimensions';
import { netzwerkInstrument } from '../content/netzwerk/instrument';
import { fundingEndsSoon } from '../content/netzwerk/meta';
import { coordinatorRecommendations } from '../content/recommendations-coordinator';
import { evaluate } from './evaluate';
import { diagnosePhase } from './phase';
import type { AnswerValue, Answers } from './types';

const content = { dimensions, triages, recommendations: coordinatorRecommendations };

/** A middling network: every statement "teils, teils", every indicator "teilweise", typology as given. */
function answers(typology: Record<string, AnswerValue>): Answers {
  const out: Record<string, AnswerValue> = {};
  for (const b of netzwerkInstrument.blocks)
    for (const i of b.items) {
      if (i.type === 'likert') out[i.id] = 3;
      else if (i.phase) out[i.id] = 'partly';
      else if (i.options?.[0]) out[i.id] = i.options[0].id;
    }
  return { ...out, 't-orientation': 'both', 't-age': '5+', 't-funding': 'self', ...typology };
}

function chosen(typology: Record<string, AnswerValue>, max = 7) {
  const a = answers(typology);
  const d = diagnosePhase(netzwerkInstrument, a, fundingEndsSoon(a));
  const r = evaluate(netzwerkInstrument, content, a, max, {
    phase: d.phase,
    maturity: d.maturity ?? undefined,
  });
  return r.recommendations.map((h) => h.recommendation.id);
}

describe('coordinator advice is tailored to the network type (seed-001 digest §7 design notes)', () => {
  it.each<[string, Record<string, AnswerValue>, string, string]>([
    [
      'exploitative → benefit communication (43 % unclear benefit)',
      { 't-orientation': 'exploitative' },
      'ko-exploit',
      'ko-explore',
    ],
    [
      'explorative → low-effort formats (91 % resources)',
      { 't-orientation': 'explorative' },
      'ko-explore',
      'ko-exploit',
    ],
    [
      'young network whose firms are not active → persistence (R2)',
      { 't-age': '1-3', 'n-d7-1': 2 },
      'ko-r2',
      'ko-exploit',
    ],
    [
      'funding ends soon → decide on continuation in time',
      { 't-funding': 'ending' },
      'ko-js-iii2',
      'ko-explore',
    ],
  ])('%s', (_, typology, expected, absent) => {
    const top = chosen(typology);
    expect(top).toContain(expected);
    expect(top).not.toContain(absent);
    expect(chosen({})).not.toContain(expected);
  });

  it('every coordinator recommendation shown carries its sources', () => {
    for (const id of chosen({ 't-orientation': 'exploitative', 't-age': '<1' }, 100))
      expect(coordinatorRecommendations.find((r) => r.id === id)?.citations.length).toBeGreaterThan(
        0,
      );
  });
});
