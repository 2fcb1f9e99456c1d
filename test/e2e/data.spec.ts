import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { completeCheck, startCheck } from './answer';
import { expect, expectAccessible, test } from './fixtures';
import { dump } from './stored';

const openData = async (page: Page) => {
  await page.getByRole('link', { name: 'Datensicherung' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Datensicherung' })).toBeVisible();
};

test('export everything, delete everything, import: every check is back; bad files change nothing', async ({
  page,
  served,
}) => {
  test.setTimeout(120_000);
  await page.goto(served.url);
  await startCheck(page);
  await completeCheck(page, () => 2);
  await page.getByRole('link', { name: 'Netzwerk-Check' }).first().click();
  await startCheck(page);
  await page.locator('fieldset.q label').first().click();
  await openData(page);
  await expect(page.getByTestId('count-total')).toHaveText('2');
  await expect(page.getByText('2 Checks sind noch nicht gesichert.')).toBeVisible();
  await expectAccessible(page, 'data panel');
  const before = await dump(page);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Alle Checks sichern (Datei)' }).click(),
  ]);
  const file = await download.path();
  expect(download.suggestedFilename()).toMatch(/^netzwerk-check-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(page.getByTestId('count-unexported')).toHaveText('0');

  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tabelle für Excel (CSV)' }).click(),
  ]);
  const csvText = readFileSync(await csv.path(), 'utf8');
  expect(csvText.charCodeAt(0)).toBe(0xfeff);
  expect(csvText.split('\r\n')[0]).toContain('Kennung;Fragebogen;Version');
  expect(csvText.split('\r\n').filter(Boolean)).toHaveLength(3);

  await page.getByRole('button', { name: 'Alle Checks löschen …' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Alles löschen' }).click();
  await expect(page.getByTestId('count-total')).toHaveText('0');

  for (const bad of [
    'malformed.json',
    'proto.json',
    'newer-version.json',
    'picture.png',
    'zipped.json',
    'utf16.json',
    'deep.json',
  ]) {
    await page.locator('#import-file').setInputFiles(join('test', 'fixtures', 'import', bad));
    await expect(
      page.getByText('Die Datei wurde nicht eingelesen. Ihre Daten sind unverändert.'),
    ).toBeVisible();
    await expect(page.getByTestId('count-total')).toHaveText('0');
  }

  await page.locator('#import-file').setInputFiles(file);
  await expect(page.getByText('2 neu, 0 bereits vorhanden, 0 Konflikte')).toBeVisible();
  await expectAccessible(page, 'import preview');
  await page.getByRole('button', { name: 'Jetzt einlesen' }).click();
  await expect(page.getByText('2 Check(s) eingelesen.')).toBeVisible();
  expect(await dump(page)).toBe(before);

  // the same file dropped onto the drop zone
  const json = readFileSync(file, 'utf8');
  const transfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'sicherung.json', { type: 'application/json' }));
    return dt;
  }, json);
  await page.locator('.drop').dispatchEvent('dragover', { dataTransfer: transfer });
  await page.locator('.drop').dispatchEvent('drop', { dataTransfer: transfer });
  await expect(page.getByText('0 neu, 2 bereits vorhanden, 0 Konflikte')).toBeVisible();
  await page.getByRole('button', { name: 'Jetzt einlesen' }).click();
  await expect(page.getByText('Alles schon vorhanden – nichts geändert.')).toBeVisible();
  expect(await dump(page)).toBe(before);
});

test('two tabs answering the same check keep both answers', async ({ page, served }) => {
  await page.goto(served.url);
  const id = await startCheck(page);
  const other = await page.context().newPage();
  await other.goto(`${served.url}#/check/${id}/1`);
  await page.goto(`${served.url}#/check/${id}/1`);
  await page.locator('fieldset.likert').nth(0).locator('.likert__point').nth(0).click();
  await other.locator('fieldset.likert').nth(1).locator('.likert__point').nth(4).click();
  await page.waitForTimeout(50);
  for (const p of [page, other]) {
    await p.reload();
    await expect(p.locator('fieldset.likert').nth(0).locator('input[value="1"]')).toBeChecked();
    await expect(p.locator('fieldset.likert').nth(1).locator('input[value="5"]')).toBeChecked();
  }
});

test('without IndexedDB the check still works and says plainly that nothing is saved', async ({
  page,
  served,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { get: () => undefined });
  });
  await page.goto(served.url);
  await expect(page.getByText('Achtung: Dieser Browser erlaubt kein Speichern.')).toBeVisible();
  await startCheck(page);
  await page.locator('fieldset.q label').first().click();
  await expect(page.locator('fieldset.q input').first()).toBeChecked();
  await expectAccessible(page, 'memory mode');
});

test('a full disk keeps the answer on screen, says so, and saves it when space is back', async ({
  page,
  served,
}) => {
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if ((window as unknown as { diskFull?: boolean }).diskFull && this.name === 'answers')
        throw new DOMException('Speicher voll', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  await page.goto(served.url);
  const id = await startCheck(page);
  await page.evaluate(() => ((window as unknown as { diskFull: boolean }).diskFull = true));
  await page.locator('fieldset.q label').first().click();
  await expect(
    page.getByText(/1 Antwort\(en\) konnten noch nicht gespeichert werden/),
  ).toBeVisible();
  await expect(page.locator('fieldset.q input').first()).toBeChecked();
  await page.evaluate(() => ((window as unknown as { diskFull: boolean }).diskFull = false));
  await expect(page.getByText(/konnten noch nicht gespeichert werden/)).toHaveCount(0, {
    timeout: 10_000,
  });
  await page.goto(`${served.url}#/`);
  await page.goto(`${served.url}#/check/${id}/0`);
  await page.reload();
  await expect(page.locator('fieldset.q input').first()).toBeChecked();
});

test('a newer version opened in another tab: this tab is told to reload and loses no answer', async ({
  page,
  served,
}) => {
  await page.goto(served.url);
  const id = await startCheck(page);
  await page.locator('fieldset.q label').first().click();
  await expect(page.locator('fieldset.q input').first()).toBeChecked();
  const other = await page.context().newPage();
  await other.goto(`${served.url}?no-sw`);
  const count = await other.evaluate(
    (sid) =>
      new Promise<number>((resolve, reject) => {
        const req = indexedDB.open('netzwerk-check', 99);
        req.onsuccess = () => {
          const c = req.result
            .transaction('answers')
            .objectStore('answers')
            .index('by-session')
            .count(sid);
          c.onsuccess = () => resolve(c.result);
        };
        req.onerror = () => reject(req.error);
      }),
    id,
  );
  expect(count).toBe(1);
  await expect(page.getByText('In einem anderen Tab läuft eine neuere Version.')).toBeVisible();
});
