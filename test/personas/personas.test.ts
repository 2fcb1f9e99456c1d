import { describe, expect, it } from 'vitest';
import type { Persona } from './build';
import { kmuPersonas } from './kmu';
import { kmuKurzPersonas } from './kmu-kurz';
import { netzwerkPersonas } from './netzwerk';
import { resultOf } from './result';

const suites: [string, Persona[]][] = [
  ['kmu', kmuPersonas],
  ['kmu-kurz', kmuKurzPersonas],
  ['netzwerk', netzwerkPersonas],
];

describe.each(suites)('personas: %s', (instrumentId, personas) => {
  it.each(personas.map((p) => [p.id, p] as const))('%s', (_, p) => {
    const r = resultOf(instrumentId, p.answers);
    const why = `${p.who} (${p.why})`;
    expect(
      r.barriers.map((b) => b.barrier),
      why,
    ).toEqual(p.barriers);
    if (p.shownBarriers) expect(r.shownBarriers, why).toEqual(p.shownBarriers);
    for (const id of p.must) expect(r.advice, `must show ${id}: ${why}`).toContain(id);
    for (const id of p.mustNot) expect(r.advice, `must not show ${id}: ${why}`).not.toContain(id);
    if (p.first) expect(r.advice[0], why).toBe(p.first);
    for (const [area, want] of Object.entries(p.areas ?? {})) {
      const s = r.scores.find((x) => x.dimension === area);
      if (want === 'absent') expect(s, `${area} not in the profile`).toBeUndefined();
      else expect(s?.band ?? null, `${area}: ${why}`).toBe(want);
    }
    for (const word of p.neverSays ?? [])
      for (const text of r.texts) expect(text, why).not.toContain(word);
    if (p.phase) expect(r.diagnosis?.phase, why).toBe(p.phase);
    for (const [phase, share] of Object.entries(p.phaseShare ?? {})) {
      const got = r.diagnosis?.phases.find((x) => x.phase === phase)?.score;
      expect(got === null || got === undefined ? null : Math.round(got * 100), phase).toBe(share);
    }
    if (p.early !== undefined)
      expect(
        r.diagnosis?.next.some((n) => n.early),
        why,
      ).toBe(p.early);
  });

  it('every persona is a complete answer set of its instrument and says why', () => {
    for (const p of personas) {
      expect(p.why.length, p.id).toBeGreaterThan(20);
      expect(Object.keys(p.answers).length, p.id).toBeGreaterThan(5);
    }
  });
});

it('has at least 15 firms, 5 Schnellcheck firms and 10 networks', () => {
  expect(kmuPersonas.length).toBeGreaterThanOrEqual(15);
  expect(kmuKurzPersonas.length).toBeGreaterThanOrEqual(5);
  expect(netzwerkPersonas.length).toBeGreaterThanOrEqual(10);
});
