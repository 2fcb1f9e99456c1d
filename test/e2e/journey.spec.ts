import { readFileSync } from 'node:fs';
import { completeCheck, startCheck } from './answer';
import { expect, expectAccessible, test } from './fixtures';

const pick = (id: string) => ((id.length + id.charCodeAt(id.length - 1)) % 5) + 1;

test('a firm takes the whole KMU-Check on a phone and reads cited recommendations', async ({
  page,
  served,
}) => {
  // axe runs on every page of the check: 31 s on a quiet machine, past 60 s on a busy one
  test.setTimeout(120_000);
  await page.goto(served.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Passt ein Fachkräftenetzwerk zu Ihrem Betrieb?',
  );
  await expect(page.getByText('Ihre Antworten bleiben auf diesem Gerät')).toBeVisible();
  await expectAccessible(page, 'start');

  await startCheck(page);
  const seen = new Set<number>();
  await completeCheck(page, pick, async (index) => {
    if (seen.has(index)) return;
    seen.add(index);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth, 'no sideways scrolling at 360 px').toBeLessThanOrEqual(360);
    await expectAccessible(page, `questionnaire page ${index + 1}`);
  });
  expect(seen.size).toBeGreaterThanOrEqual(10);

  await expect(page.getByRole('img', { name: /Netzdiagramm/ })).toBeVisible();
  const rows = page.getByRole('table', { name: 'Ihr Profil als Tabelle' }).locator('tbody tr');
  // eight areas: role (d7) and visibility (d9) are a firm's wishes, asked but never scored
  await expect(rows).toHaveCount(8);
  const recs = page.locator('section[aria-labelledby=recs-h] ol > li');
  const count = await recs.count();
  expect(count).toBeGreaterThanOrEqual(3);
  expect(count).toBeLessThanOrEqual(7);
  for (let i = 0; i < count; i++) {
    const rec = recs.nth(i);
    await expect(
      rec.getByText(
        /Abgeleitet aus einer Empfehlung an Netzwerke: IAW \/ DIHK Service 2017, Kap\. 4\.1, „/,
      ),
    ).toBeVisible();
    await rec.getByText('Warum?').click();
    await expect(rec.getByText('Ausgewählt, weil:')).toBeVisible();
    await expect(rec.locator('.sources cite').first()).toContainText(
      /IAW \/ DIHK Service 2017|Uhlmann|Kompetenznetze|Workshop|JOBSTARTER/,
    );
    await expect(rec.locator('.sources q').first()).not.toBeEmpty();
  }
  await expect(
    page
      .getByText(/Sicht der Netzwerke \(befragt: ihre Koordination\)|Sicht von Fachleuten/)
      .first(),
  ).toBeVisible();
  await expectAccessible(page, 'result');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Diesen Check sichern (Datei)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^netzwerk-check-1-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(file).toMatchObject({ format: 'netzwerk-check', version: 3 });
  expect(file.sessions).toHaveLength(1);
  expect(file.sessions[0].answers.length).toBeGreaterThanOrEqual(35);

  await page.getByRole('link', { name: 'Meine Checks' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Meine Checks' })).toBeVisible();
  await expect(page.getByText('abgeschlossen')).toBeVisible();
  await expectAccessible(page, 'checks');

  await page.getByRole('link', { name: 'Wie wird bewertet?' }).click();
  await expect(
    page.getByText(/Unter 40 Punkten steht „Handlungsbedarf“, ab 70 Punkten „Stärke“/),
  ).toBeVisible();
  await expect(
    page.getByText(/Ein Schritt gilt ab 75 % erfüllter Merkmale als erledigt/),
  ).toBeVisible();
  await expectAccessible(page, 'method');

  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How is it scored?');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectAccessible(page, 'method (English)');
  // English texts come from their own file; after a reload they are read before the first paint
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How is it scored?');
  await expect(page.getByText(/Below 40 points/)).toBeVisible();
});

test('a check is deleted only after confirming, and stays when cancelled', async ({
  page,
  served,
}) => {
  await page.goto(served.url);
  await startCheck(page);
  await page.locator('fieldset.q label').first().click();
  await page.getByRole('link', { name: 'Meine Checks' }).click();
  const cards = page.locator('ul.checks > li');
  await expect(cards).toHaveCount(1);
  await page.getByRole('button', { name: 'Löschen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Check löschen?' });
  await expect(dialog).toBeVisible();
  await expectAccessible(page, 'delete dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(cards).toHaveCount(1);
  await page.getByRole('button', { name: 'Löschen' }).click();
  await dialog.getByRole('button', { name: 'Endgültig löschen' }).click();
  await expect(page.getByText('Check gelöscht.')).toBeVisible();
  await expect(cards).toHaveCount(0);
  await page.reload();
  await expect(page.getByText('Auf diesem Gerät gibt es noch keine Checks.')).toBeVisible();
});
