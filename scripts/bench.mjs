// Benchmark "answer": tap on an answer → the answer committed in IndexedDB, in real Chromium with
// a 4× CPU slowdown (Lighthouse's mobile factor). Prints a table and writes bench-results/answer.json.
// Also runs the "first-paint", "dashboard", "programme" and "backup" parts (scripts/bench-dashboard.mjs,
// bench-programme.mjs, bench-backup.mjs). `npm run bench -- dashboard` runs one.
// "dashboard-big" (100,000 checks) runs only when named. BENCH_DIST serves another build folder.
// Times come from this machine and are noisy: compare runs on the same machine, not with other hosts.
import { chromium } from 'playwright-core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { startServer } from './server.mjs';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium.mjs';
import { benchBackup } from './bench-backup.mjs';
import { benchDashboard, benchDashboardBig } from './bench-dashboard.mjs';
import { benchProgramme } from './bench-programme.mjs';
import { benchLighthouse } from './lighthouse.mjs';
import { benchFirstPaint } from './bench-lcp.mjs';
import { benchContext, STORE } from './bench-context.mjs';

const parts = process.argv.slice(2);
const want = (part) => parts.length === 0 || parts.includes(part);

const RUNS = Number(process.env.BENCH_ANSWERS ?? 60);
const server = await startServer({ dir: process.env.BENCH_DIST ?? 'dist', port: 0 });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
console.log(`IndexedDB ${STORE === 'disk' ? 'on disk (a profile per context)' : 'in memory'}`);

async function run(rate) {
  const context = await benchContext(browser, { viewport: { width: 390, height: 844 } });
  await context.addInitScript(() => {
    // time from the input event to the commit of the answer's IndexedDB transaction
    const w = window;
    w.__samples = [];
    addEventListener('change', () => (w.__t0 = performance.now()), true);
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args) {
      const req = put.apply(this, args);
      if (this.name === 'answers' && w.__t0 !== undefined) {
        const t0 = w.__t0;
        w.__t0 = undefined;
        this.transaction.addEventListener('complete', () =>
          w.__samples.push(performance.now() - t0),
        );
      }
      return req;
    };
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Check starten', exact: true }).click();
  await page
    .locator('form.questionnaire fieldset.likert')
    .first()
    .waitFor({ timeout: 30_000 })
    .catch(() => {});
  await page.goto(
    server.url.replace(/\/$/, '') +
      page
        .url()
        .replace(/^.*#/, '/#')
        .replace(/\/\d+$/, '/1'),
  );
  await page.locator('fieldset.likert').first().waitFor();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const points = page.locator('fieldset.likert .likert__point');
  const n = await points.count();
  for (let i = 0; i < RUNS; i++) {
    await points.nth((i * 7) % n).click();
    await page.waitForFunction((k) => window.__samples.length > k, i);
  }
  const samples = await page.evaluate(() => window.__samples);
  // the same write done directly, without the app: what IndexedDB itself costs on this machine
  const raw = await page.evaluate(async (n) => {
    const db = await new Promise((ok) => {
      const r = indexedDB.open('bench-raw', 1);
      r.onupgradeneeded = () => r.result.createObjectStore('s', { keyPath: 'k' });
      r.onsuccess = () => ok(r.result);
    });
    const out = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      const tx = db.transaction('s', 'readwrite');
      tx.objectStore('s').put({ k: i % 5, v: i, at: Date.now() });
      await new Promise((ok) => (tx.oncomplete = ok));
      out.push(performance.now() - t0);
    }
    return out.sort((a, b) => a - b);
  }, RUNS);
  // a bare put started by a tap on a plain radio button, without the app: what the browser's own
  // path from a tap to a committed write costs (it paints the tapped button first)
  await page.evaluate(async () => {
    const w = window;
    const db = await new Promise((ok) => {
      const r = indexedDB.open('bench-tap', 1);
      r.onupgradeneeded = () => r.result.createObjectStore('s', { keyPath: 'k' });
      r.onsuccess = () => ok(r.result);
    });
    const form = document.createElement('form');
    for (let i = 0; i < 5; i++) {
      const label = document.createElement('label');
      label.className = 'bench-tap';
      label.innerHTML = `<input type="radio" name="bench-tap" value="${i}"> ${i + 1}`;
      form.append(label);
    }
    document.body.replaceChildren(form);
    w.__tapped = [];
    form.addEventListener('change', (e) => {
      const t0 = performance.now();
      const tx = db.transaction('s', 'readwrite');
      tx.objectStore('s').put({ k: 0, v: e.target.value, at: Date.now() });
      tx.oncomplete = () => w.__tapped.push(performance.now() - t0);
    });
  });
  const plain = page.locator('label.bench-tap');
  for (let i = 0; i < RUNS; i++) {
    await plain.nth(i % 5).click();
    await page.waitForFunction((k) => window.__tapped.length > k, i);
  }
  const tapped = (await page.evaluate(() => window.__tapped)).sort((a, b) => a - b);
  await context.close();
  samples.sort((a, b) => a - b);
  const tq = (p) => tapped[Math.min(tapped.length - 1, Math.floor(p * tapped.length))];
  const q = (p) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))];
  const rq = (p) => raw[Math.min(raw.length - 1, Math.floor(p * raw.length))];
  return {
    rate,
    n: samples.length,
    median: q(0.5),
    p95: q(0.95),
    max: samples.at(-1),
    rawMedian: rq(0.5),
    rawP95: rq(0.95),
    tapMedian: tq(0.5),
    tapP95: tq(0.95),
  };
}

mkdirSync('bench-results', { recursive: true });
if (want('lighthouse')) {
  const result = await benchLighthouse();
  writeFileSync(
    'bench-results/lighthouse.json',
    JSON.stringify({ when: new Date().toISOString(), store: STORE, ...result }, null, 2),
  );
}
if (want('first-paint')) {
  const firstPaint = await benchFirstPaint(browser, process.env.BENCH_DIST ?? 'dist');
  writeFileSync(
    'bench-results/first-paint.json',
    JSON.stringify({ when: new Date().toISOString(), store: STORE, ...firstPaint }, null, 2),
  );
}
if (want('dashboard')) {
  const dashboard = await benchDashboard(browser, server);
  writeFileSync(
    'bench-results/dashboard.json',
    JSON.stringify({ when: new Date().toISOString(), store: STORE, ...dashboard }, null, 2),
  );
}
if (want('programme')) {
  const programme = await benchProgramme(browser, server);
  writeFileSync(
    'bench-results/programme.json',
    JSON.stringify({ when: new Date().toISOString(), store: STORE, ...programme }, null, 2),
  );
}
if (want('backup')) {
  const backup = await benchBackup(browser, server);
  writeFileSync(
    'bench-results/backup.json',
    JSON.stringify({ when: new Date().toISOString(), store: STORE, ...backup }, null, 2),
  );
}
if (parts.includes('dashboard-big')) {
  const big = await benchDashboardBig(browser, server);
  writeFileSync(
    'bench-results/dashboard-big.json',
    JSON.stringify({ when: new Date().toISOString(), store: STORE, ...big }, null, 2),
  );
}
if (!want('answer')) {
  await browser.close();
  await server.close();
  process.exit(0);
}
const results = [await run(1), await run(4)];
await browser.close();
await server.close();
console.log('\nanswer tap → committed in IndexedDB (ms)');
console.log(
  'CPU   n    median   p95     max   | bare IndexedDB put: median  p95 | tap on a plain radio → bare put: median  p95',
);
for (const r of results)
  console.log(
    `${r.rate}×`.padEnd(6) +
      String(r.n).padEnd(5) +
      r.median.toFixed(1).padStart(6) +
      r.p95.toFixed(1).padStart(8) +
      r.max.toFixed(1).padStart(8) +
      '   |' +
      r.rawMedian.toFixed(1).padStart(26) +
      r.rawP95.toFixed(1).padStart(6) +
      ' |' +
      r.tapMedian.toFixed(1).padStart(41) +
      r.tapP95.toFixed(1).padStart(6),
  );
const bar = results.find((r) => r.rate === 4);
console.log(
  `\nbar: p95 ≤ 16 ms at 4× → ${bar.p95 <= 16 ? 'met' : 'NOT met'} (${bar.p95.toFixed(1)} ms)`,
);
console.log(
  `bar: p95 ≤ 2× the bare put's at 4× → ${bar.p95 <= 2 * bar.rawP95 ? 'met' : 'NOT met'} ` +
    `(${(bar.p95 / bar.rawP95).toFixed(1)}×; ${(bar.p95 / bar.tapP95).toFixed(1)}× the plain tap's)`,
);
writeFileSync(
  'bench-results/answer.json',
  JSON.stringify({ when: new Date().toISOString(), store: STORE, results }, null, 2),
);
