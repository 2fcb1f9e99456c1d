import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { answerPage, next, pageIndex, startCheck } from './answer';
import { expect, test, waitForServiceWorker } from './fixtures';
import { killHard, launchOwnChromium } from './launch';

/** Reads the answers of the current page from the DOM: item id → checked values. */
const pageAnswers = (page: Page) =>
  page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const el of document.querySelectorAll<HTMLInputElement>('fieldset.q input:checked'))
      (out[el.name] ??= []).push(el.value);
    return out;
  });

/** Counts answer records in IndexedDB, read independently of the app. */
const storedCount = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const req = indexedDB.open('netzwerk-check');
        req.onsuccess = () => {
          const c = req.result.transaction('answers').objectStore('answers').count();
          c.onsuccess = () => {
            resolve(c.result);
            req.result.close();
          };
        };
        req.onerror = () => reject(req.error);
      }),
  );

test('the browser killed mid-check: on restart every given answer is back', async ({ served }) => {
  const profile = mkdtempSync(join(tmpdir(), 'nc-profile-'));
  try {
    let own = await launchOwnChromium(profile);
    let page = await own.browser.contexts()[0]!.newPage();
    await page.goto(served.url);
    await waitForServiceWorker(page);
    const id = await startCheck(page);
    const given: Record<number, Record<string, string[]>> = {};
    for (let i = 0; i < 3; i++) {
      await answerPage(page, (itemId) => (itemId.length % 5) + 1, pageIndex(page));
      given[pageIndex(page)] = await pageAnswers(page);
      await next(page);
    }
    const half = page.locator('fieldset.likert');
    await half.first().locator('.likert__point').nth(4).click();
    given[pageIndex(page)] = await pageAnswers(page);
    const total = Object.values(given).reduce((s, p) => s + Object.keys(p).length, 0);
    await expect.poll(() => storedCount(page)).toBe(total);
    await killHard(own);

    own = await launchOwnChromium(profile);
    page = await own.browser.contexts()[0]!.newPage();
    await page.context().setOffline(true);
    await page.goto(served.url);
    await page.getByRole('link', { name: /Weitermachen/ }).click();
    await page.waitForURL(new RegExp(`#/check/${id}/3`));
    for (const [index, answers] of Object.entries(given)) {
      await page.goto(`${served.url}#/check/${id}/${index}`);
      await page.locator('fieldset.q').first().waitFor();
      await expect.poll(() => pageAnswers(page)).toEqual(answers);
    }
    await killHard(own);
  } finally {
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }
});

test('Chromium reports no installability errors', async ({ served }) => {
  const profile = mkdtempSync(join(tmpdir(), 'nc-profile-'));
  try {
    const own = await launchOwnChromium(profile);
    const page = await own.browser.contexts()[0]!.newPage();
    await page.goto(served.url);
    await waitForServiceWorker(page);
    const cdp = await page.context().newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const manifest = await (await page.request.get(`${served.url}manifest.webmanifest`)).json();
    expect(manifest).toMatchObject({
      lang: 'de',
      display: 'standalone',
      short_name: 'Netzwerk-Check',
    });
    expect(
      manifest.icons.map(
        (i: { sizes: string; purpose?: string }) => `${i.sizes} ${i.purpose ?? 'any'}`,
      ),
    ).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    await killHard(own);
  } finally {
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }
});

test('the browser killed mid-visit at the kiosk: after the restart the next visitor cannot open the check', async ({
  served,
}) => {
  test.setTimeout(120_000);
  const profile = mkdtempSync(join(tmpdir(), 'nc-profile-'));
  try {
    let own = await launchOwnChromium(profile);
    let page = await own.browser.contexts()[0]!.newPage();
    await page.goto(`${served.url}#/event/new`);
    await waitForServiceWorker(page);
    await page.getByLabel('Name der Veranstaltung').fill('Messe Absturz');
    await page.getByLabel(/PIN zum Beenden/).fill('1357');
    await page.getByLabel('verwerfen').check();
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByRole('button', { name: 'Veranstaltungsmodus starten' }).click();
    await page.getByRole('button', { name: 'Los geht’s' }).click();
    await page.waitForURL(/#\/kiosk\/check\//);
    const id = /#\/kiosk\/check\/([^/]+)/.exec(page.url())?.[1] ?? '';
    await answerPage(page, () => 4, 0);
    await page.locator('form.questionnaire button[type=submit]').click();
    await page.waitForURL(/#\/kiosk\/check\/[^/]+\/1/);
    await page.locator('fieldset.likert .likert__point').nth(3).click();
    await expect.poll(() => storedCount(page)).toBeGreaterThan(1);
    await killHard(own);

    own = await launchOwnChromium(profile);
    page = await own.browser.contexts()[0]!.newPage();
    await page.context().setOffline(true);
    for (const path of [`#/kiosk/check/${id}/1`, `#/kiosk/check/${id}/0`, `#/kiosk/result/${id}`]) {
      await page.goto(served.url + path);
      await expect(page.getByRole('heading', { level: 1, name: 'Willkommen!' })).toBeVisible();
      await expect(page.locator('input:checked')).toHaveCount(0);
      await expect(page.locator('form.questionnaire')).toHaveCount(0);
      await expect(page.getByRole('heading', { name: 'Ihr Ergebnis' })).toHaveCount(0);
    }
    // the event discards partial answers: none of them is left on the device
    await expect.poll(() => storedCount(page)).toBe(0);
    await killHard(own);
  } finally {
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }
});
