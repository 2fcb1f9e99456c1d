// Benchmark "programme": a programme reads 50 files with 100,000 KMU-Checks in all (20 networks, one
// event each) through the Programm view in real Chromium, then pools them at 4× CPU, then writes
// the analyst table as Parquet and the JSON backup. Prints a table, returns the figures.
// BENCH_PROGRAMME_CHECKS and BENCH_PROGRAMME_FILES scale it down for a quick look.
import { statSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { timedOpen } from './bench-dashboard.mjs';
import { installAnswers } from './bench-items.mjs';
import { benchContext } from './bench-context.mjs';

const CHECKS = Number(process.env.BENCH_PROGRAMME_CHECKS ?? 100_000);
const FILES = Number(process.env.BENCH_PROGRAMME_FILES ?? 50);
const NETWORKS = Math.min(20, FILES);
const WAIT = { timeout: 1_800_000 };

/** Builds the export files in the page (nothing large crosses from here) and hands them to the file field. */
async function chooseFiles(page, files, checks, networks) {
  await installAnswers(page);
  await page.evaluate(
    ({ files, checks, networks }) => {
      const at = Date.UTC(2026, 0, 5);
      const per = Math.ceil(checks / files);
      const hex = (n, w) => n.toString(16).padStart(w, '0');
      const list = new DataTransfer();
      for (let f = 0; f < files; f++) {
        const net = f % networks;
        const eventId = `${hex(net + 1, 8)}-0000-4000-8000-000000000000`;
        const sessions = [];
        for (let k = f * per; k < Math.min(checks, (f + 1) * per); k++) {
          // a quarter per 25,000 checks, so every network has a trend
          const time = at + Math.floor(k / 25_000) * 7_776_000_000 + k;
          const answers = {};
          for (const [id, value] of Object.entries(window.benchAnswers(k, net)))
            answers[id] = { value, updatedAt: time };
          sessions.push({
            id: `00000000-0000-4000-8000-${hex(k, 12)}`,
            instrumentId: 'kmu',
            instrumentVersion: 1,
            role: 'kmu',
            createdAt: time,
            updatedAt: time,
            completedAt: time,
            position: 0,
            eventId,
            answers,
          });
        }
        const event = {
          id: eventId,
          name: `Abend ${net + 1}`,
          date: '2026-01-05',
          instrumentId: 'kmu',
          idleSeconds: 90,
          keepPartial: false,
          contact: {
            network: `Netzwerk ${String(net + 1).padStart(2, '0')}`,
            person: 'Koordination',
          },
          createdAt: at,
          updatedAt: at,
        };
        const text = JSON.stringify({
          format: 'netzwerk-check',
          version: 1,
          exportedAt: new Date(at).toISOString(),
          sessions,
          events: [event],
        });
        list.items.add(new File([text], `geraet-${f + 1}.json`, { type: 'application/json' }));
      }
      const input = document.querySelector('#programme-files');
      input.files = list.files;
      window.__importStart = performance.now();
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { files, checks, networks },
  );
}

/** Polls the page's JS heap; returns a stop function giving the peak in MB. */
function watchHeap(cdp) {
  let peak = 0;
  let on = true;
  const loop = (async () => {
    while (on) {
      const { usedSize } = await cdp.send('Runtime.getHeapUsage').catch(() => ({ usedSize: 0 }));
      peak = Math.max(peak, usedSize);
      await new Promise((r) => setTimeout(r, 200));
    }
  })();
  return async () => {
    on = false;
    await loop;
    return peak / 1048576;
  };
}

/** Clicks an export button and returns its time and the file's size. */
async function timedDownload(page, button, dir) {
  const t0 = Date.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', WAIT),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  return { ms: Date.now() - t0, mb: statSync(path).size / 1048576 };
}

/** Taps a button that is to refuse: the time until its message shows. */
async function timedRefusal(page, button, message) {
  const t0 = Date.now();
  await page.getByRole('button', { name: button }).click();
  await page.getByText(message).waitFor(WAIT);
  return { ms: Date.now() - t0, mb: 0, refused: true };
}

/** Runs the programme benchmark; returns its figures. */
export async function benchProgramme(browser, server) {
  const context = await benchContext(browser, {
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  let crashed = false;
  page.on('crash', () => (crashed = true));
  const cdp = await context.newCDPSession(page);
  await page.goto(`${server.url}#/programme`);
  await page.locator('#programme-files').waitFor({ state: 'attached' });

  console.log(`programme: building ${FILES} files of ${CHECKS} checks in the page …`);
  await chooseFiles(page, FILES, CHECKS, NETWORKS);
  console.log('programme: files chosen, importing …');
  const stop = watchHeap(cdp);
  await page.getByTestId('programme-summary').waitFor(WAIT);
  const importMs = await page.evaluate(() => performance.now() - window.__importStart);
  const summary = await page.getByTestId('programme-summary').innerText();
  const peakMb = await stop();
  // a refused file would leave the pooling below waiting for checks that never came
  if (/nicht eingelesen: [1-9]/.test(summary))
    throw new Error(`files refused: ${await page.locator('main table').innerText()}`);

  console.log(
    `programme: imported in ${(importMs / 1000).toFixed(1)} s, peak JS heap ${peakMb.toFixed(0)} MB, tab crashed: ${crashed ? 'YES' : 'no'}; pooling …`,
  );
  const pool = [];
  for (const rate of [1, 4]) {
    const m = await timedOpen(page, cdp, server, {
      hash: '#/programme',
      rate,
      ready: page.getByText(`${NETWORKS} Netzwerke, ${CHECKS} Checks von Betrieben`),
      measures: ['dashboard:load', 'programme:pool'],
    });
    pool.push({ rate, loadMs: m['dashboard:load'], poolMs: m['programme:pool'], shownMs: m.shown });
    console.log(
      `programme: ${rate}× CPU read ${m['dashboard:load'].toFixed(0)} ms, pool ${m['programme:pool'].toFixed(0)} ms, on screen ${m.shown.toFixed(0)} ms`,
    );
  }

  console.log('programme: pooled; exporting …');
  const dir = mkdtempSync(join(tmpdir(), 'bench-programme-'));
  // straight after the Programm view's pooling, in the same page, as a coordinator would export
  await page.goto(`${server.url}#/data`);
  const parquet = await timedDownload(page, 'Tabelle für Analysen (Parquet)', dir);
  console.log(
    `programme: Parquet ${(parquet.ms / 1000).toFixed(1)} s, ${parquet.mb.toFixed(1)} MB`,
  );
  // a backup file holds at most 50,000 checks: beyond that the app says so at once, makes no file
  const json =
    CHECKS > 50_000
      ? await timedRefusal(page, 'Alle Checks sichern (Datei)', /zu viele Checks/)
      : await timedDownload(page, 'Alle Checks sichern (Datei)', dir);
  console.log(
    `programme: JSON backup ${json.refused ? 'refused (over 50,000 checks) after' : ''} ${(json.ms / 1000).toFixed(1)} s, ${json.mb.toFixed(1)} MB`,
  );
  rmSync(dir, { recursive: true, force: true });
  await context.close();

  console.log(`\nprogramme: ${FILES} files, ${CHECKS} checks, ${NETWORKS} networks`);
  console.log(
    `import (1× CPU): ${(importMs / 1000).toFixed(1)} s, peak JS heap ${peakMb.toFixed(0)} MB, tab crashed: ${crashed ? 'YES' : 'no'}`,
  );
  console.log(`  ${summary}`);
  console.log('CPU   read IndexedDB   pool (programme)   on screen');
  for (const r of pool)
    console.log(
      `${r.rate}×`.padEnd(6) +
        `${r.loadMs.toFixed(0)} ms`.padStart(15) +
        `${r.poolMs.toFixed(0)} ms`.padStart(19) +
        `${r.shownMs.toFixed(0)} ms`.padStart(12),
    );
  const bar = pool.find((r) => r.rate === 4);
  console.log(
    `bar: pooling ≤ 1 s at 4× → ${bar.poolMs <= 1000 ? 'met' : 'NOT met'} (${bar.poolMs.toFixed(0)} ms)`,
  );
  console.log(`Parquet export: ${(parquet.ms / 1000).toFixed(1)} s, ${parquet.mb.toFixed(1)} MB`);
  console.log(
    `JSON backup:    ${json.refused ? 'refused (over 50,000 checks), told after ' : ''}${(json.ms / 1000).toFixed(1)} s, ${json.mb.toFixed(1)} MB`,
  );
  return {
    files: FILES,
    checks: CHECKS,
    networks: NETWORKS,
    importMs,
    peakMb,
    crashed,
    summary,
    pool,
    parquet,
    json,
  };
}
