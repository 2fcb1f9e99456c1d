// Benchmark part "first-paint": the start page's largest contentful paint with real throttling
// (150 ms round trip, 1.6 Mbit/s, 4× CPU: the mobile figures Lighthouse simulates), loaded cold in
// fresh browser contexts, alternately with a bare preact page (scripts/bare-page) as the yardstick.
// Lighthouse's part simulates the same; this one measures it.
import { build } from 'vite';
import { startServer } from './server.mjs';
import { benchContext } from './bench-context.mjs';

const LOADS = Number(process.env.BENCH_LOADS ?? 12);

async function load(browser, url) {
  const context = await benchContext(browser, { viewport: { width: 412, height: 823 } });
  await context.addInitScript(() => {
    window.__lcp = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__lcp = e.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6e6 / 8) * 0.9,
    uploadThroughput: 750e3 / 8,
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(1500);
  const lcp = await page.evaluate(() => window.__lcp);
  await context.close();
  return lcp;
}

const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];

/** Loads the app's start page and the bare page LOADS times each, alternately; prints both medians. */
export async function benchFirstPaint(browser, dir = 'dist') {
  await build({
    root: 'scripts/bare-page',
    configFile: false,
    logLevel: 'silent',
    build: { outDir: '../../dist-bare', emptyOutDir: true, target: 'es2022' },
  });
  const app = await startServer({ dir, port: 0 });
  const bare = await startServer({ dir: 'dist-bare', port: 0 });
  try {
    const appRuns = [];
    const bareRuns = [];
    for (let i = 0; i < LOADS; i++) {
      appRuns.push(await load(browser, app.url));
      bareRuns.push(await load(browser, bare.url));
    }
    const lcp = median(appRuns);
    const bareLcp = median(bareRuns);
    const ratio = lcp / bareLcp;
    console.log(
      `\nFirst paint, real throttling (150 ms, 1.6 Mbit/s, 4× CPU), median of ${LOADS} cold loads`,
    );
    console.log(
      `start page LCP ${lcp.toFixed(0)} ms, bare preact page ${bareLcp.toFixed(0)} ms: ratio ${ratio.toFixed(2)}× (bar ≤ 1.1×: ${ratio <= 1.1 ? 'met' : 'NOT met'})`,
    );
    return { lcpMs: lcp, bareLcpMs: bareLcp, ratio, appRuns, bareRuns };
  } finally {
    await app.close();
    await bare.close();
  }
}
