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
await page.getByRole('button', { name: 'An Veranstalter übergeben' }).click();
await page.getByRole('button', { name: 'QR-Code zeigen' }).click();
await page.getByRole('img', { name: 'QR-Code mit Ihren Antworten' }).scrollIntoViewIfNeeded();
await page.screenshot({ path: 'docs/screenshots/handover.png' });

// a trainer's laptop: a room of 24 Schnellchecks, pooled, and on the projector
const LIKERT = ['d1-2', 'd2-1', 'd3-1', 'd4-2', 'd5-2', 'd6-1', 'd7-1', 'd8-1', 'd9-1', 'd10-1'];
const TICKS = ['time', 'benefit', 'interest', 'contact', 'format', 'fees'];
const at = Date.UTC(2026, 10, 20, 18);
const sessions = Array.from({ length: 24 }, (_, k) => ({
  id: `00000000-0000-4000-8000-${(k + 1).toString(16).padStart(12, '0')}`,
  instrumentId: 'kmu-kurz',
  instrumentVersion: 1,
  role: 'kmu',
  createdAt: at + k * 60_000,
  updatedAt: at + k * 60_000,
  completedAt: at + k * 60_000,
  position: 3,
  answers: Object.fromEntries([
    ['p-member', { value: ['no', 'passive', 'active'][k % 3], updatedAt: at }],
    ...LIKERT.map((id, j) => [id, { value: ((k * 7 + j * 3) % 5) + 1, updatedAt: at }]),
    ['barriers', { value: TICKS.filter((_, j) => (k * 5 + j * 3) % 7 < 2), updatedAt: at }],
  ]),
}));
const wide = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'de-DE' });
await wide.goto(`${server.url}#/data`);
await wide.locator('#import-file').setInputFiles({
  name: 'workshop.json',
  mimeType: 'application/json',
  buffer: Buffer.from(
    JSON.stringify({
      format: 'netzwerk-check',
      version: 1,
      exportedAt: new Date(at).toISOString(),
      sessions,
      events: [],
    }),
  ),
});
await wide.getByRole('button', { name: 'Jetzt einlesen' }).click();
await wide.getByText(/Check\(s\) eingelesen/).waitFor();
await wide.goto(`${server.url}#/dashboard/all`);
await wide.getByRole('heading', { name: 'Die Bereiche in der Gruppe' }).scrollIntoViewIfNeeded();
await wide.screenshot({ path: 'docs/screenshots/dashboard.png' });
await wide.getByRole('link', { name: 'Auf dem Beamer zeigen' }).click();
await wide.getByRole('heading', { name: '24 Betriebe haben mitgemacht' }).waitFor();
await wide.keyboard.press('ArrowRight');
await wide.keyboard.press('ArrowRight');
await wide.keyboard.press('ArrowRight');
await wide.getByRole('heading', { name: /Darüber sprechen/ }).waitFor();
await wide.screenshot({ path: 'docs/screenshots/projector.png' });
await browser.close();
await server.close();
console.log('screenshots written to docs/screenshots/');
