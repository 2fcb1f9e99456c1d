// Lighthouse (mobile defaults: simulated slow 4G, 4× CPU slowdown) on the production build, served
// locally, in the system Chromium. Prints the scores and writes bench-results/lighthouse.json.
// Part of `npm run bench` (`npm run bench -- lighthouse` alone); run after `npm run build`.
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { startServer } from './server.mjs';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium.mjs';

/** Runs Lighthouse on the start page; returns the category scores and key timings. */
export async function benchLighthouse() {
  const server = await startServer({ dir: 'dist', port: 0 });
  const chrome = await launch({
    chromePath: chromiumPath(),
    chromeFlags: [...CHROMIUM_FLAGS, '--headless=new'],
  });
  try {
    const runs = [];
    for (let i = 0; i < 3; i++) {
      const { lhr } = await lighthouse(server.url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      });
      runs.push({
        performance: lhr.categories.performance.score,
        accessibility: lhr.categories.accessibility.score,
        bestPractices: lhr.categories['best-practices'].score,
        fcpMs: lhr.audits['first-contentful-paint'].numericValue,
        lcpMs: lhr.audits['largest-contentful-paint'].numericValue,
        tbtMs: lhr.audits['total-blocking-time'].numericValue,
        cls: lhr.audits['cumulative-layout-shift'].numericValue,
      });
    }
    const perf = runs.map((r) => r.performance).sort((a, b) => a - b);
    const median = runs.find((r) => r.performance === perf[1]) ?? runs[0];
    console.log('\nLighthouse, mobile defaults, start page (median of 3 runs by performance)');
    console.log(
      `performance ${median.performance}  accessibility ${median.accessibility}  best practices ${median.bestPractices}`,
    );
    console.log(
      `FCP ${median.fcpMs.toFixed(0)} ms  LCP ${median.lcpMs.toFixed(0)} ms  TBT ${median.tbtMs.toFixed(0)} ms  CLS ${median.cls.toFixed(3)}`,
    );
    console.log(
      `bar: performance ≥ 0.95 → ${median.performance >= 0.95 ? 'met' : 'NOT met'} (runs: ${perf.join(', ')})`,
    );
    return { median, runs };
  } finally {
    await chrome.kill();
    await server.close();
  }
}
