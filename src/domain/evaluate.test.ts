import { describe, expect, it } from 'vitest';
import {
  miniDimensions,
  miniInstrument,
  miniRecommendations,
  miniTriages,
} from '../../test/fixtures/mini-content';
import { evaluate } from './evaluate';
import type { Answers } from './types';

const content = {
  dimensions: miniDimensions,
  triages: miniTriages,
  recommendations: miniRecommendations,
};
const run = (answers: Answers) => evaluate(miniInstrument, content, answers);

describe('barrier profile', () => {
  it.each<[string, Answers, string[]]>([
    ['nothing ticked, nothing low', { 'time-1': 4, 'time-2': 2 }, []],
    ['ticked barrier only', { barriers: ['fees'] }, ['fees']],
    ['low dimension signals its barrier', { 'time-1': 1, 'time-2': 5 }, ['resources']],
    [
      'a ticked barrier weighs more than the lowest possible score',
      { barriers: ['fees'], 'time-1': 1, 'time-2': 4, 'benefit-1': 1, 'benefit-2': 1 },
      ['fees', 'benefit', 'resources'],
    ],
    ['"none" maps to no barrier', { barriers: ['none'] }, []],
  ])('%s', (_, answers, expected) => {
    expect(run(answers).barriers.map((b) => b.barrier)).toEqual(expected);
  });

  it('keeps both sources of a barrier: ticked and the low dimension', () => {
    const [hit] = run({ barriers: ['time'], 'time-1': 1, 'time-2': 5 }).barriers;
    expect(hit).toMatchObject({
      barrier: 'resources',
      ticked: true,
      dimension: { id: 'time', score: 0 },
    });
  });
});

describe('triage of the main barriers', () => {
  it.each<[string, Answers, string[]]>([
    [
      'short on time but relevant topics get time → priorities',
      { barriers: ['time'], 'time-3': 5 },
      ['resources-priorities'],
    ],
    [
      'short on time, relevance does not help → capacity',
      { barriers: ['time'], 'time-3': 2 },
      ['resources-capacity'],
    ],
    ['no resources barrier → no resources triage', { 'time-3': 5 }, []],
    ['benefit low → benefit triage', { 'benefit-1': 1, 'benefit-2': 1 }, ['benefit-fallback']],
  ])('%s', (_, answers, expected) => {
    expect(run(answers).triages.map((t) => t.triage.id)).toEqual(expected);
  });
});

describe('recommendations', () => {
  it.each<[string, Answers, string[]]>([
    [
      'priorities nuance gives short formats, not passive start',
      { barriers: ['time'], 'time-3': 5 },
      ['short-formats'],
    ],
    ['capacity gives passive start', { barriers: ['time'], 'time-3': 1 }, ['start-passive']],
    [
      'a ticked barrier ranks first, then very low benefit, then what membership alone gates',
      { member: 'no', 'benefit-1': 1, 'benefit-2': 1, barriers: ['fees'] },
      ['fees-value', 'ask-examples', 'ask-chamber'],
    ],
    ['strength is the only thing that matches', { 'time-1': 5, 'time-2': 1 }, ['keep-going']],
  ])('%s', (_, answers, expected) => {
    expect(run(answers).recommendations.map((r) => r.recommendation.id)).toEqual(expected);
  });

  it('says which answers triggered a recommendation', () => {
    const hit = run({ member: 'no' }).recommendations.find(
      (r) => r.recommendation.id === 'ask-chamber',
    );
    // membership is a gate: it says why, but adds no strength
    expect(hit?.triggers).toEqual([{ kind: 'answer', item: 'member', value: 'no', gate: true }]);
    expect(hit?.strength).toBe(0);
  });

  it('caps the list', () => {
    const answers: Answers = {
      member: 'no',
      barriers: ['time', 'fees'],
      'benefit-1': 1,
      'benefit-2': 1,
      'time-3': 5,
    };
    expect(evaluate(miniInstrument, content, answers, 2).recommendations).toHaveLength(2);
  });
});
