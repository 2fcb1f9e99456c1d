import { describe, expect, it } from 'vitest';
import { MIN_ANSWERED } from '../domain/score';
import { visibleInstrumentItems } from '../domain/visibility';
import { getInstrument } from './instruments';
import { coordinatorRecommendations } from './recommendations-coordinator';
import { kmuRecommendations } from './recommendations-kmu';
import type { Condition, Instrument, Item } from './schema';

const instruments = ['kmu', 'kmu-kurz', 'netzwerk'].map((id) => getInstrument(id)!);
const items = new Map<string, Item>(
  instruments.flatMap((i) => i.blocks.flatMap((b) => b.items.map((x) => [x.id, x] as const))),
);

/** Membership, typology, phase and stage only gate a rule; evidence is a score, an answer, a barrier. */
const isEvidence = (c: Condition) => {
  if (c.kind === 'phase' || c.kind === 'maturity') return false;
  if (c.kind !== 'answer') return true;
  const item = items.get(c.item);
  return !!item && (item.type === 'likert' || !!item.phase);
};

describe('every rule rests on evidence of need, not on who someone is', () => {
  const rules = [...kmuRecommendations, ...coordinatorRecommendations].flatMap((r) =>
    r.rules.map((rule, n) => [`${r.id} rule ${n + 1}`, rule.all] as const),
  );
  it.each(rules)('%s', (_, all) => {
    expect(all.some(isEvidence)).toBe(true);
  });
});

/** Scored statements per area as a person of this kind sees them. */
function scoredPerArea(instrument: Instrument, answers: Record<string, string>) {
  const out = new Map<string, number>();
  for (const i of visibleInstrumentItems(instrument, answers))
    if (i.type === 'likert' && i.dimension && i.scored !== false && !i.preference)
      out.set(i.dimension, (out.get(i.dimension) ?? 0) + 1);
  return out;
}

describe('no area can be scored from a single answer', () => {
  it.each<[string, Record<string, string>]>([
    ['kmu', { 'p-member': 'no' }],
    ['kmu', { 'p-member': 'active' }],
    ['kmu-kurz', { 'p-member': 'no' }],
    ['netzwerk', { 't-kmu-role': 'no', 't-age': '<1' }],
    ['netzwerk', { 't-kmu-role': 'yes', 't-age': '5+' }],
  ])('%s with %j', (id, answers) => {
    for (const [area, n] of scoredPerArea(getInstrument(id)!, answers))
      expect(n, area).toBeGreaterThanOrEqual(MIN_ANSWERED);
  });

  it('wishes are never scored', () => {
    for (const i of items.values()) if (i.preference) expect(i.scored, i.id).not.toBe(true);
  });
});
