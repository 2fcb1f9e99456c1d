import { describe, expect, it } from 'vitest';
import { barriers, triages } from './barriers';
import { dimensions } from './dimensions';
import { figures } from './figures';
import { content } from './index';
import { kmuInstrument } from './kmu/instrument';
import { kmuRecommendations } from './recommendations-kmu';
import {
  barrierSchema,
  dimensionSchema,
  figureSchema,
  instrumentSchema,
  recommendationSchema,
  triageSchema,
  type Condition,
  type Item,
} from './schema';
import { evaluate } from '../domain/evaluate';
import { MAIN_BARRIERS } from '../domain/barriers';
import type { AnswerValue } from '../domain/types';
import { visibleInstrumentItems } from '../domain/visibility';
import { seedRange, seedsAvailable } from '../../test/seed-text';

const DIMS = ['d1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7', 'd8', 'd9', 'd10'];
const BARRIERS = ['resources', 'benefit', 'interest', 'trust', 'access', 'format', 'fees'];
const LIKERT = ['1', '2', '3', '4', '5'];
const items = kmuInstrument.blocks.flatMap((b) => b.items);
const itemById = new Map(items.map((i) => [i.id, i]));
const dimIds = new Set(dimensions.map((d) => d.id));
const barrierIds = new Set(barriers.map((b) => b.id));
const triageIds = new Set(triages.map((t) => t.id));
const figureIds = new Set(content.figures.map((f) => f.id));
const dupes = (ids: string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);
const isMember = { 'p-member': 'active' };
const nonMember = { 'p-member': 'no' };

/** Every condition in the KMU content with the id of what carries it. */
const conditions: [string, Condition][] = [
  ...kmuInstrument.blocks.flatMap((b) =>
    (b.showIf ?? []).map((c) => [b.id, c] as [string, Condition]),
  ),
  ...items.flatMap((i) => (i.showIf ?? []).map((c) => [i.id, c] as [string, Condition])),
  ...triages.flatMap((t) => t.when.map((c) => [t.id, c] as [string, Condition])),
  ...kmuRecommendations.flatMap((r) =>
    r.rules.flatMap((rule) => rule.all.map((c) => [r.id, c] as [string, Condition])),
  ),
];

describe('KMU content: schema and ids', () => {
  it('parses with the zod schemas', () => {
    instrumentSchema.parse(kmuInstrument);
    for (const d of dimensions) dimensionSchema.parse(d);
    for (const b of barriers) barrierSchema.parse(b);
    for (const t of triages) triageSchema.parse(t);
    for (const f of figures) figureSchema.parse(f);
    for (const r of kmuRecommendations) recommendationSchema.parse(r);
    expect(kmuInstrument).toMatchObject({ id: 'kmu', version: 1, role: 'kmu' });
    expect(kmuInstrument.minutes).toBeGreaterThanOrEqual(8);
    expect(kmuInstrument.minutes).toBeLessThanOrEqual(12);
  });

  it('has the ten dimensions and seven barriers in order', () => {
    expect(dimensions.map((d) => d.id)).toEqual(DIMS);
    expect(barriers.map((b) => b.id).sort()).toEqual([...BARRIERS].sort());
    expect(dimensions.slice(0, 6).map((d) => d.barrier)).toEqual([
      'interest',
      'resources',
      'benefit',
      'format',
      'access',
      undefined,
    ]);
    // little wish to exchange is no fear of competitors: the fear is stated by d6-2
    const d62 = kmuInstrument.blocks.flatMap((b) => b.items).find((i) => i.id === 'd6-2');
    expect(d62?.signals).toEqual({ barrier: 'trust', min: 4 });
    for (const d of dimensions) expect(d.short.de.length, d.id).toBeLessThanOrEqual(15);
  });

  it('has unique ids within and across items, dimensions, barriers, triages, figures, recommendations', () => {
    expect(dupes(kmuInstrument.blocks.map((b) => b.id))).toEqual([]);
    const lists = [
      items.map((i) => i.id),
      dimensions.map((d) => d.id),
      barriers.map((b) => b.id),
      triages.map((t) => t.id),
      content.figures.map((f) => f.id),
      content.recommendations.map((r) => r.id),
    ];
    for (const ids of lists) expect(dupes(ids)).toEqual([]);
    expect(dupes(lists.flat())).toEqual([]);
  });

  it('refers only to ids that exist', () => {
    for (const i of items) if (i.dimension) expect(dimIds, i.id).toContain(i.dimension);
    for (const d of dimensions) if (d.barrier) expect(barrierIds, d.id).toContain(d.barrier);
    for (const b of barriers) for (const f of b.figures ?? []) expect(figureIds, b.id).toContain(f);
    for (const t of triages) expect(MAIN_BARRIERS as readonly string[], t.id).toContain(t.barrier);
    for (const i of items.filter((x) => x.barrierOptions)) {
      const options = i.options?.map((o) => o.id) ?? [];
      for (const [option, barrier] of Object.entries(i.barrierOptions ?? {})) {
        expect(options, i.id).toContain(option);
        expect(barrierIds, i.id).toContain(barrier);
      }
    }
  });

  it.each(conditions)('%s: condition refers to existing content', (_, c) => {
    if (c.kind === 'band') expect(dimIds).toContain(c.dimension);
    if (c.kind === 'barrier') expect(barrierIds).toContain(c.barrier);
    if (c.kind === 'triage') expect(triageIds).toContain(c.triage);
    expect(['band', 'answer', 'barrier', 'triage']).toContain(c.kind);
    if (c.kind !== 'answer') return;
    const item = itemById.get(c.item);
    expect(item, c.item).toBeDefined();
    const allowed = item?.type === 'likert' ? LIKERT : (item?.options?.map((o) => o.id) ?? []);
    for (const id of c.anyOf ?? []) expect(allowed, c.item).toContain(id);
    if (c.min !== undefined || c.max !== undefined) {
      expect(item?.type, c.item).toBe('likert');
      for (const v of [c.min, c.max]) if (v !== undefined) expect(v >= 1 && v <= 5).toBe(true);
    }
  });
});

describe('KMU-Check instrument', () => {
  it('asks profile first, then d1–d10, then barriers', () => {
    expect(kmuInstrument.blocks.map((b) => b.id)).toEqual(['profile', ...DIMS, 'barriers']);
    expect(items.length).toBeGreaterThanOrEqual(30);
    const profile = kmuInstrument.blocks[0]?.items ?? [];
    expect(profile.map((i) => i.id)).toEqual(['p-size', 'p-sector', 'p-member', 'p-want']);
    for (const i of profile) expect([i.type, i.scored]).toEqual(['single', false]);
    expect(itemById.get('p-size')?.options?.map((o) => o.id)).toEqual(['1-9', '10-49', '50-249']);
    expect(itemById.get('p-member')?.options?.map((o) => o.id)).toEqual([
      'no',
      'passive',
      'active',
      'unsure',
    ]);
    expect(itemById.get('p-want')?.options?.map((o) => o.id)).toEqual([
      'info',
      'exchange',
      'active',
      'unsure',
    ]);
  });

  it('gives every likert item a dimension named like its id, and only likert items one', () => {
    for (const i of items) {
      if (i.type === 'likert') expect(i.dimension, i.id).toBe(i.id.split('-')[0]);
      else expect(i.dimension, i.id).toBeUndefined();
    }
  });

  it('has 3–4 statements per dimension, each on the dimension’s own page', () => {
    for (const d of DIMS) {
      const block = kmuInstrument.blocks.find((b) => b.id === d);
      const mine = items.filter((i) => i.dimension === d);
      expect(mine.length, d).toBeGreaterThanOrEqual(3);
      expect(mine.length, d).toBeLessThanOrEqual(4);
      expect(block?.items, d).toEqual(mine);
    }
  });

  it.each([
    ['non-members', nonMember],
    ['members', isMember],
  ])('keeps at least two scored items per dimension visible to %s', (_, answers) => {
    const seen = visibleInstrumentItems(kmuInstrument, answers);
    for (const d of DIMS) {
      const scored = seen.filter((i) => i.dimension === d && i.scored !== false);
      expect(scored.length, d).toBeGreaterThanOrEqual(2);
    }
  });

  it('shows member-only items only to members', () => {
    for (const i of items.filter((x) => x.showIf)) {
      expect(i.showIf, i.id).toEqual([
        { kind: 'answer', item: 'p-member', anyOf: ['passive', 'active'] },
      ]);
    }
  });

  it('has the priorities counter-item as d2-4, positively keyed', () => {
    const item = itemById.get('d2-4');
    expect(item?.text.de).toBe(
      'Wenn ein Thema für unsere Mitarbeitenden relevant ist, nehmen wir uns die Zeit dafür.',
    );
    expect(item?.reverse).toBeFalsy();
    expect(item?.scored).not.toBe(false);
  });

  it('maps every barrier option but "none" to a barrier, covering all seven barriers', () => {
    const item = itemById.get('barriers');
    expect(item?.type).toBe('multi');
    const options = item?.options?.map((o) => o.id) ?? [];
    expect(options).toContain('none');
    expect(item?.barrierOptions?.none).toBeUndefined();
    for (const o of options.filter((x) => x !== 'none'))
      expect(item?.barrierOptions?.[o], o).toBeDefined();
    expect(new Set(Object.values(item?.barrierOptions ?? {}))).toEqual(new Set(BARRIERS));
  });
});

describe('triages', () => {
  it.each(MAIN_BARRIERS.map((b) => [b]))('%s has a fallback, last', (b) => {
    const mine = triages.filter((t) => t.barrier === b);
    expect(mine.length).toBeGreaterThanOrEqual(2);
    expect(mine.at(-1)?.when).toEqual([]);
    expect(mine.slice(0, -1).every((t) => t.when.length > 0)).toBe(true);
  });

  it('keeps the study’s nuance: short on time but relevant topics get time → priorities', () => {
    const t = triages.find((x) => x.id === 'resources-priorities');
    expect(t?.barrier).toBe('resources');
    expect(t?.when).toContainEqual({ kind: 'answer', item: 'd2-4', min: 4 });
    expect(triages.filter((x) => x.barrier === 'resources')[0]?.id).toBe('resources-priorities');
    expect(triages.at(-1)).toBeDefined();
    expect(triageIds).toContain('resources-capacity');
  });
});

describe('figures', () => {
  const who: Record<string, RegExp> = {
    coordinators: /Koordinator\/innen|Koordination/,
    experts: /Expertenpanel/,
    'kmu-interviews': /Interview/,
    statistics: /./,
  };
  it.each(figures.map((f) => [f.id, f] as const))('%s says whose view it is', (_, f) => {
    expect(f.text.de).toMatch(who[f.view] ?? /$^/);
  });

  it('shows every figure next to at least one barrier', () => {
    const shown = new Set(barriers.flatMap((b) => b.figures ?? []));
    for (const f of figures) expect(shown, f.id).toContain(f.id);
  });

  describe.skipIf(!seedsAvailable)('uses the study’s numbers', () => {
    it.each(figures.map((f) => [f.id, f] as const))('%s', (_, f) => {
      const cited = f.citations
        .flatMap((c) => seedRange(c.source, c.lines[0], c.lines[1]))
        .join(' ');
      const numbers = [...f.text.de.matchAll(/(\d+) %|n = (\d+)|(\d+) Teilnehmende/g)].map(
        (m) => m[1] ?? m[2] ?? m[3] ?? '',
      );
      for (const n of numbers) expect(cited, `${f.id}: ${n}`).toMatch(new RegExp(`\\b${n}\\b`));
      if (f.n !== undefined) expect(f.text.de + cited, f.id).toContain(String(f.n));
    });
  });
});

/** A small deterministic random generator (mulberry32). */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random but plausible answers: each dimension leans low, middle or high for one respondent. */
function randomAnswers(next: () => number): Record<string, AnswerValue> {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const lean = new Map(DIMS.map((d) => [d, pick([1, 2, 3, 4, 5, 0])]));
  const answers: Record<string, AnswerValue> = {};
  for (const i of items as Item[]) {
    if (i.type === 'likert') {
      const l = lean.get(i.dimension ?? '') ?? 0;
      const base = l === 0 ? 1 + Math.floor(next() * 5) : l;
      const v = Math.min(5, Math.max(1, base + pick([-1, 0, 0, 1])));
      answers[i.id] = next() < 0.05 ? 'na' : i.reverse && l !== 0 ? 6 - v : v;
    } else if (i.type === 'single') {
      answers[i.id] = pick(i.options ?? []).id;
    } else if (i.type === 'multi') {
      const chosen = (i.options ?? []).filter((o) => o.id !== 'none' && next() < 0.2);
      answers[i.id] = chosen.length ? chosen.map((o) => o.id) : ['none'];
    }
  }
  return answers;
}

describe('every triage and recommendation is reachable by some answers', () => {
  const next = rng(20170201);
  const seenRecs = new Set<string>();
  const seenTriages = new Set<string>();
  for (let n = 0; n < 4000; n++) {
    const result = evaluate(
      kmuInstrument,
      { dimensions, triages, recommendations: kmuRecommendations },
      randomAnswers(next),
      Infinity,
    );
    result.recommendations.forEach((r) => seenRecs.add(r.recommendation.id));
    result.triages.forEach((t) => seenTriages.add(t.triage.id));
  }
  it.each(triages.map((t) => [t.id]))('triage %s', (id) => expect(seenTriages).toContain(id));
  it.each(kmuRecommendations.map((r) => [r.id]))('recommendation %s', (id) =>
    expect(seenRecs).toContain(id),
  );
});

describe('KMU recommendations', () => {
  it('are 16–22 for firms, short, derived from R1–R37', () => {
    expect(kmuRecommendations.length).toBeGreaterThanOrEqual(16);
    expect(kmuRecommendations.length).toBeLessThanOrEqual(22);
    for (const r of kmuRecommendations) {
      expect(r.audience, r.id).toBe('kmu');
      expect(r.title.de.split(/\s+/).length, r.id).toBeLessThanOrEqual(8);
      expect(r.derivedFrom?.length, r.id).toBeGreaterThan(0);
      for (const d of r.derivedFrom ?? [])
        expect(/^R([1-9]|[12]\d|3[0-7])$/.test(d), `${r.id}: ${d}`).toBe(true);
    }
  });

  const used = (kind: Condition['kind']) =>
    kmuRecommendations.flatMap((r) =>
      r.rules.flatMap((rule) => rule.all.filter((c) => c.kind === kind)),
    );

  it('cover every dimension, barrier and triage', () => {
    const dims = new Set([
      ...used('band').flatMap((c) => (c.kind === 'band' ? [c.dimension] : [])),
      ...used('answer').flatMap((c) =>
        c.kind === 'answer' ? [itemById.get(c.item)?.dimension ?? ''] : [],
      ),
    ]);
    for (const d of DIMS) expect(dims, d).toContain(d);
    const triaged = new Set(used('triage').flatMap((c) => (c.kind === 'triage' ? [c.triage] : [])));
    for (const t of triages) expect(triaged, t.id).toContain(t.id);
    const barrierRefs = new Set([
      ...used('barrier').flatMap((c) => (c.kind === 'barrier' ? [c.barrier] : [])),
      ...triages.filter((t) => triaged.has(t.id)).map((t) => t.barrier),
    ]);
    for (const b of BARRIERS) expect(barrierRefs, b).toContain(b);
  });

  it('include advice for non-members, members and firms that want to stay passive', () => {
    const ruleFor = (answers: Record<string, string>) =>
      kmuRecommendations.filter((r) =>
        r.rules.some((rule) =>
          rule.all.some(
            (c) =>
              c.kind === 'answer' &&
              c.item in answers &&
              (c.anyOf ?? []).includes(answers[c.item] ?? ''),
          ),
        ),
      );
    expect(ruleFor(nonMember).length).toBeGreaterThan(0);
    expect(ruleFor(isMember).length).toBeGreaterThan(0);
    // a passive start is advised to whoever says it suits them (d7-1), never against that answer
    const passive = kmuRecommendations.find((r) => r.id === 'kmu-start-passive')!;
    expect(passive.derivedFrom).toContain('R6');
    for (const rule of passive.rules)
      expect(
        [...rule.all, ...(rule.unless ?? [])].some((c) => c.kind === 'answer' && c.item === 'd7-1'),
      ).toBe(true);
  });
});
