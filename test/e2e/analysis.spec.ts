import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { barriers } from '../../src/content/barriers';
import { dimensions } from '../../src/content/dimensions';
import { kmuInstrument } from '../../src/content/kmu/instrument';
import { kmuRecommendations } from '../../src/content/recommendations-kmu';
import { recipeNumbers, runRecipe, type PoolNumbers } from '../duckdb-recipe';
import type { SyntheticSpec } from '../synthetic-checks';
import { expect, test } from './fixtures';
import { seed } from './stored';

const items = kmuInstrument.blocks.flatMap((b) =>
  b.items.map((i) => ({ id: i.id, type: i.type, options: i.options?.map((o) => o.id) })),
);
const spec = (seed: number, from: number, count: number, more: Partial<SyntheticSpec> = {}) => ({
  seed,
  from,
  count,
  at: Date.UTC(2026, 0, 5),
  instrumentId: 'kmu',
  items,
  ...more,
});

// Five devices; the 10,000 checks run with ANALYSIS_CHECKS=10000 (some minutes on two
// shared cores), npm test runs 2,000. Device 2 also holds 15 % of device 1's checks as they are,
// device 3 a newer, different version of 10 % of them.
const TOTAL = Number(process.env.ANALYSIS_CHECKS ?? 2000);
const PER = Math.round(TOTAL / 5);
const DEVICES: ReturnType<typeof spec>[][] = [
  [spec(1, 0, PER)],
  [spec(1, 0, Math.round(PER * 0.15)), spec(2, PER, PER)],
  [spec(3, 0, Math.round(PER * 0.1), { idPrefix: 1, later: 86_400_000 }), spec(4, 2 * PER, PER)],
  [spec(5, 3 * PER, PER)],
  [spec(6, 4 * PER, PER)],
];

/** Clicks an export button on "Datensicherung" and saves the file the app hands over. */
async function save(page: Page, button: string, path: string) {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.getByRole('button', { name: button }).click(),
  ]);
  await download.saveAs(path);
}

/** The numbers the dashboard shows, read off the screen and mapped back to ids. */
async function dashboardNumbers(page: Page): Promise<PoolNumbers> {
  const count = await page.locator('.dashboard__count').innerText();
  const cells = (region: string) =>
    page
      .getByRole('region', { name: region })
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent ?? '')),
      );
  const area = new Map(dimensions.map((d) => [d.short.de, d.id]));
  const barrier = new Map(barriers.map((b) => [b.title.de, b.id]));
  const first = (s: string | undefined) => Number(/\d+/.exec(s ?? '')?.[0]);
  const recs = await page
    .locator('ol.cards > li')
    .evaluateAll((li) =>
      li.map((l) => [l.querySelector('h3')?.textContent ?? '', l.querySelector('p')?.textContent]),
    );
  return {
    respondents: first(count),
    areas: (await cells('Die Bereiche in der Gruppe'))
      .filter((r) => r[2] !== '–')
      .map((r) => ({
        area: area.get(r[0] ?? '') ?? `unknown ${r[0]}`,
        n: first(r[1]),
        low: first(r[2]),
        mid: first(r[3]),
        high: first(r[4]),
      }))
      .sort((a, b) => (a.area < b.area ? -1 : 1)),
    barriers: (await cells('Was die Betriebe abhält')).map((r) => ({
      barrier: barrier.get(r[0] ?? '') ?? `unknown ${r[0]}`,
      ticked: first(r[1]),
      in_profile: first(r[2]),
    })),
    recommendations: recs.map(([title, count]) => ({
      recommendation:
        kmuRecommendations.find((x) => x.title.de === title)?.id ?? `unknown ${title}`,
      checks: first(count ?? ''),
    })),
  };
}

test('exports of five devices give DuckDB the dashboard’s numbers, each check counted once', async ({
  browser,
  served,
}) => {
  test.setTimeout(600_000);
  const dir = mkdtempSync(join(tmpdir(), 'analysis-e2e-'));
  const parquet = join(dir, 'parquet');
  const json = join(dir, 'json');
  try {
    for (const [i, specs] of DEVICES.entries()) {
      const device = await browser.newContext({ locale: 'de-DE', acceptDownloads: true });
      const page = await device.newPage();
      await page.goto(served.url);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await seed(page, specs);
      await page.goto(`${served.url}#/data`);
      await expect(page.getByTestId('count-total')).toHaveText(
        String(specs.reduce((n, s) => n + s.count, 0)),
      );
      await save(page, 'Tabelle für Analysen (Parquet)', join(parquet, `device-${i}.parquet`));
      await save(page, 'Alle Checks sichern (Datei)', join(json, `device-${i}.json`));
      await device.close();
    }

    // the programme's device imports every backup and pools them
    const office = await browser.newContext({ locale: 'de-DE', acceptDownloads: true });
    const page = await office.newPage();
    await page.goto(`${served.url}#/data`);
    for (const i of DEVICES.keys()) {
      await page.locator('#import-file').setInputFiles(join(json, `device-${i}.json`));
      await page.getByRole('button', { name: 'Jetzt einlesen' }).click({ timeout: 60_000 });
      await expect(page.getByText(/Check\(s\) eingelesen\./)).toBeVisible({ timeout: 60_000 });
    }
    await page.goto(`${served.url}#/dashboard/all`);
    await expect(page.locator('.dashboard__count')).toContainText('Checks in der Auswahl', {
      timeout: 60_000,
    });
    const shown = await dashboardNumbers(page);
    // about 5 % of the generated checks are unfinished: pooled are the completed ones only
    expect(shown.respondents).toBeGreaterThan(TOTAL * 0.9);
    expect(shown.respondents).toBeLessThan(TOTAL);

    const fromParquet = recipeNumbers(await runRecipe(parquet, 'parquet'));
    expect(fromParquet.respondents).toBe(shown.respondents);
    expect(fromParquet.areas).toEqual(shown.areas);
    expect(fromParquet.barriers).toEqual(shown.barriers);
    // the dashboard shows the five most frequent recommendations
    expect(fromParquet.recommendations.slice(0, shown.recommendations.length)).toEqual(
      shown.recommendations,
    );
    const fromJson = await runRecipe(json, 'json');
    expect(Number(fromJson.respondents?.[0]?.respondents)).toBe(shown.respondents);
    await office.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
