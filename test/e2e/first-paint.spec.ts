import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const START = 'Passt ein Fachkräftenetzwerk zu Ihrem Betrieb?';

/**
 * Holds the app's entry script (and what else matches) back until `release()`: what shows now is
 * what the HTML paints.
 */
async function holdScript(page: Page, what = /\/assets\/index-[^/]*\.js$/) {
  let release = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route(what, async (route) => {
    await held;
    await route.continue();
  });
  return () => release();
}

test('the start screen paints before any script has loaded, and works once it has', async ({
  page,
  served,
}) => {
  // no stylesheet request is answered before the script's: the start screen's styles are in the
  // page itself (the lazy screens' styles come with them, after)
  const release = await holdScript(page, /(\/assets\/index-[^/]*\.js|\.css)$/);
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

test('a tap on the painted start screen before the script has run is not lost', async ({
  page,
  served,
}) => {
  const release = await holdScript(page);
  await page.goto(served.url, { waitUntil: 'commit' });
  await page.getByRole('button', { name: 'Check starten', exact: true }).click();
  // nothing happens yet: no script is there to start a check
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(START);
  release();
  await page.locator('form.questionnaire fieldset').first().waitFor();
  expect(page.url()).toMatch(/#\/check\//);
});

test('a link followed on the painted start screen before the script has run shows its screen', async ({
  page,
  served,
}) => {
  const release = await holdScript(page);
  await page.goto(served.url, { waitUntil: 'commit' });
  await page.getByRole('link', { name: 'Meine Checks' }).click();
  release();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Meine Checks');
  await expect(page.getByRole('heading', { level: 1, name: START })).toHaveCount(0);
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
