import { describe, expect, it } from 'vitest';
import {
  miniDimensions,
  miniInstrument,
  miniRecommendations,
  miniTriages,
} from '../../test/fixtures/mini-content';
import { kmuInstrument } from '../content/kmu/instrument';
import { kmuKurzInstrument } from '../content/kmu-kurz/instrument';
import { dimensions } from '../content/dimensions';
import { triages } from '../content/barriers';
import { kmuRecommendations } from '../content/recommendations-kmu';
import type { Instrument } from '../content/schema';
import { clampMinGroup, countBelow, quantile, tally } from './aggregate';
import { bandOf, HIGH_FROM, LOW_BELOW } from './score';
import { evaluate, type EvaluationContent } from './evaluate';
import { summaryOf } from './summary';
import type { Answers } from './types';

const content = {
  dimensions: miniDimensions,
  triages: miniTriages,
  recommendations: miniRecommendations,
};
type Check = { instrument: Instrument; answers: Answers };
const group = (list: Answers[]): Check[] =>
  list.map((answers) => ({ instrument: miniInstrument, answers }));
/** Pools checks as the app does: each summarised once, then the summaries pooled. */
const pooled = (checks: Check[], c: EvaluationContent, min: number) =>
  tally(
    checks.map((x) => summaryOf(evaluate(x.instrument, c, x.answers), {}, 'test')),
    c.dimensions,
    min,
  );

describe('minimum group size', () => {
  it.each<[number, number]>([
    [5, 5],
    [3, 3],
    [2, 3],
    [0, 3],
    [-4, 3],
    [Number.NaN, 5],
    [7.4, 7],
  ])('asked for %s → %s', (asked, used) => expect(clampMinGroup(asked)).toBe(used));

  it.each<[number, number, boolean]>([
    [4, 5, true],
    [5, 5, false],
    [2, 2, true],
    [3, 2, false],
  ])('%s checks with minimum %s → hidden %s', (n, min, hidden) => {
    const pool = pooled(group(Array.from({ length: n }, () => ({ 'time-1': 3 }))), content, min);
    expect(pool.n).toBe(n);
    expect(pool.hidden).toBe(hidden);
    if (hidden) {
      // nothing about the group is computed, let alone shown
      expect(pool.dimensions).toEqual([]);
      expect(pool.barriers).toEqual([]);
      expect(pool.recommendations).toEqual([]);
    }
  });
});

describe('quantiles', () => {
  it.each<[number[], number, number]>([
    [[10], 0.5, 10],
    [[0, 100], 0.5, 50],
    [[0, 25, 50, 75, 100], 0.25, 25],
    [[0, 25, 50, 75, 100], 0.75, 75],
    [[0, 10, 20, 100], 0.5, 15],
  ])('%j at %s → %s', (xs, q, v) => expect(quantile(xs, q)).toBe(v));
});

describe('spread per dimension', () => {
  // time: time-1 (normal) and time-2 (reversed); score = mean of (v-1)/4*100 and (5-v)/4*100
  const answers: Answers[] = [
    { 'time-1': 1, 'time-2': 5 }, // 0 → low
    { 'time-1': 3, 'time-2': 3 }, // 50 → mid
    { 'time-1': 5, 'time-2': 1 }, // 100 → high
    { 'time-1': 5, 'time-2': 2 }, // (100 + 75) / 2 = 88 → high (87.5 rounds to 88)
    { 'time-1': 'na' }, // nothing answered: no score, still a respondent
  ];
  const pool = pooled(group(answers), content, 3);
  const time = pool.dimensions.find((d) => d.dimension === 'time')!;

  it('counts every respondent, scores only those with enough answers', () => {
    expect(pool.n).toBe(5);
    expect(time.n).toBe(4);
  });
  it('counts bands with the same thresholds as one check', () => {
    expect(time.bands).toEqual({ low: 1, mid: 1, high: 2 });
  });
  it('counts each band as one check’s band would say, on the thresholds too', () => {
    const scores = [
      0,
      12.5,
      LOW_BELOW - 0.5,
      LOW_BELOW,
      LOW_BELOW,
      55,
      HIGH_FROM - 1,
      HIGH_FROM,
      88,
      100,
    ];
    const summaries = scores.map((v) => ({
      version: 'test',
      scores: { time: v },
      bands: {},
      barriers: [],
      recommendations: [],
      twins: {},
    }));
    const bands = tally(summaries, [{ id: 'time' }], 3).dimensions[0]!.bands;
    const one = { low: 0, mid: 0, high: 0 };
    for (const v of scores) one[bandOf(v)]++;
    expect(bands).toEqual(one);
    expect(one).toEqual({ low: 3, mid: 4, high: 3 });
    expect([countBelow([], 5), countBelow([1, 5, 5, 9], 5), countBelow([1, 5], 10)]).toEqual([
      0, 1, 2,
    ]);
  });
  it('gives the quartiles of the scores', () => {
    // sorted 0, 50, 88, 100
    expect(time.quartiles).toEqual([38, 69, 91]);
  });
  it('shows no spread for an area fewer than the minimum group answered', () => {
    // five respondents, but only four with a score in this area: with a minimum of 5 it stays blank
    const strict = pooled(group(answers), content, 5);
    expect(strict.hidden).toBe(false);
    expect(strict.dimensions.find((d) => d.dimension === 'time')).toEqual({
      dimension: 'time',
      n: 4,
      bands: { low: 0, mid: 0, high: 0 },
      quartiles: null,
    });
  });
  it('leaves a dimension nobody answered without quartiles', () => {
    const benefit = pool.dimensions.find((d) => d.dimension === 'benefit')!;
    expect(benefit).toEqual({
      dimension: 'benefit',
      n: 0,
      bands: { low: 0, mid: 0, high: 0 },
      quartiles: null,
    });
  });
});

describe('barrier and recommendation frequencies', () => {
  const pool = pooled(
    group([
      { barriers: ['time'] },
      { barriers: ['time', 'fees'] },
      { barriers: ['fees'], 'time-1': 1, 'time-2': 5 },
      { barriers: ['none'] },
      {},
    ]),
    content,
    5,
  );
  it('counts ticked barriers and barriers in the profile (ticked or from a low dimension)', () => {
    expect(pool.barriers).toEqual([
      { barrier: 'resources', ticked: 2, inProfile: 3 },
      { barrier: 'fees', ticked: 2, inProfile: 2 },
    ]);
  });
  it('ranks recommendations by how many checks got them', () => {
    const counts = pool.recommendations.map((r) => r.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(pool.recommendations.every((r) => r.count >= 1 && r.count <= 5)).toBe(true);
  });
});

describe('pooling the Schnellcheck with the KMU-Check', () => {
  const real = { dimensions, triages, recommendations: kmuRecommendations };
  const full: Answers = { 'p-member': 'no', 'd2-1': 1, 'd2-2': 1, 'd2-3': 1 };
  const short: Answers = { 'p-member': 'no', 'd2-1': 1, 'd2-3': 5 };
  const checks: Check[] = [
    ...[0, 1, 2].map(() => ({ instrument: kmuInstrument, answers: full })),
    ...[3, 4].map(() => ({ instrument: kmuKurzInstrument, answers: short })),
  ];
  it('counts both instruments in the same dimension', () => {
    const pool = pooled(checks, real, 5);
    const d2 = pool.dimensions.find((d) => d.dimension === 'd2')!;
    expect(pool.n).toBe(5);
    expect(d2.n).toBe(5);
  });
});
