import { describe, expect, it } from 'vitest';
import { dimensions } from '../content/dimensions';
import { kmuInstrument } from '../content/kmu/instrument';
import { kmuKurzInstrument } from '../content/kmu-kurz/instrument';
import { netzwerkInstrument } from '../content/netzwerk/instrument';
import { gapView, mirroredIds, trend, twinScores } from './compare';
import { scoreDimensions } from './score';
import type { Answers } from './types';

// n-d2-1 mirrors d2-1; n-d3-1/2/3 mirror d3-4/d3-2/d3-1 (see the Netzwerk-Check content)
const network = (answers: Answers) => ({ instrument: netzwerkInstrument, answers });
const mirrored = mirroredIds([netzwerkInstrument]);
const firm = (answers: Answers) => ({ twins: twinScores(kmuInstrument, answers, mirrored) });

describe('multi-rater gap', () => {
  it.each<
    [
      string,
      Answers,
      Answers[],
      { network: number | null; firms: number | null; firmsN: number; gap: number | null },
    ]
  >([
    [
      'network sees itself better than its firms do',
      { 'n-d2-1': 5 },
      [{ 'd2-1': 1 }, { 'd2-1': 2 }],
      { network: 100, firms: 13, firmsN: 2, gap: -87 },
    ],
    [
      'firms see more than the network',
      { 'n-d2-1': 1 },
      [{ 'd2-1': 5 }],
      { network: 0, firms: 100, firmsN: 1, gap: 100 },
    ],
    [
      'the same view: no gap',
      { 'n-d2-1': 3 },
      [{ 'd2-1': 3 }, { 'd2-1': 3 }],
      { network: 50, firms: 50, firmsN: 2, gap: 0 },
    ],
    [
      '"weiß nicht" on either side counts as no answer',
      { 'n-d2-1': 'na' },
      [{ 'd2-1': 'na' }],
      { network: null, firms: null, firmsN: 0, gap: null },
    ],
    ['no firms', { 'n-d2-1': 4 }, [], { network: 75, firms: null, firmsN: 0, gap: null }],
  ])('%s', (_, net, firms, expected) => {
    const rows = gapView(network(net), firms.map(firm), dimensions);
    expect(rows.find((r) => r.dimension === 'd2')).toEqual({ dimension: 'd2', ...expected });
  });

  it('leaves the firms’ view empty where fewer than the minimum group answered', () => {
    const firms = ([{ 'd2-1': 1 }, { 'd2-1': 2 }, {}, {}] as Answers[]).map(firm);
    const rows = gapView(network({ 'n-d2-1': 5 }), firms, dimensions, 3);
    expect(rows.find((r) => r.dimension === 'd2')).toEqual({
      dimension: 'd2',
      network: 100,
      firms: null,
      firmsN: 2,
      gap: null,
    });
  });

  it('compares only mirrored statements: an unmirrored firm answer changes nothing', () => {
    const net = { 'n-d3-1': 5, 'n-d3-2': 5, 'n-d3-3': 5 };
    // d3-4 is for members only: this non-member's answer to it does not count
    const base = { 'd3-1': 5, 'd3-2': 3, 'd3-4': 1 };
    const a = gapView(network(net), [firm({ ...base, 'd3-3': 5 })], dimensions);
    const b = gapView(network(net), [firm({ ...base, 'd3-3': 1 })], dimensions);
    expect(a).toEqual(b);
    expect(a.find((r) => r.dimension === 'd3')).toMatchObject({
      network: 100,
      firms: 75,
      gap: -25,
    });
  });

  it('takes Schnellcheck firms into account through the shared item ids', () => {
    const rows = gapView(
      network({ 'n-d2-1': 1 }),
      [{ twins: twinScores(kmuKurzInstrument, { 'd2-1': 5 }, mirrored) }],
      dimensions,
    );
    expect(rows.find((r) => r.dimension === 'd2')).toMatchObject({ firms: 100, firmsN: 1 });
  });

  it('has a row for every dimension with a mirrored statement the network sees', () => {
    expect(gapView(network({}), [], dimensions).map((r) => r.dimension)).not.toContain('d7');
    const rows = gapView(network({ 't-kmu-role': 'yes' }), [], dimensions);
    expect(rows.map((r) => r.dimension)).toEqual([
      'd1',
      'd2',
      'd3',
      'd4',
      'd5',
      'd6',
      'd7',
      'd8',
      'd9',
      'd10',
    ]);
  });
});

describe('re-assessment', () => {
  const at = (day: number) => Date.UTC(2026, 0, day);
  const c = (id: string, day: number, answers: Answers) => ({
    id,
    at: at(day),
    scores: Object.fromEntries(
      scoreDimensions(kmuInstrument, dimensions, answers).flatMap((s) =>
        s.score === null ? [] : [[s.dimension, s.score]],
      ),
    ),
  });

  it('orders checks by time and gives the change from the first to the last score', () => {
    const { points, change } = trend(
      [
        c('t2', 30, { 'd2-1': 5, 'd2-2': 5 }),
        c('t0', 1, { 'd2-1': 1, 'd2-2': 1 }),
        c('t1', 15, { 'd2-1': 3, 'd2-2': 3 }),
      ],
      dimensions,
    );
    expect(points.map((p) => p.id)).toEqual(['t0', 't1', 't2']);
    expect(points.map((p) => p.scores.d2)).toEqual([0, 50, 100]);
    expect(change.d2).toBe(100);
  });

  it.each<[string, Answers[], number | null]>([
    ['one score only: no change', [{ 'd2-1': 5, 'd2-2': 5 }, {}], null],
    [
      'a gap in the middle is skipped',
      [{ 'd2-1': 5, 'd2-2': 5 }, {}, { 'd2-1': 3, 'd2-2': 3 }],
      -50,
    ],
    ['no scores at all', [{}, {}], null],
  ])('%s', (_, list, expected) => {
    const { change } = trend(
      list.map((a, i) => c(`t${i}`, i + 1, a)),
      dimensions,
    );
    expect(change.d2).toBe(expected);
  });
});
