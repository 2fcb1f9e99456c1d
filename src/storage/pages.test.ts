import { describe, expect, it } from 'vitest';
import { decodePage, encodePage, PAGE_FORMAT } from './pages';
import type { PoolEntry } from './snapshot';

const entry = (id: string, extra: Partial<PoolEntry> = {}): PoolEntry => ({
  id,
  instrumentId: 'kmu',
  createdAt: Date.UTC(2026, 0, 1),
  updatedAt: Date.UTC(2026, 0, 2),
  completedAt: Date.UTC(2026, 0, 3),
  summary: {
    version: '1-abc',
    scores: { d1: 0, d2: 100, d3: 63 },
    bands: { d1: 'low', d2: 'high', d3: 'mid' },
    barriers: [
      { barrier: 'time', ticked: true },
      { barrier: 'fees', ticked: false },
    ],
    recommendations: ['r-3', 'r-1', 'r-200'],
    twins: { 'd2-1': 25, 'd2-2': 100 },
  },
  ...extra,
});

describe('pool pages', () => {
  it('unpack to the entries packed, in order', () => {
    const entries = [
      entry('a'),
      entry('b', { eventId: 'e', copyOf: 'a', label: 'Bäckerei „Süd“', testRun: true }),
      entry('d', { originNetwork: 'Netzwerk Nord' }),
      entry('c', {
        completedAt: 2 ** 53 - 1,
        summary: { ...entry('c').summary, scores: {}, bands: {}, barriers: [], phase: 'II' },
      }),
    ];
    expect(decodePage(encodePage(7, entries))).toEqual(entries);
  });

  it('keep numbers that are not whole or not positive exactly', () => {
    const odd = entry('x', {
      createdAt: -5,
      updatedAt: 0.1 + 0.2,
      summary: { ...entry('x').summary, scores: { d1: 33.333333333333336, d2: -0 } },
    });
    const [back] = decodePage(encodePage(0, [odd]));
    expect(back?.createdAt).toBe(-5);
    expect(back?.updatedAt).toBe(0.1 + 0.2);
    expect(back?.summary.scores).toEqual({ d1: 33.333333333333336, d2: 0 });
  });

  it('weigh a few bytes per number', () => {
    const many = Array.from({ length: 100 }, (_, i) => entry(`id-${i}`));
    const p = encodePage(0, many);
    expect(p.format).toBe(PAGE_FORMAT);
    // 32 numbers and string places per entry in one or two bytes each, three times in six each
    expect(p.bytes.byteLength / many.length).toBeLessThanOrEqual(53);
  });

  it('read a page of another format as empty, so its checks are summarised again', () => {
    const old = { ...encodePage(0, [entry('a')]), format: PAGE_FORMAT - 1 };
    expect(decodePage(old)).toEqual([]);
  });
});
