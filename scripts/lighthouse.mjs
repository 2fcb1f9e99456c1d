// Lighthouse (mobile defaults: simulated slow 4G, 4× CPU slowdown) on the production build, served
// locally, in the system Chromium, next to a bare preact page built and measured in the same run
// (the yardstick: LCP as a ratio to it). Prints the scores and writes bench-results/lighthouse.json.
// Part of `npm run bench` (`npm run bench -- lighthouse` alone); run after `npm run build`.
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { build } from 'vite';
import { startServer } from './server.mjs';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium.mjs';

const BARE_DIR = 'dist-bare';
const RUNS = 3;

async function measure(url, port) {
  const { lhr } = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices'],
  });
  return {
    performance: lhr.categories.performance.score,
    accessibility: lhr.categories.accessibility.score,
    bestPractices: lhr.categories['best-practices'].score,
    fcpMs: lhr.audits['first-contentful-paint'].numericValue,
    lcpMs: lhr.audits['largest-contentful-paint'].numericValue,
    tbtMs: lhr.audits['total-blocking-time'].numericValue,
    cls: lhr.audits['cumulative-layout-shift'].numericValue,
  };
}

const middle = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Runs Lighthouse on the start page and on the bare page, alternately; returns both. */
export async function benchLighthouse(dir = 'dist') {
  await build({
    root: 'scripts/bare-page',
    configFile: false,
    logLevel: 'silent',
    build: { outDir: `../../${BARE_DIR}`, emptyOutDir: true, target: 'es2022' },
  });
  const app = await startServer({ dir, port: 0 });
  const bare = await startServer({ dir: BARE_DIR, port: 0 });
  const chrome = await launch({
    chromePath: chromiumPath(),
    chromeFlags: [...CHROMIUM_FLAGS, '--headless=new'],
  });
  try {
    const runs = [];
    const bareRuns = [];
    for (let i = 0; i < RUNS; i++) {
      runs.push(await measure(app.url, chrome.port));
      bareRuns.push(await measure(bare.url, chrome.port));
    }
    const perf = runs.map((r) => r.performance).sort((a, b) => a - b);
    const median = runs.find((r) => r.performance === perf[1]) ?? runs[0];
    const lcp = middle(runs.map((r) => r.lcpMs));
    const bareLcp = middle(bareRuns.map((r) => r.lcpMs));
    const lcpRatio = lcp / bareLcp;
    const cls = Math.max(...runs.map((r) => r.cls));
    console.log('\nLighthouse, mobile defaults, start page (median of 3 runs by performance)');
    console.log(
      `performance ${median.performance}  accessibility ${median.accessibility}  best practices ${median.bestPractices}`,
    );
    console.log(
      `FCP ${median.fcpMs.toFixed(0)} ms  LCP ${median.lcpMs.toFixed(0)} ms  TBT ${median.tbtMs.toFixed(0)} ms  CLS ${median.cls.toFixed(3)}`,
    );
    console.log(
      `LCP median ${lcp.toFixed(0)} ms, bare preact page ${bareLcp.toFixed(0)} ms: ratio ${lcpRatio.toFixed(2)}× (bar ≤ 1.1×: ${lcpRatio <= 1.1 ? 'met' : 'NOT met'}); largest CLS of ${RUNS} runs ${cls.toFixed(3)} (bar 0: ${cls === 0 ? 'met' : 'NOT met'})`,
    );
    console.log(
      `bar: performance ≥ 0.95 → ${median.performance >= 0.95 ? 'met' : 'NOT met'} (runs: ${perf.join(', ')})`,
    );
    return { median, runs, bareRuns, lcpMs: lcp, bareLcpMs: bareLcp, lcpRatio, maxCls: cls };
  } finally {
    await chrome.kill();
    await app.close();
    await bare.close();
  }
}
