// Benchmark "dashboard": 10,000 synthetic KMU-Checks stored in IndexedDB in real Chromium; the
// dashboard loads and pools them, at 1× and 4× CPU slowdown. Reads the app's own performance
// measures (dashboard:load = reading IndexedDB, dashboard:aggregate = pooling) from the built app.
// Also: opening one check's result with all of them stored and with one stored, and (part
// "dashboard-big") 100,000 checks pooled at 4×, with the page's JS heap after pooling.
import { installAnswers } from './bench-items.mjs';
import { benchContext } from './bench-context.mjs';

const CHECKS = Number(process.env.BENCH_CHECKS ?? 10_000);
const BIG = Number(process.env.BENCH_BIG ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

/**
 * Stores `n` completed checks with every KMU-Check question answered (bench-items.mjs), in one transaction: as
 * answer records (as checks stored before snapshots were), or as snapshots without a summary
 * (as the migration leaves them; much faster to seed at 100,000).
 */
export async function seed(page, n, as = 'answers') {
  await installAnswers(page);
  await page.evaluate(
    async ({ n, as }) => {
      const db = await new Promise((ok, fail) => {
        const r = indexedDB.open('netzwerk-check');
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      });
      const tx = db.transaction(['sessions', as], 'readwrite');
      const sessions = tx.objectStore('sessions');
      const store = tx.objectStore(as);
      const at = Date.UTC(2026, 0, 1);
      for (let k = 0; k < n; k++) {
        const id = `00000000-0000-4000-8000-${k.toString(16).padStart(12, '0')}`;
        const session = {
          id,
          instrumentId: 'kmu',
          instrumentVersion: 1,
          role: 'kmu',
          createdAt: at + k,
          updatedAt: at + k,
          completedAt: at + k,
          position: 0,
        };
        sessions.put(session);
        const answers = window.benchAnswers(k);
        if (as === 'snapshots') store.put({ id, session, answers });
        else
          for (const [itemId, value] of Object.entries(answers))
            store.put({ sessionId: id, itemId, value, updatedAt: at });
      }
      await new Promise((ok, fail) => {
        tx.oncomplete = ok;
        tx.onerror = () => fail(tx.error);
      });
      db.close();
    },
    { n, as },
  );
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const countText = (n) => (n === 1 ? 'Ein Check in der Auswahl' : `${n} Checks in der Auswahl`);

/**
 * From the start screen, opens `hash` at a CPU slowdown and waits for `ready` (a locator); returns
 * the ms until it shows (`shown`) and the newest of each of the app's performance `measures`.
 */
export async function timedOpen(page, cdp, server, { hash, rate, ready, measures = [], timeout }) {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await page.goto(`${server.url}#/`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const start = await page.evaluate((hash) => {
    performance.clearMeasures();
    const t = performance.now();
    location.hash = hash;
    return t;
  }, hash);
  await ready.waitFor({ timeout: timeout ?? 1_800_000 });
  const m = await page.evaluate(
    ({ start, measures }) => ({
      shown: performance.now() - start,
      ...Object.fromEntries(
        measures.map((name) => [name, performance.getEntriesByName(name).at(-1)?.duration ?? NaN]),
      ),
    }),
    { start, measures },
  );
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  return m;
}

/** Opens the dashboard at a CPU slowdown; returns the app's measures and the time to the count. */
async function openDashboard(page, cdp, server, n, rate) {
  const m = await timedOpen(page, cdp, server, {
    hash: '#/dashboard/all',
    rate,
    ready: page.getByText(countText(n)),
    measures: ['dashboard:load', 'dashboard:aggregate'],
  });
  return { load: m['dashboard:load'], aggregate: m['dashboard:aggregate'], shown: m.shown };
}

/** Opens the result of the first seeded check at 4×: ms until its heading shows (median). */
async function openResult(page, cdp, server) {
  const id = '00000000-0000-4000-8000-000000000000';
  const times = [];
  for (let r = 0; r < ROUNDS; r++) {
    const m = await timedOpen(page, cdp, server, {
      hash: `#/result/${id}`,
      rate: 4,
      ready: page.getByRole('heading', { name: 'Ihr Ergebnis' }),
      timeout: 120_000,
    });
    times.push(m.shown);
  }
  return median(times);
}

/** A fresh context with `n` checks seeded; the first dashboard open builds their snapshots. */
async function prepared(browser, server, n, as) {
  const context = await benchContext(browser, { viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(server.url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  const t0 = Date.now();
  await seed(page, n, as);
  const seedMs = Date.now() - t0;
  // the first open after an update works out every summary once (lazily, on read)
  const first = await openDashboard(page, cdp, server, n, 1);
  return { context, page, cdp, seedMs, firstMs: first.shown };
}

/** Runs the dashboard benchmark; returns its rows. */
export async function benchDashboard(browser, server) {
  const { context, page, cdp, seedMs, firstMs } = await prepared(browser, server, CHECKS);
  const rows = [];
  for (const rate of [1, 4]) {
    const runs = [];
    for (let r = 0; r < ROUNDS; r++)
      runs.push(await openDashboard(page, cdp, server, CHECKS, rate));
    rows.push({
      rate,
      checks: CHECKS,
      rounds: ROUNDS,
      loadMs: median(runs.map((m) => m.load)),
      aggregateMs: median(runs.map((m) => m.aggregate)),
      readPoolMs: median(runs.map((m) => m.load + m.aggregate)),
      shownMs: median(runs.map((m) => m.shown)),
    });
  }
  const resultMany = await openResult(page, cdp, server);
  await context.close();
  const one = await prepared(browser, server, 1);
  const resultOne = await openResult(one.page, one.cdp, server);
  await one.context.close();

  console.log(
    `\ndashboard over ${CHECKS} stored checks (median of ${ROUNDS}; seeding took ${seedMs} ms, ` +
      `the first open, summarising every check once, ${firstMs.toFixed(0)} ms)`,
  );
  console.log('CPU   read IndexedDB   pool (aggregate)   read + pool   on screen');
  for (const r of rows)
    console.log(
      `${r.rate}×`.padEnd(6) +
        `${r.loadMs.toFixed(0)} ms`.padStart(15) +
        `${r.aggregateMs.toFixed(0)} ms`.padStart(19) +
        `${r.readPoolMs.toFixed(0)} ms`.padStart(14) +
        `${r.shownMs.toFixed(0)} ms`.padStart(12),
    );
  const bar = rows.find((r) => r.rate === 4);
  console.log(
    `\nbar: read + pool ≤ 300 ms at 4× → ${bar.readPoolMs <= 300 ? 'met' : 'NOT met'} (${bar.readPoolMs.toFixed(0)} ms)`,
  );
  console.log(
    `one check's result at 4×: ${resultMany.toFixed(0)} ms with ${CHECKS} stored, ` +
      `${resultOne.toFixed(0)} ms with 1 stored (ratio ${(resultMany / resultOne).toFixed(2)})`,
  );
  return { seedMs, firstMs, rows, result: { many: resultMany, one: resultOne } };
}

/** Pools BIG checks (seeded as snapshots) at 4×; reports times and the JS heap after pooling. */
export async function benchDashboardBig(browser, server) {
  const { context, page, cdp, seedMs, firstMs } = await prepared(browser, server, BIG, 'snapshots');
  const runs = [];
  for (let r = 0; r < ROUNDS; r++) runs.push(await openDashboard(page, cdp, server, BIG, 4));
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await context.close();
  const row = {
    checks: BIG,
    rate: 4,
    loadMs: median(runs.map((m) => m.load)),
    aggregateMs: median(runs.map((m) => m.aggregate)),
    shownMs: median(runs.map((m) => m.shown)),
    heapMB: usedSize / 2 ** 20,
  };
  console.log(
    `\ndashboard over ${BIG} checks at 4× (median of ${ROUNDS}; seeding ${seedMs} ms, first open ` +
      `summarising all ${firstMs.toFixed(0)} ms at 1×): read ${row.loadMs.toFixed(0)} ms, pool ` +
      `${row.aggregateMs.toFixed(0)} ms, on screen ${row.shownMs.toFixed(0)} ms, JS heap ${row.heapMB.toFixed(0)} MB`,
  );
  return { seedMs, firstMs, ...row };
}
