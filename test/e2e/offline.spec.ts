import { completeCheck, startCheck } from './answer';
import { expect, expectAccessible, test, waitForServiceWorker } from './fixtures';

test('after one visit the app, earlier checks and results work with the network off', async ({
  page,
  served,
}) => {
  await page.goto(served.url);
  await expect(page.getByText('Offline bereit')).toBeVisible();
  await waitForServiceWorker(page);
  await startCheck(page);
  await completeCheck(page, () => 4);
  const recsOnline = await page.locator('section[aria-labelledby=recs-h] h3').allTextContents();

  await page.context().setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Ihr Ergebnis' })).toBeVisible();
  expect(await page.locator('section[aria-labelledby=recs-h] h3').allTextContents()).toEqual(
    recsOnline,
  );

  await page.goto(served.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Passt ein Fachkräftenetzwerk zu Ihrem Betrieb?',
  );
  await page.getByRole('link', { name: 'Meine Checks' }).click();
  await expect(page.getByText('abgeschlossen')).toBeVisible();
  await page.getByRole('link', { name: 'Wie wird bewertet?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wie wird bewertet?' })).toBeVisible();
  await expectAccessible(page, 'method, offline');
  // the English texts (their own file) are there offline too
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How is it scored?');
  await page.getByRole('button', { name: 'Auf Deutsch umschalten' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wie wird bewertet?');

  await page.getByRole('link', { name: 'Netzwerk-Check' }).click();
  await startCheck(page);
  const first = page.locator('fieldset.q').first();
  await first.locator('label').nth(1).click();
  await page.reload();
  await expect(page.locator('fieldset.q').first().locator('input').nth(1)).toBeChecked();
  await page.context().setOffline(false);
});
