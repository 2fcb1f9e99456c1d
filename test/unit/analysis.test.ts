import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kmuInstrument } from '../../src/content/kmu/instrument';
import { kmuKurzInstrument } from '../../src/content/kmu-kurz/instrument';
import type { Instrument } from '../../src/content/schema';
import { dimensions } from '../../src/content/dimensions';
import { longParquet } from '../../src/features/data/analyst';
import { loadKnownChecks, poolFirms } from '../../src/features/dashboard/use-pool';
import { summarizer } from '../../src/features/summary';
import { MemorySeam } from '../../src/storage/seam-memory';
import { applyImport, buildExport, previewImport } from '../../src/storage/backup/backup';
import { packFile } from '../../src/storage/backup/compact';
import type { ExportFile, ExportedSession } from '../../src/storage/types';
import { connect, resetConnection } from '../../src/storage/connection';
import { poolNumbers, recipeNumbers, runRecipe } from '../duckdb-recipe';
import { syntheticChecks } from '../synthetic-checks';
import { importFiles } from '../../src/features/programme/import-files';
import { programmeOf } from '../../src/features/programme/use-programme';
import { withTestRuns } from '../../src/features/dashboard/test-runs';

const items = (i: Instrument) =>
  i.blocks.flatMap((b) => b.items.map((x) => ({ ...x, options: x.options?.map((o) => o.id) })));
const at = Date.UTC(2026, 2, 1);
const file = (sessions: ExportedSession[]): ExportFile => ({
  format: 'netzwerk-check',
  version: 1,
  exportedAt: new Date(at).toISOString(),
  sessions,
  events: [],
});
const gen = (seed: number, from: number, count: number, i = kmuInstrument, more = {}) =>
  syntheticChecks({ seed, from, count, at, instrumentId: i.id, items: items(i), ...more });

// three devices: B holds 40 of A's checks unchanged, C a newer, different version of 30 of them
// that does not say where it came from (an older file); A's checks were answered at a kiosk of
// Netzwerk Nord, B's and C's own on two devices of Netzwerk Süd
const tablet = '0000000a-0000-4000-8000-000000000000';
const origin = { device: tablet, via: 'kiosk' as const, network: 'Netzwerk Nord' };
const south = (device: string) => ({ device, via: 'here' as const, network: 'Netzwerk Süd' });
const a = gen(1, 0, 300).map((s) => ({ ...s, origin }));
const b = [
  ...a.slice(0, 40),
  ...gen(2, 300, 200, kmuKurzInstrument).map((s) => ({
    ...s,
    origin: south('0000000b-0000-4000-8000-000000000000'),
  })),
];
// C's first ten checks of its own are Testläufe: neither the app nor the recipe pools them
const c = [
  ...gen(3, 0, 30, kmuInstrument, { idPrefix: 1, later: 5000 }),
  ...gen(4, 500, 150).map((s, i) => ({
    ...s,
    origin: south('0000000c-0000-4000-8000-000000000000'),
    ...(i < 10 && { testRun: true }),
  })),
];
const files = [{ ...file(a), devices: { [tablet]: 'Messe-Tablet' } }, file(b), file(c)];
let dir: string;

/** What a fresh device stores, without its Testläufe, after importing every file. */
async function storedAfter(list: ExportFile[]) {
  resetConnection();
  await connect(async () => new MemorySeam());
  for (const f of list) await applyImport(await previewImport(f), summarizer);
  return withTestRuns({ ...(await loadKnownChecks()), events: [] }, false).stored;
}

/** The app's own pool after importing every file on one device, as the dashboard computes it. */
async function appPool(list: ExportFile[]) {
  const stored = await storedAfter(list);
  return { pool: poolFirms(stored.checks, 'all').pool, file: await buildExport() };
}

// every test that reads the devices' Parquet files finds them written, whichever runs first
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'analysis-'));
  for (const [i, f] of files.entries())
    writeFileSync(join(dir, `device-${i}.parquet`), new Uint8Array(await longParquet(f)));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const areaItems = new Set(
  kmuInstrument.blocks
    .flatMap((b) => b.items)
    .filter((x) => x.dimension === dimensions[0]!.id)
    .map((x) => x.id),
);

/**
 * Completed checks of firms in networks of the given sizes ('' for unknown origin), changed by
 * `edit` (with the check's number in its network): pooled by the app's programme view, and by the
 * recipe on the app's Parquet file of them.
 */
async function programmeAndRecipe(
  sizes: Record<string, number>,
  seed: number,
  edit = (s: ExportedSession, _i: number) => s,
) {
  const sessions = Object.entries(sizes).flatMap(([network, n], i) =>
    gen(seed + i, 0, n * 2)
      .filter((s) => s.completedAt)
      .slice(0, n)
      .map((s) => ({
        ...s,
        ...(network && { origin: { device: tablet, via: 'here' as const, network } }),
      }))
      .map(edit),
  );
  const one = file(sessions);
  const view = programmeOf(await storedAfter([one]), 5);
  const folder = mkdtempSync(join(tmpdir(), 'analysis-networks-'));
  try {
    writeFileSync(join(folder, 'one.parquet'), new Uint8Array(await longParquet(one)));
    return { view, recipe: await runRecipe(folder, 'parquet') };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

describe('the DuckDB recipe of docs/analysis.md', { timeout: 60_000 }, () => {
  it('gives the dashboard’s numbers from the Parquet files of three devices, each check once', async () => {
    const { pool } = await appPool(files);
    // 300 + 200 + 150 distinct checks, the 30 in their newer version; duplicates count once
    const newest = [...c.slice(0, 30), ...a.slice(30), ...b.slice(40), ...c.slice(40)];
    expect(pool.n).toBe(newest.filter((s) => s.completedAt).length);
    const got = recipeNumbers(await runRecipe(dir, 'parquet'));
    expect(got).toEqual(poolNumbers(pool));
    expect(got.areas.length).toBeGreaterThan(5);
    expect(got.barriers.length).toBeGreaterThan(3);
    expect(got.recommendations).toHaveLength(7);
  });

  it('gives the programme view’s numbers too, the files read at once as the programme reads them', async () => {
    resetConnection();
    await connect(async () => new MemorySeam());
    const named = files.map((f, i) => ({
      name: `device-${i}.json`,
      file: new Blob([JSON.stringify(f)]),
    }));
    const reports = await importFiles(named, () => {});
    // device B's 40 of A's checks are known by then, C's 30 newer versions meet A's older ones
    expect(reports.map((r) => ('added' in r ? [r.added, r.known, r.conflicts] : r))).toEqual([
      [300, 0, 0],
      [200, 40, 0],
      [150, 0, 30],
    ]);
    const view = programmeOf(
      withTestRuns({ ...(await loadKnownChecks()), events: [] }, false).stored,
      5,
    );
    const recipe = await runRecipe(dir, 'parquet');
    const got = recipeNumbers(recipe);
    expect(poolNumbers(view.overall.pool)).toEqual(got);
    expect(view.overall.pool.n).toBe(got.respondents);
    // per network, by where each check was recorded: Süd from two devices together, C's newer
    // versions of Nord's checks (they do not say where they came from) in the unknown group
    const perNetwork = Object.fromEntries(view.networks.map((n) => [n.network, n.pool.n]));
    expect(Object.keys(perNetwork)).toEqual(['Netzwerk Nord', 'Netzwerk Süd', '']);
    const done = (list: ExportedSession[]) => list.filter((s) => s.completedAt).length;
    expect(perNetwork['Netzwerk Nord']).toBe(done(a.slice(30)));
    expect(perNetwork['']).toBe(done(c.slice(0, 30)));
    expect(perNetwork['Netzwerk Süd']).toBe(done(b.slice(40)) + done(c.slice(40)));
    expect(
      Object.fromEntries((recipe.network ?? []).map((r) => [r.network, Number(r.firms)])),
    ).toEqual(perNetwork);
  });

  it('shows no figures when the pool is below the minimum group', async () => {
    const small = mkdtempSync(join(tmpdir(), 'analysis-small-'));
    try {
      const four = file(a.filter((s) => s.completedAt).slice(0, 4));
      writeFileSync(join(small, 'one.parquet'), new Uint8Array(await longParquet(four)));
      const got = recipeNumbers(await runRecipe(small, 'parquet'));
      expect(got).toEqual({ respondents: 4, areas: [], barriers: [], recommendations: [] });
    } finally {
      rmSync(small, { recursive: true, force: true });
    }
  });

  it('hides the networks the programme view hides: small ones, and the next smallest so none can be subtracted', async () => {
    // firms per network (completed checks); '' is the group of unknown origin
    const cases: Record<string, number>[] = [
      // Nord alone is small: the total minus the others would give it away, so the next smallest
      // (Ost) is hidden too; the unknown group is larger and stays
      { 'Netzwerk Nord': 3, 'Netzwerk Ost': 8, 'Netzwerk Süd': 40, 'Netzwerk West': 20, '': 12 },
      // a tie between Ost and West: the first by name goes
      { 'Netzwerk Nord': 3, 'Netzwerk Ost': 8, 'Netzwerk West': 8, 'Netzwerk Süd': 30 },
      // two small ones with together the minimum group: nothing more to hide
      { 'Netzwerk Nord': 2, 'Netzwerk Ost': 3, 'Netzwerk Süd': 30 },
      // two small ones with fewer than the minimum group together: the next smallest goes too
      { 'Netzwerk Nord': 1, 'Netzwerk Ost': 3, 'Netzwerk West': 6, 'Netzwerk Süd': 30 },
      // nobody small
      { 'Netzwerk Nord': 6, 'Netzwerk Süd': 30 },
    ];
    const expected = [
      {
        '': null,
        'Netzwerk Nord': 'small',
        'Netzwerk Ost': 'complement',
        'Netzwerk Süd': null,
        'Netzwerk West': null,
      },
      {
        'Netzwerk Nord': 'small',
        'Netzwerk Ost': 'complement',
        'Netzwerk Süd': null,
        'Netzwerk West': null,
      },
      { 'Netzwerk Nord': 'small', 'Netzwerk Ost': 'small', 'Netzwerk Süd': null },
      {
        'Netzwerk Nord': 'small',
        'Netzwerk Ost': 'small',
        'Netzwerk Süd': null,
        'Netzwerk West': 'complement',
      },
      { 'Netzwerk Nord': null, 'Netzwerk Süd': null },
    ];
    for (const [k, sizes] of cases.entries()) {
      const { view, recipe } = await programmeAndRecipe(sizes, 100 + 10 * k);
      const app = Object.fromEntries(view.networks.map((n) => [n.network, n.hidden]));
      expect(app, `the app, case ${k}`).toEqual(expected[k]);
      const rows = recipe.shown_network ?? [];
      expect(Object.fromEntries(rows.map((r) => [r.shown_network, r.why])), `case ${k}`).toEqual(
        app,
      );
      for (const r of rows) expect(Number(r.n)).toBe(sizes[String(r.shown_network)]);
    }
  });

  it('hides an area within the networks shown as the programme view does: small, and its complement', async () => {
    // in West only three firms answered the first area's statements: that area is small there.
    // Alone, Ost (the next smallest network in it) hides it too. With Nord small as a whole, Nord
    // and Ost are hidden anyway: they count as hidden, and Süd keeps the area
    const area = dimensions[0]!.id;
    const fewAnswer = (s: ExportedSession, i: number) =>
      s.origin?.network === 'Netzwerk West' && i >= 3
        ? {
            ...s,
            answers: Object.fromEntries(
              Object.entries(s.answers).filter(([id]) => !areaItems.has(id)),
            ),
          }
        : s;
    const sizes = { 'Netzwerk Ost': 9, 'Netzwerk Süd': 30, 'Netzwerk West': 20 };
    for (const [more, hidden, marks] of [
      [{}, [null, null, null], { Ost: 'complement', West: 'small' }],
      [{ 'Netzwerk Nord': 3 }, ['small', 'complement', null, null], { West: 'small' }],
    ] as const) {
      const { view, recipe } = await programmeAndRecipe({ ...more, ...sizes }, 200, fewAnswer);
      expect(view.networks.map((n) => n.hidden)).toEqual(hidden);
      const app = Object.fromEntries(
        view.networks.flatMap((n) =>
          Object.entries(n.areasHidden).map(([d, why]) => [`${n.network} / ${d}`, why]),
        ),
      );
      expect(app).toEqual(
        Object.fromEntries(
          Object.entries(marks).map(([n, why]) => [`Netzwerk ${n} / ${area}`, why]),
        ),
      );
      const all = recipe.area_network ?? [];
      const rows = all.filter((r) => r.why !== null);
      expect(Object.fromEntries(rows.map((r) => [`${r.area_network} / ${r.area}`, r.why]))).toEqual(
        app,
      );
      // every shown network's areas are listed, hidden or not, and no hidden network's
      const shown = view.networks.filter((n) => !n.hidden).map((n) => n.network);
      expect([...new Set(all.map((r) => r.area_network))]).toEqual(shown);
    }
  });

  it('carries where each check came from in its provenance columns', async () => {
    const db = await DuckDBInstance.create(':memory:');
    const con = await db.connect();
    const origins = async (name: string) =>
      (
        await con.runAndReadAll(
          `SELECT DISTINCT device_id, device_name, arrived_via, origin_network FROM read_parquet('${join(dir, name)}')`,
        )
      ).getRowObjectsJson();
    expect(await origins('device-0.parquet')).toEqual([
      {
        device_id: tablet,
        device_name: 'Messe-Tablet',
        arrived_via: 'kiosk',
        origin_network: 'Netzwerk Nord',
      },
    ]);
    // an older file's checks do not say: every provenance column is empty
    expect(await origins('device-2.parquet')).toEqual(
      expect.arrayContaining([
        { device_id: null, device_name: null, arrived_via: null, origin_network: null },
        {
          device_id: '0000000c-0000-4000-8000-000000000000',
          device_name: null,
          arrived_via: 'here',
          origin_network: 'Netzwerk Süd',
        },
      ]),
    );
    con.closeSync();
    db.closeSync();
  });

  it('counts respondents and ticked options from the JSON backups alike (format 3 and 1)', async () => {
    const jsonDir = mkdtempSync(join(tmpdir(), 'analysis-json-'));
    try {
      // the app's own files, and every other device's as an older app wrote it (format 1)
      for (const [i, f] of files.entries())
        writeFileSync(
          join(jsonDir, `device-${i}.json`),
          i % 2 ? JSON.stringify({ ...f, version: 1 }, null, 1) : packFile(f).join(''),
        );
      const { pool, file: pooled } = await appPool(files);
      const r = await runRecipe(jsonDir, 'json');
      expect(Number(r.respondents?.[0]?.respondents)).toBe(pool.n);
      // the options ticked by the firms the app pools, counted from the app's own merged store
      const counted = new Map<string, number>();
      for (const s of pooled.sessions)
        if (s.completedAt && !s.copyOf && !s.testRun)
          for (const o of (s.answers.barriers?.value as string[] | undefined) ?? [])
            counted.set(o, (counted.get(o) ?? 0) + 1);
      expect(
        Object.fromEntries((r.ticked_option ?? []).map((x) => [x.ticked_option, Number(x.firms)])),
      ).toEqual(Object.fromEntries(counted));
    } finally {
      rmSync(jsonDir, { recursive: true, force: true });
    }
  });
});
