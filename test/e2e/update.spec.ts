import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { answerPage, completeCheck, next, pageIndex, startCheck } from './answer';
import { expect, test, waitForServiceWorker } from './fixtures';

const NEXT_DIR = 'dist-next';
const NEXT_ID = `next-${Date.now()}`;

test.beforeAll(() => {
  const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], {
    env: { ...process.env, OUT_DIR: NEXT_DIR, BUILD_ID: NEXT_ID },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`second build failed: ${r.stderr}`);
});

test.afterAll(() => rmSync(NEXT_DIR, { recursive: true, force: true }));

const banner = (page: Page) => page.getByText('Eine neue Version ist da.');

/** The service-worker states of the page's registration: [installing, waiting]. */
const swStates = (page: Page) =>
  page.evaluate(async () => {
    const r = await navigator.serviceWorker.getRegistration();
    return [r?.installing?.state ?? null, r?.waiting?.state ?? null];
  });

test('a new version never interrupts a check; it is offered after it and keeps every answer', async ({
  page,
  served,
}) => {
  test.setTimeout(120_000);
  try {
    await page.goto(served.url);
    await waitForServiceWorker(page);
    const oldId = await page.locator('meta[name=app-build]').getAttribute('content');
    const id = await startCheck(page);
    await answerPage(page, () => 2, 0);
    await next(page);
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));

    served.setDir(NEXT_DIR);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect.poll(() => swStates(page), { timeout: 30_000 }).toEqual([null, 'installed']);

    // the new version waits; the old build (and its lazy chunks) keeps working, even offline
    await page.context().setOffline(true);
    await answerPage(page, () => 3, pageIndex(page));
    await next(page);
    await expect(page.locator('form.questionnaire h1')).toBeVisible();
    await expect(banner(page)).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    await page.getByRole('link', { name: 'Wie wird bewertet?' }).click();
    await expect(page.locator(`time[datetime="${oldId}"]`)).toHaveText(
      /^Version vom \d\d\.\d\d\.\d{4}, \d\d:\d\d Uhr$/,
    );
    await expect(banner(page)).toBeVisible();
    await page.goBack();
    await expect(page.locator('form.questionnaire h1')).toBeVisible();
    await expect(banner(page)).toHaveCount(0);
    await page.context().setOffline(false);

    await completeCheck(page, () => 4);
    await expect(banner(page)).toBeVisible();
    const recs = await page.locator('section[aria-labelledby=recs-h] h3').allTextContents();
    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('button', { name: 'Jetzt aktualisieren' }).click(),
    ]);
    await expect(page.locator('meta[name=app-build]')).toHaveAttribute('content', NEXT_ID);
    await expect(page.getByRole('heading', { level: 1, name: 'Ihr Ergebnis' })).toBeVisible();
    expect(await page.locator('section[aria-labelledby=recs-h] h3').allTextContents()).toEqual(
      recs,
    );
    await page.goto(`${served.url}#/check/${id}/0`);
    await expect(page.locator('fieldset.q').first()).toBeVisible();
    await expect(page.locator('fieldset.q input:checked')).toHaveCount(4);
  } finally {
    served.setDir('dist');
  }
});
