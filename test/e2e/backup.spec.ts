import { statSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { kmuInstrument } from '../../src/content/kmu/instrument';
import { expect, test } from './fixtures';
import { dump, seed } from './stored';

// storage on disk, as on a device (see the fixture): in memory, 20,000 checks took over 15 minutes
test.use({ onDisk: true });

// the scale: 20,000 checks; BACKUP_CHECKS changes it
const CHECKS = Number(process.env.BACKUP_CHECKS ?? 20_000);
const items = kmuInstrument.blocks.flatMap((b) =>
  b.items.map((i) => ({ id: i.id, type: i.type, options: i.options?.map((o) => o.id) })),
);
const checks = (count: number) => [
  { seed: 7, from: 0, count, at: Date.UTC(2026, 0, 5), instrumentId: 'kmu', items },
];

/** Clicks "Alle Checks sichern (Datei)" and returns the path of the file the app wrote. */
async function backUp(page: Page) {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 300_000 }),
    page.getByRole('button', { name: 'Alle Checks sichern (Datei)' }).click(),
  ]);
  return download.path();
}

async function deleteAll(page: Page) {
  await page.getByRole('button', { name: 'Alle Checks löschen …' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Alles löschen' }).click();
  await expect(page.getByTestId('count-total')).toHaveText('0', { timeout: 120_000 });
}

test(`a backup of ${CHECKS} checks restores whole: the same dump before and after`, async ({
  page,
  served,
}) => {
  test.setTimeout(900_000);
  await page.goto(served.url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await seed(page, checks(CHECKS));
  await page.goto(`${served.url}#/data`);
  await expect(page.getByTestId('count-total')).toHaveText(String(CHECKS), { timeout: 120_000 });
  // the limit is told before exporting
  await expect(page.getByText('Eine Sicherungsdatei fasst bis zu 50.000 Checks.')).toBeVisible();
  const before = await dump(page);
  expect(before).toMatch(new RegExp(`^${CHECKS} checks`));

  let t = Date.now();
  const file = await backUp(page);
  const exportS = (Date.now() - t) / 1000;
  await expect(page.getByTestId('count-unexported')).toHaveText('0', { timeout: 120_000 });
  await deleteAll(page);

  t = Date.now();
  await page.locator('#import-file').setInputFiles(file);
  await expect(page.getByText(`${CHECKS} neu, 0 bereits vorhanden, 0 Konflikte`)).toBeVisible({
    timeout: 300_000,
  });
  const previewS = (Date.now() - t) / 1000;
  t = Date.now();
  await page.getByRole('button', { name: 'Jetzt einlesen' }).click();
  await expect(page.getByText(`${CHECKS} Check(s) eingelesen.`)).toBeVisible({ timeout: 300_000 });
  const saveS = (Date.now() - t) / 1000;
  // wall-clock figures of this run at 1x CPU, for the record (the bench part gives 4x figures)
  const mb = (statSync(file).size / 1e6).toFixed(1);
  console.log(
    `backup of ${CHECKS} checks: ${mb} MB, export ${exportS} s, import read+check ${previewS} s, save ${saveS} s`,
  );
  expect(await dump(page)).toBe(before);
});

test('an encrypted backup: a wrong passphrase changes nothing, the right one restores', async ({
  page,
  served,
}) => {
  test.setTimeout(120_000);
  await page.goto(served.url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await seed(page, checks(30));
  await page.goto(`${served.url}#/data`);
  await expect(page.getByTestId('count-total')).toHaveText('30');
  const before = await dump(page);

  await page.getByLabel('Mit Kennwort verschlüsseln').check();
  await page.getByLabel('Kennwort (mindestens 8 Zeichen)').fill('kurz');
  await page.getByLabel('Kennwort wiederholen').fill('kurz');
  await page.getByRole('button', { name: 'Alle Checks sichern (Datei)' }).click();
  await expect(page.getByText('Das Kennwort ist zu kurz.')).toBeVisible();
  await page.getByLabel('Kennwort (mindestens 8 Zeichen)').fill('Herbstmesse in Jena');
  await page.getByLabel('Kennwort wiederholen').fill('Herbstmesse in Jen');
  await page.getByRole('button', { name: 'Alle Checks sichern (Datei)' }).click();
  await expect(page.getByText('Die beiden Kennwörter sind nicht gleich.')).toBeVisible();
  await expect(page.getByTestId('count-unexported')).toHaveText('30');
  await page.getByLabel('Kennwort wiederholen').fill('Herbstmesse in Jena');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Alle Checks sichern (Datei)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^netzwerk-check-verschluesselt-[\d-]+\.json$/);
  const file = await download.path();
  await deleteAll(page);

  await page.locator('#import-file').setInputFiles(file);
  await expect(
    page.getByText('Diese Sicherung ist mit einem Kennwort verschlüsselt.'),
  ).toBeVisible();
  await page.getByLabel('Kennwort der Sicherung').fill('Herbstmesse in Erfurt');
  await page.getByRole('button', { name: 'Öffnen' }).click();
  await expect(page.getByText('Das Kennwort passt nicht zu dieser Datei.')).toBeVisible();
  await expect(page.getByTestId('count-total')).toHaveText('0');
  await page.getByLabel('Kennwort der Sicherung').fill('Herbstmesse in Jena');
  await page.getByRole('button', { name: 'Öffnen' }).click();
  await expect(page.getByText('30 neu, 0 bereits vorhanden, 0 Konflikte')).toBeVisible();
  await page.getByRole('button', { name: 'Jetzt einlesen' }).click();
  await expect(page.getByText('30 Check(s) eingelesen.')).toBeVisible();
  expect(await dump(page)).toBe(before);
});
