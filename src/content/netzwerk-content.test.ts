import { netzwerkItemSources } from './netzwerk/item-sources';
import { describe, expect, it } from 'vitest';
import { netzwerkInstrument } from './netzwerk/instrument';
import { kmuInstrument } from './kmu/instrument';
import { phaseSteps } from './phases';
import { coordinatorRecommendations } from './recommendations-coordinator';
import { serviceIdeas } from './services';
import { networkFigures } from './figures-network';
import {
  figureSchema,
  instrumentSchema,
  phaseStepSchema,
  recommendationSchema,
  serviceIdeaSchema,
  type Band,
  type Citation,
  type Condition,
  type Item,
} from './schema';
import { checkRule, type RuleContext } from '../domain/conditions';
import { visibleInstrumentItems } from '../domain/visibility';
import { quoteInRange, seedLines, seedsAvailable, seedsDir } from '../../test/seed-text';

const DIMS = ['d1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7', 'd8', 'd9', 'd10'];
const items = netzwerkInstrument.blocks.flatMap((b) => b.items);
const byId = new Map(items.map((i) => [i.id, i]));
const stepIds = new Set(phaseSteps.map((s) => s.id));
const dupes = (ids: string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);

describe('Netzwerk-Check content', () => {
  it('parses with the zod schemas', () => {
    instrumentSchema.parse(netzwerkInstrument);
    for (const r of coordinatorRecommendations) recommendationSchema.parse(r);
    for (const s of phaseSteps) phaseStepSchema.parse(s);
    for (const s of serviceIdeas) serviceIdeaSchema.parse(s);
    for (const f of networkFigures) figureSchema.parse(f);
    expect(netzwerkInstrument).toMatchObject({ id: 'netzwerk', version: 1, role: 'coordinator' });
  });

  it('has unique ids', () => {
    expect(dupes(netzwerkInstrument.blocks.map((b) => b.id))).toEqual([]);
    expect(dupes(items.map((i) => i.id))).toEqual([]);
    for (const list of [coordinatorRecommendations, phaseSteps, serviceIdeas, networkFigures]) {
      expect(dupes(list.map((x) => x.id))).toEqual([]);
    }
  });

  it('mirrors only KMU items that exist', () => {
    const kmuIds = new Set(kmuInstrument.blocks.flatMap((b) => b.items.map((i) => i.id)));
    for (const i of items.filter((x) => x.mirrors)) expect(kmuIds, i.id).toContain(i.mirrors);
  });

  it('scores d1..d10 with at least three items each', () => {
    const scored = items.filter((i) => i.dimension);
    for (const i of scored) {
      expect(DIMS, i.id).toContain(i.dimension);
      expect(i.type, i.id).toBe('likert');
    }
    for (const d of DIMS)
      expect(scored.filter((i) => i.dimension === d).length, d).toBeGreaterThanOrEqual(3);
  });

  it('keeps two d7 items visible when no active KMU role is intended', () => {
    const visible = visibleInstrumentItems(netzwerkInstrument, { 't-kmu-role': 'no' });
    expect(visible.filter((i) => i.dimension === 'd7').length).toBeGreaterThanOrEqual(2);
  });

  it('asks the typology unscored and the ATB markers on both axes', () => {
    const typology = netzwerkInstrument.blocks.find((b) => b.id === 'typology')?.items ?? [];
    expect(typology).toHaveLength(13);
    for (const i of typology)
      expect([i.type, i.scored, i.dimension]).toEqual(['single', false, undefined]);
    const atb = items.filter((i) => i.axis);
    expect(atb.filter((i) => i.axis === 'development')).toHaveLength(4);
    expect(atb.filter((i) => i.axis === 'structure')).toHaveLength(3);
    for (const i of atb)
      expect([i.type, i.scored, i.dimension]).toEqual(['likert', false, undefined]);
  });

  it('has at least three phase indicators per phase, each with evidence and a known step', () => {
    const indicators = items.filter((i) => i.phase);
    for (const p of ['I', 'II', 'III'] as const) {
      expect(indicators.filter((i) => i.phase === p).length, p).toBeGreaterThanOrEqual(3);
    }
    for (const i of indicators) {
      expect(i.evidence, i.id).toBeDefined();
      expect(stepIds, i.id).toContain(i.step);
      expect(phaseSteps.find((s) => s.id === i.step)?.phase, i.id).toBe(i.phase);
      expect(i.options?.map((o) => o.id)).toEqual(['yes', 'partly', 'no', 'na']);
      expect(i.citations?.length, i.id).toBeGreaterThan(0);
    }
    expect(indicators).toHaveLength(24);
    for (const s of phaseSteps)
      expect(
        indicators.some((i) => i.step === s.id),
        s.id,
      ).toBe(true);
  });

  const conditions: [string, Condition][] = [
    ...netzwerkInstrument.blocks.flatMap((b) =>
      (b.showIf ?? []).map((c) => [b.id, c] as [string, Condition]),
    ),
    ...items.flatMap((i) => (i.showIf ?? []).map((c) => [i.id, c] as [string, Condition])),
    ...coordinatorRecommendations.flatMap((r) =>
      r.rules.flatMap((rule) => rule.all.map((c) => [r.id, c] as [string, Condition])),
    ),
  ];
  it.each(conditions)('%s: condition refers to existing items, options and dimensions', (_, c) => {
    if (c.kind === 'band') expect(DIMS).toContain(c.dimension);
    if (c.kind !== 'answer') return;
    const item = byId.get(c.item);
    expect(item, c.item).toBeDefined();
    for (const id of c.anyOf ?? [])
      expect(
        item?.options?.map((o) => o.id),
        c.item,
      ).toContain(id);
    if (c.min !== undefined || c.max !== undefined) {
      expect(item?.type).toBe('likert');
      for (const v of [c.min, c.max]) if (v !== undefined) expect(v >= 1 && v <= 5).toBe(true);
    }
  });

  /** Answers and context that satisfy one rule, including what its items need to be shown. */
  function satisfy(all: Condition[]): RuleContext {
    const answers: Record<string, string | number> = {};
    const bands = new Map<string, { band: Band; score: number }>();
    const ctx: RuleContext = {
      answers,
      bands,
      barriers: new Map(),
      triages: new Map(),
      gates: new Set(),
    };
    const give = (c: Condition) => {
      if (c.kind === 'answer' && !(c.item in answers)) {
        answers[c.item] = c.anyOf?.[0] ?? c.min ?? c.max ?? 3;
        for (const s of byId.get(c.item)?.showIf ?? []) give(s);
      }
      if (c.kind === 'band') bands.set(c.dimension, { band: c.bands[0] as Band, score: 50 });
      if (c.kind === 'phase') ctx.phase = c.phases[0];
      if (c.kind === 'maturity') ctx.maturity = c.levels[0];
    };
    all.forEach(give);
    return ctx;
  }

  it.each(coordinatorRecommendations.map((r) => [r.id, r] as const))(
    '%s is reachable, short and well sourced',
    (_, r) => {
      expect(r.audience).toBe('coordinator');
      expect(r.title.de.split(/\s+/).length).toBeLessThanOrEqual(8);
      for (const d of r.derivedFrom ?? []) {
        expect(/^(R([1-9]|[12]\d|3[0-7])|P([1-9]|1[0-2]))$/.test(d) || stepIds.has(d), d).toBe(
          true,
        );
      }
      const reachable = r.rules.some((rule) => {
        const ctx = satisfy(rule.all);
        const shown = new Set(
          visibleInstrumentItems(netzwerkInstrument, ctx.answers).map((i) => i.id),
        );
        const answered = rule.all.flatMap((c) => (c.kind === 'answer' ? [c.item] : []));
        return checkRule(rule, ctx) !== null && answered.every((id) => shown.has(id));
      });
      expect(reachable).toBe(true);
    },
  );

  it('covers every study recommendation R1–R37', () => {
    const from = new Set(coordinatorRecommendations.flatMap((r) => r.derivedFrom ?? []));
    for (let n = 1; n <= 37; n++) expect(from, `R${n}`).toContain(`R${n}`);
  });

  it('gives every service idea and figure a known dimension or view', () => {
    for (const s of serviceIdeas) for (const d of s.dimensions) expect(DIMS, s.id).toContain(d);
    expect(serviceIdeas).toHaveLength(11);
    for (const f of networkFigures) expect(['coordinators', 'experts']).toContain(f.view);
  });
});

const owned = (owner: string, list: readonly Citation[] | undefined) =>
  (list ?? []).map((c) => [`${owner}: ${c.source} ${c.lines.join('–')} „${c.quote}“`, c] as const);
const allCitations = [
  ...items.flatMap((i: Item) => owned(i.id, i.citations)),
  ...coordinatorRecommendations.flatMap((r) => owned(r.id, r.citations)),
  ...phaseSteps.flatMap((s) => owned(s.id, s.citations)),
  ...serviceIdeas.flatMap((s) => owned(s.id, s.citations)),
  ...networkFigures.flatMap((f) => owned(f.id, f.citations)),
  ...Object.entries(netzwerkItemSources).flatMap(([id, c]) => owned(id, [c])),
];

describe('every Netzwerk-Check item names its source', () => {
  it.each(items.map((i: Item) => [i.id, i] as const))('%s', (_, i) => {
    expect(!!i.citations?.length || !!netzwerkItemSources[i.id]).toBe(true);
  });
});

describe.skipIf(!seedsAvailable)(`Netzwerk-Check citations are verbatim (${seedsDir})`, () => {
  it.each(allCitations)('%s', (_, c) => {
    const [from, to] = c.lines;
    expect(from).toBeLessThanOrEqual(to);
    expect(to - from).toBeLessThanOrEqual(40);
    expect(to).toBeLessThanOrEqual(seedLines(c.source).length);
    const words = c.quote.trim().split(/\s+/).length;
    expect(words).toBeGreaterThanOrEqual(3);
    expect(words).toBeLessThanOrEqual(15);
    expect(quoteInRange(c.source, from, to, c.quote)).toBe(true);
  });
});
