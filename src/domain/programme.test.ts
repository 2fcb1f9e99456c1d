import { describe, expect, it } from 'vitest';
import { syntheticChecks } from '../../test/synthetic-checks';
import { triages } from '../content/barriers';
import { dimensions } from '../content/dimensions';
import { kmuInstrument } from '../content/kmu/instrument';
import { netzwerkInstrument } from '../content/netzwerk/instrument';
import { kmuRecommendations } from '../content/recommendations-kmu';
import type { Band, Instrument } from '../content/schema';
import { tally } from './aggregate';
import { mirroredIds, twinScores } from './compare';
import { evaluate } from './evaluate';
import { diagnosePhase } from './phase';
import { poolProgramme, quarterOf, type OwnCheck, type ProgrammeView } from './programme';
import { programmeNetwork } from './programme-network';
import { summaryOf } from './summary';
import type { Answers } from './types';

const content = { dimensions, triages, recommendations: kmuRecommendations };
const mirrored = mirroredIds([netzwerkInstrument]);
/** A check summarised as the app stores it. */
const summarised = (instrument: Instrument, answers: Answers) =>
  summaryOf(
    evaluate(instrument, content, answers),
    twinScores(instrument, answers, mirrored),
    'test',
  );
type ProgrammeCheck = OwnCheck;
const at = Date.UTC(2026, 0, 5);
const items = (i: Instrument) =>
  i.blocks.flatMap((b) => b.items.map((x) => ({ ...x, options: x.options?.map((o) => o.id) })));

/** `count` firms' checks of a network, all completed, answers drawn from `seed`. */
function firms(network: string, seed: number, count: number, instrument = kmuInstrument) {
  return syntheticChecks({
    seed,
    from: 0,
    count: count * 2,
    at,
    instrumentId: instrument.id,
    items: items(instrument),
  })
    .filter((c) => c.completedAt)
    .slice(0, count)
    .map((c): ProgrammeCheck => {
      const answers = Object.fromEntries(Object.entries(c.answers).map(([k, a]) => [k, a.value]));
      return {
        id: c.id,
        network,
        at: c.createdAt,
        instrument,
        answers,
        summary: summarised(instrument, answers),
      };
    });
}

/** A check with the answers of one area left out (its firms then have no score there). */
const without = (c: ProgrammeCheck, area: string): ProgrammeCheck => {
  const ids = new Set(
    items(c.instrument)
      .filter((i) => i.dimension === area)
      .map((i) => i.id),
  );
  const answers = Object.fromEntries(Object.entries(c.answers).filter(([k]) => !ids.has(k)));
  return { ...c, answers, summary: summarised(c.instrument, answers) };
};

/** The true band counts of an area over some checks, as an attacker would like to know them. */
function trueBands(checks: readonly ProgrammeCheck[], area: string) {
  const bands: Record<Band, number> = { low: 0, mid: 0, high: 0 };
  let n = 0;
  for (const c of checks) {
    const s = c.summary.scores[area];
    if (s == null) continue;
    n++;
    bands[s < 40 ? 'low' : s >= 70 ? 'high' : 'mid']++;
  }
  return { n, bands };
}

/** What the total minus every shown network gives per area: the only subtraction the view allows. */
function subtract(view: ProgrammeView, area: string) {
  const rest = { ...view.overall.pool.dimensions.find((d) => d.dimension === area)!.bands };
  for (const net of view.networks) {
    const d = net.pool.dimensions.find((x) => x.dimension === area);
    if (!d?.quartiles) continue;
    for (const b of ['low', 'mid', 'high'] as const) rest[b] -= d.bands[b];
  }
  return rest;
}

describe('pooling a programme', () => {
  const a = firms('Netzwerk A', 1, 30);
  const b = firms('Netzwerk B', 2, 12);
  const c = firms('Netzwerk C', 3, 3);
  const all = [...a, ...b, ...c];

  it('shows every network beside the others and the total, each check counted once', () => {
    const view = poolProgramme(all, [], dimensions, 5);
    expect(view.networks.map((n) => [n.network, n.pool.n])).toEqual([
      ['Netzwerk A', 30],
      ['Netzwerk B', 12],
      ['Netzwerk C', 3],
    ]);
    expect(view.overall.pool.n).toBe(45);
    expect(view.overall.pool.hidden).toBe(false);
    // the total, added up from the networks' sums, is what pooling all firms at once gives
    const whole = tally(
      all.map((f) => f.summary),
      dimensions,
      5,
    );
    expect(view.overall.pool).toEqual({
      ...whole,
      dimensions: whole.dimensions.map((d) =>
        view.overall.areasHidden[d.dimension]
          ? { ...d, bands: { low: 0, mid: 0, high: 0 }, quartiles: null }
          : d,
      ),
    });
    // and each shown network's pool is its firms' alone
    const alone = tally(
      a.map((f) => f.summary),
      dimensions,
      5,
    );
    expect(view.networks[0]!.pool.barriers).toEqual(alone.barriers);
    expect(view.networks[0]!.pool.recommendations).toEqual(alone.recommendations);
  });

  it('hides a small network, and the next smallest with it, so the total cannot give it away', () => {
    const view = poolProgramme(all, [], dimensions, 5);
    expect(view.networks.map((n) => n.hidden)).toEqual([null, 'complement', 'small']);
    expect(view.networks[1]!.pool.dimensions).toEqual([]);
    expect(view.networks[2]!.pool.barriers).toEqual([]);
    for (const d of dimensions) {
      const rest = subtract(view, d.id);
      // the attacker gets networks B and C together, never C alone
      expect(rest).toEqual(trueBands([...b, ...c], d.id).bands);
      const onlyC = trueBands(c, d.id);
      if (onlyC.n) expect(rest).not.toEqual(onlyC.bands);
    }
  });

  it('hides an area where a shown network has too few scores, and one more network’s area with it', () => {
    const area = dimensions[0]!.id;
    // in network B only two firms answered the first area
    const sparse = [
      ...a,
      ...b.map((x, i) => (i < 2 ? x : without(x, area))),
      ...firms('Netzwerk D', 4, 9),
    ];
    const view = poolProgramme(sparse, [], dimensions, 5);
    const [na, nb, nd] = view.networks;
    expect([na!.hidden, nb!.hidden, nd!.hidden]).toEqual([null, null, null]);
    expect(nb!.areasHidden[area]).toBe('small');
    expect(nd!.areasHidden[area]).toBe('complement');
    expect(na!.areasHidden[area]).toBeUndefined();
    expect(nd!.pool.dimensions.find((d) => d.dimension === area)!.quartiles).toBeNull();
    // other areas of the same networks still show
    expect(
      nd!.pool.dimensions.find((d) => d.dimension === dimensions[1]!.id)!.quartiles,
    ).not.toBeNull();
    const rest = subtract(view, area);
    const onlyB = trueBands(
      sparse.filter((x) => x.network === 'Netzwerk B'),
      area,
    );
    expect(onlyB.n).toBe(2);
    expect(rest).not.toEqual(onlyB.bands);
    expect(rest.low + rest.mid + rest.high).toBeGreaterThanOrEqual(5);
  });

  it('over random programmes, no hidden network or area is ever recovered by subtraction', () => {
    for (let round = 0; round < 12; round++) {
      const sizes = [
        2 + ((round * 7) % 19),
        1 + ((round * 5) % 7),
        3 + ((round * 11) % 13),
        round % 4,
      ];
      const checks = sizes.flatMap((n, i) =>
        firms(`N${i}`, 10 + round * 4 + i, n).map((x, k) =>
          k % ((round % 3) + 2) ? x : without(x, dimensions[round % 8]!.id),
        ),
      );
      const view = poolProgramme(checks, [], dimensions, 5);
      if (view.overall.hidden) continue;
      for (const d of dimensions) {
        if (
          view.overall.areasHidden[d.id] ||
          !view.overall.pool.dimensions.find((x) => x.dimension === d.id)?.quartiles
        )
          continue;
        const rest = subtract(view, d.id);
        const restN = rest.low + rest.mid + rest.high;
        const hidden = view.networks.filter(
          (n) => !n.pool.dimensions.find((x) => x.dimension === d.id)?.quartiles,
        );
        for (const h of hidden) {
          const own = trueBands(
            checks.filter((x) => x.network === h.network),
            d.id,
          );
          if (!own.n) continue;
          // what subtraction leaves is more people than the hidden network has, and a full group
          expect(restN).toBeGreaterThan(own.n);
          expect(restN).toBeGreaterThanOrEqual(5);
        }
      }
    }
  });

  it('puts each network’s newest own check, its phase and its firms’ view beside its firms', () => {
    const own = (network: string, seed: number, when: number): ProgrammeCheck => ({
      ...firms(network, seed, 1, netzwerkInstrument)[0]!,
      at: when,
    });
    const older = own('Netzwerk A', 21, at);
    const newer = own('Netzwerk A', 22, at + 86_400_000);
    const view = poolProgramme(all, [older, newer, own('Netzwerk C', 23, at)], dimensions, 5);
    const [na, , nc] = view.networks;
    expect(na!.own?.at).toBe(newer.at);
    expect(na!.own?.phase).toBe(diagnosePhase(netzwerkInstrument, newer.answers).phase);
    expect(na!.own?.gap?.length).toBeGreaterThan(3);
    expect(na!.own?.gap?.some((r) => r.firms !== null)).toBe(true);
    // network C's firms are too few: its own phase shows, its firms' view does not
    expect(nc!.own?.phase).toBeDefined();
    expect(nc!.own?.gap).toBeNull();
  });

  it('lists a network with only its own check, and puts checks of unknown origin last', () => {
    const view = poolProgramme(
      [...a, ...firms('', 5, 6)],
      [{ ...firms('Netzwerk Z', 6, 1, netzwerkInstrument)[0]!, at }],
      dimensions,
      5,
    );
    expect(view.networks.map((n) => n.network)).toEqual(['Netzwerk A', 'Netzwerk Z', '']);
    expect(view.networks[1]!.pool.n).toBe(0);
  });

  it('gives each network’s trend by quarter, with medians only for full groups', () => {
    const q2 = Date.UTC(2026, 4, 1);
    const later = firms('Netzwerk A', 7, 3).map((x) => ({ ...x, at: q2 }));
    const view = poolProgramme([...a, ...later], [], dimensions, 5);
    const trend = view.networks[0]!.trend;
    expect(trend.map((t) => [t.period, t.n])).toEqual([
      ['2026-Q1', 30],
      ['2026-Q2', 3],
    ]);
    expect(Object.values(trend[0]!.medians).some((m) => m !== null)).toBe(true);
    expect(Object.values(trend[1]!.medians).every((m) => m === null)).toBe(true);
    // each quarter's medians are its own checks' medians, and the network's pool is both quarters'
    // checks together
    const q1 = tally(
      a.map((x) => x.summary),
      dimensions,
      5,
    );
    expect(trend[0]!.medians).toEqual(
      Object.fromEntries(q1.dimensions.map((d) => [d.dimension, d.quartiles?.[1] ?? null])),
    );
    expect(view.networks[0]!.pool).toEqual(
      tally(
        [...a, ...later].map((x) => x.summary),
        dimensions,
        5,
      ),
    );
    expect(quarterOf(Date.UTC(2026, 11, 31, 23))).toBe('2026-Q4');
  });
});

describe('programmeNetwork', () => {
  it.each([
    [{ origin: 'Netzwerk Nord', event: 'Netzwerk Süd', own: 'Ost' }, 'Netzwerk Nord'],
    [{ origin: '  ', event: ' Netzwerk Süd ', own: 'Ost' }, 'Netzwerk Süd'],
    [{ event: '', own: ' Netzwerk Ost' }, 'Netzwerk Ost'],
    [{}, ''],
  ])('%j pools under %j', (names, network) => {
    expect(programmeNetwork(names)).toBe(network);
  });
});
