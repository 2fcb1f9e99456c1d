import { describe, expect, it } from 'vitest';
import { suppress } from './suppress';

describe('complementary suppression', () => {
  it.each<[string, number[], (string | null)[], string | null]>([
    ['all large: everything shows', [10, 8, 6], [null, null, null], null],
    [
      'one small: the smallest other hides with it',
      [10, 8, 2],
      [null, 'complement', 'small'],
      null,
    ],
    ['two small that make a group together', [10, 3, 2], [null, 'small', 'small'], null],
    [
      'two small too few together: one more hides',
      [10, 7, 1, 1],
      [null, 'complement', 'small', 'small'],
      null,
    ],
    [
      'one small and one large only: the total is the large one’s',
      [20, 2],
      ['complement', 'small'],
      null,
    ],
    ['a small total hides everything', [2, 1], ['small', 'small'], 'small'],
    ['empty groups neither need nor give cover', [10, 0, 3], ['complement', null, 'small'], null],
    ['no groups', [], [], 'small'],
  ])('%s', (_, sizes, parts, total) => {
    expect(suppress(sizes, 5)).toEqual({ parts, total });
  });

  it('keeps groups hidden for another reason and covers them', () => {
    // network 0 is hidden as a whole; in this area it has 2 answers, so one more area hides
    expect(suppress([2, 9, 6], 5, ['complement', null, null])).toEqual({
      parts: ['complement', null, 'complement'],
      total: null,
    });
  });

  it('a lone hidden group that nothing can cover hides the total', () => {
    expect(suppress([3, 0], 3, ['complement', null])).toEqual({
      parts: ['complement', null],
      total: 'complement',
    });
  });

  it('over many random tables, the total minus the shown groups never gives one group or a small one', () => {
    let seed = 7;
    const rand = (k: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % k;
    };
    for (let round = 0; round < 2000; round++) {
      const min = 3 + rand(6);
      const sizes = Array.from({ length: 1 + rand(8) }, () => (rand(3) ? rand(3 * min) : 0));
      const { parts, total } = suppress(sizes, min);
      if (total) continue;
      const hidden = sizes.filter((n, i) => parts[i] && n > 0);
      const rest =
        sizes.reduce((a, b) => a + b, 0) - sizes.reduce((a, n, i) => (parts[i] ? a : a + n), 0);
      // what an attacker gets by subtraction is the hidden groups together
      expect(rest).toBe(hidden.reduce((a, b) => a + b, 0));
      if (!hidden.length) continue;
      expect(hidden.length).toBeGreaterThanOrEqual(2);
      expect(rest).toBeGreaterThanOrEqual(min);
      // and no shown group is below the minimum
      sizes.forEach((n, i) => !parts[i] && n > 0 && expect(n).toBeGreaterThanOrEqual(min));
    }
  });
});
