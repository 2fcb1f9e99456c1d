// Takes the README screenshots from the production build (run after `npm run build`).
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium.mjs';

const server = await startServer({ dir: 'dist', port: 0 });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
const page = await browser.newPage({
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  locale: 'de-DE',
});
await page.goto(server.url);
await page.getByRole('heading', { level: 1 }).waitFor();
await page.screenshot({ path: 'docs/screenshots/start.png' });
await page.getByRole('button', { name: 'Check starten', exact: true }).click();
for (let p = 0; p < 20 && !page.url().includes('/result/'); p++) {
  await page.locator('form.questionnaire fieldset').first().waitFor();
  const sets = page.locator('fieldset.q');
  for (let i = 0; i < (await sets.count()); i++) {
    const set = sets.nth(i);
    const likert = await set.evaluate((el) => el.classList.contains('likert'));
    await (
      likert ? set.locator('.likert__point').nth((i + p) % 5) : set.locator('label').first()
    ).click();
  }
  if (p === 2) await page.screenshot({ path: 'docs/screenshots/question.png' });
  const before = page.url();
  await page.locator('form.questionnaire button[type=submit]').click();
  if (page.url() === before)
    await page
      .locator('form.questionnaire button[type=submit]')
      .click()
      .catch(() => {});
  await page.waitForURL((u) => u.toString() !== before);
}
await page.getByRole('heading', { name: 'Ihr Ergebnis' }).waitFor();
await page.screenshot({ path: 'docs/screenshots/result.png' });
await page.locator('#recs-h').scrollIntoViewIfNeeded();
await page.locator('section[aria-labelledby=recs-h] summary').first().click();
await page.screenshot({ path: 'docs/screenshots/recommendations.png' });
await browser.close();
await server.close();
console.log('screenshots written to docs/screenshots/');
