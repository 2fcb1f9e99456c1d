import { describe, expect, it } from 'vitest';
import { triages } from '../../src/content/barriers';
import { getInstrument } from '../../src/content/instruments';
import type { Condition, Instrument, Item } from '../../src/content/schema';
import { checkCondition } from '../../src/domain/conditions';
import type { AnswerValue, Answers } from '../../src/domain/types';
import { visibleInstrumentItems } from '../../src/domain/visibility';
import { content, resultOf } from './result';

/** Answer sets per instrument: enough that a rule matching 1 in 300 people is seen about ten times. */
const COUNT = 3000;
/**
 * Thresholds. Never shown: a recommendation matched by at least MIN_MATCHED answer sets (so not a
 * rare corner) but shown to none is buried by the ranking. Nearly everyone: shown to more than
 * MAX_SHOWN of the answer sets, it no longer depends on the answers; the sets are drawn so that
 * every area runs from weak to strong, so advice that fits this many says nothing about anyone.
 */
const MIN_MATCHED = 10;
const MAX_SHOWN = 0.8;

/** A small seeded generator (mulberry32): the same sets on every run. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PHASE_STEP = { I: 0, II: 1, III: 2 } as const;

/**
 * One respondent: profile and typology drawn evenly; statements from a personal level plus a
 * level per area (how well things stand, turned for reverse-worded ones); wishes drawn freely;
 * phase indicators met up to a drawn point of progress; barriers ticked now and then. Some
 * answers are skipped or "weiß nicht"; questions the person is not shown are dropped.
 */
function respondent(instrument: Instrument, rand: () => number): Answers {
  const items = instrument.blocks.flatMap((b) => b.items);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)] as T;
  const level = 1 + rand() * 4;
  const progress = rand() * 3;
  const areaLevel = new Map<string, number>();
  const answers: Record<string, AnswerValue> = {};
  const likert = (item: Item) => {
    if (item.preference || item.scored === false) return 1 + Math.floor(rand() * 5);
    const area = item.dimension ?? '';
    if (!areaLevel.has(area)) areaLevel.set(area, level + (rand() - 0.5) * 3);
    const v = Math.min(5, Math.max(1, Math.round((areaLevel.get(area) ?? 3) + rand() * 2 - 1)));
    return item.reverse ? 6 - v : v;
  };
  for (const item of items) {
    const options = item.options?.map((o) => o.id) ?? [];
    if (item.type === 'text' || (item.type !== 'single' && rand() < 0.05)) continue;
    if (item.phase) {
      if (rand() < 0.1) continue;
      const met = Math.min(1, Math.max(0, progress - PHASE_STEP[item.phase]));
      const r = rand();
      answers[item.id] =
        r < 0.05 ? 'na' : r < 0.05 + 0.95 * met ? 'yes' : rand() < 0.5 ? 'partly' : 'no';
    } else if (item.type === 'single') answers[item.id] = pick(options);
    else if (item.type === 'likert') answers[item.id] = rand() < 0.05 ? 'na' : likert(item);
    else if (item.type === 'multi') {
      const ticked = options.filter((o) => o !== 'none' && rand() < 0.2);
      answers[item.id] = ticked.length ? ticked : ['none'];
    }
  }
  const shown = new Set(visibleInstrumentItems(instrument, answers).map((i) => i.id));
  return Object.fromEntries(Object.entries(answers).filter(([id]) => shown.has(id)));
}

/** Whether any of the conditions holds for this answer set (as the evaluation reads it). */
function anyHolds(
  conds: readonly Condition[] | undefined,
  r: ReturnType<typeof resultOf> & { answers: Answers },
) {
  const ctx = {
    answers: r.answers,
    bands: new Map(
      r.scores.flatMap((s) =>
        s.band && s.score !== null
          ? [[s.dimension, { band: s.band, score: s.score }] as const]
          : [],
      ),
    ),
    barriers: new Map(r.barriers.map((b) => [b.barrier, { ticked: b.ticked }])),
    triages: new Map(r.triages.map((t) => [t.triage.id, { ticked: false }])),
    gates: new Set<string>(),
    phase: r.diagnosis?.phase,
    maturity: r.diagnosis?.maturity ?? undefined,
  };
  return (conds ?? []).some((c) => checkCondition(c, ctx));
}

/** Statements that state a barrier, by barrier (e.g. the fear of competitors for "trust"). */
function statedBy(instrument: Instrument) {
  const out = new Map<string, Item[]>();
  for (const item of instrument.blocks.flatMap((b) => b.items))
    if (item.signals)
      out.set(item.signals.barrier, [...(out.get(item.signals.barrier) ?? []), item]);
  return out;
}

interface Tally {
  matched: number;
  shown: number;
}

function census(instrumentId: string) {
  const instrument = getInstrument(instrumentId)!;
  const audience = instrument.role;
  const ids = [
    ...content.recommendations.filter((r) => r.audience === audience).map((r) => r.id),
    ...(audience === 'kmu' ? triages.map((t) => t.id) : []),
  ];
  const tally = new Map<string, Tally>(ids.map((id) => [id, { matched: 0, shown: 0 }]));
  const contradictions: string[] = [];
  const stated = statedBy(instrument);
  const rand = random(0x5eed + instrumentId.length);
  for (let n = 0; n < COUNT; n++) {
    const answers = { ...respondent(instrument, rand) };
    const all = resultOf(instrumentId, answers, Infinity);
    const shown = resultOf(instrumentId, answers);
    const r = { ...shown, answers };
    for (const h of all.recommendations) tally.get(h.recommendation.id)!.matched++;
    for (const t of all.triages) tally.get(t.triage.id)!.matched++;
    for (const id of shown.advice) tally.get(id)!.shown++;
    // a group with a guaranteed place (the minimum standards) that matched must be in the list
    for (const group of new Set(all.recommendations.flatMap((h) => h.recommendation.reserve ?? [])))
      if (!shown.recommendations.some((h) => h.recommendation.reserve === group))
        contradictions.push(`group ${group} matched but not shown (set ${n})`);
    for (const h of shown.recommendations) {
      const rec = h.recommendation;
      // an answer the content names as contradicting this advice, under any of its rules
      if (rec.rules.some((rule) => anyHolds(rule.unless, r)))
        contradictions.push(`${rec.id}: an 'unless' answer holds (set ${n})`);
      for (const t of h.triggers) {
        if (t.kind !== 'barrier' || t.ticked) continue;
        // a barrier claimed as the reason although the statement that states it is denied
        for (const item of stated.get(t.barrier) ?? []) {
          const v = answers[item.id];
          if (typeof v === 'number' && v <= 2)
            contradictions.push(`${rec.id}: barrier ${t.barrier} but ${item.id} = ${v} (set ${n})`);
        }
      }
    }
    for (const t of shown.shownTriages)
      if (anyHolds(t.triage.unless, r))
        contradictions.push(`${t.triage.id}: an 'unless' answer holds (set ${n})`);
  }
  return { tally, contradictions };
}

describe.each(['kmu', 'kmu-kurz', 'netzwerk'])('census of %s', (instrumentId) => {
  const { tally, contradictions } = census(instrumentId);
  const rows = [...tally].map(([id, t]) => ({
    id,
    matched: t.matched,
    shown: t.shown,
    'shown %': Math.round((t.shown / COUNT) * 1000) / 10,
  }));

  it(`prints matched vs shown over ${COUNT} answer sets`, () => {
    console.log(`census ${instrumentId}: ${COUNT} answer sets`);
    console.table(rows);
    const never = rows.filter((r) => r.matched === 0).map((r) => r.id);
    // rules on statements this instrument does not ask (e.g. the Schnellcheck's short list)
    if (never.length) console.log(`never matched in ${instrumentId}: ${never.join(', ')}`);
    expect(rows.length).toBeGreaterThan(0);
  });

  it('no advice that matches is buried', () => {
    const buried = rows.filter((r) => r.matched >= MIN_MATCHED && r.shown === 0).map((r) => r.id);
    expect(buried).toEqual([]);
  });

  it('no advice is shown to nearly everyone', () => {
    const always = rows.filter((r) => r.shown / COUNT > MAX_SHOWN).map((r) => r.id);
    expect(always).toEqual([]);
  });

  it('no shown advice contradicts the answers, and failing standards get their place', () => {
    expect(contradictions.slice(0, 10)).toEqual([]);
  });
});
