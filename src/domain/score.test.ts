import { describe, expect, it } from 'vitest';
import { miniDimensions, miniInstrument } from '../../test/fixtures/mini-content';
import { bandOf, itemScore, scoreDimensions } from './score';
import type { Answers } from './types';

const scoreOf = (answers: Answers, dim: string) =>
  scoreDimensions(miniInstrument, miniDimensions, answers).find((s) => s.dimension === dim);

describe('itemScore', () => {
  it.each([
    [1, false, 0],
    [3, false, 50],
    [5, false, 100],
    [1, true, 100],
    [4, true, 25],
  ])('agreement %i (reverse %s) scores %i', (v, r, expected) => {
    expect(itemScore(v, r)).toBe(expected);
  });
});

describe('bandOf', () => {
  it.each([
    [0, 'low'],
    [39, 'low'],
    [40, 'mid'],
    [69, 'mid'],
    [70, 'high'],
    [100, 'high'],
  ] as const)('%i is %s', (score, band) => expect(bandOf(score)).toBe(band));
});

describe('scoreDimensions', () => {
  it.each<[string, Answers, string, number | null, string | null, number, number]>([
    ['both answered, one reversed', { 'time-1': 5, 'time-2': 1 }, 'time', 100, 'high', 2, 2],
    [
      'unscored context item is ignored',
      { 'time-1': 1, 'time-2': 5, 'time-3': 5 },
      'time',
      0,
      'low',
      2,
      2,
    ],
    // half of two items, but one answer is no profile: it would make 0 or 100 from one click
    ['one answer is not enough, even if half', { 'time-1': 4 }, 'time', null, null, 1, 2],
    ['"weiß nicht" does not count', { 'time-1': 'na', 'time-2': 'na' }, 'time', null, null, 0, 2],
    ['nothing answered gives no score', {}, 'benefit', null, null, 0, 2],
    [
      'member-only item hidden for non-members',
      { member: 'no', 'benefit-1': 3, 'benefit-2': 3, 'benefit-3': 5 },
      'benefit',
      50,
      'mid',
      2,
      2,
    ],
    [
      'member-only item counts for members',
      { member: 'yes', 'benefit-1': 3, 'benefit-3': 5 },
      'benefit',
      75,
      'high',
      2,
      3,
    ],
    [
      'fewer than half answered gives no score',
      { member: 'yes', 'benefit-1': 3 },
      'benefit',
      null,
      null,
      1,
      3,
    ],
  ])('%s', (_, answers, dim, score, band, answered, total) => {
    expect(scoreOf(answers, dim)).toEqual({
      dimension: dim,
      score,
      band,
      mean: score === null ? null : 1 + (score / 100) * 4,
      answered,
      total,
    });
  });
});
