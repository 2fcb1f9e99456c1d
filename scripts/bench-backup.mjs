// Benchmark "backup": "Alle Checks sichern" and "Einlesen" of 1,000, 10,000 and 20,000 complete
// KMU-Checks in real Chromium at a 4× CPU slowdown (seeding runs unthrottled). Export is timed from
// the click to the file handed over, import from choosing the file to the preview (read and
// checked) and from "Jetzt einlesen" to the message that all were written.
import { statSync } from 'node:fs';
import { seed } from './bench-dashboard.mjs';
import { benchContext } from './bench-context.mjs';

const SIZES = (process.env.BENCH_BACKUP ?? '1000,10000,20000').split(',').map(Number);
const RATE = 4;
const LONG = { timeout: 900_000 };

async function one(browser, server, n) {
  const context = await benchContext(browser, { locale: 'de-DE', acceptDownloads: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const rate = (r) => cdp.send('Emulation.setCPUThrottlingRate', { rate: r });
  await page.goto(server.url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await seed(page, n);
  await page.goto(`${server.url}#/data`);
  const total = (k) =>
    page.getByTestId('count-total').and(page.getByText(String(k), { exact: true }));
  await total(n).waitFor(LONG);

  await rate(RATE);
  let t = Date.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', LONG),
    page.getByRole('button', { name: 'Alle Checks sichern (Datei)' }).click(),
  ]);
  const file = await download.path();
  const exportMs = Date.now() - t;
  await rate(1);
  await page.getByRole('button', { name: 'Alle Checks löschen …' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Alles löschen' }).click();
  await total(0).waitFor(LONG);

  await rate(RATE);
  t = Date.now();
  await page.locator('#import-file').setInputFiles(file);
  // a refused file ends the run with the app's own sentence instead of waiting for a preview
  const refused = page.getByText(/Die Datei wurde nicht eingelesen/);
  await page.getByText(`${n} neu, 0 bereits vorhanden, 0 Konflikte`).or(refused).waitFor(LONG);
  if (await refused.count()) throw new Error(`import refused: ${await refused.innerText()}`);
  const checkMs = Date.now() - t;
  t = Date.now();
  await page.getByRole('button', { name: 'Jetzt einlesen' }).click();
  await page.getByText(`${n} Check(s) eingelesen.`).waitFor(LONG);
  const writeMs = Date.now() - t;
  await rate(1);
  await context.close();
  return { checks: n, rate: RATE, mb: statSync(file).size / 1048576, exportMs, checkMs, writeMs };
}

/** Runs the backup benchmark; returns its rows. */
export async function benchBackup(browser, server) {
  const rows = [];
  for (const n of SIZES) {
    rows.push(await one(browser, server, n));
    console.log(`backup ${n}: ${JSON.stringify(rows.at(-1))}`);
  }
  console.log(`\nbackup file: export and import of complete KMU-Checks at ${RATE}× CPU`);
  console.log('checks    file      export   import: read+check   write     total');
  const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
  for (const r of rows)
    console.log(
      String(r.checks).padEnd(8) +
        `${r.mb.toFixed(1)} MB`.padStart(9) +
        s(r.exportMs).padStart(10) +
        s(r.checkMs).padStart(21) +
        s(r.writeMs).padStart(9) +
        s(r.checkMs + r.writeMs).padStart(10),
    );
  return { rows };
}
