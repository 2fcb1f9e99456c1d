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

  it('the Schnellcheck has at most 12 questions, all with the KMU-Check’s ids', () => {
    const kurz = getInstrument('kmu-kurz')!;
    const kmu = getInstrument('kmu')!;
    const ids = kurz.blocks.flatMap((b) => b.items.map((i) => i.id));
    expect(ids.length).toBeLessThanOrEqual(12);
    const kmuIds = new Set(kmu.blocks.flatMap((b) => b.items.map((i) => i.id)));
    expect(ids.filter((id) => !kmuIds.has(id))).toEqual([]);
    expect(
      new Set(kurz.blocks.flatMap((b) => b.items.map((i) => i.dimension)).filter(Boolean)).size,
    ).toBe(10);
  });
});
