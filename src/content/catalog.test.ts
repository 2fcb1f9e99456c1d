import { describe, expect, it } from 'vitest';
import { visibleInstrumentItems } from '../domain/visibility';
import { catalog } from './catalog';
import { getInstrument } from './instruments';

describe('the start screen’s catalogue matches the instruments', () => {
  it.each(Object.values(catalog))('$id', (entry) => {
    const instrument = getInstrument(entry.id);
    expect(instrument).toBeDefined();
    expect(entry.version).toBe(instrument!.version);
    expect(entry.title).toEqual(instrument!.title);
    expect(entry.minutes).toBe(instrument!.minutes);
    // a typical respondent: not a member, no network in its first year
    const seen = visibleInstrumentItems(instrument!, {
      'p-member': 'no',
      't-age': '1-3',
      't-kmu-role': 'yes',
    });
    expect(entry.items).toBe(seen.length);
  });

  it('the Schnellcheck has at most 18 questions, all with the KMU-Check’s ids, two per scored area', () => {
    const kurz = getInstrument('kmu-kurz')!;
    const kmu = getInstrument('kmu')!;
    const items = kurz.blocks.flatMap((b) => b.items);
    const ids = items.map((i) => i.id);
    expect(ids.length).toBeLessThanOrEqual(18);
    const kmuIds = new Set(kmu.blocks.flatMap((b) => b.items.map((i) => i.id)));
    expect(ids.filter((id) => !kmuIds.has(id))).toEqual([]);
    // the closer looks at time (priorities) and interest (acute need) need these two
    expect(ids).toEqual(expect.arrayContaining(['d2-4', 'd1-3', 'barriers', 'p-member']));
    const perArea = new Map<string, number>();
    for (const i of items)
      if (i.type === 'likert' && i.dimension && i.scored !== false && !i.preference)
        perArea.set(i.dimension, (perArea.get(i.dimension) ?? 0) + 1);
    expect(perArea.size).toBe(6);
    for (const [area, n] of perArea) expect(n, area).toBeGreaterThanOrEqual(2);
  });
});
