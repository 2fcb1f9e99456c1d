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

const page = (id: string, de: string, ids: string[]): Block => ({
  id,
  title: { de },
  items: pick(ids),
});

/**
 * The Schnellcheck for event booths: 18 items from the KMU-Check with the same ids, so the two pool.
 * Two statements for each of six areas, so one answer never makes a score; the priorities
 * question (d2-4) and the acute need (d1-3) so the closer looks at time and interest can fire;
 * two wishes (passive start, visibility) that steer the advice; membership and the barrier list.
 */
export const kmuKurzInstrument: Instrument = {
  id: 'kmu-kurz',
  version: 1,
  role: 'kmu',
  title: { de: 'Schnellcheck' },
  description: {
    de: '18 kurze Fragen in vier Minuten: Was bremst Sie, und was hilft?',
  },
  minutes: 4,
  blocks: [
    page('k-start', 'Ihr Betrieb und Ihr Bedarf', ['p-member', 'd1-2', 'd1-4', 'd1-3']),
    page('k-time', 'Zeit und Nutzen', ['d2-1', 'd2-3', 'd2-4', 'd3-1', 'd3-3']),
    page('k-fit', 'Was passt zu Ihnen?', ['d4-1', 'd4-2', 'd5-1', 'd5-2']),
    page('k-next', 'Austausch und Ihre Wünsche', ['d6-1', 'd6-2', 'd7-1', 'd9-1']),
    {
      id: 'barriers',
      title: { de: 'Was hält Sie ab?' },
      items: pick(['barriers']),
    },
  ],
};
