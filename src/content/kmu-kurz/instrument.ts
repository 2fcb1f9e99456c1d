import { kmuInstrument } from '../kmu/instrument';
import type { Block, Instrument, Item } from '../schema';

const byId = new Map(kmuInstrument.blocks.flatMap((b) => b.items.map((i) => [i.id, i] as const)));
const pick = (ids: string[]): Item[] =>
  ids.map((id) => {
    const item = byId.get(id);
    if (!item) throw new Error(`Schnellcheck: unknown item ${id}`);
    const { showIf: _member, ...rest } = item;
    return rest;
  });

const page = (id: string, de: string, en: string, ids: string[]): Block => ({
  id,
  title: { de, en },
  items: pick(ids),
});

/**
 * The Schnellcheck for event booths: 12 items from the KMU-Check with the same ids, so the two pool.
 * One statement per area (the one every firm can answer), plus membership and the barrier list.
 */
export const kmuKurzInstrument: Instrument = {
  id: 'kmu-kurz',
  version: 1,
  role: 'kmu',
  title: { de: 'Schnellcheck', en: 'Quick check' },
  description: {
    de: 'Zwölf Fragen in drei Minuten: Was bremst Sie, und was hilft?',
    en: 'Twelve questions in three minutes: what holds you back, and what helps?',
  },
  minutes: 3,
  blocks: [
    page('k-start', 'Ihr Betrieb und Ihr Bedarf', 'Your firm and your needs', [
      'p-member',
      'd1-2',
      'd2-1',
      'd3-1',
    ]),
    page('k-fit', 'Was passt zu Ihnen?', 'What suits you?', ['d4-2', 'd5-2', 'd6-1', 'd7-1']),
    page('k-next', 'Was würde helfen?', 'What would help?', ['d8-1', 'd9-1', 'd10-1']),
    {
      id: 'barriers',
      title: { de: 'Was hält Sie ab?', en: 'What holds you back?' },
      items: pick(['barriers']),
    },
  ],
};
