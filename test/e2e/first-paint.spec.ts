import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const START = 'Passt ein Fachkräftenetzwerk zu Ihrem Betrieb?';

/** Holds the app's entry script back until `release()`: what shows now is what the HTML paints. */
async function holdScript(page: Page) {
  let release = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return () => release();
}

test('the start screen paints before any script has loaded, and works once it has', async ({
  page,
  served,
}) => {
  const release = await holdScript(page);
  // no stylesheet request is answered: the start screen's styles are in the page itself
  await page.route(/\.css$/, () => {});
  await page.goto(served.url, { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(START);
  expect(
    await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor),
  ).toBe('rgb(247, 245, 240)');
  await expect(page.getByRole('button', { name: 'Check starten', exact: true })).toBeVisible();
  const before = await page.locator('#app').boundingBox();
  release();
  await page.waitForLoadState('load');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(START);
  expect(await page.locator('#app').boundingBox()).toEqual(before);
  await page.getByRole('button', { name: 'Check starten', exact: true }).click();
  await page.locator('form.questionnaire fieldset').first().waitFor();
});

for (const [what, prepare, url] of [
  ['another route', async () => {}, '#/checks'],
  [
    'kiosk mode',
    (page: Page) => page.addInitScript(() => localStorage.setItem('netzwerk-check.kiosk', '1')),
    '',
  ],
  [
    'English',
    (page: Page) => page.addInitScript(() => localStorage.setItem('netzwerk-check.lang', 'en')),
    '',
  ],
] as const) {
  test(`with ${what} the start screen does not show first`, async ({ page, served }) => {
    await prepare(page);
    const release = await holdScript(page);
    await page.goto(served.url + url, { waitUntil: 'commit' });
    await expect(page.locator('html')).toHaveClass('pre-off');
    await expect(page.getByRole('heading', { level: 1, name: START })).toBeHidden();
    release();
    await expect(page.locator('html')).not.toHaveClass('pre-off');
  });
}
